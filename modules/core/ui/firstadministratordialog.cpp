#include "core/ui/firstadministratordialog.h"

#include "core/auth/authservice.h"
#include "core/auth/passwordhash.h"
#include "core/ui/errortext.h"
#include "core/ui/growtofit.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace core {

FirstAdministratorDialog::FirstAdministratorDialog(const QSqlDatabase &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("First start: administrator"));
    auto *intro
        = new QLabel(tr("<b>This database has no operator accounts yet.</b><br/>Create the administrator's account: "
                        "the administrator then creates an account for every operator, coordinator and "
                        "psychologist (File &gt; Operators and roles). Keep this password safe."),
            this);
    intro->setWordWrap(true);
    m_username = new QLineEdit(QStringLiteral("admin"), this);
    m_username->setMaxLength(40);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("Name and surname"));
    m_name->setMaxLength(80);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat it:"), m_repeat);
    auto *hint = new QLabel(
        tr("User names: lower-case letters, digits, dots (mario.rossi). Passwords: at least %n character(s).", nullptr,
            minimumPasswordLength),
        this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #555f6a;"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create and sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdministratorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstAdministratorDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(textWidth(this, 64));
    m_name->setFocus();
}

void FirstAdministratorDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        showDialogError(m_error, tr("The two passwords differ."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto account = AuthService(m_db).createFirstAdministrator(m_username->text(), m_name->text(), m_password->text());
    QApplication::restoreOverrideCursor();
    if (!account) {
        showDialogError(m_error, ErrorText::describe(account.error()));
        return;
    }
    QDialog::accept();
}

} // namespace core

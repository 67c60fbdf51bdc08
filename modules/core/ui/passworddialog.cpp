#include "core/ui/passworddialog.h"

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

namespace {
QLineEdit *passwordField(QWidget *parent, const QString &name)
{
    auto *edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(200);
    edit->setAccessibleName(name);
    edit->setMinimumWidth(260);
    return edit;
}
} // namespace

PasswordDialog::PasswordDialog(const QSqlDatabase &db, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Change password"));
    auto *intro = new QLabel(mode == Mode::Required
            ? tr("<b>Choose your own password now.</b><br/>The one you were given was temporary.")
            : tr("Choose a password of at least %n character(s) that only you know.", nullptr, minimumPasswordLength),
        this);
    intro->setWordWrap(true);
    m_old = passwordField(this, tr("Current password"));
    m_new = passwordField(this, tr("New password"));
    m_repeat = passwordField(this, tr("New password again"));
    auto *form = new QFormLayout;
    form->addRow(mode == Mode::Required ? tr("&Temporary password:") : tr("&Current password:"), m_old);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat it:"), m_repeat);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change password"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void PasswordDialog::accept()
{
    if (m_new->text() != m_repeat->text()) {
        showDialogError(m_error, tr("The two new passwords differ."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = AuthService(m_db).changePassword(m_old->text(), m_new->text());
    QApplication::restoreOverrideCursor();
    if (!s) {
        showDialogError(m_error, ErrorText::describe(s.error()));
        return;
    }
    QDialog::accept();
}

} // namespace core

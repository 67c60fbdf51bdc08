#include "core/ui/accounteditdialog.h"

#include "core/ui/discardguard.h"
#include "core/auth/authservice.h"
#include "core/auth/permissions.h"
#include "core/commands/accountcommands.h"
#include "core/commands/commandrunner.h"
#include "core/ui/errortext.h"
#include "core/ui/growtofit.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace core {

namespace {
QString roleSummary(Role role)
{
    for (const QString &permission : dataPermissions())
        if (roleAllows(role, permission))
            return AccountEditDialog::tr("Can read callers' names, phone numbers and notes (AscoltiAMO).");
    if (role == Role::Service)
        return AccountEditDialog::tr("For unattended jobs only: backups, synchronisation, open data and aggregate "
                                     "reports; no names.");
    return role == Role::Administrator
        ? AccountEditDialog::tr("Manages accounts, settings and the audit log; cannot read callers' data.")
        : AccountEditDialog::tr("Cannot read callers' data: records requests, sees the queue without names.");
}
} // namespace

AccountEditDialog::AccountEditDialog(const QSqlDatabase &db, const Account &account, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_account(account)
{
    const bool creating = account.id == 0;
    setWindowTitle(creating ? tr("New account") : tr("Account %1").arg(account.username));
    m_username = new QLineEdit(account.username, this);
    m_username->setMaxLength(40);
    m_username->setPlaceholderText(tr("e.g. mario.rossi"));
    m_username->setReadOnly(!creating);
    m_name = new QLineEdit(account.displayName, this);
    m_name->setMaxLength(80);
    m_name->setPlaceholderText(tr("Name and surname"));
    m_role = new QComboBox(this);
    for (Role r : allRoles()) {
        QString title = RoleText::title(r);
        title[0] = title.at(0).toUpper();
        m_role->addItem(title, roleCode(r));
    }
    m_role->setCurrentIndex(m_role->findData(roleCode(account.role)));
    m_roleHint = new QLabel(this);
    m_roleHint->setWordWrap(true);
    m_roleHint->setStyleSheet(QStringLiteral("color: #555f6a;"));
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(QString(), m_roleHint);
    if (creating) {
        m_password = new QLineEdit(this);
        m_password->setEchoMode(QLineEdit::Password);
        m_repeat = new QLineEdit(this);
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Temporary password:"), m_password);
        form->addRow(tr("Re&peat it:"), m_repeat);
        auto *hint = new QLabel(tr("Tell it to the person: they choose their own at the first sign-in."), this);
        hint->setWordWrap(true);
        hint->setStyleSheet(QStringLiteral("color: #555f6a;"));
        form->addRow(QString(), hint);
    } else {
        // Only when editing: a new account is always active, and a checkbox
        // created outside the form would sit at (0, 0) over the first label.
        m_active = new QCheckBox(tr("Account &active (can sign in)"), this);
        m_active->setChecked(account.active);
        form->addRow(QString(), m_active);
    }
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountEditDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    auto updateHint = [this] {
        m_roleHint->setText(roleSummary(roleFromCode(m_role->currentData().toString()).value_or(Role::Operator)));
    };
    connect(m_role, &QComboBox::currentIndexChanged, this, updateHint);
    updateHint();
    resize(std::max(460, textWidth(this, 64)), sizeHint().height());
    new core::DiscardGuard(this); // asks before a filled form is thrown away
}

void AccountEditDialog::accept()
{
    const Role role = roleFromCode(m_role->currentData().toString()).value_or(Role::Operator);
    Status s;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // Through the command layer (accounts.manage, one transaction, audited),
    // on the window's connection: the dialog has no undo history.
    const CommandRunner runner(m_db);
    if (m_account.id == 0) {
        if (m_password->text() != m_repeat->text()) {
            QApplication::restoreOverrideCursor();
            showDialogError(m_error, tr("The two passwords differ."));
            return;
        }
        CreateAccount command({ m_username->text(), m_name->text(), role, m_password->text(), true });
        s = runner.run(command);
    } else {
        UpdateAccount command(m_account.id, m_name->text(), role, m_active->isChecked());
        s = runner.run(command);
    }
    QApplication::restoreOverrideCursor();
    if (!s) {
        showDialogError(m_error, ErrorText::describe(s.error()));
        return;
    }
    QDialog::accept();
}

} // namespace core

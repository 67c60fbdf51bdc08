#include "core/ui/accountsdialog.h"
#include "core/ui/columnwidths.h"

#include "core/auth/authservice.h"
#include "core/auth/permissions.h"
#include "core/auth/session.h"
#include "core/auth/vault.h"
#include "core/commands/accountcommands.h"
#include "core/commands/commandrunner.h"
#include "core/ui/accounteditdialog.h"
#include "core/ui/errortext.h"
#include "core/ui/tablemenu.h"

#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace core {

namespace {
QTableWidgetItem *item(const QString &text, const QVariant &data = {})
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (data.isValid())
        i->setData(Qt::UserRole, data);
    return i;
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}
} // namespace

AccountsDialog::AccountsDialog(const QSqlDatabase &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Operators and roles"));
    resize(980, 560);

    m_accounts = new QTableWidget(0, 5, this);
    m_accounts->setHorizontalHeaderLabels({ tr("User"), tr("Name"), tr("Role"), tr("State"), tr("Callers' data") });
    m_accounts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_accounts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_accounts->verticalHeader()->hide();
    m_accounts->horizontalHeader()->setStretchLastSection(true);
    core::setColumnWidth(m_accounts, 0, 130);
    core::setColumnWidth(m_accounts, 1, 230);
    core::setColumnWidth(m_accounts, 2, 130);
    core::setColumnWidth(m_accounts, 3, 110);
    m_accounts->setAccessibleName(tr("Accounts"));
    m_keyWarning = new QLabel(this);
    m_keyWarning->setWordWrap(true);
    m_keyWarning->setStyleSheet(QStringLiteral("color: #a15c00;"));

    auto *add = new QPushButton(tr("&New account..."), this);
    auto *edit = new QPushButton(tr("&Change..."), this);
    auto *reset = new QPushButton(tr("&Reset password..."), this);
    auto *unlock = new QPushButton(tr("&Clear sign-in delay"), this);
    unlock->setToolTip(tr("After wrong passwords the next try must wait: let this user try again now."));
    connect(add, &QPushButton::clicked, this, &AccountsDialog::createAccount);
    connect(edit, &QPushButton::clicked, this, &AccountsDialog::editAccount);
    connect(reset, &QPushButton::clicked, this, &AccountsDialog::resetPassword);
    connect(unlock, &QPushButton::clicked, this, &AccountsDialog::clearLockout);
    connect(m_accounts, &QTableWidget::cellDoubleClicked, this, &AccountsDialog::editAccount);
    auto *actions = new QVBoxLayout;
    for (QPushButton *b : { add, edit, reset, unlock })
        actions->addWidget(b);
    actions->addStretch();

    auto *accountsPage = new QWidget(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_accounts, 1);
    top->addLayout(actions);
    auto *accountsLayout = new QVBoxLayout(accountsPage);
    accountsLayout->addLayout(top, 1);
    accountsLayout->addWidget(m_keyWarning);

    auto *pages = new QTabWidget(this);
    pages->addTab(accountsPage, tr("Accounts"));
    pages->addTab(buildPermissionsPage(), tr("What each role may do"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pages);
    layout->addWidget(buttons);
    installTableContextMenus(this);
    reload();
}

QWidget *AccountsDialog::buildPermissionsPage()
{
    const QList<Role> roles = allRoles();
    auto *table = new QTableWidget(int(permissionTable().size()), int(roles.size()) + 2, this);
    QStringList headers { tr("Area"), tr("Action") };
    for (Role r : roles)
        headers.append(capitalized(RoleText::title(r)));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    int row = 0;
    for (const PermissionRule &rule : permissionTable()) {
        table->setItem(row, 0, item(PermissionText::moduleTitle(rule.module)));
        auto *action = item(PermissionText::title(rule.code));
        action->setToolTip(rule.code);
        table->setItem(row, 1, action);
        for (int c = 0; c < roles.size(); ++c) {
            auto *cell = item(rule.roles.contains(roles.at(c)) ? QStringLiteral("\u2714") : QString());
            cell->setTextAlignment(Qt::AlignCenter);
            table->setItem(row, c + 2, cell);
        }
        ++row;
    }
    core::setColumnWidth(table, 0, 110);
    core::setColumnWidth(table, 1, 420);
    table->setAccessibleName(tr("Permissions"));
    table->setObjectName(QStringLiteral("permissions"));
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *note = new QLabel(tr("The same table is enforced by the program and printed by «cisiamo report permissions». "
                               "Callers' data can be read only by the roles marked for it, and only with the key their "
                               "own password unlocks."),
        page);
    note->setWordWrap(true);
    layout->addWidget(table);
    layout->addWidget(note);
    return page;
}

void AccountsDialog::reload()
{
    auto accounts = AccountRepository(m_db).all();
    if (!accounts) {
        QMessageBox::warning(this, windowTitle(), ErrorText::describe(accounts.error()));
        return;
    }
    Vault::Holders holders;
    if (auto h = Vault::holders(m_db, Permission::ListeningPersonalRead))
        holders = *h;
    m_accounts->setRowCount(int(accounts->size()));
    int row = 0;
    for (const Account &a : *accounts) {
        m_accounts->setItem(row, 0, item(a.username, a.id));
        m_accounts->setItem(row, 1, item(a.displayName));
        m_accounts->setItem(row, 2, item(capitalized(RoleText::title(a.role))));
        QString state = a.active ? tr("active") : tr("deactivated");
        if (a.active && a.mustChangePassword)
            state = tr("new password due");
        m_accounts->setItem(row, 3, item(state));
        QString data = QStringLiteral("\u2014");
        if (holders.holding.contains(a.username))
            data = tr("has the key");
        else if (holders.waiting.contains(a.username))
            data = tr("waiting: gets the key when a colleague with it signs in");
        m_accounts->setItem(row, 4, item(data));
        ++row;
    }
    if (holders.holding.size() == 1)
        m_keyWarning->setText(tr("Only %1 holds the key to callers' data: if that password is lost, the data cannot be "
                                 "read any more. Create a second psychologist or coordinator account.")
                                  .arg(holders.holding.first()));
    else if (holders.holding.isEmpty() && !holders.waiting.isEmpty())
        m_keyWarning->setText(tr("Nobody holds the key to callers' data yet."));
    else
        m_keyWarning->clear();
    m_keyWarning->setVisible(!m_keyWarning->text().isEmpty());
}

qint64 AccountsDialog::selectedId() const
{
    const int row = m_accounts->currentRow();
    return row < 0 ? 0 : m_accounts->item(row, 0)->data(Qt::UserRole).toLongLong();
}

QString AccountsDialog::selectedUsername() const
{
    const int row = m_accounts->currentRow();
    return row < 0 ? QString() : m_accounts->item(row, 0)->text();
}

void AccountsDialog::createAccount()
{
    AccountEditDialog dialog(m_db, Account(), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void AccountsDialog::editAccount()
{
    auto account = AccountRepository(m_db).byId(selectedId());
    if (!account || !account->id)
        return;
    AccountEditDialog dialog(m_db, *account, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void AccountsDialog::resetPassword()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    QDialog ask(this);
    ask.setWindowTitle(tr("Reset password"));
    auto *password = new QLineEdit(&ask);
    password->setEchoMode(QLineEdit::Password);
    auto *repeat = new QLineEdit(&ask);
    repeat->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("&Temporary password:"), password);
    form->addRow(tr("Re&peat it:"), repeat);
    auto *note
        = new QLabel(tr("For a forgotten password. %1 chooses a new one at the next sign-in; the key to callers' "
                        "data is given again by the next colleague who holds it and signs in.")
                         .arg(selectedUsername()),
            &ask);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    auto *layout = new QVBoxLayout(&ask);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (ask.exec() != QDialog::Accepted)
        return;
    if (password->text() != repeat->text()) {
        QMessageBox::warning(this, tr("Reset password"), tr("The two passwords differ."));
        return;
    }
    const CommandRunner runner(m_db);
    ResetPassword reset(id, password->text());
    Status s = runner.run(reset);
    if (!s && s.error().code == QLatin1String("auth.last_key_holder")) {
        const auto answer = QMessageBox::warning(this, tr("Reset password"),
            ErrorText::describe(s.error()) + QStringLiteral("\n\n")
                + tr("Reset anyway and lose the callers' data recorded so far?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        ResetPassword anyway(id, password->text(), true);
        s = runner.run(anyway);
    }
    if (!s)
        QMessageBox::warning(this, tr("Reset password"), ErrorText::describe(s.error()));
    reload();
}

void AccountsDialog::clearLockout()
{
    const QString user = selectedUsername();
    if (user.isEmpty())
        return;
    ClearLockout command(user);
    if (auto s = CommandRunner(m_db).run(command); !s)
        QMessageBox::warning(this, windowTitle(), ErrorText::describe(s.error()));
    else
        QMessageBox::information(this, windowTitle(), tr("%1 can try to sign in again now.").arg(user));
}

} // namespace core

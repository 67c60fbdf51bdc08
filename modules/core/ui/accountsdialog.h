#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QTableWidget;

namespace core {

// File > Operators and roles (administrator): the accounts with their role
// and whether they hold the key to callers' data, and what each role may do
// (the permission table, read-only). Creating, changing, resetting a
// password and clearing a sign-in delay are commands (accountcommands.h)
// run on the window's connection: permission, AuthService's rules, audit.
class AccountsDialog : public QDialog {
    Q_OBJECT
public:
    explicit AccountsDialog(const QSqlDatabase &db, QWidget *parent = nullptr);

    void reload();
    QTableWidget *accountsTable() const { return m_accounts; }

private:
    qint64 selectedId() const;
    QString selectedUsername() const;
    void createAccount();
    void editAccount();
    void resetPassword();
    void clearLockout();
    QWidget *buildPermissionsPage();

    QSqlDatabase m_db;
    QTableWidget *m_accounts = nullptr;
    QLabel *m_keyWarning = nullptr;
};

} // namespace core

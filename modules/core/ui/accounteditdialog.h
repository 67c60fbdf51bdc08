#pragma once

#include "core/auth/accountrepository.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace core {

// Creates an account (user name, name, role, temporary password) or changes
// one (name, role, active), through CreateAccount / UpdateAccount.
class AccountEditDialog : public QDialog {
    Q_OBJECT
public:
    // account.id == 0: a new account.
    AccountEditDialog(const QSqlDatabase &db, const Account &account, QWidget *parent = nullptr);
    void accept() override;

private:
    QSqlDatabase m_db;
    Account m_account;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QCheckBox *m_active = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_roleHint = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace core

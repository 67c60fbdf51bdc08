#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;

namespace core {

// The first run of a database without accounts: creates the administrator,
// who then creates the operators' accounts (File > Operators and roles).
class FirstAdministratorDialog : public QDialog {
    Q_OBJECT
public:
    explicit FirstAdministratorDialog(const QSqlDatabase &db, QWidget *parent = nullptr);
    void accept() override;

private:
    QSqlDatabase m_db;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace core

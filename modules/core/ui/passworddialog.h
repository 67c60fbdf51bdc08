#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;

namespace core {

// Changes the signed-in person's own password (File > Change password), or
// asks for a new one after the administrator reset it (Required). The data
// keys stay valid: the account's key is re-encrypted, not replaced.
class PasswordDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Voluntary, Required };
    PasswordDialog(const QSqlDatabase &db, Mode mode, QWidget *parent = nullptr);
    void accept() override;

private:
    QSqlDatabase m_db;
    QLineEdit *m_old = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace core

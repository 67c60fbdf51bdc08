#pragma once

#include "core/auth/accountrepository.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace core {

// Signs a person in at start, after the workstation locked itself, and at a
// shift change ("Change operator"). Quick: the last user names are offered,
// Enter signs in. A wrong password says so and shows how long to wait
// before the next try (the delay is counted in the database, see
// LockoutPolicy); an account that must choose a new password is asked for
// one at once. GUI thread; works on the GUI thread's connection.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Start, Unlock, Switch };
    SignInDialog(const QSqlDatabase &db, Mode mode, const QStringList &recentUsers, QWidget *parent = nullptr);

    // The signed-in account, after exec() returned Accepted.
    const Account &account() const { return m_account; }
    void setUsername(const QString &username);

    void accept() override;

private:
    void updateWait();
    void showError(const QString &text);

    QSqlDatabase m_db;
    Mode m_mode;
    Account m_account;
    QComboBox *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_signIn = nullptr;
    QTimer *m_waitTimer = nullptr;
};

} // namespace core

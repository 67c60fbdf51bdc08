#include "core/ui/signindialog.h"

#include "core/auth/authservice.h"
#include "core/ui/errortext.h"
#include "core/ui/growtofit.h"
#include "core/ui/passworddialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace core {

SignInDialog::SignInDialog(const QSqlDatabase &db, Mode mode, const QStringList &recentUsers, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_mode(mode)
{
    setWindowTitle(mode == Mode::Unlock ? tr("Workstation locked") : tr("Sign in"));
    QString intro;
    switch (mode) {
    case Mode::Start:
        intro = tr("<b>Ci siAMO! · CCV-MI operations room</b><br/>Sign in with your user name and password. "
                   "Everything you do is recorded under your name.");
        break;
    case Mode::Unlock:
        intro = tr("<b>The workstation is locked.</b><br/>Sign in again to go on, or sign in as another operator.");
        break;
    case Mode::Switch:
        intro = tr("<b>Shift change</b><br/>The new operator signs in; the program stays open.");
        break;
    }
    auto *label = new QLabel(intro, this);
    label->setWordWrap(true);

    m_user = new QComboBox(this);
    m_user->setEditable(true);
    m_user->setInsertPolicy(QComboBox::NoInsert);
    m_user->addItems(recentUsers);
    m_user->lineEdit()->setPlaceholderText(tr("user name"));
    m_user->lineEdit()->setMaxLength(40);
    m_user->setAccessibleName(tr("User name"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(200);
    m_password->setAccessibleName(tr("Password"));
    m_password->setMinimumWidth(280);

    auto *form = new QFormLayout;
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    buttons->addButton(mode == Mode::Start ? tr("&Quit")
            : mode == Mode::Unlock         ? tr("&Quit the program")
                                           : tr("Cancel"),
        QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    m_waitTimer = new QTimer(this);
    m_waitTimer->setInterval(1000);
    connect(m_waitTimer, &QTimer::timeout, this, &SignInDialog::updateWait);
    connect(m_user, &QComboBox::currentTextChanged, this, [this] {
        m_error->hide();
        updateWait();
    });
    if (m_user->currentText().isEmpty())
        m_user->setFocus();
    else
        m_password->setFocus();
}

void SignInDialog::setUsername(const QString &username)
{
    m_user->setEditText(username);
    m_password->setFocus();
}

void SignInDialog::showError(const QString &text)
{
    showDialogError(m_error, text);
}

void SignInDialog::updateWait()
{
    auto wait = AuthService(m_db).waitSeconds(m_user->currentText());
    const qint64 seconds = wait ? *wait : 0;
    m_signIn->setEnabled(seconds == 0);
    if (seconds > 0) {
        showError(ErrorText::describe(Error(QStringLiteral("auth.wait"), { QString::number(seconds) })));
        if (!m_waitTimer->isActive())
            m_waitTimer->start();
    } else if (m_waitTimer->isActive()) {
        m_waitTimer->stop();
        m_error->hide();
    }
}

void SignInDialog::accept()
{
    if (m_user->currentText().trimmed().isEmpty()) {
        showError(tr("Type your user name."));
        m_user->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    AuthService auth(m_db);
    auto account = auth.signIn(m_user->currentText(), m_password->text());
    QApplication::restoreOverrideCursor();
    m_password->clear();
    if (!account) {
        showError(ErrorText::describe(account.error()));
        m_password->setFocus();
        if (account.error().code == QLatin1String("auth.wrong_password")
            || account.error().code == QLatin1String("auth.wait")) {
            // The next try waits: the button comes back when it may.
            m_signIn->setEnabled(false);
            m_waitTimer->start();
        }
        return;
    }
    m_account = *account;
    if (account->mustChangePassword) {
        PasswordDialog change(m_db, PasswordDialog::Mode::Required, this);
        if (change.exec() != QDialog::Accepted) {
            auth.signOut();
            showError(tr("Choose a new password to go on."));
            return;
        }
        m_account.mustChangePassword = false;
    }
    QDialog::accept();
}

} // namespace core

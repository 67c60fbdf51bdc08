#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// First start without a database: "Unisciti a una sala operativa". The
// invitation file a member wrote (cisiamo room invite), its passphrase,
// this workstation's number and name; the database at `databasePath` is
// created from it exactly as `cisiamo room join FILE` does
// (core::sync::joinByInvitation), on a worker thread (the window never
// waits on the database). A refusal is shown in the dialog, which stays
// open; accepted once the database exists.
class JoinRoomDialog : public QDialog {
    Q_OBJECT
public:
    explicit JoinRoomDialog(QString databasePath, QWidget *parent = nullptr);

    // What the join said (for the message after it), valid once accepted.
    QString summary() const { return m_summary; }

    void accept() override;
    void reject() override; // not while the database is being created

signals:
    void joinFinished(); // a join tried in the background ended (tests)

private:
    void chooseInvitation();
    void setBusy(bool busy);
    void showError(const QString &text, QWidget *field = nullptr);

    QString m_path;
    QString m_summary;
    QLineEdit *m_invitation = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QSpinBox *m_number = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_buttons = nullptr;
    bool m_busy = false;
};

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
// (core::sync::joinByInvitation). A refusal is shown in the dialog, which
// stays open; accepted once the database exists.
class JoinRoomDialog : public QDialog {
    Q_OBJECT
public:
    explicit JoinRoomDialog(QString databasePath, QWidget *parent = nullptr);

    // What the join said (for the message after it), valid once accepted.
    QString summary() const { return m_summary; }

    void accept() override;

private:
    void chooseInvitation();

    QString m_path;
    QString m_summary;
    QLineEdit *m_invitation = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QSpinBox *m_number = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_error = nullptr;
};

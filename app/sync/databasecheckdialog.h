#pragma once

#include <QDialog>

class BackgroundCheck;
class QDialogButtonBox;
class QLabel;
class QProgressBar;

// Sincronizzazione › Controlla il database: the full check (quick check
// with the foreign keys, then integrity_check) of the open file runs on a
// BackgroundCheck's worker connection, never on the GUI thread (it reads
// every page: seconds on a five-year file). The dialog says the check is
// running, then shows its outcome in place; closing it, or the window,
// interrupts the check.
class DatabaseCheckDialog : public QDialog {
    Q_OBJECT
public:
    explicit DatabaseCheckDialog(const QString &databasePath, QWidget *parent = nullptr);
    ~DatabaseCheckDialog() override;

    bool isChecking() const;
    // true once the outcome is shown: intact, damaged, or not checked.
    bool isDone() const { return m_done; }
    bool foundDamage() const { return m_damaged; }
    BackgroundCheck *check() const { return m_check; }

signals:
    void checkFinished();

private:
    void showOutcome(bool damaged, const QStringList &problems);

    BackgroundCheck *m_check = nullptr;
    QLabel *m_text = nullptr;
    QProgressBar *m_busy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_done = false;
    bool m_damaged = false;
};

#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

// Settings: the database file, this workstation's number and name, the
// interface language, the idle time before the workstation locks itself,
// the operations room (created here on its first workstation), the sync
// folder and interval, the open data folder, the automatic
// backups. The workstation lives in the
// database; the rest in the user's settings. Validates before closing.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    enum class Page { General, Workstation, Sync, Backups };
    SettingsDialog(const QSqlDatabase &db, const QString &currentDatabase, QWidget *parent = nullptr);

    void showPage(Page page);
    bool databaseChanged() const { return m_databaseChanged; }
    QString databasePath() const;

    void accept() override;

private:
    QLineEdit *pathField(QLineEdit **edit, const QString &placeholder, bool folder, QWidget *parent, const QString &caption = {});

    QSqlDatabase m_db;
    QString m_currentDatabase;
    bool m_databaseChanged = false;
    QTabWidget *m_pages = nullptr;
    QLineEdit *m_database = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_workstation = nullptr;
    QSpinBox *m_idleMinutes = nullptr;
    QLineEdit *m_workstationName = nullptr;
    QLineEdit *m_roomName = nullptr; // only while the database is in no room
    QLineEdit *m_syncFolder = nullptr;
    QSpinBox *m_syncInterval = nullptr;
    QLineEdit *m_openDataFolder = nullptr;
    QLineEdit *m_backupFolder = nullptr;
    QSpinBox *m_keepBackups = nullptr;
    QLabel *m_error = nullptr;
};

#pragma once

#include "core/db/database.h"
#include "core/reporting/reportcatalog.h"
#include "core/ui/appcontext.h"
#include "core/ui/module.h"
#include "core/sync/syncservice.h"
#include "core/ui/signindialog.h"
#include "sync/recoveryplan.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>
#include <vector>

class BackgroundCheck;
class QMessageBox;
class IdleWatcher;
class MainWindow;
class WorkstationCover;

// Runs the windowed program: opens the database (offering to create one,
// or to choose another file, when it cannot; offering the newest intact
// backup when it is damaged), signs the operator in (the first run creates
// the administrator), shows the main window, starts the background
// synchronisation and backups, locks the workstation after the idle time,
// and rebuilds the window when another person signs in (what a tab shows
// depends on the role) or to switch or restore the database. Nothing
// before the first paint grows with the database: the start checks only
// what is constant-time (DatabaseRecovery::openAtStart); after the main
// window's first paint the quick and full integrity checks run on a worker
// (BackgroundCheck) and, if they find damage, an alert over the window
// offers the newest intact backup without interrupting what the person is
// doing. Owns the GUI thread's connection, the sync service, the modules
// and the window.
class ApplicationController : public QObject {
    Q_OBJECT
public:
    // presetUser: offered in the sign-in dialog (--user). With the
    // environment variable CISIAMO_PASSWORD set too, signs in without
    // asking (scripts, screenshots, kiosk tests).
    // create (--create): a missing database file is created without asking.
    ApplicationController(QString databasePath, QString presetUser, bool create = false, QObject *parent = nullptr);
    ~ApplicationController() override;

    // False when the person gave up (no database, nobody signed in): quit.
    bool start();
    MainWindow *window() const { return m_window.get(); }
    // Locks now, as the idle timer does.
    void lockWorkstation();

private:
    bool openInteractively(QString path);
    static QString chooseDatabase(const QString &near);
    void startBackgroundCheck();
    void backgroundCheckFinished(const QString &path, bool damaged, const QStringList &problems);
    void showDamageAlert();
    void restoreAfterDamage();
    bool signIn(const QSqlDatabase &db, core::SignInDialog::Mode mode, QWidget *parent);
    bool signInFromEnvironment(const QSqlDatabase &db);
    void applySession();
    void showWindow();
    void rebuildWindowWhenIdle();
    void rebuildWindow();
    void closeOpenDialogs();
    void switchDatabase(const QString &path);
    void changeOperator();
    void endSession();
    void startSync();
    void restoreBackup(const QString &backupPath);
    void closeDatabase();

    QString m_path;
    QString m_presetUser;
    qint64 m_accountId = 0;
    bool m_create = false;
    bool m_locked = false;
    bool m_openGuide = false; // the first administrator was just created
    bool m_rebuildingWindow = false; // closing the window keeps the session
    BackgroundCheck *m_check = nullptr;
    std::optional<RecoveryPlan> m_damage; // found by the check, not yet answered
    QPointer<QMessageBox> m_alert;
    core::DbConnection m_connection;
    core::AppContext m_context;
    std::vector<std::unique_ptr<core::Module>> m_modules;
    core::ReportCatalog m_reports;
    std::unique_ptr<core::sync::SyncService> m_sync;
    std::unique_ptr<MainWindow> m_window;
    IdleWatcher *m_idle = nullptr;
    WorkstationCover *m_cover = nullptr;
};

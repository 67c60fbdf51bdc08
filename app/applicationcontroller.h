#pragma once

#include "core/db/database.h"
#include "core/reporting/reportcatalog.h"
#include "core/ui/appcontext.h"
#include "core/ui/module.h"

#include "core/sync/syncservice.h"

#include <QObject>

#include <memory>
#include <vector>

class MainWindow;

// Runs the windowed program: opens the database (offering to create one,
// or to choose another file, when it cannot; checking it quickly and
// offering the newest intact backup when it is damaged), asks who the
// operator is, shows the main window, starts the background
// synchronisation and backups, and rebuilds everything to switch or
// restore the database. Owns the GUI thread's connection, the sync
// service, the modules and the window.
class ApplicationController : public QObject {
    Q_OBJECT
public:
    ApplicationController(QString databasePath, QString operatorName, QObject *parent = nullptr);
    ~ApplicationController() override;

    // False when the person gave up (no database, no operator): quit.
    bool start();
    MainWindow *window() const { return m_window.get(); }

private:
    bool openInteractively(QString path);
    bool askOperator();
    void showWindow();
    void switchDatabase(const QString &path);
    void restoreBackup(const QString &backupPath);
    void startSync();
    void closeDatabase();

    QString m_path;
    QString m_operator;
    core::DbConnection m_connection;
    core::AppContext m_context;
    std::vector<std::unique_ptr<core::Module>> m_modules;
    core::ReportCatalog m_reports;
    std::unique_ptr<core::sync::SyncService> m_sync;
    std::unique_ptr<MainWindow> m_window;
};

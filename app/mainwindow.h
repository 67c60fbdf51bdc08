#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QSqlDatabase>

#include <memory>
#include <vector>

class QLabel;
class QTabWidget;
class QTimer;
class QUndoGroup;

namespace core::sync {
class SyncService;
}

namespace core {
class Module;
class ModuleTab;
class ReportCatalog;
struct AppContext;
} // namespace core

class DashboardLoader;
class DashboardTab;
struct DashboardFigures;
class HelpDialog;
class TechnicalLogDialog;
class SyncStatusWidget;

// The main window: the Cruscotto and one tab per module the signed-in role
// may see, the menus (File, Print, Synchronisation, Help) and a status bar
// with the synchronisation, the operator and role, the modules' alarm
// figures (overdue callbacks...), the workstation and the database. It does
// not own the database: the ApplicationController does, and rebuilds the
// window to switch files or operators.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(core::AppContext &context, const std::vector<std::unique_ptr<core::Module>> &modules,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    QTabWidget *tabs() const { return m_tabs; }
    core::ModuleTab *tab(const QString &moduleId) const;
    DashboardTab *dashboard() const { return m_dashboard; }
    void updateStatusBar();
    // The banner's sentence when the database is open read-only.
    static QString readOnlyText(const QSqlDatabase &db);
    // Connects the window to the background synchronisation (status bar,
    // menu, export on quit). Without it the sync actions stay disabled.
    void attachSync(core::sync::SyncService *service);
    SyncStatusWidget *syncStatusWidget() const { return m_syncStatus; }

    void showSyncStatus();
    void showConflicts();
    void showReconcile();

    // Reads every module's status-bar figures again (also every minute:
    // deadlines move with the clock).
    void refreshStatusFigures();
    QStringList shownStatusFigures() const;

    // Finding one's way (issue 16): the global search (Ctrl+K, Ctrl+F), the
    // user guide at the section in front (F1), the shortcut list.
    void showSearch();
    void showHelp();
    void showShortcuts();
    // Aiuto › Registro tecnico: the end of the technical log, not modal.
    void showTechnicalLog();
    TechnicalLogDialog *technicalLogDialog() const;
    // The guide's section for the tab and page in front ("stock-lots").
    QString helpSection() const;
    // Opens a module's tab at a page / a record (dashboard tiles, search).
    bool openPage(const QString &moduleId, const QString &page);
    bool openRecord(const QString &moduleId, const QString &kind, qint64 id);
    // The modules whose tab this role sees (the search asks only those).
    QList<const core::Module *> visibleModules() const;

signals:
    void databaseSwitchRequested(const QString &path);
    void operatorChangeRequested();
    // The person chose a backup to restore over the current database.
    void restoreRequested(const QString &backupPath);
    void lockRequested();
    // The status bar's figures, read on a worker, are on screen.
    void statusFiguresShown();
    void settingsChanged();
    // The window is closing (the person quits, or the program closes the
    // database), before the session's last changes are sent: the sign-out
    // is written now, so that it leaves with them (ApplicationController).
    void closing();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void openDatabase();
    void openSettings(int page);
    void showReports(const QString &reportName = {});
    void backupDatabase();
    void backupNow();
    void restoreFromBackup();
    void openOpenDataFolder();
    void checkDatabase();
    void updateSyncActions();
    void showAbout();
    void showDataSources();
    void changePassword();
    void manageAccounts();
    void showAuditLog();
    bool allowed(const QString &permission);

    core::AppContext &m_context;
    const std::vector<std::unique_ptr<core::Module>> &m_modules;
    QTabWidget *m_tabs = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    DashboardTab *m_dashboard = nullptr;
    QList<QPair<QString, core::ModuleTab *>> m_moduleTabs;
    QLabel *m_operatorLabel = nullptr;
    QLabel *m_workstationLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    core::sync::SyncService *m_sync = nullptr;
    SyncStatusWidget *m_syncStatus = nullptr;
    QList<QAction *> m_syncActions;
    QAction *m_conflictsAction = nullptr;
    QList<QPair<const core::Module *, QLabel *>> m_statusFigures;
    // Reads the status bar's figures off the GUI thread (its own connection).
    DashboardLoader *m_statusLoader = nullptr;
    void showStatusFigures(const DashboardFigures &figures);
    QTimer *m_statusTimer = nullptr;
    QPointer<HelpDialog> m_help; // one guide window, brought back by F1
    QPointer<TechnicalLogDialog> m_technicalLog;
};

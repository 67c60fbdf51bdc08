#pragma once

#include <QMainWindow>

#include <memory>
#include <vector>

class QLabel;
class QTabWidget;
class QTimer;

namespace core {
class Module;
class ModuleTab;
class ReportCatalog;
struct AppContext;
} // namespace core

class DashboardTab;

// The main window: the Cruscotto and one tab per module the signed-in role
// may see, the menus (File, Print, Synchronisation, Help) and a status bar
// with the operator and role, the modules' alarm figures (overdue
// callbacks...), the workstation and the database. It does not own the
// database: the ApplicationController does, and rebuilds the window to
// switch files or operators.
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

    // Reads every module's status-bar figures again (also every minute:
    // deadlines move with the clock).
    void refreshStatusFigures();
    QStringList shownStatusFigures() const;

signals:
    void databaseSwitchRequested(const QString &path);
    void operatorChangeRequested();
    void lockRequested();
    void settingsChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void openDatabase();
    void openSettings(int page);
    void showReports(const QString &reportName = {});
    void backupDatabase();
    void checkDatabase();
    void showAbout();
    void showDataSources();
    void changePassword();
    void manageAccounts();
    void showAuditLog();
    bool allowed(const QString &permission);

    core::AppContext &m_context;
    const std::vector<std::unique_ptr<core::Module>> &m_modules;
    QTabWidget *m_tabs = nullptr;
    DashboardTab *m_dashboard = nullptr;
    QList<QPair<QString, core::ModuleTab *>> m_moduleTabs;
    QLabel *m_operatorLabel = nullptr;
    QLabel *m_workstationLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QList<QPair<const core::Module *, QLabel *>> m_statusFigures;
    QTimer *m_statusTimer = nullptr;
};

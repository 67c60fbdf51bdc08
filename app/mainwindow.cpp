#include "mainwindow.h"

#include "appsettings.h"
#include "dashboardtab.h"
#include "firststart/firststartpanel.h"
#include "globalsearch.h"
#include "helpdialog.h"
#include "settingsdialog.h"
#include "shortcutlist.h"
#include "technicallogdialog.h"
#include "sync/conflictsdialog.h"
#include "sync/reconciledialog.h"
#include "sync/databasecheckdialog.h"
#include "sync/syncstatusdialog.h"
#include "sync/syncstatuswidget.h"
#include "windowplacement.h"

#include "core/auth/access.h"
#include "core/auth/permissions.h"
#include "core/auth/session.h"
#include "core/db/backup.h"
#include "core/db/changenotifier.h"
#include "core/db/connectionstate.h"
#include "core/db/database.h"
#include "core/db/dbchecks.h"
#include "core/db/localconfig.h"
#include "core/domain/clock.h"
#include "core/domain/errorlogtext.h"
#include "core/domain/logcategories.h"
#include "core/domain/technicallog.h"
#include "core/reporting/reportcatalog.h"
#include "core/sync/backups.h"
#include "core/sync/syncservice.h"
#include "core/ui/accountsdialog.h"
#include "core/ui/appcontext.h"
#include "core/ui/auditdialog.h"
#include "core/ui/commandstack.h"
#include "core/ui/errortext.h"
#include "core/ui/module.h"
#include "core/ui/moduletab.h"
#include "core/ui/passworddialog.h"
#include "core/ui/reportdialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QUrl>
#include <QTimer>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace {
// What the window manager adds around the window (title bar, borders),
// kept free when the window is fitted to the screen.
const QSize frameAllowance(16, 48);
} // namespace

MainWindow::MainWindow(core::AppContext &context, const std::vector<std::unique_ptr<core::Module>> &modules,
                       QWidget *parent)
    : QMainWindow(parent), m_context(context), m_modules(modules)
{
    setWindowTitle(tr("Ci siAMO! · CCV-MI operations room"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/cisiamo.svg")));
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_undoGroup = new QUndoGroup(this);
    m_dashboard = new DashboardTab(context, modules, m_tabs);
    m_tabs->addTab(m_dashboard, QIcon(QStringLiteral(":/icons/cruscotto.svg")), tr("Dashboard"));
    // Signed in, a tab shows only when the role may see its module
    // ("<module>.view" in the permission table; modules without one are
    // for everybody). Without a session (tests) every tab is built: what is
    // protected is refused by the domain anyway.
    const bool signedIn = core::hasSession(context.db);
    for (const auto &module : modules) {
        const QString view = module->id() + QStringLiteral(".view");
        if (signedIn && core::findPermission(view) && !core::Access::allows(context.db, view))
            continue;
        core::ModuleTab *tab = module->createTab(context, m_tabs);
        if (!tab)
            continue;
        m_tabs->addTab(tab, module->icon(), module->title());
        m_moduleTabs.append({ module->id(), tab });
        m_undoGroup->addStack(tab->commands()->undoStack());
    }
    // Modifica › Annulla follows the tab in front: each tab has its own
    // history, and the Cruscotto none.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        auto *t = qobject_cast<core::ModuleTab *>(m_tabs->currentWidget());
        m_undoGroup->setActiveStack(t ? t->commands()->undoStack() : nullptr);
    });
    // The Cruscotto's figures open their page, for the tabs this role sees.
    m_dashboard->setOpenable([this](const QString &moduleId) { return tab(moduleId) != nullptr; });
    connect(m_dashboard, &DashboardTab::openRequested, this, &MainWindow::openPage);
    if (core::isReadOnly(context.db)) {
        // Said once, where it cannot be missed: every save will be refused.
        auto *central = new QWidget(this);
        auto *layout = new QVBoxLayout(central);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        auto *banner = new QLabel(readOnlyText(context.db), central);
        banner->setObjectName(QStringLiteral("readOnlyBanner"));
        banner->setWordWrap(true);
        banner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; padding: 6px 10px; "
                                             "border-bottom: 1px solid #e0c060; }"));
        layout->addWidget(banner);
        layout->addWidget(m_tabs, 1);
        setCentralWidget(central);
    } else {
        setCentralWidget(m_tabs);
    }

    m_operatorLabel = new QLabel(this);
    m_workstationLabel = new QLabel(this);
    m_databaseLabel = new QLabel(this);
    // Modules' alarm figures first, where the eye goes.
    for (const auto &module : modules) {
        if (!tab(module->id()))
            continue;
        auto *label = new QLabel(this);
        label->setObjectName(QStringLiteral("status_") + module->id());
        label->setTextFormat(Qt::RichText);
        label->hide();
        const QString id = module->id();
        connect(label, &QLabel::linkActivated, this, [this, id] {
            if (core::ModuleTab *t = tab(id))
                m_tabs->setCurrentWidget(t);
        });
        statusBar()->addWidget(label);
        m_statusFigures.append({ module.get(), label });
    }
    for (QLabel *l : { m_operatorLabel, m_workstationLabel, m_databaseLabel })
        statusBar()->addPermanentWidget(l);
    updateStatusBar();
    m_statusLoader = new DashboardLoader(this);
    connect(m_statusLoader, &DashboardLoader::loaded, this, &MainWindow::showStatusFigures);
    m_statusTimer = new QTimer(this);
    m_statusTimer->setInterval(60 * 1000);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::refreshStatusFigures);
    m_statusTimer->start();
    auto *soon = new QTimer(this);
    soon->setSingleShot(true);
    soon->setInterval(400);
    connect(soon, &QTimer::timeout, this, &MainWindow::refreshStatusFigures);
    connect(core::ChangeNotifier::instance(), &core::ChangeNotifier::tablesChanged, soon, [soon] { soon->start(); });
    refreshStatusFigures();
    buildMenus();

    QSettings settings;
    const bool restored = restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!isMaximized() && screen()) {
        // Inside the screen's available area, leaving room for the title
        // bar and borders the window manager adds around the window.
        const QRect available
            = screen()->availableGeometry().adjusted(0, 0, -frameAllowance.width(), -frameAllowance.height());
        const QRect placed = placeMainWindow(restored ? geometry() : QRect(), available, QSize(1360, 860));
        if (placed != geometry())
            setGeometry(placed);
    }
    m_tabs->setCurrentIndex(std::clamp(settings.value(QStringLiteral("window/tab"), 0).toInt(), 0, m_tabs->count() - 1));
}

MainWindow::~MainWindow()
{
    // The status bar's worker finishes and closes its connection first.
    m_statusLoader->disconnect(this);
    m_statusLoader->stop();
}

core::ModuleTab *MainWindow::tab(const QString &moduleId) const
{
    for (const auto &entry : m_moduleTabs)
        if (entry.first == moduleId)
            return entry.second;
    return nullptr;
}

void MainWindow::refreshStatusFigures()
{
    // Read on the status loader's worker: the GUI thread never waits on SQL.
    QList<const core::Module *> modules;
    for (const auto &entry : std::as_const(m_statusFigures))
        modules.append(entry.first);
    m_statusLoader->requestStatus(m_context.db, modules, m_context.clock->now());
}

void MainWindow::showStatusFigures(const DashboardFigures &read)
{
    for (const auto &entry : std::as_const(m_statusFigures)) {
        if (!read.byModule.contains(entry.first->id()))
            continue;
        const QList<core::HeadlineFigure> figures = read.byModule.value(entry.first->id());
        QStringList parts;
        bool alert = false;
        for (const core::HeadlineFigure &f : figures) {
            alert = alert || f.tone == core::HeadlineFigure::Tone::Alert;
            parts.append(QStringLiteral("%1: <b>%2</b>").arg(f.label.toHtmlEscaped(), f.value.toHtmlEscaped()));
        }
        QLabel *label = entry.second;
        label->setVisible(!parts.isEmpty());
        label->setText(QStringLiteral("<a href=\"open\" style=\"color: %1; text-decoration: none;\">%2</a>")
                           .arg(alert ? QStringLiteral("#ffffff") : QStringLiteral("#123a61"), parts.join(QStringLiteral(" · "))));
        label->setStyleSheet(alert ? QStringLiteral("QLabel { background: #b71c1c; border-radius: 3px; padding: 1px 8px; }")
                                   : QString());
        label->setToolTip(tr("Open %1").arg(entry.first->title()));
    }
    emit statusFiguresShown();
}

QStringList MainWindow::shownStatusFigures() const
{
    QStringList shown;
    for (const auto &entry : m_statusFigures)
        if (entry.second->isVisible() || !entry.second->text().isEmpty())
            shown.append(entry.second->text());
    return shown;
}

QString MainWindow::readOnlyText(const QSqlDatabase &db)
{
    const QString path = QDir::toNativeSeparators(db.databaseName());
    const QString why = core::readOnlyReason(db) == QLatin1String("folder")
        ? tr("the folder of %1 cannot be written").arg(path)
        : tr("the file %1 cannot be written").arg(path);
    return tr("The database is open read-only because %1. You can look and print; changes are refused. To work "
              "normally, ask for write access to it or copy it to a folder of yours.")
        .arg(why);
}

void MainWindow::updateStatusBar()
{
    QString who = m_context.operatorName;
    if (const auto account = core::sessionAccount(m_context.db))
        // A separator, not parentheses: the name may carry its own ("(demo)").
        who += QStringLiteral(" · %1").arg(core::RoleText::title(account->role));
    m_operatorLabel->setText(tr("Operator: %1").arg(who));
    QString station = tr("Workstation %1").arg(m_context.workstation);
    const QString name = core::LocalConfig::value(m_context.db, core::LocalConfig::workstationName);
    if (!name.isEmpty())
        station += QStringLiteral(" (%1)").arg(name);
    m_workstationLabel->setText(station);
    const QString path = QDir::toNativeSeparators(m_context.db.databaseName());
    m_databaseLabel->setText(tr("Database: %1").arg(fontMetrics().elidedText(path, Qt::ElideMiddle, 320)));
    m_databaseLabel->setToolTip(path);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open database..."), QKeySequence::Open, this, &MainWindow::openDatabase);
    file->addAction(tr("Change &operator..."), this, &MainWindow::operatorChangeRequested);
    file->addAction(tr("&Lock the workstation"), QKeySequence(Qt::CTRL | Qt::Key_L), this, &MainWindow::lockRequested);
    file->addAction(tr("Change pass&word..."), this, &MainWindow::changePassword);
    file->addSeparator();
    QAction *accounts = file->addAction(tr("Operators and &roles..."), this, &MainWindow::manageAccounts);
    accounts->setEnabled(!core::hasSession(m_context.db) || core::Access::allows(m_context.db, core::Permission::AccountsManage));
    QAction *audit = file->addAction(tr("&Audit log..."), this, &MainWindow::showAuditLog);
    audit->setEnabled(!core::hasSession(m_context.db) || core::Access::allows(m_context.db, core::Permission::AuditView));
    file->addSeparator();
    file->addAction(tr("&Settings..."), QKeySequence::Preferences, this, [this] { openSettings(0); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("Redo"));
    redo->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    // Ctrl+F too: a widget that uses Ctrl+F itself keeps it (Qt gives the
    // key to the focused widget that claims it before any shortcut).
    QAction *search = edit->addAction(tr("&Search..."), this, &MainWindow::showSearch);
    search->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find });

    QMenu *print = menuBar()->addMenu(tr("&Print"));
    print->addAction(tr("&Reports..."), QKeySequence::Print, this, [this] { showReports(); });
    print->addSeparator();
    if (m_context.reports)
        for (const core::ReportDefinition &d : m_context.reports->all()) {
            const QString name = d.name;
            print->addAction(d.title() + QStringLiteral("..."), this, [this, name] { showReports(name); });
        }

    QMenu *sync = menuBar()->addMenu(tr("&Synchronisation"));
    m_syncActions.append(sync->addAction(tr("Synchronise &now"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this, [this] {
        if (m_sync)
            m_sync->synchroniseNow();
    }));
    m_syncActions.append(sync->addAction(tr("Synchronisation &status..."), this, &MainWindow::showSyncStatus));
    m_conflictsAction = sync->addAction(tr("&Conflicts to review..."), this, &MainWindow::showConflicts);
    sync->addAction(tr("To &reconcile..."), this, &MainWindow::showReconcile);
    sync->addSeparator();
    sync->addAction(tr("Sync &folder..."), this, [this] { openSettings(2); });
    m_syncActions.append(sync->addAction(tr("Open the open &data folder"), this, &MainWindow::openOpenDataFolder));
    sync->addSeparator();
    sync->addAction(tr("&Back up the database..."), this, &MainWindow::backupDatabase);
    m_syncActions.append(sync->addAction(tr("Automatic backup &now"), this, &MainWindow::backupNow));
    sync->addAction(tr("&Restore from a backup..."), this, &MainWindow::restoreFromBackup);
    sync->addAction(tr("&Check the database"), this, &MainWindow::checkDatabase);
    updateSyncActions();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("User &guide"), QKeySequence::HelpContents, this, &MainWindow::showHelp);
    help->addAction(tr("&Keyboard shortcuts"), QKeySequence(Qt::CTRL | Qt::Key_Slash), this, &MainWindow::showShortcuts);
    // The first-start guide lives on the Cruscotto (app/firststart/).
    help->addAction(tr("&First-start guide"), this, [this] {
        m_tabs->setCurrentWidget(m_dashboard);
        m_dashboard->ensureBuilt();
        m_dashboard->guide()->open();
    });
    connect(m_dashboard->guide(), &FirstStartPanel::settingsRequested, this, &MainWindow::openSettings);
    connect(this, &MainWindow::settingsChanged, m_dashboard->guide(), &FirstStartPanel::refresh);
    help->addAction(tr("&Technical log"), this, &MainWindow::showTechnicalLog);
    help->addSeparator();
    help->addAction(tr("&About Ci siAMO!"), this, &MainWindow::showAbout);
    help->addAction(tr("Reference &data and licences"), this, &MainWindow::showDataSources);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QList<const core::Module *> MainWindow::visibleModules() const
{
    QList<const core::Module *> visible;
    for (const auto &module : m_modules)
        if (tab(module->id()))
            visible.append(module.get());
    return visible;
}

void MainWindow::showSearch()
{
    auto *dialog = new GlobalSearchDialog(m_context.db, visibleModules(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GlobalSearchDialog::recordChosen, this, &MainWindow::openRecord);
    dialog->open();
}

QString MainWindow::helpSection() const
{
    if (m_tabs->currentWidget() == m_dashboard)
        return QStringLiteral("dashboard");
    for (const auto &entry : m_moduleTabs)
        if (entry.second == m_tabs->currentWidget()) {
            const QString page = entry.second->helpSection();
            return page.isEmpty() ? entry.first : page;
        }
    return {};
}

void MainWindow::showHelp()
{
    if (!m_help) {
        m_help = new HelpDialog(this);
        m_help->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
    m_help->showSection(helpSection());
}

TechnicalLogDialog *MainWindow::technicalLogDialog() const
{
    return m_technicalLog.data();
}

void MainWindow::showTechnicalLog()
{
    if (!m_technicalLog) {
        m_technicalLog = new TechnicalLogDialog(core::TechnicalLog::filePath().isEmpty() ? QString() : core::TechnicalLog::folder(), this);
        m_technicalLog->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_technicalLog->reload();
    }
    m_technicalLog->show();
    m_technicalLog->raise();
    m_technicalLog->activateWindow();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(collectShortcuts(this), this);
    dialog.exec();
}

bool MainWindow::openPage(const QString &moduleId, const QString &page)
{
    core::ModuleTab *t = tab(moduleId);
    if (!t)
        return false;
    m_tabs->setCurrentWidget(t);
    return page.isEmpty() || t->openPage(page);
}

bool MainWindow::openRecord(const QString &moduleId, const QString &kind, qint64 id)
{
    core::ModuleTab *t = tab(moduleId);
    if (!t)
        return false;
    m_tabs->setCurrentWidget(t);
    return t->showRecord(kind, id);
}

void MainWindow::attachSync(core::sync::SyncService *service)
{
    m_sync = service;
    if (!m_syncStatus) {
        m_syncStatus = new SyncStatusWidget(service, this);
        statusBar()->addPermanentWidget(m_syncStatus); // rightmost, after the operator and database
        connect(m_syncStatus, &QToolButton::clicked, this, &MainWindow::showSyncStatus);
    }
    connect(service, &core::sync::SyncService::statusChanged, this, &MainWindow::updateSyncActions);
    connect(service, &core::sync::SyncService::backupFinished, this, [this](const core::sync::BackupResult &result) {
        if (result.taken)
            // The file's name only: a whole path does not fit beside the operator
            // and database (the backups folder is in Impostazioni).
            statusBar()->showMessage(tr("Automatic backup written: %1").arg(QFileInfo(result.path).fileName()), 8000);
        else if (!result.error.code.isEmpty())
            statusBar()->showMessage(tr("The automatic backup failed: %1").arg(core::ErrorText::describe(result.error)), 15000);
    });
    updateSyncActions();
}

void MainWindow::updateSyncActions()
{
    for (QAction *a : std::as_const(m_syncActions))
        a->setEnabled(m_sync != nullptr);
    m_conflictsAction->setEnabled(true);
    const int open = m_sync ? m_sync->status().openConflicts : 0;
    m_conflictsAction->setText(open > 0 ? tr("&Conflicts to review (%1)...").arg(open) : tr("&Conflicts to review..."));
}

void MainWindow::showSyncStatus()
{
    SyncStatusDialog dialog(m_context.db, m_sync, this);
    connect(&dialog, &SyncStatusDialog::conflictsRequested, this, &MainWindow::showConflicts);
    connect(&dialog, &SyncStatusDialog::reconcileRequested, this, &MainWindow::showReconcile);
    dialog.exec();
}

void MainWindow::showConflicts()
{
    if (!allowed(core::Permission::SyncManage))
        return;
    ConflictsDialog dialog(m_context.db, m_context.operatorName, this);
    if (m_sync)
        connect(m_sync, &core::sync::SyncService::cycleFinished, &dialog, &ConflictsDialog::reload);
    dialog.exec();
    if (m_sync)
        m_sync->refreshPending(m_context.db);
}

void MainWindow::showReconcile()
{
    ReconcileDialog dialog(m_context.db, *m_context.clock, this);
    if (m_sync)
        connect(m_sync, &core::sync::SyncService::cycleFinished, &dialog, &ReconcileDialog::reload);
    dialog.exec();
}

void MainWindow::openOpenDataFolder()
{
    if (!m_sync)
        return;
    const QString folder = m_sync->settings().effectiveOpenDataFolder();
    QDir().mkpath(folder);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        QMessageBox::information(this, tr("Open data"), tr("The open data files are in %1.").arg(QDir::toNativeSeparators(folder)));
}

void MainWindow::backupNow()
{
    if (!allowed(core::Permission::DatabaseBackup))
        return;
    if (m_sync) {
        m_sync->backupNow(false);
        statusBar()->showMessage(tr("Writing an automatic backup..."), 5000);
    }
}

void MainWindow::restoreFromBackup()
{
    if (!allowed(core::Permission::DatabaseBackup))
        return;
    const QString databasePath = m_context.db.databaseName();
    const QString folder = m_sync ? m_sync->settings().effectiveBackupFolder() : core::sync::BackupManager::defaultFolder(databasePath);
    const QString backup = QFileDialog::getOpenFileName(this, tr("Restore from a backup"), folder, tr("Databases (*.sqlite *.db)"));
    if (backup.isEmpty())
        return;
    const auto answer = QMessageBox::warning(
        this, tr("Restore from a backup"),
        tr("Replace the database with the backup %1?\n\nThe current file is not deleted: it is kept aside with the time in its name. "
           "Changes made after the backup and already sent to the other workstations come back with the next synchronisation; "
           "the others are only in the file kept aside.").arg(QFileInfo(backup).fileName()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        emit restoreRequested(backup);
}

bool MainWindow::allowed(const QString &permission)
{
    const core::Status s = core::Access::require(m_context.db, permission, *m_context.clock);
    if (!s)
        QMessageBox::warning(this, tr("Not allowed"), core::ErrorText::describe(s.error()));
    return s.ok();
}

void MainWindow::changePassword()
{
    core::PasswordDialog dialog(m_context.db, core::PasswordDialog::Mode::Voluntary, this);
    if (dialog.exec() == QDialog::Accepted)
        QMessageBox::information(this, tr("Change password"), tr("Your password has been changed."));
}

void MainWindow::manageAccounts()
{
    if (!allowed(core::Permission::AccountsManage))
        return;
    core::AccountsDialog dialog(m_context.db, this);
    dialog.exec();
}

void MainWindow::showAuditLog()
{
    if (!allowed(core::Permission::AuditView))
        return;
    core::AuditDialog dialog(m_context, this);
    dialog.exec();
}

void MainWindow::openDatabase()
{
    if (!allowed(core::Permission::SettingsManage))
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QFileInfo(m_context.db.databaseName()).absolutePath(),
                                                      tr("Databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        emit databaseSwitchRequested(path);
}

void MainWindow::openSettings(int page)
{
    if (!allowed(core::Permission::SettingsManage))
        return;
    SettingsDialog dialog(m_context.db, m_context.db.databaseName(), this);
    dialog.showPage(SettingsDialog::Page(page));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_context.workstation = core::sessionWorkstation(m_context.db);
    updateStatusBar();
    emit settingsChanged();
    if (dialog.databaseChanged()) {
        const auto answer = QMessageBox::question(this, tr("Database"), tr("Open %1 now?").arg(dialog.databasePath()));
        if (answer == QMessageBox::Yes)
            emit databaseSwitchRequested(dialog.databasePath());
    }
}

void MainWindow::showReports(const QString &reportName)
{
    core::ReportDialog dialog(m_context, reportName, this);
    // What the tabs show picks the report's choice (the module selected
    // on the Colonna Mobile's page for its departure checklist).
    for (const auto &entry : m_moduleTabs)
        if (const QString choice = entry.second->reportChoice(reportName); !choice.isEmpty())
            dialog.setChoice(choice);
    dialog.exec();
}

void MainWindow::backupDatabase()
{
    if (!allowed(core::Permission::DatabaseBackup))
        return;
    const QFileInfo db(m_context.db.databaseName());
    const QString suggested = db.absoluteDir().filePath(
        QStringLiteral("%1-%2.sqlite").arg(db.completeBaseName(), core::SystemClock::instance().now().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Back up the database"), suggested, tr("Databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Status s = core::backupDatabase(m_context.db, path);
    QApplication::restoreOverrideCursor();
    if (!s) {
        qCWarning(core::logcat::backup).noquote() << "backup to a chosen file failed:" << core::errorLogText(s.error());
        QMessageBox::warning(this, tr("Backup"), core::ErrorText::describe(s.error()));
    }
    else
        QMessageBox::information(this, tr("Backup"), tr("A consistent copy of the database was written to %1.").arg(path));
}

void MainWindow::checkDatabase()
{
    // On a worker connection (sync/databasecheckdialog.h): the window stays live.
    if (auto *running = findChild<DatabaseCheckDialog *>()) {
        running->raise();
        running->activateWindow();
        return;
    }
    auto *dialog = new DatabaseCheckDialog(m_context.db.databaseName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Ci siAMO!"),
                       tr("<h3>Ci siAMO! %1</h3>"
                          "<p>The operations room of the CCV-MI, the coordination of the civil-protection volunteer "
                          "organisations of the Città metropolitana di Milano, at the Idroscalo.</p>"
                          "<p>Stock, deliveries, volunteers, study support, the listening line: it works offline and keeps every change.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::showDataSources()
{
    QMessageBox::information(this, tr("Reference data and licences"),
                             tr("Municipal boundaries: ISTAT, processed by openpolis (CC BY 4.0).\n"
                                "Residents: ANPR register, Ministero dell'Interno (CC0).\n"
                                "List of Italian comuni: ISTAT (CC BY) and Wikidata (CC0), via Comuni-ITA (MIT).\n"
                                "Town hall contacts: IndicePA."));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    emit closing();
    if (m_sync && m_sync->status().enabled && m_sync->status().folderReachable) {
        // The changes of this session leave before the program does; if the
        // folder does not answer in time they leave with the next start.
        statusBar()->showMessage(tr("Sending the latest changes to the sync folder..."));
        QApplication::setOverrideCursor(Qt::WaitCursor);
        if (!m_sync->exportBeforeQuit(15000))
            qCWarning(core::logcat::sync) << "the last changes were not sent before quitting:" << m_sync->status().pending
                                          << "wait for the next start";
        QApplication::restoreOverrideCursor();
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    event->accept();
}

#include "applicationcontroller.h"

#include "appsettings.h"
#include "dashboardtab.h"
#include "demobuilder.h"
#include "firstpaint.h"
#include "firststart/firststartpanel.h"
#include "idlewatcher.h"
#include "mainwindow.h"
#include "moduleregistry.h"
#include "sync/backgroundcheck.h"
#include "sync/databaserecovery.h"
#include "sync/joinroomdialog.h"
#include "workstationcover.h"

#include "core/auth/auditlog.h"
#include "core/auth/authservice.h"
#include "core/auth/session.h"
#include "core/db/changenotifier.h"
#include "core/db/connectionstate.h"
#include "core/domain/errorlogtext.h"
#include "core/domain/logcategories.h"
#include "core/domain/technicallog.h"
#include "core/reference/referenceloader.h"
#include "core/sync/backups.h"
#include "core/ui/errortext.h"
#include "core/ui/firstadministratordialog.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

ApplicationController::ApplicationController(QString databasePath, QString presetUser, bool create, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath)), m_presetUser(std::move(presetUser).trimmed()), m_create(create)
{
    m_check = new BackgroundCheck(this);
    connect(m_check, &BackgroundCheck::finished, this, &ApplicationController::backgroundCheckFinished);
    m_modules = createModules();
    m_reports = createReportCatalog(m_modules);
    m_context.reports = &m_reports;
    m_idle = new IdleWatcher(this);
    m_cover = new WorkstationCover(this);
    connect(m_idle, &IdleWatcher::idle, this, &ApplicationController::lockWorkstation);
}

ApplicationController::~ApplicationController()
{
    closeDatabase();
}

void ApplicationController::closeDatabase()
{
    endSession();
    m_check->cancel(); // its connection too must be gone before a restore
    // Tabs and models first, then the worker's connection, then ours.
    if (m_window && m_window->isVisible())
        m_window->close(); // sends the session's last changes (MainWindow::closeEvent)
    m_window.reset();
    m_sync.reset();
    m_context.db = QSqlDatabase();
    m_connection.close();
}

void ApplicationController::endSession()
{
    if (m_connection.isValid() && core::hasSession(m_connection.db())) {
        core::AuthService(m_connection.db()).signOut();
        qCInfo(core::logcat::auth) << "signed out";
        core::TechnicalLog::setPerson(QString());
    }
}

bool ApplicationController::openInteractively(QString path)
{
    bool create = m_create; // --create: a missing file is made without asking
    for (;;) {
        if (!QFileInfo::exists(path) && !create) {
            switch (DatabaseRecovery::ask(nullptr, RecoveryPlan::missing(path))) {
            case RecoveryPlan::Choice::CreateEmpty:
                create = true;
                break;
            case RecoveryPlan::Choice::JoinRoom: {
                JoinRoomDialog join(path);
                if (join.exec() != QDialog::Accepted)
                    continue; // back to the choices
                QMessageBox::information(nullptr, tr("Ci siAMO!"), join.summary());
                break;
            }
            case RecoveryPlan::Choice::CreateDemo: {
                QApplication::setOverrideCursor(Qt::WaitCursor);
                const core::Status s = createDemoDatabase(path, DemoOptions());
                QApplication::restoreOverrideCursor();
                if (!s) {
                    QMessageBox::critical(nullptr, tr("Ci siAMO!"), core::ErrorText::describe(s.error()));
                    return false;
                }
                QMessageBox::information(nullptr, tr("Ci siAMO!"),
                                         tr("The demo database has one account per role, all with the password "
                                            "«demo1234»: admin, coordinatrice, psicologa, psicologo, operatore."));
                break;
            }
            case RecoveryPlan::Choice::OpenAnother:
                path = chooseDatabase(path);
                if (path.isEmpty())
                    return false;
                continue;
            default:
                return false;
            }
        }
        core::OpenOptions options;
        options.create = create;
        // Nothing here grows with the file: a damaged page deep inside is
        // found by the quick and full checks after the first paint
        // (startBackgroundCheck), which then alert the person.
        DatabaseRecovery::Opened opened = DatabaseRecovery::openAtStart(path, options);
        RecoveryPlan plan;
        if (opened.connection && opened.problems.isEmpty()) {
            if (core::isReadOnly(opened.connection->db()))
                qCWarning(core::logcat::db).noquote() << QStringLiteral("opened read-only (%1):").arg(core::readOnlyReason(opened.connection->db()))
                                                      << QDir::toNativeSeparators(path);
            else
                qCInfo(core::logcat::db).noquote() << "opened" << QDir::toNativeSeparators(path);
            m_connection = std::move(*opened.connection);
            m_path = path;
            AppSettings::setDatabasePath(QFileInfo(path).absoluteFilePath());
            return true;
        }
        if (opened.connection) {
            qCWarning(core::logcat::db).noquote() << "the database is damaged:" << opened.problems.size() << "problems, first:"
                                                  << opened.problems.value(0).left(200);
            opened.connection->close();
            plan = RecoveryPlan::damaged(path, opened.problems.mid(0, 20).join(QLatin1Char('\n')),
                                         DatabaseRecovery::newestGoodBackup(path, AppSettings::backupFolder()), true);
        } else {
            const core::Error error = opened.status.error();
            qCWarning(core::logcat::db).noquote() << "cannot open the database:" << core::errorLogText(error);
            const std::optional<core::sync::BackupFile> newest = core::isDamage(error)
                ? DatabaseRecovery::newestGoodBackup(path, AppSettings::backupFolder())
                : std::nullopt;
            plan = RecoveryPlan::forOpenError(path, error, core::ErrorText::describe(error), newest);
        }
        create = false;
        switch (DatabaseRecovery::ask(nullptr, plan)) {
        case RecoveryPlan::Choice::Restore:
            if (!DatabaseRecovery::restore(nullptr, plan))
                return false;
            continue;
        case RecoveryPlan::Choice::ContinueAnyway: {
            auto again = core::openDatabase(path, options);
            if (!again) {
                QMessageBox::critical(nullptr, tr("Ci siAMO!"), core::ErrorText::describe(again.error()));
                return false;
            }
            m_connection = std::move(*again);
            m_path = path;
            return true;
        }
        case RecoveryPlan::Choice::OpenAnother:
            path = chooseDatabase(path);
            if (path.isEmpty())
                return false;
            continue;
        case RecoveryPlan::Choice::JoinRoom: // offered for a missing file, handled above
        case RecoveryPlan::Choice::CreateEmpty:
        case RecoveryPlan::Choice::CreateDemo:
        case RecoveryPlan::Choice::Close:
            return false;
        }
    }
}

QString ApplicationController::chooseDatabase(const QString &near)
{
    return QFileDialog::getOpenFileName(nullptr, tr("Open database"), QFileInfo(near).absolutePath(),
                                        tr("Databases (*.sqlite *.db);;All files (*)"));
}

void ApplicationController::startBackgroundCheck()
{
    if (!m_connection.isValid() || !m_window)
        return;
    // After the window's first paint: the person sees the program first,
    // and the check's whole-file reads never delay it.
    const QString path = m_path;
    firstpaint::afterFirstPaint(m_window.get(), this, [this, path] {
        if (m_connection.isValid() && path == m_path)
            m_check->start(path, AppSettings::backupFolder());
    });
}

void ApplicationController::backgroundCheckFinished(const QString &path, bool damaged, const QStringList &problems)
{
    if (path != m_path)
        return;
    if (!damaged) {
        qCInfo(core::logcat::check) << "integrity checks: no damage";
        return;
    }
    qCCritical(core::logcat::check).noquote() << "integrity checks found damage:" << problems.size() << "problems, first:"
                                              << problems.value(0).left(200);
    m_damage = RecoveryPlan::damagedWhileOpen(path, problems.join(QLatin1Char('\n')), m_check->newestGoodBackup());
    showDamageAlert();
}

void ApplicationController::showDamageAlert()
{
    // Shown over the window, not modal: whatever the person is typing in a
    // dialog stays there (the dialog keeps the keyboard until it closes).
    // Kept for later while the workstation is locked or the window rebuilt.
    if (!m_damage || !m_window || m_locked || m_alert)
        return;
    m_alert = DatabaseRecovery::alert(m_window.get(), *m_damage);
    connect(m_alert, &QMessageBox::buttonClicked, this, [this](QAbstractButton *button) {
        const RecoveryPlan::Choice choice = DatabaseRecovery::choiceOf(button);
        if (choice == RecoveryPlan::Choice::ContinueAnyway)
            m_damage.reset();
        if (choice != RecoveryPlan::Choice::Restore)
            return;
        // Leave the box's own handler before the window goes.
        QTimer::singleShot(0, this, [this] { restoreAfterDamage(); });
    });
}

void ApplicationController::restoreAfterDamage()
{
    if (!m_damage)
        return;
    const RecoveryPlan plan = *m_damage;
    m_damage.reset();
    // A dialog still open (the box is not modal) would lose its contents:
    // wait until it is closed.
    if (QApplication::activeModalWidget()) {
        m_damage = plan;
        QTimer::singleShot(200, this, [this] { restoreAfterDamage(); });
        return;
    }
    closeDatabase();
    if (!DatabaseRecovery::restore(nullptr, plan)) {
        QApplication::quit();
        return;
    }
    if (!openInteractively(plan.path) || !signIn(m_connection.db(), core::SignInDialog::Mode::Start, nullptr)) {
        QApplication::quit();
        return;
    }
    showWindow();
    startBackgroundCheck();
}

bool ApplicationController::signInFromEnvironment(const QSqlDatabase &db)
{
    const QString password = qEnvironmentVariable("CISIAMO_PASSWORD");
    if (m_presetUser.isEmpty() || password.isEmpty())
        return false;
    auto account = core::AuthService(db).signIn(m_presetUser, password);
    if (!account || account->mustChangePassword) {
        if (account)
            core::AuthService(db).signOut();
        return false;
    }
    return true;
}

bool ApplicationController::signIn(const QSqlDatabase &db, core::SignInDialog::Mode mode, QWidget *parent)
{
    auto first = core::AuthService(db).needsFirstAdministrator();
    if (first && *first) {
        core::FirstAdministratorDialog dialog(db, parent);
        m_openGuide = dialog.exec() == QDialog::Accepted; // a new room: the window opens on the guide
        return m_openGuide;
    }
    if (mode == core::SignInDialog::Mode::Start && signInFromEnvironment(db))
        return true;
    core::SignInDialog dialog(db, mode, AppSettings::recentOperators(), parent);
    if (!m_presetUser.isEmpty() && mode == core::SignInDialog::Mode::Start)
        dialog.setUsername(m_presetUser);
    return dialog.exec() == QDialog::Accepted;
}

void ApplicationController::applySession()
{
    const QSqlDatabase db = m_connection.db();
    const auto account = core::sessionAccount(db);
    if (!account)
        return;
    m_accountId = account->id;
    core::TechnicalLog::setPerson(account->username);
    core::TechnicalLog::setWorkstation(core::sessionWorkstation(db));
    qCInfo(core::logcat::auth) << "signed in, account" << account->id;
    AppSettings::rememberOperator(account->username);
    m_context.db = db;
    m_context.operatorName = account->displayName;
    m_context.workstation = core::sessionWorkstation(db);
}

void ApplicationController::showWindow()
{
    applySession();
    m_window = std::make_unique<MainWindow>(m_context, m_modules);
    connect(m_window.get(), &MainWindow::databaseSwitchRequested, this, [this](const QString &path) {
        // Leave the window's own event handler before destroying it.
        QTimer::singleShot(0, this, [this, path] { switchDatabase(path); });
    });
    connect(m_window.get(), &MainWindow::operatorChangeRequested, this, &ApplicationController::changeOperator);
    connect(m_window.get(), &MainWindow::lockRequested, this, &ApplicationController::lockWorkstation);
    // Quitting: the sign-out is written before the window sends the last
    // changes, or it stayed unsent after every session (written when the
    // program ended, after the export). Not when the window is only
    // rebuilt for the next person, who is signed in already.
    connect(m_window.get(), &MainWindow::closing, this, [this] {
        if (!m_rebuildingWindow)
            endSession();
    });
    connect(m_window.get(), &MainWindow::settingsChanged, this, [this] {
        m_idle->setTimeoutMinutes(AppSettings::idleLockMinutes());
        if (m_sync)
            m_sync->setSettings(AppSettings::syncSettings(m_path, m_context.operatorName));
    });
    connect(m_window.get(), &MainWindow::restoreRequested, this, [this](const QString &backup) {
        QTimer::singleShot(0, this, [this, backup] { restoreBackup(backup); });
    });
    // The sync service outlives a window rebuilt for another operator.
    if (!m_sync) {
        startSync();
    } else {
        m_sync->setSettings(AppSettings::syncSettings(m_path, m_context.operatorName));
        m_window->attachSync(m_sync.get());
    }
    m_window->show();
    if (m_openGuide) {
        m_openGuide = false;
        m_window->tabs()->setCurrentWidget(m_window->dashboard());
        m_window->dashboard()->ensureBuilt();
        m_window->dashboard()->guide()->open();
    }
    m_idle->setTimeoutMinutes(AppSettings::idleLockMinutes());
    m_idle->start();
    if (m_damage && m_damage->path != m_path)
        m_damage.reset();
    showDamageAlert(); // found while the window was being rebuilt
}

void ApplicationController::closeOpenDialogs()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *dialog = qobject_cast<QDialog *>(w); dialog && dialog->isVisible())
            dialog->reject();
}

void ApplicationController::rebuildWindowWhenIdle()
{
    // Never destroy the window from inside one of its own signals (the menu
    // action that asked for the change is still on the stack), nor under a
    // dialog's event loop: wait until the dialogs rejected by
    // closeOpenDialogs() have returned.
    QTimer::singleShot(QApplication::activeModalWidget() ? 50 : 0, this, [this] {
        if (QApplication::activeModalWidget())
            rebuildWindowWhenIdle();
        else
            rebuildWindow();
    });
}

void ApplicationController::rebuildWindow()
{
    m_cover->uncover();
    if (m_window) {
        m_rebuildingWindow = true;
        m_window->close();
        m_rebuildingWindow = false;
        m_window.reset();
    }
    showWindow();
}

void ApplicationController::startSync()
{
    m_sync = std::make_unique<core::sync::SyncService>(AppSettings::syncSettings(m_path, m_context.operatorName));
    m_window->attachSync(m_sync.get());
    // Counts the changes not yet sent (grows with them): after the paint.
    firstpaint::afterFirstPaint(m_window.get(), m_sync.get(), [this] {
        if (m_sync && m_context.db.isOpen())
            m_sync->refreshPending(m_context.db);
    });
    connect(core::ChangeNotifier::instance(), &core::ChangeNotifier::tablesChanged, m_sync.get(), [this] {
        if (m_sync && m_context.db.isOpen())
            m_sync->refreshPending(m_context.db);
    });
    m_sync->start();
}

void ApplicationController::restoreBackup(const QString &backupPath)
{
    const QString path = m_path;
    closeDatabase();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    core::sync::RestoreOptions options;
    options.syncFolder = AppSettings::syncFolder();
    options.operatorName = m_context.operatorName;
    auto restored = core::sync::restoreDatabase(backupPath, path, QStringLiteral("before-restore"), options);
    QApplication::restoreOverrideCursor();
    if (!restored)
        QMessageBox::critical(nullptr, tr("Restore from a backup"), core::ErrorText::describe(restored.error()));
    else
        QMessageBox::information(nullptr, tr("Restore from a backup"),
            tr("The database was restored from %1. The file it replaced was kept as %2.")
                    .arg(restored->restoredFrom, restored->keptAside)
                + DatabaseRecovery::countersText(restored->counters));
    if (!openInteractively(path) || !signIn(m_connection.db(), core::SignInDialog::Mode::Start, nullptr)) {
        QApplication::quit();
        return;
    }
    showWindow();
    startBackgroundCheck();
}

bool ApplicationController::start()
{
    if (!openInteractively(m_path))
        return false;
    if (firstpaint::benchmarkProbeWanted())
        firstpaint::mark("signing-in");
    if (!signIn(m_connection.db(), core::SignInDialog::Mode::Start, nullptr))
        return false;
    if (firstpaint::benchmarkProbeWanted())
        firstpaint::mark("signed-in"); // the start benchmark: sign-in -> main window
    showWindow();
    startBackgroundCheck();
    return true;
}

void ApplicationController::lockWorkstation()
{
    if (m_locked || !m_connection.isValid())
        return;
    m_locked = true;
    m_idle->stop();
    const QSqlDatabase db = m_connection.db();
    const auto before = core::sessionAccount(db);
    core::AuthService(db).lock(); // the keys to callers' data are wiped now
    qCInfo(core::logcat::auth) << "workstation locked";
    core::TechnicalLog::setPerson(QString());
    core::SignInDialog dialog(db, core::SignInDialog::Mode::Unlock, AppSettings::recentOperators(), nullptr);
    if (before)
        dialog.setUsername(before->username);
    dialog.setWindowModality(Qt::ApplicationModal);
    m_cover->cover(&dialog);
    const bool signedIn = dialog.exec() == QDialog::Accepted;
    m_locked = false;
    if (!signedIn) {
        closeOpenDialogs();
        QCoreApplication::quit();
        return;
    }
    if (before && dialog.account().id == before->id) {
        m_cover->uncover();
        applySession();
        if (m_window)
            m_window->updateStatusBar();
        m_idle->start();
        showDamageAlert(); // found while the workstation was locked
        return;
    }
    // Someone else: what was open belonged to the previous person.
    closeOpenDialogs();
    rebuildWindowWhenIdle();
}

void ApplicationController::changeOperator()
{
    const QSqlDatabase db = m_connection.db();
    const auto before = core::sessionAccount(db);
    core::SignInDialog dialog(db, core::SignInDialog::Mode::Switch, AppSettings::recentOperators(), m_window.get());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (before && dialog.account().id == before->id) {
        applySession();
        m_window->updateStatusBar();
        return;
    }
    if (before) {
        core::AuditLog::Entry out;
        out.kind = core::AuditKind::SignOut;
        out.username = before->username;
        out.accountId = before->id;
        out.detail = QStringLiteral("shift change");
        (void)core::AuditLog::record(db, out);
    }
    rebuildWindowWhenIdle();
}

void ApplicationController::switchDatabase(const QString &path)
{
    // Try the new file first; keep working on the current one if it fails
    // or if nobody signs in to it.
    core::OpenOptions options;
    options.create = false;
    auto connection = core::openDatabase(path, options);
    core::Status loaded = !connection                 ? core::Status(connection.error())
        : core::isReadOnly(connection->db())           ? core::Status()
                                                       : core::loadReferenceData(connection->db());
    if (!loaded) {
        qCWarning(core::logcat::db).noquote() << "cannot switch to" << QDir::toNativeSeparators(path) << ":"
                                              << core::errorLogText(loaded.error());
        QMessageBox::critical(m_window.get(), tr("Open database"), core::ErrorText::describe(loaded.error()));
        return;
    }
    if (!signIn(connection->db(), core::SignInDialog::Mode::Start, m_window.get()))
        return;
    closeDatabase();
    m_connection = std::move(*connection);
    m_path = path;
    AppSettings::setDatabasePath(QFileInfo(path).absoluteFilePath());
    showWindow();
    startBackgroundCheck();
}

#include "applicationcontroller.h"

#include "appsettings.h"
#include "demobuilder.h"
#include "mainwindow.h"
#include "moduleregistry.h"
#include "operatordialog.h"
#include "sync/databaserecovery.h"

#include "core/db/changenotifier.h"
#include "core/db/connectionstate.h"
#include "core/reference/referenceloader.h"
#include "core/sync/backups.h"
#include "core/ui/errortext.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

ApplicationController::ApplicationController(QString databasePath, QString operatorName, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath)), m_operator(std::move(operatorName).simplified())
{
    m_modules = createModules();
    m_reports = createReportCatalog(m_modules);
    m_context.reports = &m_reports;
}

ApplicationController::~ApplicationController()
{
    closeDatabase();
}

void ApplicationController::closeDatabase()
{
    // Tabs and models first, then the worker's connection, then ours.
    if (m_window && m_window->isVisible())
        m_window->close(); // sends the session's last changes (MainWindow::closeEvent)
    m_window.reset();
    m_sync.reset();
    m_context.db = QSqlDatabase();
    m_connection.close();
}

bool ApplicationController::openInteractively(QString path)
{
    for (;;) {
        if (!QFileInfo::exists(path)) {
            QMessageBox box(QMessageBox::Question, tr("Ci siAMO!"),
                            tr("The database %1 does not exist yet.").arg(path), QMessageBox::NoButton);
            box.setInformativeText(tr("Create an empty database, create a demo database to try the program, "
                                      "or open another file?"));
            auto *empty = box.addButton(tr("Create &empty"), QMessageBox::AcceptRole);
            auto *demo = box.addButton(tr("Create &demo"), QMessageBox::AcceptRole);
            auto *other = box.addButton(tr("&Open another..."), QMessageBox::ActionRole);
            box.addButton(QMessageBox::Cancel);
            box.setDefaultButton(empty);
            box.exec();
            if (box.clickedButton() == demo) {
                QApplication::setOverrideCursor(Qt::WaitCursor);
                const core::Status s = createDemoDatabase(path, DemoOptions());
                QApplication::restoreOverrideCursor();
                if (!s) {
                    QMessageBox::critical(nullptr, tr("Ci siAMO!"), core::ErrorText::describe(s.error()));
                    return false;
                }
            } else if (box.clickedButton() == other) {
                path = QFileDialog::getOpenFileName(nullptr, tr("Open database"), QFileInfo(path).absolutePath(),
                                                    tr("Databases (*.sqlite *.db);;All files (*)"));
                if (path.isEmpty())
                    return false;
                continue;
            } else if (box.clickedButton() != empty) {
                return false;
            }
        }
        auto connection = core::openDatabase(path);
        core::Status loaded = connection ? core::loadReferenceData(connection->db()) : core::Status(connection.error());
        if (loaded) {
            // A quick integrity check at every start: a damaged file is
            // better found now than in the middle of an emergency.
            const QStringList problems = DatabaseRecovery::quickCheck(connection->db());
            if (!problems.isEmpty()) {
                connection->close();
                const auto choice = DatabaseRecovery::offerRestore(nullptr, path, problems.mid(0, 20).join(QLatin1Char('\n')),
                                                                   AppSettings::backupFolder(), true);
                if (choice == DatabaseRecovery::Choice::Restored)
                    continue;
                if (choice == DatabaseRecovery::Choice::GiveUp)
                    return false;
                connection = core::openDatabase(path);
                if (!connection) {
                    QMessageBox::critical(nullptr, tr("Ci siAMO!"), core::ErrorText::describe(connection.error()));
                    return false;
                }
            }
            m_connection = std::move(*connection);
            m_path = path;
            AppSettings::setDatabasePath(QFileInfo(path).absoluteFilePath());
            return true;
        }
        if (loaded.error().code == QLatin1String("db.corrupt")) {
            const auto choice = DatabaseRecovery::offerRestore(nullptr, path, core::ErrorText::describe(loaded.error()),
                                                               AppSettings::backupFolder(), false);
            if (choice == DatabaseRecovery::Choice::Restored)
                continue;
        }
        QMessageBox box(QMessageBox::Critical, tr("Ci siAMO!"), core::ErrorText::describe(loaded.error()), QMessageBox::NoButton);
        auto *other = box.addButton(tr("&Open another..."), QMessageBox::ActionRole);
        box.addButton(QMessageBox::Close);
        box.exec();
        if (box.clickedButton() != other)
            return false;
        path = QFileDialog::getOpenFileName(nullptr, tr("Open database"), QFileInfo(path).absolutePath(),
                                            tr("Databases (*.sqlite *.db);;All files (*)"));
        if (path.isEmpty())
            return false;
    }
}

bool ApplicationController::askOperator()
{
    if (m_operator.isEmpty()) {
        OperatorDialog dialog(AppSettings::recentOperators());
        if (dialog.exec() != QDialog::Accepted)
            return false;
        m_operator = dialog.operatorName();
    }
    AppSettings::rememberOperator(m_operator);
    return true;
}

void ApplicationController::showWindow()
{
    const QSqlDatabase db = m_connection.db();
    core::setSessionOperator(db, m_operator);
    m_context.db = db;
    m_context.operatorName = m_operator;
    m_context.workstation = core::sessionWorkstation(db);
    m_window = std::make_unique<MainWindow>(m_context, m_modules);
    connect(m_window.get(), &MainWindow::databaseSwitchRequested, this, [this](const QString &path) {
        // Leave the window's own event handler before destroying it.
        QTimer::singleShot(0, this, [this, path] { switchDatabase(path); });
    });
    connect(m_window.get(), &MainWindow::operatorChangeRequested, this, [this] {
        OperatorDialog dialog(AppSettings::recentOperators(), m_window.get());
        if (dialog.exec() != QDialog::Accepted)
            return;
        m_operator = dialog.operatorName();
        AppSettings::rememberOperator(m_operator);
        m_context.operatorName = m_operator;
        core::setSessionOperator(m_context.db, m_operator);
        m_window->updateStatusBar();
        if (m_sync)
            m_sync->setSettings(AppSettings::syncSettings(m_path, m_operator));
    });
    connect(m_window.get(), &MainWindow::restoreRequested, this, [this](const QString &backup) {
        QTimer::singleShot(0, this, [this, backup] { restoreBackup(backup); });
    });
    startSync();
    m_window->show();
}

void ApplicationController::startSync()
{
    m_sync = std::make_unique<core::sync::SyncService>(AppSettings::syncSettings(m_path, m_operator));
    m_window->attachSync(m_sync.get());
    m_sync->refreshPending(m_context.db);
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
    auto restored = core::sync::restoreDatabase(backupPath, path, QStringLiteral("before-restore"));
    QApplication::restoreOverrideCursor();
    if (!restored)
        QMessageBox::critical(nullptr, tr("Restore from a backup"), core::ErrorText::describe(restored.error()));
    else
        QMessageBox::information(nullptr, tr("Restore from a backup"),
                                 tr("The database was restored from %1. The file it replaced was kept as %2.")
                                     .arg(restored->restoredFrom, restored->keptAside));
    if (!openInteractively(path)) {
        QApplication::quit();
        return;
    }
    showWindow();
}

bool ApplicationController::start()
{
    if (!openInteractively(m_path))
        return false;
    if (!askOperator())
        return false;
    showWindow();
    return true;
}

void ApplicationController::switchDatabase(const QString &path)
{
    // Try the new file first; keep working on the current one if it fails.
    auto connection = core::openDatabase(path);
    core::Status loaded = connection ? core::loadReferenceData(connection->db()) : core::Status(connection.error());
    if (!loaded) {
        QMessageBox::critical(m_window.get(), tr("Open database"), core::ErrorText::describe(loaded.error()));
        return;
    }
    closeDatabase();
    m_connection = std::move(*connection);
    m_path = path;
    AppSettings::setDatabasePath(QFileInfo(path).absoluteFilePath());
    showWindow();
}

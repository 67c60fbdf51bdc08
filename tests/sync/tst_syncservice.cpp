// The background service of the window: rounds on a worker thread with its
// own connection, the warning and the retry while the folder is away, the
// export before quitting, the daily backup.

#include "core/sync/syncservice.h"
#include "syncfixtures.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>

using namespace core::sync;
using namespace syncfixtures;

class TestSyncService : public QObject {
    Q_OBJECT
private slots:
    void roundRunsInTheBackground();
    void unreachableFolderIsShownAndRetried();
    void exportBeforeQuitSendsTheLastChanges();
    void dailyBackupOnlyWhenDue();
    void pendingIsCountedOffTheGuiThread();
};

namespace {

SyncSettings settingsFor(const testsupport::TestDatabase &database, const QString &folder)
{
    SyncSettings s;
    s.databasePath = database.path();
    s.operatorName = QStringLiteral("Anna");
    s.syncFolder = folder;
    s.intervalMinutes = 15;
    s.keepBackups = 3;
    return s;
}

} // namespace

void TestSyncService::roundRunsInTheBackground()
{
    testsupport::TestDatabase database;
    QTemporaryDir folder;
    QVERIFY(insertService(database.db(), QStringLiteral("x"), QStringLiteral("Servizio X")));
    SyncService service(settingsFor(database, folder.path()));
    QSignalSpy finished(&service, &SyncService::cycleFinished);
    service.synchroniseNow();
    QVERIFY(service.status().busy);
    QVERIFY(finished.wait(120000));
    const SyncCycleResult result = finished.first().first().value<SyncCycleResult>();
    QVERIFY(result.exported);
    QCOMPARE(result.exported->files.size(), 1);
    QVERIFY(result.imported);
    QVERIFY(result.openData); // the first round writes the open data
    QVERIFY(
        QFileInfo::exists(QDir(database.dir()).filePath(QStringLiteral("open-data/distribuzioni_per_comune.geojson"))));
    const SyncStatus &s = service.status();
    QVERIFY(!s.busy);
    QVERIFY(s.enabled && s.folderReachable);
    QVERIFY(s.lastExport.isValid() && s.lastImport.isValid());
    QCOMPARE(s.pending, 0);
    QCOMPARE(syncFiles(folder.path()).size(), 1);
    // The next round is planned at the interval.
    QVERIFY(s.nextAttempt > core::SystemClock::instance().now().addSecs(14 * 60));
}

void TestSyncService::unreachableFolderIsShownAndRetried()
{
    testsupport::TestDatabase database;
    QTemporaryDir parent;
    const QString folder = QDir(parent.path()).filePath(QStringLiteral("share"));
    QVERIFY(insertService(database.db(), QStringLiteral("x"), QStringLiteral("Servizio X")));
    SyncService service(settingsFor(database, folder));
    QSignalSpy finished(&service, &SyncService::cycleFinished);
    service.synchroniseNow();
    QVERIFY(finished.wait(120000));
    QVERIFY(!service.status().folderReachable);
    QCOMPARE(service.status().lastError.code, QStringLiteral("sync.folder_unreachable"));
    QVERIFY(service.status().pending > 0);
    QVERIFY(service.status().nextAttempt < core::SystemClock::instance().now().addSecs(90)); // retries within a minute
    QVERIFY(!QFileInfo::exists(folder)); // never created locally

    // The share comes back.
    QVERIFY(QDir().mkpath(folder));
    service.synchroniseNow();
    QVERIFY(finished.wait(120000));
    QVERIFY(service.status().folderReachable);
    QCOMPARE(service.status().pending, 0);
    QCOMPARE(syncFiles(folder).size(), 1);
}

void TestSyncService::exportBeforeQuitSendsTheLastChanges()
{
    testsupport::TestDatabase database;
    QTemporaryDir folder;
    SyncService service(settingsFor(database, folder.path()));
    QSignalSpy finished(&service, &SyncService::cycleFinished);
    service.synchroniseNow();
    QVERIFY(finished.wait(120000));
    // The first round sent the workstation's row in the room's membership list.
    const auto before = syncFiles(folder.path()).size();
    QVERIFY(insertService(database.db(), QStringLiteral("last"), QStringLiteral("Ultimo")));
    service.refreshPending(database.db());
    QTRY_COMPARE_WITH_TIMEOUT(service.status().pending, 1, 60000);
    QVERIFY(service.exportBeforeQuit(20000));
    QCOMPARE(service.status().pending, 0);
    QCOMPARE(syncFiles(folder.path()).size(), before + 1);
}

// The status bar's count of unsent changes reads the change log on the
// reader's thread (issue 17: the GUI thread never waits on SQL), and
// counts asked while one runs end in the right figure.
void TestSyncService::pendingIsCountedOffTheGuiThread()
{
    testsupport::TestDatabase database;
    QTemporaryDir folder;
    SyncService service(settingsFor(database, folder.path()));
    QSignalSpy changed(&service, &SyncService::statusChanged);
    QVERIFY(insertService(database.db(), QStringLiteral("a"), QStringLiteral("Primo")));
    service.refreshPending(database.db());
    QVERIFY(insertService(database.db(), QStringLiteral("b"), QStringLiteral("Secondo")));
    service.refreshPending(database.db()); // while the first one runs, or after it
    const qint64 expected = *SyncExporter::pendingChanges(database.db());
    QVERIFY(expected >= 2);
    QTRY_COMPARE_WITH_TIMEOUT(service.status().pending, expected, 60000);
    QVERIFY(!changed.isEmpty());
    QVERIFY(service.pendingThread());
    QVERIFY(service.pendingThread() != QThread::currentThread());
}

void TestSyncService::dailyBackupOnlyWhenDue()
{
    testsupport::TestDatabase database;
    QTemporaryDir folder;
    SyncSettings settings = settingsFor(database, QString());
    settings.backupFolder = folder.path();
    SyncService service(settings);
    QSignalSpy done(&service, &SyncService::backupFinished);
    service.backupNow(true);
    QVERIFY(done.wait(120000));
    QVERIFY(done.last().first().value<BackupResult>().taken);
    service.backupNow(true);
    QVERIFY(done.wait(120000));
    QVERIFY(!done.last().first().value<BackupResult>().taken); // one a day
    QVERIFY(service.status().lastBackup.isValid());
    QCOMPARE(QDir(folder.path()).entryList({ QStringLiteral("*.sqlite") }).size(), 1);
}

QTEST_GUILESS_MAIN(TestSyncService)
#include "tst_syncservice.moc"

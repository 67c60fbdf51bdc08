// Automatic backups (one a day, the newest N kept), recovery from the
// newest good one, and the backup/restore round trip.

#include "core/db/connectionstate.h"
#include "core/db/dbchecks.h"
#include "core/sync/backups.h"
#include "core/sync/syncstate.h"
#include "syncfixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace core;
using namespace core::sync;
using namespace syncfixtures;

namespace {

void damage(const QString &path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.size() > 64 * 1024);
    f.seek(f.size() / 2);
    f.write(QByteArray(16 * 1024, char(0x5a)));
}

} // namespace

class TestBackups : public QObject {
    Q_OBJECT
private slots:
    void automaticBackupsKeepTheNewest();
    void newestGoodBackupSkipsDamagedOnes();
    void backupAndRestoreRoundTrip();
    void damagedBackupIsNotRestored();
};

void TestBackups::automaticBackupsKeepTheNewest()
{
    testsupport::TestDatabase database;
    QTemporaryDir folder;
    FixedClock clock(QDateTime(QDate(2024, 5, 1), QTime(8, 0)));
    BackupManager manager(database.path(), folder.path(), clock);
    QVERIFY(manager.isDue());
    for (int day = 0; day < 5; ++day) {
        auto taken = manager.takeBackup(database.db(), 3);
        QVERIFY2(taken, qPrintable(taken.error().code));
        QVERIFY(!manager.isDue());
        clock.advanceSecs(12 * 3600);
        QVERIFY(!manager.isDue());
        clock.advanceSecs(12 * 3600);
        QVERIFY(manager.isDue());
    }
    const QList<BackupFile> list = manager.automaticBackups();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.first().takenAt, QDateTime(QDate(2024, 5, 5), QTime(8, 0)));
    QCOMPARE(list.last().takenAt, QDateTime(QDate(2024, 5, 3), QTime(8, 0)));
    QVERIFY(QFileInfo(list.first().path).fileName().startsWith(QStringLiteral("test-auto-20240505-080000")));
    QCOMPARE(
        BackupManager(database.path(), QString()).folder(), QDir(database.dir()).filePath(QStringLiteral("backups")));
}

void TestBackups::newestGoodBackupSkipsDamagedOnes()
{
    testsupport::TestDatabase database;
    QTemporaryDir folder;
    FixedClock clock(QDateTime(QDate(2024, 5, 1), QTime(8, 0)));
    BackupManager manager(database.path(), folder.path(), clock);
    QVERIFY(manager.takeBackup(database.db(), 5));
    clock.advanceSecs(86400);
    QVERIFY(manager.takeBackup(database.db(), 5));
    const QList<BackupFile> list = manager.automaticBackups();
    damage(list.first().path);
    QVERIFY(!verifyBackup(list.first().path, true));
    auto good = manager.newestGoodBackup();
    QVERIFY(good);
    QCOMPARE(good->path, list.last().path);
    damage(list.last().path);
    auto none = manager.newestGoodBackup();
    QVERIFY(!none);
    QCOMPARE(none.error().code, QStringLiteral("backup.none_good"));
}

void TestBackups::backupAndRestoreRoundTrip()
{
    testsupport::TestDatabase database;
    const qint64 kept = insertService(database.db(), QStringLiteral("tenuto"), QStringLiteral("Servizio tenuto"));
    QVERIFY(
        write(database.db(), QStringLiteral("UPDATE comune_cmm SET coc_contact = 'Prima' WHERE comune_id = 15146")));
    QTemporaryDir folder;
    BackupManager manager(database.path(), folder.path());
    auto backup = manager.takeBackup(database.db(), 3);
    QVERIFY(backup);
    const QString before = testsupport::WorkstationPair::tableDump(database.db(), QStringLiteral("volunteer_service"))
        + testsupport::WorkstationPair::tableDump(database.db(), QStringLiteral("comune_cmm"));
    // Later work, then the database is lost.
    QVERIFY(write(database.db(), QStringLiteral("DELETE FROM volunteer_service WHERE id = ?"), { kept }));
    QVERIFY(write(database.db(), QStringLiteral("UPDATE comune_cmm SET coc_contact = 'Dopo' WHERE comune_id = 15146")));
    database.close();

    auto restored = restoreDatabase(backup->path, database.path(), QStringLiteral("before-restore"));
    QVERIFY2(restored, qPrintable(restored.error().code));
    QVERIFY(restored->keptAside.contains(QStringLiteral(".before-restore-")));
    QVERIFY(QFileInfo::exists(restored->keptAside));
    auto connection = openDatabase(database.path());
    QVERIFY(connection);
    const QString after = testsupport::WorkstationPair::tableDump(connection->db(), QStringLiteral("volunteer_service"))
        + testsupport::WorkstationPair::tableDump(connection->db(), QStringLiteral("comune_cmm"));
    QCOMPARE(after, before);
    auto check = checkDatabase(connection->db());
    QVERIFY(check && check->isClean());
    // The file kept aside still has the later work.
    auto aside = openDatabase(restored->keptAside);
    QVERIFY(aside);
    QCOMPARE(
        value(aside->db(), QStringLiteral("SELECT coc_contact FROM comune_cmm WHERE comune_id = 15146")).toString(),
        QStringLiteral("Dopo"));
}

void TestBackups::damagedBackupIsNotRestored()
{
    testsupport::TestDatabase database;
    QTemporaryDir folder;
    BackupManager manager(database.path(), folder.path());
    auto backup = manager.takeBackup(database.db(), 3);
    QVERIFY(backup);
    damage(backup->path);
    const QByteArray before = readFile(database.path());
    database.close();
    auto restored = restoreDatabase(backup->path, database.path(), QStringLiteral("before-restore"));
    QVERIFY(!restored);
    QVERIFY(restored.error().code == QLatin1String("backup.damaged")
        || restored.error().code == QLatin1String("db.corrupt"));
    QCOMPARE(readFile(database.path()), before);
    QCOMPARE(QDir(database.dir()).entryList({ QStringLiteral("*.before-restore-*") }, QDir::Files), QStringList());
}

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"

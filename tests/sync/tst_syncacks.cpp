// Nothing lost without a word, and old files removed safely: every file
// carries its writer's acknowledgements (what it applied of each producer);
// a producer removes its files once every member acknowledged them; a lost
// last file is named; any member can relay the files of another it holds.

#include "support/testaccounts.h"
#include "syncfixtures.h"

#include "core/db/connectionstate.h"
#include "core/sync/backups.h"
#include "core/sync/syncacks.h"
#include "core/sync/syncarchive.h"
#include "core/sync/syncfile.h"
#include "core/sync/syncfolder.h"
#include "core/sync/syncprune.h"
#include "core/sync/syncworker.h"

#include <QTest>
#include <QTimeZone>

using namespace syncfixtures;
using core::sync::RoomMember;
using testsupport::WorkstationPair;

namespace {

// A third workstation on the pair's clock and folder.
class Third {
public:
    explicit Third(WorkstationPair &pair, int number = 3)
        : m_pair(pair)
        , m_db(true, number)
    {
        core::setSessionClock(m_db.db(), &pair.clock());
    }
    QSqlDatabase db() const { return m_db.db(); }
    QString path() const { return m_db.path(); }
    core::Result<core::sync::ExportReport> exportNow()
    {
        return core::sync::SyncExporter(db(), m_pair.clock()).exportTo({ m_pair.folder(), 20000, {} });
    }
    core::Result<core::sync::ImportReport> importNow()
    {
        return core::sync::SyncImporter(db(), m_pair.clock()).importFrom(m_pair.folder());
    }

private:
    WorkstationPair &m_pair;
    testsupport::TestDatabase m_db;
};

QString exportOne(WorkstationPair &pair, int index, const QString &code)
{
    if (!insertService(pair.station(index), code, QStringLiteral("Servizio ") + code))
        return {};
    auto exported = pair.exportFrom(index);
    pair.tick();
    return exported && exported->files.size() == 1 ? exported->files.first().fileName : QString();
}

QString databaseId(const QSqlDatabase &db)
{
    return value(db, "SELECT value FROM local_config WHERE key = 'sync_database_id'").toString();
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

} // namespace

class TestSyncAcks : public QObject {
    Q_OBJECT
private slots:
    void formatsRead_data();
    void formatsRead();
    void acksTravelAndAreStored();
    void pruningWaitsForEveryMember_data();
    void pruningWaitsForEveryMember();
    void pruningWithTheRoomMembers();
    void pruningEndsANormalSync();
    void lostLastFileIsNamedAndRelayed();
    void keptCopiesAreNotInBackups();
    void restoreAfterPruningStillMovesCounters();
};

void TestSyncAcks::formatsRead_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("acks");
    QTest::newRow("format 1, no acknowledgements") << 1 << 0;
    QTest::newRow("format 2, none yet") << 2 << 0;
    QTest::newRow("format 2, two producers") << 2 << 2;
    QTest::newRow("format 3, two producers") << 3 << 2;
}

void TestSyncAcks::formatsRead()
{
    QFETCH(int, format);
    QFETCH(int, acks);
    core::sync::SyncFileHeader header;
    header.formatVersion = format;
    header.schemaVersion = 1;
    header.databaseId = QStringLiteral("ab12cd34-0000-0000-0000-000000000000");
    header.workstation = 2;
    header.firstSeq = 1;
    header.lastSeq = 1;
    for (int i = 0; i < acks; ++i)
        header.acks.append({ QStringLiteral("producer-%1").arg(i), i + 3, 100 + i });
    core::sync::SyncChange change;
    change.seq = 1;
    change.table = QStringLiteral("volunteer_service");
    change.rowId = 7;
    change.operation = QLatin1Char('D');
    change.version = { 1000, 2 };
    core::sync::SyncFileName name { 2, 1, 1, QDateTime(QDate(2026, 3, 10), QTime(10, 0), QTimeZone::utc()),
        core::sync::databaseTag(header.databaseId) };
    const QByteArray data = core::sync::encodeSyncFile(header, { change }, name.toString(), testsupport::testRoomKey());
    QCOMPARE(data.contains("\"acks\""), format >= 2);
    auto decoded = core::sync::decodeSyncFile(data, name.toString(), testsupport::testRoomKey());
    QVERIFY(decoded);
    QCOMPARE(decoded->header.formatVersion, format);
    QCOMPARE(decoded->header.acks, header.acks);

    // The acknowledgements file: verified like a sync file.
    core::sync::AckFileName ackName { 2, name.writtenAt, name.databaseTag };
    const QByteArray ackData = core::sync::encodeAckFile(header, ackName.toString(), testsupport::testRoomKey());
    if (format >= 2) {
        auto ack = core::sync::decodeAckFile(ackData, ackName.toString(), testsupport::testRoomKey());
        QVERIFY(ack);
        QCOMPARE(ack->acks, header.acks);
        QByteArray forged = ackData;
        forged.replace("\"workstation\":2", "\"workstation\":4");
        QVERIFY(!core::sync::decodeAckFile(forged, ackName.toString(), testsupport::testRoomKey()));
    }
}

void TestSyncAcks::acksTravelAndAreStored()
{
    WorkstationPair pair;
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    // b's row in the room's membership list goes out first, out of the way.
    auto introduced = pair.exportFrom(1);
    QVERIFY(introduced && introduced->files.size() == 1);
    const QString first = exportOne(pair, 0, QStringLiteral("a1"));
    const QString second = exportOne(pair, 0, QStringLiteral("a2"));
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    const auto secondName = core::sync::SyncFileName::parse(second);
    QVERIFY(pair.importInto(1));

    // Nothing of its own to send: b publishes what it applied in a file of
    // acknowledgements, once.
    auto quiet = pair.exportFrom(1);
    QVERIFY(quiet);
    QVERIFY(quiet->files.isEmpty());
    QVERIFY(quiet->ackFile.endsWith(core::sync::ackFileSuffix));
    const QList<core::sync::SyncAck> expected { { databaseId(pair.a()), 1, secondName->lastSeq } };
    auto ackFile = core::sync::decodeAckFile(
        readFile(QDir(pair.folder()).filePath(quiet->ackFile)), quiet->ackFile, testsupport::testRoomKey());
    QVERIFY(ackFile);
    QCOMPARE(ackFile->acks, expected);
    pair.tick();
    auto again = pair.exportFrom(1);
    QVERIFY(again && again->ackFile.isEmpty()); // unchanged: not written again

    QVERIFY(pair.importInto(0));
    QCOMPARE(value(pair.a(), "SELECT member || ':' || producer || ':' || seq FROM sync_ack WHERE producer_id = ?",
                 { databaseId(pair.a()) })
                 .toString(),
        QStringLiteral("2:1:%1").arg(secondName->lastSeq));

    // A file of changes carries them too, and supersedes the acks file.
    const QString own = exportOne(pair, 1, QStringLiteral("b1"));
    QVERIFY(!own.isEmpty());
    auto content
        = core::sync::decodeSyncFile(readFile(QDir(pair.folder()).filePath(own)), own, testsupport::testRoomKey());
    QVERIFY(content);
    QCOMPARE(content->header.formatVersion, core::sync::syncFormatVersion);
    QCOMPARE(content->header.acks, expected);
    QVERIFY(!QFileInfo::exists(QDir(pair.folder()).filePath(quiet->ackFile)));
    // Bookkeeping: never logged, so never exported.
    QCOMPARE(value(pair.a(), "SELECT count(*) FROM change_log WHERE table_name LIKE 'sync_%'").toInt(), 0);
}

void TestSyncAcks::pruningWaitsForEveryMember_data()
{
    // a (1) wrote two files; b (2) applied both, c (3) only the first.
    QTest::addColumn<QList<RoomMember>>("members");
    QTest::addColumn<QList<bool>>("removed"); // first, second file of a removed from the folder
    const RoomMember a { 1, "a", false, 0 };
    const RoomMember b { 2, "b", false, 0 };
    const RoomMember c { 3, "c", false, 0 };
    const RoomMember never { 4, "never synced", false, 0 };
    QTest::newRow("a and b: both acknowledged") << QList<RoomMember> { a, b } << QList<bool> { true, true };
    QTest::newRow("c has the first only") << QList<RoomMember> { a, b, c } << QList<bool> { true, false };
    QTest::newRow("c removed from the room")
        << QList<RoomMember> { a, b, { 3, "c", true, 0 } } << QList<bool> { true, true };
    QTest::newRow("a member that never synced") << QList<RoomMember> { a, b, c, never } << QList<bool> { false, false };
    QTest::newRow("alone") << QList<RoomMember> { a } << QList<bool> { false, false };
}

void TestSyncAcks::pruningWaitsForEveryMember()
{
    QFETCH(QList<RoomMember>, members);
    QFETCH(QList<bool>, removed);
    WorkstationPair pair;
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    Third c(pair);
    const QDir folder(pair.folder());
    const QString first = exportOne(pair, 0, QStringLiteral("a1"));
    QVERIFY(c.importNow());
    QVERIFY(c.exportNow());
    const QString second = exportOne(pair, 0, QStringLiteral("a2"));
    const QString ofB = exportOne(pair, 1, QStringLiteral("b1"));
    QVERIFY(pair.importInto(1));
    QVERIFY(pair.exportFrom(1)); // acknowledgements of both
    QVERIFY(pair.importInto(0));
    // Conflict copies of the first file: one identical, one damaged.
    const QString base = first.left(first.size() - core::sync::syncFileSuffix.size());
    const QString sameCopy = base + ".sync-conflict-20260310-101500-ABCDEFG.cisync";
    const QString damagedCopy = base + ".sync-conflict-20260310-101600-ABCDEFG.cisync";
    QByteArray bytes = readFile(folder.filePath(first));
    QVERIFY(writeFile(folder.filePath(sameCopy), bytes));
    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x20);
    QVERIFY(writeFile(folder.filePath(damagedCopy), bytes));

    // Younger than the folder's retention: nothing leaves, acknowledged or not.
    auto early = core::sync::pruneAcknowledged(
        pair.a(), pair.folder(), members, std::numeric_limits<qint64>::max(), pair.clock());
    QVERIFY(early && early->removed.isEmpty() && early->sentCopies == 0);
    pair.tick(core::sync::folderRetentionMs / 1000 + 60); // past the folder's retention
    auto pruned = core::sync::pruneAcknowledged(
        pair.a(), pair.folder(), members, std::numeric_limits<qint64>::max(), pair.clock());
    QVERIFY(pruned);
    const QDir sent(core::sync::sentArchiveFolder(pair.a()));
    const QStringList own { first, second };
    QStringList expectedRemoved;
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(!folder.exists(own.at(i)), removed.at(i));
        QCOMPARE(!sent.exists(own.at(i)), removed.at(i)); // the kept copy goes with it
        if (removed.at(i))
            expectedRemoved.append(own.at(i));
    }
    QCOMPARE(pruned->removed, expectedRemoved);
    QCOMPARE(pruned->sentCopies, int(expectedRemoved.size()));
    QCOMPARE(!folder.exists(sameCopy), removed.at(0));
    QVERIFY(folder.exists(damagedCopy));
    QVERIFY(folder.exists(ofB)); // never another workstation's file
    QCOMPARE(value(pair.a(), "SELECT count(*) FROM sync_export WHERE pruned_at IS NOT NULL").toInt(),
        int(expectedRemoved.size()));

    // What is pruned, with its copy, cannot be sent again: named as such.
    auto resent = core::sync::resendFiles(pair.a(), 1, pair.folder());
    QVERIFY(resent);
    QStringList unavailable;
    for (const core::Error &e : resent->unavailable) {
        QCOMPARE(e.args.value(1), QStringLiteral("pruned"));
        unavailable.append(e.args.value(0));
    }
    QCOMPARE(unavailable, expectedRemoved);
}

void TestSyncAcks::pruningWithTheRoomMembers()
{
    WorkstationPair pair;
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    const QString first = exportOne(pair, 0, QStringLiteral("a1"));
    const QString ofB = exportOne(pair, 1, QStringLiteral("b1"));
    // a knows b, which has not applied a's file yet: nothing goes.
    QVERIFY(pair.importInto(0));
    pair.tick(core::sync::folderRetentionMs / 1000 + 60); // past the folder's retention
    auto pruned
        = core::sync::pruneAcknowledged(pair.a(), pair.folder(), std::numeric_limits<qint64>::max(), pair.clock());
    QVERIFY(pruned && pruned->removed.isEmpty());
    QVERIFY(QFileInfo::exists(QDir(pair.folder()).filePath(first)));
    // Copies kept for relaying: with two workstations nobody but their
    // producer could need them, and it has them.
    QCOMPARE(pruned->relayCopies, 1);
    QVERIFY(!QFileInfo::exists(QDir(core::sync::relayArchiveFolder(pair.a())).filePath(ofB)));

    QVERIFY(pair.importInto(1));
    QVERIFY(pair.exportFrom(1));
    QVERIFY(pair.importInto(0));
    pruned = core::sync::pruneAcknowledged(pair.a(), pair.folder(), std::numeric_limits<qint64>::max(), pair.clock());
    QVERIFY(pruned);
    QCOMPARE(pruned->removed, QStringList { first });
    pair.tick(core::sync::folderRetentionMs / 1000 + 60); // b's copy of a's file, past the retention too
    pruned = core::sync::pruneAcknowledged(pair.b(), pair.folder(), std::numeric_limits<qint64>::max(), pair.clock());
    QVERIFY(pruned);
    QCOMPARE(pruned->relayCopies, 1);
    QVERIFY(pruned->removed.isEmpty()); // a has not acknowledged b's file yet: it stays

    QVERIFY(pair.exportFrom(0)); // a's acknowledgements
    QVERIFY(pair.importInto(1));
    pruned = core::sync::pruneAcknowledged(pair.b(), pair.folder(), std::numeric_limits<qint64>::max(), pair.clock());
    QVERIFY(pruned);
    QCOMPARE(pruned->removed, QStringList { ofB });
    QCOMPARE(pair.differingTables(), QStringList());
}

void TestSyncAcks::pruningEndsANormalSync()
{
    WorkstationPair pair;
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    const QString first = exportOne(pair, 0, QStringLiteral("a1"));
    QVERIFY(!exportOne(pair, 1, QStringLiteral("b1")).isEmpty()); // a learns of b through its file
    QVERIFY(pair.importInto(1));
    QVERIFY(pair.exportFrom(1));

    // The round of the windowed program, on its own connection.
    core::sync::SyncSettings settings;
    settings.databasePath = pair.database(0).path();
    settings.operatorName = QStringLiteral("test");
    settings.syncFolder = pair.folder();
    // A month on: past the folder's retention.
    const core::FixedClock monthLater(pair.clock().now().addDays(31));
    core::sync::SyncWorker worker(monthLater);
    const core::sync::SyncCycleResult result = worker.runCycle(settings, true, false);
    worker.close();
    QVERIFY2(result.pruneError.code.isEmpty(), qPrintable(result.pruneError.code));
    QVERIFY(result.pruned);
    QCOMPARE(result.pruned->removed, QStringList { first });
    QVERIFY(!QFileInfo::exists(QDir(pair.folder()).filePath(first)));
}

void TestSyncAcks::lostLastFileIsNamedAndRelayed()
{
    WorkstationPair pair;
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    Third c(pair);
    const QDir folder(pair.folder());
    const QString first = exportOne(pair, 0, QStringLiteral("a1"));
    QVERIFY(c.importNow());
    const QString last = exportOne(pair, 0, QStringLiteral("a2"));
    const QByteArray sent = readFile(folder.filePath(last));
    const auto lastName = core::sync::SyncFileName::parse(last);
    QVERIFY(pair.importInto(1));
    QVERIFY(pair.exportFrom(1));
    // The last file of a is lost, and a with it (its copy too).
    QVERIFY(QFile::remove(folder.filePath(last)));
    QVERIFY(QFile::remove(QDir(core::sync::sentArchiveFolder(pair.a())).filePath(last)));

    // No later file shows the gap: b's acknowledgement does.
    auto missing = core::sync::findMissingFiles(c.db(), pair.folder());
    QVERIFY(missing && missing->isEmpty());
    QVERIFY(c.importNow()); // reads b's acknowledgements
    missing = core::sync::findMissingFiles(c.db(), pair.folder());
    QVERIFY(missing);
    QCOMPARE(missing->size(), 1);
    QCOMPARE(missing->first().workstation, 1);
    QCOMPARE(missing->first().firstSeq, lastName->firstSeq);
    QCOMPARE(missing->first().lastSeq, lastName->lastSeq);
    QVERIFY(missing->first().nextFile.isEmpty());

    // The command line names it and fails, in English and in Italian.
    QVERIFY(testsupport::createRoleAccounts(c.db()));
    const testsupport::SignIn coord { QStringLiteral("coord"), testsupport::testPassword };
    auto status = testsupport::runSignedIn(
        { "--lang", "en", "--db", c.path(), "sync", "status", "--from", pair.folder() }, {}, coord);
    QCOMPARE(status.exitCode, 1);
    QVERIFY2(status.err.contains(QStringLiteral("MISSING: the changes %1-%2 of workstation 1")
                                     .arg(lastName->firstSeq)
                                     .arg(lastName->lastSeq)
                                     .toUtf8()),
        status.err.constData());
    QVERIFY(status.err.contains("the last file was lost"));
    // And how far the others have this workstation's changes (c sent none).
    QVERIFY2(status.out.contains("Workstation 1 has not acknowledged any change of this one yet"),
        status.out.constData());

    // b relays it: the very bytes a wrote, which the room key verifies.
    QVERIFY(testsupport::createRoleAccounts(pair.b()));
    auto relayed
        = testsupport::runSignedIn({ "--lang", "en", "--db", pair.database(1).path(), "sync", "resend", "--workstation",
                                       "1", "--from", QString::number(lastName->firstSeq), "--to", pair.folder() },
            {}, coord);
    QVERIFY2(relayed.exitCode == 0, relayed.err.constData());
    QVERIFY2(relayed.out.contains(last.toUtf8()), relayed.out.constData());
    QCOMPARE(readFile(folder.filePath(last)), sent);
    // Never over a file already there.
    auto written = core::sync::relayFiles(pair.b(), 1, 1, pair.folder());
    QVERIFY(written && written->written.isEmpty());
    QCOMPARE(written->present, (QStringList { first, last }));

    auto imported = c.importNow();
    QVERIFY(imported);
    QCOMPARE(imported->files.size(), 1);
    QCOMPARE(imported->refused.size(), 0);
    missing = core::sync::findMissingFiles(c.db(), pair.folder());
    QVERIFY(missing && missing->isEmpty());
    QCOMPARE(WorkstationPair::tableDump(c.db(), QStringLiteral("volunteer_service")),
        WorkstationPair::tableDump(pair.a(), QStringLiteral("volunteer_service")));
    status = testsupport::runSignedIn(
        { "--lang", "en", "--db", c.path(), "sync", "status", "--from", pair.folder() }, {}, coord);
    QCOMPARE(status.exitCode, 0);
}

void TestSyncAcks::keptCopiesAreNotInBackups()
{
    WorkstationPair pair;
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    const QString first = exportOne(pair, 0, QStringLiteral("a1"));
    QVERIFY(pair.importInto(1));
    const QString dbPath = pair.database(1).path();
    const QString relay = core::sync::relayArchiveFolder(pair.b());
    QVERIFY(QFileInfo::exists(QDir(relay).filePath(first)));
    QVERIFY(pair.exportFrom(1));
    const QString sent = core::sync::sentArchiveFolder(pair.b());

    core::sync::BackupManager manager(dbPath, core::sync::BackupManager::defaultFolder(dbPath), pair.clock());
    auto backup = manager.takeBackup(pair.b(), 3);
    QVERIFY(backup);
    // One file, the database; the kept copies stay beside it, outside.
    QCOMPARE(filesIn(manager.folder()), QStringList { QFileInfo(backup->path).fileName() });
    QVERIFY(QDir(manager.folder()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    for (const QString &kept : { relay, sent })
        QVERIFY(!QFileInfo(kept).absoluteFilePath().startsWith(QFileInfo(manager.folder()).absoluteFilePath()));
}

void TestSyncAcks::restoreAfterPruningStillMovesCounters()
{
    WorkstationPair pair;
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    const QString path = pair.database(0).path();
    core::sync::BackupManager manager(path, core::sync::BackupManager::defaultFolder(path), pair.clock());
    auto backup = manager.takeBackup(pair.a(), 3);
    QVERIFY(backup);
    QVERIFY(!exportOne(pair, 1, QStringLiteral("b1")).isEmpty()); // a learns of b through its file
    pair.tick();
    const qint64 id = insertService(pair.a(), QStringLiteral("dopo"), QStringLiteral("Dopo il backup"));
    QVERIFY(id > 0);
    auto exported = pair.exportFrom(0);
    QVERIFY(exported && exported->files.size() == 1);
    const QString file = exported->files.first().fileName;
    pair.tick();
    QVERIFY(pair.importInto(1));
    QVERIFY(pair.exportFrom(1));
    QVERIFY(pair.importInto(0));

    // Every member has it: it leaves the folder, but its sent copy stays
    // while the backup older than it exists.
    pair.tick(core::sync::folderRetentionMs / 1000 + 60); // past the folder's retention
    auto pruned
        = core::sync::pruneAcknowledged(pair.a(), pair.folder(), backup->takenAt.toMSecsSinceEpoch(), pair.clock());
    QVERIFY(pruned);
    QCOMPARE(pruned->removed, QStringList { file });
    QCOMPARE(pruned->sentCopies, 0);
    QVERIFY(QFileInfo::exists(QDir(core::sync::sentArchiveFolder(pair.a())).filePath(file)));
    // Pruned, its copy kept: a member restored from an older backup can have it again.
    auto again = core::sync::resendFiles(pair.a(), 1, pair.folder());
    QVERIFY(again && again->unavailable.isEmpty());
    QVERIFY(again->written.contains(file));
    QVERIFY(QFile::remove(QDir(pair.folder()).filePath(file)));

    // Restored from that backup, the workstation still skips the id it
    // handed out after it.
    pair.database(0).close();
    auto restored = core::sync::restoreDatabase(
        backup->path, path, QStringLiteral("before-restore"), { pair.folder(), QStringLiteral("test") }, pair.clock());
    QVERIFY2(restored, restored ? "" : qPrintable(restored.error().code));
    QCOMPARE(restored->counters.filesRead, 1);
    QVERIFY(restored->counters.idSequenceAfter >= (id & 0xFFFFFFFFFFLL));
    QVERIFY(restored->counters.idSequenceAfter > restored->counters.idSequenceBefore);
}

QTEST_GUILESS_MAIN(TestSyncAcks)
#include "tst_syncacks.moc"

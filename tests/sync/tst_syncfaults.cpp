// Bad sync files and failing folders: each kind of bad file is refused with
// its name and reason and nothing of it is applied; an export that cannot
// be written leaves no file and keeps its position; clashing workstation
// numbers and copied databases are recognised; a restored database gets
// back what it had exported.

#include "core/db/backup.h"
#include "core/db/connectionstate.h"
#include "core/db/localconfig.h"
#include "core/sync/backups.h"
#include "core/sync/room.h"
#include "core/sync/syncfile.h"
#include "core/sync/syncstate.h"
#include "syncfixtures.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace core;
using namespace core::sync;
using namespace syncfixtures;
using testsupport::WorkstationPair;

namespace {

QString faultState(const QSqlDatabase &db)
{
    QString text;
    for (const QString &t :
        { QStringLiteral("comune_cmm"), QStringLiteral("volunteer_service"), QStringLiteral("sync_source"),
            QStringLiteral("sync_import"), QStringLiteral("sync_parked"), QStringLiteral("merge_conflict") })
        text += WorkstationPair::tableDump(db, t);
    return text;
}

// Rewrites a file's body and signs it again, as a member of the room who
// knows the format would (with the room's key): only the header checks can
// catch what changed. (Outsiders without the key: tst_roomauth.)
QByteArray resign(const QByteArray &body, const QString &fileName, const QByteArray &key)
{
    const QByteArray sha = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    const int changes = int(body.count('\n')) - 1;
    return body + "{\"auth\":\"" + Room::authenticator(key, fileName, body)
        + "\",\"changes\":" + QByteArray::number(changes) + ",\"end\":\"cisiamo-sync\",\"sha256\":\"" + sha + "\"}\n";
}

QByteArray faultBodyOf(const QByteArray &file)
{
    return file.left(file.lastIndexOf('\n', file.size() - 2) + 1);
}

} // namespace

class TestSyncFaults : public QObject {
    Q_OBJECT
private slots:
    void badFileIsRefusedAndNothingApplied_data();
    void badFileIsRefusedAndNothingApplied();
    void oldFormatFilesAreStillApplied_data();
    void oldFormatFilesAreStillApplied();
    void oldProgramRefusesNewFormat();
    void gapIsReportedNotSkipped();
    void sameWorkstationNumberIsRefused();
    void twoOtherStationsWithOneNumberAreRefused();
    void copiedDatabaseIsRecognised();
    void unreachableFolderLeavesPositionAlone();
    void failedWriteLeavesNoFileAndNoPosition();
    void exportRepeatedAfterACrashIsAppliedOnce();
    void restoredDatabaseGetsBackWhatItExported();
    void renumberedWorkstationStartsANewIdentity();
};

void TestSyncFaults::badFileIsRefusedAndNothingApplied_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("code");
    QTest::newRow("truncated") << "truncated"
                               << "sync.file_truncated";
    QTest::newRow("cut at a line end") << "cut-at-line"
                                       << "sync.file_truncated";
    QTest::newRow("corrupted byte") << "corrupted"
                                    << "sync.file_checksum";
    QTest::newRow("tampered value") << "tampered"
                                    << "sync.file_checksum";
    QTest::newRow("tampered header, signed again") << "tampered-header"
                                                   << "sync.file_name_mismatch";
    QTest::newRow("malformed change, signed again") << "malformed"
                                                    << "sync.file_malformed";
    QTest::newRow("future schema version") << "future-schema"
                                           << "sync.future_schema";
    QTest::newRow("future format version") << "future-format"
                                           << "sync.file_format";
    QTest::newRow("unexpected name") << "bad-name"
                                     << "sync.file_bad_name";
    QTest::newRow("empty file") << "empty"
                                << "sync.file_truncated";
}

void TestSyncFaults::badFileIsRefusedAndNothingApplied()
{
    QFETCH(QString, kind);
    QFETCH(QString, code);
    WorkstationPair pair;
    QVERIFY(pair.isValid());
    QVERIFY(write(pair.a(), QStringLiteral("UPDATE comune_cmm SET coc_contact = 'Anna Neri' WHERE comune_id = 15146")));
    QVERIFY(insertService(pair.a(), QStringLiteral("alluvione"), QStringLiteral("Emergenza alluvione")));
    QTemporaryDir source;
    auto exported = SyncExporter(pair.a()).exportTo(ExportOptions { source.path(), 20000, {} });
    QVERIFY(exported && exported->files.size() == 1);
    QString name = exported->files.first().fileName;
    QByteArray data = readFile(QDir(source.path()).filePath(name));
    const QByteArray key = Room::key(pair.a());
    QVERIFY(decodeSyncFile(data, name, key).ok());

    if (kind == QLatin1String("truncated")) {
        data = data.left(data.size() * 2 / 3);
    } else if (kind == QLatin1String("cut-at-line")) {
        data = faultBodyOf(data);
    } else if (kind == QLatin1String("corrupted")) {
        data[data.size() / 2] = char(data.at(data.size() / 2) ^ 0x20);
    } else if (kind == QLatin1String("tampered")) {
        // A value changed in the (compressed) block, the trailer kept.
        auto content = decodeSyncFile(data, name, key);
        QVERIFY(content);
        bool found = false;
        for (SyncChange &c : content->changes)
            for (auto it = c.values.begin(); it != c.values.end(); ++it)
                if (it.value() == QStringLiteral("Anna Neri")) {
                    it.value() = QStringLiteral("Anna Nero");
                    found = true;
                }
        QVERIFY(found);
        data = faultBodyOf(encodeSyncFile(content->header, content->changes, name, key)) + data.mid(faultBodyOf(data).size());
    } else if (kind == QLatin1String("tampered-header")) {
        data = resign(faultBodyOf(data).replace("\"workstation\":1", "\"workstation\":7"), name, key);
    } else if (kind == QLatin1String("malformed")) {
        // An operation no program writes, in a file signed with the key.
        auto content = decodeSyncFile(data, name, key);
        QVERIFY(content && !content->changes.isEmpty());
        content->changes.first().operation = QLatin1Char('X');
        data = encodeSyncFile(content->header, content->changes, name, key);
    } else if (kind == QLatin1String("future-schema") || kind == QLatin1String("future-format")) {
        auto content = decodeSyncFile(data, name, key);
        QVERIFY(content);
        if (kind == QLatin1String("future-schema"))
            content->header.schemaVersion += 1;
        else
            content->header.formatVersion = syncFormatVersion + 1;
        data = encodeSyncFile(content->header, content->changes, name, key);
    } else if (kind == QLatin1String("bad-name")) {
        name = QStringLiteral("cisiamo-ws0001-copia.cisync");
    } else if (kind == QLatin1String("empty")) {
        data.clear();
    }
    QVERIFY(writeFile(QDir(pair.folder()).filePath(name), data));

    const QString before = faultState(pair.b());
    auto report = pair.importInto(1);
    QVERIFY(report);
    QCOMPARE(report->files.size(), 0);
    QCOMPARE(report->refused.size(), 1);
    QCOMPARE(report->refused.first().fileName, name);
    QCOMPARE(report->refused.first().reason.code, code);
    QCOMPARE(report->refused.first().reason.where.file, name);
    QCOMPARE(faultState(pair.b()), before);
    // Still refused next time, still nothing applied.
    auto again = pair.importInto(1);
    QVERIFY(again);
    QCOMPARE(again->refused.size(), 1);
    QCOMPARE(faultState(pair.b()), before);
}

void TestSyncFaults::oldFormatFilesAreStillApplied_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("format 1 (no acknowledgements)") << 1;
    QTest::newRow("format 2 (JSON lines)") << 2;
    QTest::newRow("format 3 (compressed block)") << 3;
    QTest::newRow("format 4 (field versions)") << 4;
}

// A room upgraded one workstation at a time: files written by the old
// program (JSON lines, formats 1 and 2; written here by the old writer kept
// in encodeSyncFile) are applied as before, with the same result as the
// new format.
void TestSyncFaults::oldFormatFilesAreStillApplied()
{
    QFETCH(int, format);
    WorkstationPair pair;
    QVERIFY(pair.isValid());
    QVERIFY(write(pair.a(), QStringLiteral("UPDATE comune_cmm SET coc_contact = 'Anna Neri' WHERE comune_id = 15146")));
    QVERIFY(insertService(pair.a(), QStringLiteral("alluvione"), QStringLiteral("Emergenza alluvione")));
    QVERIFY(write(pair.a(), QStringLiteral("UPDATE volunteer_service SET name = 'Alluvione' WHERE code = 'alluvione'")));
    auto exported = pair.exportFrom(0);
    QVERIFY(exported && exported->files.size() == 1);
    const QString name = exported->files.first().fileName;
    const QString path = QDir(pair.folder()).filePath(name);
    const QByteArray key = Room::key(pair.a());
    auto content = decodeSyncFile(readFile(path), name, key);
    QVERIFY(content);
    QCOMPARE(content->header.formatVersion, syncFormatVersion);
    QVERIFY(!content->changes.isEmpty());
    content->header.formatVersion = format;
    if (format < 2)
        content->header.acks.clear();
    const QByteArray old = encodeSyncFile(content->header, content->changes, name, key);
    if (format < 3)
        QCOMPARE(old.count('\n'), content->changes.size() + 2); // one JSON line per change
    auto reread = decodeSyncFile(old, name, key);
    QVERIFY(reread);
    QCOMPARE(reread->changes.size(), content->changes.size());
    for (int i = 0; i < content->changes.size(); ++i) {
        QCOMPARE(reread->changes.at(i).table, content->changes.at(i).table);
        QCOMPARE(reread->changes.at(i).values.keys(), content->changes.at(i).values.keys());
        for (const QString &column : content->changes.at(i).values.keys())
            QVERIFY(sqlValuesEqual(reread->changes.at(i).values.value(column), content->changes.at(i).values.value(column)));
    }
    QVERIFY(QFile::remove(path));
    QVERIFY(writeFile(path, old));
    auto report = pair.importInto(1);
    QVERIFY(report);
    QCOMPARE(report->refused.size(), 0);
    QCOMPARE(report->files.size(), 1);
    QCOMPARE(report->files.first().changes, content->changes.size());
    QCOMPARE(pair.differingTables(), QStringList());
}

// What a program that knows formats 1 and 2 does with a format-3 file, step
// by step as its decodeSyncFile ran: the trailer is the last line and
// verifies (checksum, authenticator over the same bytes), the header is the
// first line with every field it checks, and then its format_version is
// above 2: refused as sync.file_format ("written by a newer version of the
// program: update it"), before a change is read. Never applied, never
// taken for damage; the file waits in the folder for the upgrade.
void TestSyncFaults::oldProgramRefusesNewFormat()
{
    WorkstationPair pair;
    QVERIFY(pair.isValid());
    QVERIFY(insertService(pair.a(), QStringLiteral("alluvione"), QStringLiteral("Emergenza\nalluvione")));
    auto exported = pair.exportFrom(0);
    QVERIFY(exported && exported->files.size() == 1);
    const QString name = exported->files.first().fileName;
    const QByteArray data = readFile(QDir(pair.folder()).filePath(name));
    const QByteArray key = Room::key(pair.a());
    // verifyTrailer of format 2.
    QVERIFY(data.endsWith('\n'));
    const QByteArray body = faultBodyOf(data);
    const QJsonObject trailer = QJsonDocument::fromJson(data.mid(body.size())).object();
    QCOMPARE(trailer.value(QLatin1String("end")).toString(), QStringLiteral("cisiamo-sync"));
    QCOMPARE(trailer.value(QLatin1String("sha256")).toString().toLatin1(),
        QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
    QVERIFY(Room::verify(key, name, body, trailer.value(QLatin1String("auth")).toString().toLatin1()));
    // The header checks of format 2, then the version.
    const QJsonObject h = QJsonDocument::fromJson(body.left(body.indexOf('\n'))).object();
    QCOMPARE(h.value(QLatin1String("format")).toString(), QStringLiteral("cisiamo-sync"));
    QVERIFY(h.value(QLatin1String("schema_version")).toInt() >= 1);
    QVERIFY(!h.value(QLatin1String("database")).toString().isEmpty());
    QVERIFY(h.value(QLatin1String("workstation")).toInt() >= 1);
    QVERIFY(h.value(QLatin1String("origin_seq")).toInteger(-1) >= 0);
    QVERIFY(h.value(QLatin1String("first_seq")).toInteger() > h.value(QLatin1String("origin_seq")).toInteger());
    QVERIFY(h.value(QLatin1String("last_seq")).toInteger() >= h.value(QLatin1String("first_seq")).toInteger());
    QVERIFY(h.value(QLatin1String("changes")).toInteger(-1) >= 0);
    QVERIFY(h.value(QLatin1String("acks")).isArray());
    QCOMPARE(h.value(QLatin1String("format_version")).toInt(), syncFormatVersion);
    // Nothing of it is plain text a JSON reader could take for a change.
    QVERIFY(!data.contains("Emergenza"));
    // Acknowledgements files keep format 2: the old program still reads them.
    QCOMPARE(ackFormatVersion, 2);
}

void TestSyncFaults::gapIsReportedNotSkipped()
{
    WorkstationPair pair;
    QVERIFY(pair.isValid());
    QStringList names;
    for (int i = 0; i < 3; ++i) {
        QVERIFY(insertService(pair.a(), QStringLiteral("g%1").arg(i), QStringLiteral("Servizio %1").arg(i)));
        auto exported = pair.exportFrom(0);
        QVERIFY(exported && exported->files.size() == 1);
        names.append(exported->files.first().fileName);
    }
    // The middle file has not reached this copy of the folder yet.
    QTemporaryDir aside;
    QVERIFY(QFile::rename(QDir(pair.folder()).filePath(names.at(1)), QDir(aside.path()).filePath(names.at(1))));
    auto report = pair.importInto(1);
    QVERIFY(report);
    QCOMPARE(report->files.size(), 1);
    QCOMPARE(report->waiting.size(), 1);
    QCOMPARE(report->waiting.first().fileName, names.at(2));
    QCOMPARE(report->waiting.first().reason.code, QStringLiteral("sync.gap"));
    QCOMPARE(value(pair.b(), QStringLiteral("SELECT count(*) FROM volunteer_service WHERE code = 'g2'")).toInt(), 0);

    QVERIFY(QFile::rename(QDir(aside.path()).filePath(names.at(1)), QDir(pair.folder()).filePath(names.at(1))));
    report = pair.importInto(1);
    QVERIFY(report);
    QCOMPARE(report->files.size(), 2);
    QCOMPARE(report->waiting.size(), 0);
    QCOMPARE(pair.differingTables(), QStringList());
}

void TestSyncFaults::sameWorkstationNumberIsRefused()
{
    WorkstationPair pair(4, 4);
    QVERIFY(pair.isValid());
    QVERIFY(insertService(pair.a(), QStringLiteral("a"), QStringLiteral("Servizio A")));
    QVERIFY(pair.exportFrom(0));
    const QString before = faultState(pair.b());
    auto report = pair.importInto(1);
    QVERIFY(report);
    QCOMPARE(report->refused.size(), 1);
    QCOMPARE(report->refused.first().reason.code, QStringLiteral("sync.same_workstation"));
    QCOMPARE(report->refused.first().reason.args.value(1), QStringLiteral("4"));
    QCOMPARE(faultState(pair.b()), before);
}

void TestSyncFaults::twoOtherStationsWithOneNumberAreRefused()
{
    WorkstationPair pair(1, 2);
    QVERIFY(pair.isValid());
    testsupport::TestDatabase other(true, 2);
    QVERIFY(insertService(pair.b(), QStringLiteral("b"), QStringLiteral("Servizio B")));
    QVERIFY(insertService(other.db(), QStringLiteral("c"), QStringLiteral("Servizio C")));
    QVERIFY(pair.exportFrom(1));
    QVERIFY(pair.importInto(0)); // station 2 is known to station 1 now
    QVERIFY(SyncExporter(other.db()).exportTo(ExportOptions { pair.folder(), 20000, {} }));
    auto report = pair.importInto(0);
    QVERIFY(report);
    QCOMPARE(report->refused.size(), 1);
    QCOMPARE(report->refused.first().reason.code, QStringLiteral("sync.duplicate_workstation"));
    QCOMPARE(value(pair.a(), QStringLiteral("SELECT count(*) FROM volunteer_service WHERE code = 'c'")).toInt(), 0);
}

void TestSyncFaults::copiedDatabaseIsRecognised()
{
    WorkstationPair pair;
    QVERIFY(pair.isValid());
    QVERIFY(insertService(pair.a(), QStringLiteral("a"), QStringLiteral("Servizio A")));
    QVERIFY(pair.exportFrom(0));
    // Someone copies station 1's database to another computer and uses it as is.
    const QString copy = QDir(pair.database(1).dir()).filePath(QStringLiteral("copy.sqlite"));
    QVERIFY(backupDatabase(pair.a(), copy));
    {
        auto connection = openDatabase(copy);
        QVERIFY(connection);
        setSessionOperator(connection->db(), QStringLiteral("copia"));
        QVERIFY(insertService(connection->db(), QStringLiteral("z"), QStringLiteral("Servizio Z")));
        QVERIFY(SyncExporter(connection->db()).exportTo(ExportOptions { pair.folder(), 20000, {} }));
    }
    // The original, synchronising second, finds a file of its own identity
    // it did not write: it reads nothing (tst_roommembers, copiedDatabase).
    auto report = pair.importInto(0);
    QVERIFY(!report);
    QCOMPARE(report.error().code, QStringLiteral("sync.copied_database"));
}

void TestSyncFaults::unreachableFolderLeavesPositionAlone()
{
    WorkstationPair pair;
    QVERIFY(pair.isValid());
    QVERIFY(insertService(pair.a(), QStringLiteral("a"), QStringLiteral("Servizio A")));
    const qint64 pending = SyncExporter::pendingChanges(pair.a()).value();
    QVERIFY(pending > 0);
    // Tests run as root, whom permissions do not stop: a folder below a
    // regular file cannot exist for anybody.
    const QString blocker = QDir(pair.folder()).filePath(QStringLiteral("not-a-folder"));
    QVERIFY(writeFile(blocker, "x"));
    for (const QString &folder : { blocker + QStringLiteral("/sync"), blocker, QString() }) {
        auto report = SyncExporter(pair.a()).exportTo(ExportOptions { folder, 20000, {} });
        QVERIFY(!report);
        QCOMPARE(report.error().code, QStringLiteral("sync.folder_unreachable"));
    }
    QCOMPARE(SyncExporter::pendingChanges(pair.a()).value(), pending);
    QCOMPARE(value(pair.a(), QStringLiteral("SELECT count(*) FROM sync_export")).toInt(), 0);
    QCOMPARE(allFiles(pair.folder()), QStringList { QStringLiteral("not-a-folder") });
    auto imported = SyncImporter(pair.b()).importFrom(blocker);
    QVERIFY(!imported);
    QCOMPARE(imported.error().code, QStringLiteral("sync.folder_unreachable"));
}

void TestSyncFaults::failedWriteLeavesNoFileAndNoPosition()
{
    WorkstationPair pair;
    QVERIFY(pair.isValid());
    QVERIFY(insertService(pair.a(), QStringLiteral("a"), QStringLiteral("Servizio A")));
    const qint64 pending = SyncExporter::pendingChanges(pair.a()).value();
    ExportOptions full { pair.folder(), 20000, [](const QString &stage) { return stage != QLatin1String("write"); } };
    auto report = SyncExporter(pair.a()).exportTo(full);
    QVERIFY(!report);
    QCOMPARE(report.error().code, QStringLiteral("sync.cannot_write"));
    QCOMPARE(allFiles(pair.folder()), QStringList()); // not even a temporary file
    QCOMPARE(SyncExporter::pendingChanges(pair.a()).value(), pending);
    QCOMPARE(value(pair.a(), QStringLiteral("SELECT count(*) FROM sync_export")).toInt(), 0);
    QCOMPARE(value(pair.a(), QStringLiteral("SELECT count(*) FROM sync_row_version")).toInt(), 0);

    // When the disk has room again, the same changes leave.
    auto retried = pair.exportFrom(0);
    QVERIFY(retried);
    QCOMPARE(retried->files.size(), 1);
    QCOMPARE(retried->files.first().firstSeq, 1);
    QVERIFY(pair.importInto(1));
    QCOMPARE(pair.differingTables(), QStringList());
}

void TestSyncFaults::exportRepeatedAfterACrashIsAppliedOnce()
{
    WorkstationPair pair;
    QVERIFY(pair.isValid());
    QVERIFY(insertService(pair.a(), QStringLiteral("a"), QStringLiteral("Servizio A")));
    QVERIFY(pair.exportFrom(0));
    // Killed after the file was renamed, before the position was recorded:
    // the next export writes the same changes again, plus new ones.
    QVERIFY(runQuery(pair.a(), QStringLiteral("DELETE FROM sync_export")));
    QVERIFY(runQuery(pair.a(), QStringLiteral("DELETE FROM sync_row_version")));
    QVERIFY(insertService(pair.a(), QStringLiteral("b"), QStringLiteral("Servizio B")));
    pair.tick();
    auto second = pair.exportFrom(0);
    QVERIFY(second && second->files.size() == 1);
    QCOMPARE(syncFiles(pair.folder()).size(), 2);
    auto report = pair.importInto(1);
    QVERIFY(report);
    QCOMPARE(report->refused.size(), 0);
    QCOMPARE(report->waiting.size(), 0);
    QCOMPARE(report->files.size() + report->alreadyApplied, 2);
    QCOMPARE(pair.differingTables(), QStringList());
    QCOMPARE(value(pair.b(), QStringLiteral("SELECT count(*) FROM merge_conflict")).toInt(), 0);
}

void TestSyncFaults::restoredDatabaseGetsBackWhatItExported()
{
    WorkstationPair pair;
    QVERIFY(pair.isValid());
    QVERIFY(insertService(pair.a(), QStringLiteral("before"), QStringLiteral("Prima del backup")));
    QVERIFY(pair.exportFrom(0));
    const QString backup = QDir(pair.database(0).dir()).filePath(QStringLiteral("backup.sqlite"));
    QVERIFY(backupDatabase(pair.a(), backup));
    const qint64 lost = insertService(pair.a(), QStringLiteral("after"), QStringLiteral("Dopo il backup"));
    QVERIFY(lost);
    QVERIFY(pair.exportFrom(0));
    QVERIFY(pair.importInto(1));
    const QString oldId = readIdentity(pair.a()).databaseId;

    // The disk dies; the station is restored from the backup.
    const QString path = pair.database(0).path();
    pair.database(0).close();
    auto restored = restoreDatabase(backup, path, QStringLiteral("damaged"));
    QVERIFY2(restored, qPrintable(restored.error().code + restored.error().args.join(QLatin1Char(' '))));
    QVERIFY(QFileInfo::exists(restored->keptAside));
    auto connection = openDatabase(path);
    QVERIFY(connection);
    const QSqlDatabase db = connection->db();
    setSessionOperator(db, QStringLiteral("test"));
    const SyncIdentity identity = readIdentity(db);
    QVERIFY(identity.databaseId != oldId);
    QVERIFY(identity.previousIds.contains(oldId));
    QCOMPARE(value(db, QStringLiteral("SELECT count(*) FROM volunteer_service WHERE id = ?"), { lost }).toInt(), 0);

    // Its own earlier files bring back what it had exported after the backup.
    auto report = SyncImporter(db).importFrom(pair.folder());
    QVERIFY(report);
    QCOMPARE(report->refused.size(), 0);
    QCOMPARE(value(db, QStringLiteral("SELECT count(*) FROM volunteer_service WHERE id = ?"), { lost }).toInt(), 1);
    // New rows never reuse an id the lost database handed out.
    const qint64 fresh = insertService(db, QStringLiteral("new"), QStringLiteral("Nuovo"));
    QVERIFY(fresh > lost);
    // And the other station takes the new identity's files without complaint.
    QVERIFY(SyncExporter(db).exportTo(ExportOptions { pair.folder(), 20000, {} }));
    auto intoB = pair.importInto(1);
    QVERIFY(intoB);
    QCOMPARE(intoB->refused.size(), 0);
    QCOMPARE(
        value(pair.b(), QStringLiteral("SELECT count(*) FROM volunteer_service WHERE id = ?"), { fresh }).toInt(), 1);
}

void TestSyncFaults::renumberedWorkstationStartsANewIdentity()
{
    WorkstationPair pair;
    QVERIFY(pair.isValid());
    QVERIFY(insertService(pair.a(), QStringLiteral("a"), QStringLiteral("Servizio A")));
    QVERIFY(insertService(pair.b(), QStringLiteral("b"), QStringLiteral("Servizio B")));
    QVERIFY(pair.exchange());
    const QString before = readIdentity(pair.a()).databaseId;
    // Station 2's number is known to station 1 through sync only: refused.
    {
        Transaction tx(pair.a());
        auto refused = LocalConfig::setWorkstationNumber(pair.a(), 2);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("db.workstation_in_use"));
    }
    {
        Transaction tx(pair.a());
        QVERIFY(LocalConfig::setWorkstationNumber(pair.a(), 5));
        QVERIFY(tx.commit());
        connectionState(pair.a()).workstation = 5;
    }
    const qint64 fresh = insertService(pair.a(), QStringLiteral("c"), QStringLiteral("Servizio C"));
    QCOMPARE(workstationOfRowId(fresh), 5);
    auto exported = pair.exportFrom(0);
    QVERIFY(exported && exported->files.size() == 1);
    QVERIFY(exported->files.first().fileName.startsWith(QStringLiteral("cisiamo-ws0005-")));
    const SyncIdentity identity = readIdentity(pair.a());
    QVERIFY(identity.databaseId != before);
    QVERIFY(identity.previousIds.contains(before));
    auto report = pair.importInto(1);
    QVERIFY(report);
    QCOMPARE(report->refused.size(), 0);
    QCOMPARE(report->waiting.size(), 0);
    QCOMPARE(pair.differingTables(), QStringList());
    // Station 1's own earlier files are still its own.
    auto own = pair.importInto(0);
    QVERIFY(own);
    QCOMPARE(own->refused.size(), 0);
}

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"

// The command line of synchronisation, open data and recovery, driven
// through the real binary: what each command prints, and its exit code.

#include "core/db/connectionstate.h"
#include "syncfixtures.h"
#include "support/testaccounts.h"

#include "core/db/sql.h"
#include "core/reference/referenceloader.h"
#include "core/sync/room.h"
#include "core/sync/syncexporter.h"
#include "core/sync/syncfile.h"
#include "core/sync/syncimporter.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace syncfixtures;
using testsupport::runCisiamo;

namespace {
// Signed in as the test coordinator, made by createRoleAccounts() below.
testsupport::ProcessResult runSignedIn(const QStringList &arguments)
{
    return testsupport::runSignedIn(arguments, {}, { QStringLiteral("coord"), testsupport::testPassword });
}
} // namespace

namespace {

// One logged write on a database file, as an operator would make it.
// One logged edit at a given time of the room's clock (10:00 + minute).
bool edit(const QString &path, const QString &sql, int minute = 0)
{
    auto connection = core::openDatabase(path);
    if (!connection)
        return false;
    const core::FixedClock clock(QDateTime(QDate(2026, 3, 10), QTime(10, minute)));
    core::setSessionOperator(connection->db(), QStringLiteral("test"));
    core::setSessionClock(connection->db(), &clock);
    return write(connection->db(), sql);
}

int conflictsInFile(const QString &path)
{
    auto connection = core::openDatabase(path);
    if (!connection)
        return -1;
    auto count = core::queryValue(connection->db(), QStringLiteral("SELECT count(*) FROM merge_conflict"));
    return count ? count->toInt() : -1;
}

} // namespace

class TestSyncCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void exportImportStatusConflicts();
    void missingFileStatusAndResend();
    void refusedFileFailsTheImport();
    void openDataCommand();
    void automaticBackupAndRestore();
    void damagedBackupIsNotRestored();
    void roomCreate();

private:
    QTemporaryDir m_dir;
    QString m_a;
    QString m_b;
    int m_conflictsBefore = 0;
};

void TestSyncCli::initTestCase()
{
    m_a = m_dir.filePath("a.sqlite");
    m_b = m_dir.filePath("b.sqlite");
    // Two new workstations with only the reference data: what the tests
    // below export is exactly what they write (the demo data would be a
    // hundred thousand changes of its own).
    for (const auto &[path, workstation] : { std::pair{ m_a, 1 }, std::pair{ m_b, 2 } }) {
        core::OpenOptions options;
        options.workstationForNew = workstation;
        auto connection = core::openDatabase(path, options);
        QVERIFY(connection.ok());
        QVERIFY(core::loadReferenceData(connection->db()).ok());
        QVERIFY(testsupport::joinTestRoom(connection->db()));
    }
    // The same accounts on both, as workstations in service have them: made
    // on the first, carried to the second by a sync, and out of the way of
    // the exports below.
    {
        QTemporaryDir start;
        auto a = core::openDatabase(m_a);
        QVERIFY(a.ok());
        QVERIFY(testsupport::createRoleAccounts(a->db()));
        QVERIFY(core::sync::SyncExporter(a->db()).exportTo({ start.path(), 20000 }).ok());
        auto b = core::openDatabase(m_b);
        QVERIFY(b.ok());
        const auto applied = core::sync::SyncImporter(b->db()).importFrom(start.path());
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().code));
        QTemporaryDir aside;
        QVERIFY(core::sync::SyncExporter(b->db()).exportTo({ aside.path(), 20000 }).ok());
        // ... and a learns of b (its row in the room's membership list).
        QVERIFY(core::sync::SyncImporter(a->db()).importFrom(aside.path()).ok());
    }
    m_conflictsBefore = conflictsInFile(m_a);
}

void TestSyncCli::exportImportStatusConflicts()
{
    const QString folder = m_dir.filePath("sync");
    QVERIFY(QDir().mkpath(folder)); // the program never creates a sync folder
    QVERIFY(edit(m_a, "UPDATE comune_cmm SET coc_phone = '02 111' WHERE comune_id = 15146", 0));
    QVERIFY(edit(m_b, "UPDATE comune_cmm SET coc_phone = '02 222' WHERE comune_id = 15146", 1)); // the later one

    auto exported = runSignedIn({ "--lang", "en", "--db", m_a, "sync", "export", "--to", folder });
    QCOMPARE(exported.exitCode, 0);
    // The edit only: the command line's sign-in is recorded with what it does.
    // "1 file(s)" until the English catalogue has the plural forms of the pieces (translations/pending).
    QVERIFY2(exported.out.contains("Exported 1 change in 1 file"), exported.out.constData());
    QVERIFY(QRegularExpression("cisiamo-ws0001-(\\d{12})-\\1-").match(QString::fromUtf8(exported.out)).hasMatch());
    auto nothing = runSignedIn({ "--lang", "en", "--db", m_a, "sync", "export", "--to", folder });
    QCOMPARE(nothing.exitCode, 0);
    QVERIFY2(nothing.out.contains("Nothing to export"), nothing.out.constData()); // a cron run leaves no trace
    QCOMPARE(runSignedIn({ "--db", m_b, "sync", "export", "--to", folder }).exitCode, 0);

    auto imported = runSignedIn({ "--lang", "en", "--db", m_a, "sync", "import", "--from", folder });
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains("Applied cisiamo-ws0002-"), imported.out.constData());
    QVERIFY(QRegularExpression("\\b1 conflict(\\(s\\))? logged").match(QString::fromUtf8(imported.out)).hasMatch());
    auto again = runSignedIn({ "--lang", "en", "--db", m_a, "sync", "import", "--from", folder });
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(QRegularExpression("Imported 0 file(s|\\(s\\)) from").match(QString::fromUtf8(again.out)).hasMatch()
            && QRegularExpression("\\b1 file(\\(s\\))? already applied").match(QString::fromUtf8(again.out)).hasMatch(),
        again.out.constData());

    auto status = runSignedIn({ "--lang", "en", "--db", m_a, "sync", "status" });
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(status.out.contains("From workstation 2"), status.out.constData());
    QVERIFY(status.out.contains(QStringLiteral("Conflicts to review: %1").arg(m_conflictsBefore + 1).toUtf8()));
    auto conflicts = runSignedIn({ "--lang", "en", "--db", m_a, "sync", "conflicts" });
    QCOMPARE(conflicts.exitCode, 0);
    // In words, as the window says it: the data by its title, the record by
    // its name, who won and who lost (issue 15).
    QVERIFY2(conflicts.out.contains("[Edited on two workstations] Comuni: details and contacts, «Milano»"),
        conflicts.out.constData());
    QVERIFY(conflicts.out.contains("kept (workstation 2"));
    QVERIFY(conflicts.out.contains("the other (workstation 1"));
    QVERIFY(conflicts.out.contains("COC phone: «02 111» -> «02 222»"));
    auto italianConflicts = runSignedIn({ "--db", m_a, "sync", "conflicts" });
    QVERIFY2(italianConflicts.out.contains("«Milano»") && italianConflicts.out.contains("postazione 2"),
        italianConflicts.out.constData());

    // Italian by default.
    auto italian = runSignedIn({ "--db", m_a, "sync", "status" });
    QVERIFY2(italian.out.contains(QStringLiteral("Conflitti da esaminare: %1").arg(m_conflictsBefore + 1).toUtf8()),
             italian.out.constData());
}

void TestSyncCli::missingFileStatusAndResend()
{
    // b has not imported the folder of the test above yet: a sends two
    // more files and the first of them is lost from the folder.
    const QString folder = m_dir.filePath("sync");
    QStringList names;
    for (int i = 0; i < 2; ++i) {
        QVERIFY(edit(m_a,
            QStringLiteral("UPDATE comune_cmm SET coc_contact = 'Turno %1' WHERE comune_id = 15146").arg(i), 2 + i));
        auto exported = runSignedIn({ "--lang", "en", "--db", m_a, "sync", "export", "--to", folder });
        QCOMPARE(exported.exitCode, 0);
        const auto m
            = QRegularExpression("Written (cisiamo-ws0001-\\S+\\.cisync)").match(QString::fromUtf8(exported.out));
        QVERIFY2(m.hasMatch(), exported.out.constData());
        names.append(m.captured(1));
    }
    const auto lost = core::sync::SyncFileName::parse(names.at(0));
    QVERIFY(lost);
    QVERIFY(QFile::remove(QDir(folder).filePath(names.at(0))));
    // Syncthing's files beside them change nothing.
    QVERIFY(writeFile(QDir(folder).filePath(".syncthing." + names.at(1) + ".tmp"), "{\"format\""));
    QVERIFY(QFile::copy(QDir(folder).filePath(names.at(1)),
        QDir(folder).filePath(names.at(1).chopped(7) + ".sync-conflict-20260310-110000-ABCDEFG.cisync")));

    auto status = runSignedIn({ "--lang", "en", "--db", m_b, "sync", "status", "--from", folder });
    QCOMPARE(status.exitCode, 1);
    const QByteArray range
        = QStringLiteral("changes %1-%2 of workstation 1").arg(lost->firstSeq).arg(lost->lastSeq).toUtf8();
    QVERIFY2(status.err.contains("MISSING") && status.err.contains(range) && status.err.contains(names.at(1).toUtf8()),
        status.err.constData());
    QVERIFY2(status.out.contains("Missing files in"), status.out.constData());
    auto waiting = runSignedIn({ "--lang", "en", "--db", m_b, "sync", "import", "--from", folder });
    QCOMPARE(waiting.exitCode, 0);
    QVERIFY2(waiting.out.contains("WAITING"), waiting.out.constData());

    auto bad = runSignedIn({ "--lang", "en", "--db", m_a, "sync", "resend", "--to", folder });
    QCOMPARE(bad.exitCode, 2);
    auto resent = runSignedIn(
        { "--lang", "en", "--db", m_a, "sync", "resend", "--from", QString::number(lost->firstSeq), "--to", folder });
    QCOMPARE(resent.exitCode, 0);
    QVERIFY2(resent.out.contains(("Written again " + names.at(0)).toUtf8()), resent.out.constData());
    QVERIFY(QRegularExpression("Sent again to .*: 1 file(\\(s\\))?;").match(QString::fromUtf8(resent.out)).hasMatch());

    auto healed = runSignedIn({ "--lang", "en", "--db", m_b, "sync", "status", "--from", folder });
    QCOMPARE(healed.exitCode, 0);
    QVERIFY2(!healed.err.contains("MISSING"), healed.err.constData());
    auto imported = runSignedIn({ "--lang", "en", "--db", m_b, "sync", "import", "--from", folder });
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains(("Applied " + names.at(1)).toUtf8()) && !imported.out.contains("WAITING"),
        imported.out.constData());
    auto connection = core::openDatabase(m_b);
    QVERIFY(connection);
    QCOMPARE(value(connection->db(), "SELECT coc_contact FROM comune_cmm WHERE comune_id = 15146").toString(),
        QStringLiteral("Turno 1"));
}

void TestSyncCli::refusedFileFailsTheImport()
{
    const QString folder = m_dir.filePath("bad");
    QVERIFY(QDir().mkpath(folder));
    const QString name = "cisiamo-ws0003-000000000001-000000000004-20240502T101500000Z-0123abcd.cisync";
    QVERIFY(writeFile(QDir(folder).filePath(name), "{\"format\":\"cisiamo-sync\""));
    auto r = runSignedIn({ "--lang", "en", "--db", m_b, "sync", "import", "--from", folder });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(name.toUtf8()) && r.err.contains("incomplete"), r.err.constData());
    auto missing = runSignedIn({ "--lang", "en", "--db", m_b, "sync", "import", "--from", m_dir.filePath("nowhere") });
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("cannot be reached"));
}

void TestSyncCli::openDataCommand()
{
    const QString out = m_dir.filePath("opendata");
    auto r = runSignedIn({ "--lang", "en", "--db", m_a, "opendata", "--out", out });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Open data of 133 comuni"), r.out.constData());
    // The Consegne provide the figures: none recorded yet on this database.
    // "0 distribution(s)" until the English catalogue has the piece's plural forms.
    QVERIFY2(QRegularExpression("\\b0 distribution(s|\\(s\\)), 0\\.0 kg of food").match(QString::fromUtf8(r.out)).hasMatch(),
        r.out.constData());
    QVERIFY(!r.out.contains("totals are zero"));
    // CSV, GeoJSON, Excel copy, column dictionary, LEGGIMI.txt, metadata.
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), 6);
}

void TestSyncCli::automaticBackupAndRestore()
{
    auto backup = runSignedIn({ "--lang", "en", "--db", m_a, "backup", "--keep", "2" });
    QCOMPARE(backup.exitCode, 0);
    QVERIFY2(backup.out.contains(QDir(m_dir.path()).filePath("backups").toUtf8()), backup.out.constData());
    QVERIFY(edit(m_a, "UPDATE comune_cmm SET coc_contact = 'Dopo il backup' WHERE comune_id = 15146"));

    auto restored = runSignedIn({ "--lang", "en", "--db", m_a, "restore" });
    QCOMPARE(restored.exitCode, 0);
    QVERIFY2(restored.out.contains("kept as"), restored.out.constData());
    QCOMPARE(runCisiamo({ "--db", m_a, "check", "--quick" }).exitCode, 0);
    auto connection = core::openDatabase(m_a);
    QVERIFY(connection);
    QVERIFY(value(connection->db(), "SELECT coc_contact FROM comune_cmm WHERE comune_id = 15146").toString()
        != "Dopo il backup");
}

void TestSyncCli::damagedBackupIsNotRestored()
{
    const QString bad = m_dir.filePath("bad.sqlite");
    QVERIFY(writeFile(bad, "not a database at all"));
    const QByteArray before = readFile(m_b);
    auto r = runSignedIn({ "--lang", "en", "--db", m_b, "restore", bad });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.isEmpty());
    QCOMPARE(readFile(m_b), before);
}

// A new database is in no room: it exchanges nothing and says how to
// create one; `room create` makes the key once, through the command layer.
void TestSyncCli::roomCreate()
{
    const QString path = m_dir.filePath("c.sqlite");
    {
        core::OpenOptions options;
        options.workstationForNew = 3;
        auto connection = core::openDatabase(path, options);
        QVERIFY(connection.ok());
        QVERIFY(core::loadReferenceData(connection->db()).ok());
        QVERIFY(testsupport::createRoleAccounts(connection->db()));
    }
    QTemporaryDir folder;
    auto refused = runSignedIn({ "--lang", "en", "--db", path, "sync", "export", "--to", folder.path() });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("room create"), refused.err.constData());
    auto noRoom = runSignedIn({ "--lang", "en", "--db", path, "sync", "status" });
    QVERIFY2(noRoom.out.contains("Room: none"), noRoom.out.constData());
    auto notImported = runSignedIn({ "--lang", "en", "--db", path, "sync", "import", "--from", folder.path() });
    QCOMPARE(notImported.exitCode, 1);
    QVERIFY2(notImported.err.contains("no operations room"), notImported.err.constData());

    auto created = runSignedIn({ "--lang", "en", "--db", path, "room", "create", "--name", "Sala CCV-MI" });
    QCOMPARE(created.exitCode, 0);
    QVERIFY2(created.out.contains("Sala CCV-MI"), created.out.constData());
    auto status = runSignedIn({ "--lang", "en", "--db", path, "sync", "status" });
    QVERIFY2(status.out.contains("Room: Sala CCV-MI"), status.out.constData());
    QByteArray key;
    {
        auto connection = core::openDatabase(path);
        QVERIFY(connection.ok());
        key = core::sync::Room::key(connection->db());
        QCOMPARE(key.size(), core::sync::Room::keyBytes);
        QCOMPARE(core::sync::Room::name(connection->db()), QStringLiteral("Sala CCV-MI"));
    }
    auto again = runSignedIn({ "--lang", "en", "--db", path, "room", "create", "--name", "Altra" });
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("already belongs"), again.err.constData());
    QCOMPARE(runSignedIn({ "--db", path, "sync", "export", "--to", folder.path() }).exitCode, 0);
    {
        auto connection = core::openDatabase(path);
        QVERIFY(connection.ok());
        QCOMPARE(core::sync::Room::key(connection->db()), key);
    }

    // A workstation in service with its own data joins by reading only the
    // key from the first one's file; then it reads the first one's files.
    const QString joining = m_dir.filePath("d.sqlite");
    {
        core::OpenOptions options;
        options.workstationForNew = 4;
        auto connection = core::openDatabase(joining, options);
        QVERIFY(connection.ok());
        QVERIFY(core::loadReferenceData(connection->db()).ok());
        QVERIFY(testsupport::createRoleAccounts(connection->db()));
    }
    auto noFile = runSignedIn({ "--lang", "en", "--db", joining, "room", "join" });
    QCOMPARE(noFile.exitCode, 2);
    auto notAMember = runSignedIn({ "--lang", "en", "--db", joining, "room", "join", "--from", m_dir.filePath("none.sqlite") });
    QCOMPARE(notAMember.exitCode, 1);
    auto joined = runSignedIn({ "--lang", "en", "--db", joining, "room", "join", "--from", path });
    QVERIFY2(joined.exitCode == 0, joined.err.constData());
    QVERIFY2(joined.out.contains("Sala CCV-MI"), joined.out.constData());
    // (Both made the same test accounts: those rows may wait as conflicts;
    // what matters here is that the files authenticate.)
    auto imported = runSignedIn({ "--lang", "en", "--db", joining, "sync", "import", "--from", folder.path() });
    QVERIFY2(imported.out.contains("Applied cisiamo-ws0003-"), imported.out.constData());
    QVERIFY2(!imported.err.contains("not authenticated"), imported.err.constData());
    // Another room's database cannot take its place.
    auto other = runSignedIn({ "--lang", "en", "--db", joining, "room", "join", "--from", m_a });
    QCOMPARE(other.exitCode, 1);
    QVERIFY2(other.err.contains("already belongs"), other.err.constData());
    auto connection = core::openDatabase(joining);
    QVERIFY(connection.ok());
    QCOMPARE(core::sync::Room::key(connection->db()), key);
    QCOMPARE(core::queryValue(connection->db(), QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'command' AND detail LIKE 'sync.room.join%'"))->toInt(), 1);
}

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_synccli.moc"

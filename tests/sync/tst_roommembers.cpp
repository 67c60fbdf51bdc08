// The room's membership list: a workstation registers itself when it
// creates or joins the room, at its first export, and when its number
// changes; `room remove` and its refusals; files from a removed member
// (after the last sequence kept) or from a workstation that is not a member
// and does not introduce itself are refused, nothing of them applied, one
// audit entry; a newcomer's files are accepted because they carry its own
// row; two workstations with one number leave a parked row that `room
// status` names; a database copied by hand refuses to export and import,
// whichever of the two synchronises second.

#include "core/auth/permissions.h"
#include "core/commands/commandrunner.h"
#include "core/commands/workstationcommands.h"
#include "core/db/connectionstate.h"
#include "core/db/localconfig.h"
#include "core/db/logsuspension.h"
#include "core/db/roommemberrows.h"
#include "core/db/sql.h"
#include "core/sync/copieddatabase.h"
#include "core/sync/room.h"
#include "core/sync/roommembers.h"
#include "core/sync/roomstatus.h"
#include "core/sync/syncimporter.h"
#include "support/testaccounts.h"
#include "syncfixtures.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace core;
using namespace core::sync;
using namespace syncfixtures;
using testsupport::WorkstationPair;

namespace {

int memberCount(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    auto v = queryValue(db, sql, binds);
    return v ? v->toInt() : -1;
}

int memberRows(const QSqlDatabase &db, int workstation, bool removed = false)
{
    return memberCount(db,
        QStringLiteral("SELECT count(*) FROM room_member WHERE workstation = ? AND (removed_at IS NOT NULL) = ?"),
        { workstation, removed });
}

int memberRefusalAudits(const QSqlDatabase &db, const QString &code)
{
    return memberCount(db, QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'denied' AND detail LIKE ?"),
        { QStringLiteral("sync file refused %: ") + code });
}

int services(const QSqlDatabase &db, const QString &code)
{
    return memberCount(db, QStringLiteral("SELECT count(*) FROM volunteer_service WHERE code = ?"), { code });
}

QStringList folderFiles(const QString &folder)
{
    return QDir(folder).entryList({ QStringLiteral("*.cisync") }, QDir::Files, QDir::Name);
}

// A database that never was in a room: no key, no membership row.
bool leaveRoom(const QSqlDatabase &db)
{
    if (!LocalConfig::setValue(db, Room::keyName, QString()))
        return false;
    LogSuspension noLog(db);
    return write(db, QStringLiteral("DELETE FROM room_member"))
        && write(db, QStringLiteral("DELETE FROM change_log WHERE table_name = 'room_member'"));
}

// A pair whose stations know each other: both exported and imported.
bool exchanged(WorkstationPair &pair)
{
    return pair.isValid() && pair.exchange().ok();
}

} // namespace

class TestRoomMembers : public QObject {
    Q_OBJECT
private slots:
    void registeredOnCreateAndJoin();
    void newcomerIntroducesItself();
    void newcomerIntroducedByALaterFile();
    void renumberingClosesTheOldRow();
    void anotherMembersRowIsNeverClaimed();
    void removeRefusals_data();
    void removeRefusals();
    void removedMemberFilesRefused();
    void unknownMemberRefused();
    void duplicateNumberRowIsParked();
    void roomStatusCommand();
    void copiedDatabase_data();
    void copiedDatabase();
};

void TestRoomMembers::registeredOnCreateAndJoin()
{
    const FixedClock clock(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC));
    testsupport::TestDatabase first(true, 1);
    testsupport::TestDatabase second(true, 2);
    for (testsupport::TestDatabase *d : { &first, &second }) {
        QVERIFY(d->isValid());
        QVERIFY(leaveRoom(d->db()));
        QVERIFY(testsupport::createRoleAccounts(d->db()));
        QVERIFY(testsupport::signInAs(d->db(), testsupport::usernameFor(Role::Coordinator)));
        QCOMPARE(memberCount(d->db(), QStringLiteral("SELECT count(*) FROM room_member")), 0);
    }
    CreateRoom create(QStringLiteral("Sala CCV-MI"));
    QVERIFY(CommandRunner(first.db(), clock).run(create));
    QCOMPARE(memberRows(first.db(), 1), 1);
    auto joinedAt = queryValue(first.db(), QStringLiteral("SELECT joined_at FROM room_member WHERE workstation = 1"));
    QCOMPARE(joinedAt->toLongLong(), clock.nowMs());
    // The row is logged: it travels in the next file.
    QCOMPARE(memberCount(first.db(), QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'room_member'")), 1);

    JoinRoom join(Room::name(first.db()), Room::key(first.db()));
    QVERIFY(CommandRunner(second.db(), clock).run(join));
    QCOMPARE(memberRows(second.db(), 2), 1);
    // Joining again changes nothing.
    JoinRoom again(Room::name(first.db()), Room::key(first.db()));
    QVERIFY(CommandRunner(second.db(), clock).run(again));
    QCOMPARE(memberCount(second.db(), QStringLiteral("SELECT count(*) FROM room_member")), 1);
    QCOMPARE(memberCount(second.db(), QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'room_member'")), 1);
}

void TestRoomMembers::newcomerIntroducesItself()
{
    WorkstationPair pair;
    QVERIFY(pair.isValid());
    // Each knows only itself: its row travels in its first file.
    QCOMPARE(memberCount(pair.a(), QStringLiteral("SELECT count(*) FROM room_member")), 1);
    QVERIFY(insertService(pair.b(), QStringLiteral("B1"), QStringLiteral("Servizio di B")));
    QVERIFY(exchanged(pair));
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(memberRows(pair.station(i), 1), 1);
        QCOMPARE(memberRows(pair.station(i), 2), 1);
    }
    QCOMPARE(services(pair.a(), QStringLiteral("B1")), 1);
    QCOMPARE(memberRefusalAudits(pair.a(), QStringLiteral("%")), 0);
    auto members = roomMembers(pair.a());
    QVERIFY(members);
    QCOMPARE(members->size(), 2);
    QCOMPARE(members->at(1).workstation, 2);
    QVERIFY(!members->at(1).removed);
    QVERIFY(members->at(1).joinedAt > 0);
}

void TestRoomMembers::newcomerIntroducedByALaterFile()
{
    WorkstationPair pair;
    QVERIFY(pair.isValid());
    QVERIFY(insertService(pair.b(), QStringLiteral("B1"), QStringLiteral("Primo")));
    QVERIFY(insertService(pair.b(), QStringLiteral("B2"), QStringLiteral("Secondo")));
    // One change per file: the membership row, logged last, is in the last one.
    auto exported = SyncExporter(pair.b(), pair.clock()).exportTo({ pair.folder(), 1, {} });
    QVERIFY(exported);
    QVERIFY(exported->files.size() >= 3);
    auto imported = pair.importInto(0);
    QVERIFY(imported);
    QCOMPARE(imported->refused.size(), 0);
    QCOMPARE(services(pair.a(), QStringLiteral("B1")), 1);
    QCOMPARE(memberRows(pair.a(), 2), 1);
}

void TestRoomMembers::renumberingClosesTheOldRow()
{
    WorkstationPair pair;
    QVERIFY(exchanged(pair));
    QVERIFY(testsupport::createRoleAccounts(pair.a()));
    QVERIFY(testsupport::signInAs(pair.a(), testsupport::usernameFor(Role::Administrator)));
    // A number another member holds is refused.
    SetWorkstation taken(2);
    QCOMPARE(CommandRunner(pair.a(), pair.clock()).run(taken).error().code, QStringLiteral("db.workstation_in_use"));
    const qint64 exportedUpTo
        = queryValue(pair.a(), QStringLiteral("SELECT max(last_seq) FROM sync_export"))->toLongLong();
    SetWorkstation renumber(5, QStringLiteral("Magazzino"));
    QVERIFY(CommandRunner(pair.a(), pair.clock()).run(renumber));
    QCOMPARE(memberRows(pair.a(), 1, true), 1);
    QCOMPARE(queryValue(pair.a(), QStringLiteral("SELECT removed_after_seq FROM room_member WHERE workstation = 1"))
                 ->toLongLong(),
        exportedUpTo);
    QCOMPARE(memberRows(pair.a(), 5), 1);
    QCOMPARE(queryValue(pair.a(), QStringLiteral("SELECT name FROM room_member WHERE workstation = 5"))->toString(),
        QStringLiteral("Magazzino"));
}

void TestRoomMembers::anotherMembersRowIsNeverClaimed()
{
    // b holds a's row (workstation 1), as a database made from a's would:
    // registering or renumbering itself under 1 must leave a's row alone.
    WorkstationPair pair;
    QVERIFY(exchanged(pair));
    const QString before = WorkstationPair::tableDump(pair.b(), QStringLiteral("room_member"));
    {
        Transaction tx(pair.b());
        QVERIFY(tx);
        QVERIFY(RoomMemberRows::registerSelf(pair.b(), 1, QStringLiteral("Altro nome"), pair.clock().nowMs()));
        QVERIFY(tx.commit());
    }
    QCOMPARE(WorkstationPair::tableDump(pair.b(), QStringLiteral("room_member")), before);
    {
        Transaction tx(pair.b());
        QVERIFY(tx);
        QVERIFY(RoomMemberRows::renumberSelf(
            pair.b(), 1, 7, QStringLiteral("Nuova"), pair.clock().nowMs(), QStringLiteral("test")));
        QVERIFY(tx.commit());
    }
    QCOMPARE(memberRows(pair.b(), 1), 1); // still a member
    QCOMPARE(memberRows(pair.b(), 7), 1);
    QCOMPARE(RoomMemberRows::ownRowId(pair.b()),
        queryValue(pair.b(), QStringLiteral("SELECT id FROM room_member WHERE workstation = 7"))->toLongLong());
}

void TestRoomMembers::removeRefusals_data()
{
    QTest::addColumn<int>("workstation");
    QTest::addColumn<bool>("removeFirst");
    QTest::addColumn<QString>("code");
    QTest::newRow("itself") << 1 << false << "sync.member_self";
    QTest::newRow("unknown number") << 9 << false << "sync.member_unknown";
    QTest::newRow("already removed") << 2 << true << "sync.member_already_removed";
    QTest::newRow("a member") << 2 << false << "";
}

void TestRoomMembers::removeRefusals()
{
    QFETCH(int, workstation);
    QFETCH(bool, removeFirst);
    QFETCH(QString, code);
    WorkstationPair pair;
    QVERIFY(exchanged(pair));
    QVERIFY(testsupport::createRoleAccounts(pair.a()));
    QVERIFY(testsupport::signInAs(pair.a(), testsupport::usernameFor(Role::Operator)));
    RemoveMember notAllowed(2);
    QVERIFY(!CommandRunner(pair.a(), pair.clock()).run(notAllowed));
    QCOMPARE(memberRows(pair.a(), 2, true), 0);
    QVERIFY(testsupport::signInAs(pair.a(), testsupport::usernameFor(Role::Coordinator)));
    if (removeFirst) {
        RemoveMember first(workstation);
        QVERIFY(CommandRunner(pair.a(), pair.clock()).run(first));
    }
    const QString before = WorkstationPair::tableDump(pair.a(), QStringLiteral("room_member"));
    RemoveMember remove(workstation);
    const Status done = CommandRunner(pair.a(), pair.clock()).run(remove);
    if (!code.isEmpty()) {
        QCOMPARE(done.error().code, code);
        QCOMPARE(WorkstationPair::tableDump(pair.a(), QStringLiteral("room_member")), before);
        return;
    }
    QVERIFY(done);
    const qint64 applied = queryValue(pair.a(), QStringLiteral("SELECT applied_seq FROM sync_source"))->toLongLong();
    QVERIFY(applied > 0);
    QCOMPARE(remove.afterSeq(), applied);
    auto row = runQuery(pair.a(),
        QStringLiteral("SELECT removed_at, removed_after_seq, removed_by FROM room_member WHERE workstation = 2"));
    QVERIFY(row && row->next());
    QCOMPARE(row->value(0).toLongLong(), pair.clock().nowMs());
    QCOMPARE(row->value(1).toLongLong(), applied);
    QCOMPARE(row->value(2).toString(), QStringLiteral("coord"));
    QCOMPARE(memberCount(pair.a(),
                 QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'command' AND detail LIKE "
                                "'%sync.room.remove%'")),
        1);
}

void TestRoomMembers::removedMemberFilesRefused()
{
    WorkstationPair pair;
    QVERIFY(exchanged(pair));
    QVERIFY(testsupport::createRoleAccounts(pair.a()));
    QVERIFY(testsupport::signInAs(pair.a(), testsupport::usernameFor(Role::Coordinator)));
    // A file of b written before the removal, not yet here: still applied.
    QVERIFY(insertService(pair.b(), QStringLiteral("PRIMA"), QStringLiteral("Prima della rimozione")));
    QVERIFY(pair.exportFrom(1));
    QVERIFY(pair.importInto(0));
    RemoveMember remove(2);
    QVERIFY(CommandRunner(pair.a(), pair.clock()).run(remove));
    QCOMPARE(services(pair.a(), QStringLiteral("PRIMA")), 1);

    pair.tick();
    QVERIFY(insertService(pair.b(), QStringLiteral("DOPO"), QStringLiteral("Dopo la rimozione")));
    QVERIFY(pair.exportFrom(1));
    const QString before = WorkstationPair::tableDump(pair.a(), QStringLiteral("volunteer_service"));
    for (int run = 0; run < 2; ++run) {
        auto imported = pair.importInto(0);
        QVERIFY(imported);
        QCOMPARE(imported->refused.size(), 1);
        QCOMPARE(imported->refused.first().reason.code, QStringLiteral("sync.member_removed"));
        QCOMPARE(imported->appliedChanges(), 0);
    }
    QCOMPARE(WorkstationPair::tableDump(pair.a(), QStringLiteral("volunteer_service")), before);
    QCOMPARE(services(pair.a(), QStringLiteral("DOPO")), 0);
    QCOMPARE(memberRefusalAudits(pair.a(), QStringLiteral("sync.member_removed")), 1);
    // room status shows it.
    auto status = readRoomStatus(pair.a(), pair.folder());
    QVERIFY(status);
    QCOMPARE(status->refused.size(), 1);
    QCOMPARE(status->refused.first().reason.code, QStringLiteral("sync.member_removed"));
}

void TestRoomMembers::unknownMemberRefused()
{
    WorkstationPair pair;
    QVERIFY(exchanged(pair));
    // Workstation 3 holds the room's key, but its files do not carry its
    // membership row (a key taken from a member's database by hand).
    testsupport::TestDatabase stranger(true, 3);
    QVERIFY(stranger.isValid());
    QVERIFY(write(stranger.db(), QStringLiteral("DELETE FROM change_log WHERE table_name = 'room_member'")));
    QVERIFY(insertService(stranger.db(), QStringLiteral("ESTR"), QStringLiteral("Estraneo")));
    QVERIFY(SyncExporter(stranger.db(), pair.clock()).exportTo({ pair.folder(), 20000, {} }));
    const QString before = WorkstationPair::tableDump(pair.a(), QStringLiteral("volunteer_service"));
    for (int run = 0; run < 2; ++run) {
        auto imported = pair.importInto(0);
        QVERIFY(imported);
        QCOMPARE(imported->refused.size(), 1);
        QCOMPARE(imported->refused.first().reason.code, QStringLiteral("sync.unknown_member"));
        QCOMPARE(imported->appliedChanges(), 0);
    }
    QCOMPARE(WorkstationPair::tableDump(pair.a(), QStringLiteral("volunteer_service")), before);
    QCOMPARE(memberRefusalAudits(pair.a(), QStringLiteral("sync.unknown_member")), 1);
    QCOMPARE(memberCount(pair.a(), QStringLiteral("SELECT count(*) FROM sync_source WHERE workstation = 3")), 0);
}

void TestRoomMembers::duplicateNumberRowIsParked()
{
    // b and c both took number 2 offline. a learnt of b; d learnt of c and
    // then removed it: d's file carries c's row, which clashes on a with
    // b's (UNIQUE workstation) and waits there, named by room status.
    WorkstationPair pair(1, 2); // a, b
    testsupport::TestDatabase c(true, 2);
    testsupport::TestDatabase d(true, 4);
    QVERIFY(pair.isValid() && c.isValid() && d.isValid());
    core::setSessionClock(c.db(), &pair.clock());
    core::setSessionClock(d.db(), &pair.clock());
    // c's ids are its own (a database of its own, not b's template): it
    // joins after writing something.
    QVERIFY(leaveRoom(c.db()));
    QVERIFY(insertService(c.db(), QStringLiteral("C"), QStringLiteral("Servizio di C")));
    QVERIFY(Room::install(c.db(), QStringLiteral("Sala di prova"), testsupport::testRoomKey()));
    QVERIFY(exchanged(pair));
    QTemporaryDir cd;
    QVERIFY(SyncExporter(c.db(), pair.clock()).exportTo({ cd.path(), 20000, {} }));
    auto intoD = SyncImporter(d.db(), pair.clock()).importFrom(cd.path());
    QVERIFY(intoD);
    QVERIFY2(intoD->refused.isEmpty(), qPrintable(intoD->refused.value(0).reason.code));
    QCOMPARE(memberRows(d.db(), 2), 1);
    QVERIFY(testsupport::createRoleAccounts(d.db()));
    QVERIFY(testsupport::signInAs(d.db(), testsupport::usernameFor(Role::Coordinator)));
    RemoveMember remove(2);
    QVERIFY(CommandRunner(d.db(), pair.clock()).run(remove));
    QVERIFY(SyncExporter(d.db(), pair.clock()).exportTo({ pair.folder(), 20000, {} }));
    auto imported = pair.importInto(0);
    QVERIFY(imported);
    QCOMPARE(memberRows(pair.a(), 4), 1);
    QCOMPARE(memberRows(pair.a(), 2), 1); // b's row, untouched
    auto parked = parkedMembers(pair.a());
    QVERIFY(parked);
    QCOMPARE(parked->size(), 1);
    QCOMPARE(parked->first().workstation, 2);
    auto status = readRoomStatus(pair.a(), QString());
    QVERIFY(status);
    QCOMPARE(status->parked.size(), 1);
}

void TestRoomMembers::roomStatusCommand()
{
    WorkstationPair pair;
    QVERIFY(exchanged(pair));
    QVERIFY(testsupport::createRoleAccounts(pair.a()));
    const testsupport::SignIn coord { QStringLiteral("coord"), testsupport::testPassword };
    const QString db = pair.database(0).path();
    auto run = [&](const QStringList &args) {
        return testsupport::runSignedIn(QStringList { "--lang", "en", "--db", db } + args, {}, coord);
    };
    auto status = run({ "room", "status", "--from", pair.folder() });
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(status.out.contains("Members: 2"), status.out.constData());
    QVERIFY(status.out.contains("(this workstation)"));
    QVERIFY(status.out.contains("last file seen cisiamo-ws0002-"));
    QVERIFY(status.out.contains("Missing files in"));

    // b sends three files; the middle one is lost.
    QStringList sent;
    for (const char *code : { "M1", "M2", "M3" }) {
        pair.tick();
        QVERIFY(insertService(pair.b(), QString::fromLatin1(code), QStringLiteral("Servizio %1").arg(code)));
        auto exported = pair.exportFrom(1);
        QVERIFY(exported && exported->files.size() == 1);
        sent << exported->files.first().fileName;
    }
    QVERIFY(QFile::remove(QDir(pair.folder()).filePath(sent.at(1))));
    auto missing = run({ "room", "status", "--from", pair.folder() });
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("MISSING"), missing.err.constData());

    // Remove b from the command line: audited, then refused a second time.
    auto removed = run({ "room", "remove", "--workstation", "2" });
    QCOMPARE(removed.exitCode, 0);
    QVERIFY(removed.out.contains("Workstation 2 removed"));
    auto again = run({ "room", "remove", "--workstation", "2" });
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("already removed"));
    auto self = run({ "room", "remove", "--workstation", "1" });
    QCOMPARE(self.exitCode, 1);
    auto listed = run({ "room", "status" });
    QVERIFY2(listed.out.contains("REMOVED"), listed.out.constData());
    QCOMPARE(listed.exitCode, 0); // no folder: nothing can be missing
    // Italian by default.
    auto italian = testsupport::runSignedIn({ "--db", db, "room", "remove", "--workstation", "9" }, {}, coord);
    QCOMPARE(italian.exitCode, 1);
    QVERIFY(!italian.err.isEmpty());
}

void TestRoomMembers::copiedDatabase_data()
{
    QTest::addColumn<bool>("copySyncsSecond");
    QTest::newRow("the copy synchronises second") << true;
    QTest::newRow("the original synchronises second") << false;
}

void TestRoomMembers::copiedDatabase()
{
    QFETCH(bool, copySyncsSecond);
    const FixedClock clock(QDateTime(QDate(2026, 3, 10), QTime(10, 0), Qt::UTC));
    QTemporaryDir folder;
    testsupport::TestDatabase original(true, 1);
    QVERIFY(original.isValid());
    QVERIFY(insertService(original.db(), QStringLiteral("S0"), QStringLiteral("Prima della copia")));
    QVERIFY(SyncExporter(original.db(), clock).exportTo({ folder.path(), 20000, {} }));
    original.close();
    const QString copyPath = original.dir() + QStringLiteral("/copy.sqlite");
    QVERIFY(QFile::copy(original.path(), copyPath));
    auto a = openDatabase(original.path());
    auto b = openDatabase(copyPath);
    QVERIFY(a && b);
    setSessionOperator(a->db(), QStringLiteral("test"));
    setSessionOperator(b->db(), QStringLiteral("test"));
    QVERIFY(insertService(a->db(), QStringLiteral("SA"), QStringLiteral("Sull'originale")));
    QVERIFY(insertService(b->db(), QStringLiteral("SB"), QStringLiteral("Sulla copia")));
    const QSqlDatabase first = copySyncsSecond ? a->db() : b->db();
    const QSqlDatabase second = copySyncsSecond ? b->db() : a->db();

    QVERIFY(SyncExporter(first, clock).exportTo({ folder.path(), 20000, {} }));
    auto fine = SyncImporter(first, clock).importFrom(folder.path());
    QVERIFY(fine);
    QCOMPARE(fine->refused.size(), 0);

    const QStringList files = folderFiles(folder.path());
    const QString servicesBefore = WorkstationPair::tableDump(second, QStringLiteral("volunteer_service"));
    const qint64 exportsBefore = memberCount(second, QStringLiteral("SELECT count(*) FROM sync_export"));
    auto exported = SyncExporter(second, clock).exportTo({ folder.path(), 20000, {} });
    QVERIFY(!exported);
    QCOMPARE(exported.error().code, QStringLiteral("sync.copied_database"));
    QCOMPARE(folderFiles(folder.path()), files); // nothing written
    QCOMPARE(memberCount(second, QStringLiteral("SELECT count(*) FROM sync_export")), exportsBefore);
    auto imported = SyncImporter(second, clock).importFrom(folder.path());
    QVERIFY(!imported);
    QCOMPARE(imported.error().code, QStringLiteral("sync.copied_database"));
    QCOMPARE(WorkstationPair::tableDump(second, QStringLiteral("volunteer_service")), servicesBefore);
    QCOMPARE(memberRefusalAudits(second, QStringLiteral("sync.copied_database")), 1);
    auto status = readRoomStatus(second, folder.path());
    QVERIFY(status);
    QVERIFY(status->copied.has_value());
    // The first one goes on as before.
    QVERIFY(SyncExporter(first, clock).exportTo({ folder.path(), 20000, {} }));
    auto copied = findCopiedDatabase(first, folder.path());
    QVERIFY(copied && !copied->has_value());
}

QTEST_GUILESS_MAIN(TestRoomMembers)
#include "tst_roommembers.moc"

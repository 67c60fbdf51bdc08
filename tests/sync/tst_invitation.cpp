// Joining the room in one step: a member writes an invitation protected by
// a passphrase, and the new workstation's database is made from it. The
// new workstation exchanges files with the inviter both ways, never sends
// the inviter's changes again, and every bad invitation or request is
// refused with nothing created.

#include "syncfixtures.h"

#include "core/auth/auditlog.h"
#include "core/db/connectionstate.h"
#include "core/db/database.h"
#include "core/db/localconfig.h"
#include "core/db/roommemberrows.h"
#include "core/sync/invitation.h"
#include "core/sync/invitationfile.h"
#include "core/sync/room.h"
#include "core/sync/syncfile.h"
#include "core/sync/syncstate.h"
#include "stock/domain/receiptservice.h"
#include "support/testaccounts.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace syncfixtures;

namespace {

const QString passphrase = QStringLiteral("sala operativa 2026");

QString invitationError(const core::Error &e)
{
    return e.code + QLatin1Char(' ') + e.args.join(QLatin1Char(' '));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

qint64 count(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    auto v = core::queryValue(db, sql, binds);
    return v ? v->toLongLong() : -1;
}

} // namespace

class TestInvitation : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void inviteThenJoinExchangesBothWays();
    void joinerOfARoomOfThree();
    void badRequestsCreateNothing_data();
    void badRequestsCreateNothing();
    void invitationNeedsPermissionAndPassphrase();
    void commandLine();

private:
    // A member (workstation 1, test room, accounts) that exported once and
    // recorded one more change since; its invitation at m_invitation.
    QTemporaryDir m_work;
    std::unique_ptr<testsupport::TestDatabase> m_inviter;
    QString m_invitation;
};

void TestInvitation::initTestCase()
{
    QVERIFY(m_work.isValid());
    m_inviter = std::make_unique<testsupport::TestDatabase>(true, 1);
    QVERIFY2(m_inviter->isValid(), qPrintable(m_inviter->errorText()));
    const QSqlDatabase db = m_inviter->db();
    QVERIFY(testsupport::createRoleAccounts(db));
    QVERIFY(core::LocalConfig::setValue(db, core::LocalConfig::workstationName, QStringLiteral("Sala A")));
    QVERIFY(insertService(db, QStringLiteral("s1"), QStringLiteral("Servizio uno")));
    QVERIFY(testsupport::signInAs(db, QStringLiteral("coord")));
    m_invitation = m_work.filePath(QStringLiteral("invito.cisinvite"));
    auto written = core::sync::writeInvitation(db, m_invitation, passphrase);
    QVERIFY2(written, qPrintable(invitationError(written.error())));
    QCOMPARE(written->members, 1);
    // Only the invitation is left in the folder (the snapshot is removed).
    QCOMPARE(QDir(m_work.path()).entryList(QDir::Files), QStringList { QStringLiteral("invito.cisinvite") });
    QCOMPARE(QDir(m_inviter->dir()).entryList({ QStringLiteral("*.snapshot-*") }, QDir::Files | QDir::Hidden),
        QStringList());
    QVERIFY(readAll(m_invitation).startsWith("cisiamo-invitation\n"));
    // The invitation is in the audit log.
    QCOMPARE(count(db,
                 QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'command' AND detail LIKE "
                                "'sync.room.invite%'")),
        1);
}

void TestInvitation::inviteThenJoinExchangesBothWays()
{
    // The inviter's room works: a file exported before and after the invitation.
    QTemporaryDir folder;
    testsupport::TestDatabase a(true, 1);
    QVERIFY(a.isValid());
    const core::FixedClock clock(QDateTime(QDate(2026, 3, 10), QTime(10, 0)));
    QVERIFY(testsupport::createRoleAccounts(a.db()));
    QVERIFY(insertService(a.db(), QStringLiteral("a1"), QStringLiteral("Prima dell'invito")));
    core::sync::SyncExporter exporterA(a.db(), clock);
    auto first = exporterA.exportTo({ folder.path(), 20000, {} });
    QVERIFY2(first && first->files.size() == 1, first ? "" : qPrintable(invitationError(first.error())));
    QVERIFY(insertService(a.db(), QStringLiteral("a2"), QStringLiteral("Non ancora inviato")));
    QVERIFY(testsupport::signInAs(a.db(), QStringLiteral("coord")));
    // The invitation's own audit entry comes after the snapshot.
    const qint64 snapshotSeq = count(a.db(), QStringLiteral("SELECT max(seq) FROM change_log"));
    const QString invitation = folder.path() + QStringLiteral("/../invito-a.cisinvite");
    QFile::remove(invitation);
    auto written = core::sync::writeInvitation(a.db(), invitation, passphrase, clock);
    QVERIFY2(written, qPrintable(invitationError(written.error())));

    QTemporaryDir place;
    const QString bPath = place.filePath(QStringLiteral("nuova.sqlite"));
    core::sync::JoinRequest request { invitation, passphrase, bPath, 7, QStringLiteral("Postazione sette"),
        QStringLiteral("cli:prova") };
    auto joined = core::sync::joinByInvitation(request, clock);
    QFile::remove(invitation);
    QVERIFY2(joined, qPrintable(invitationError(joined.error())));
    QCOMPARE(joined->inviter, 1);
    QCOMPARE(joined->roomName, QStringLiteral("Sala di prova"));
    QCOMPARE(QDir(place.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("nuova.sqlite") });

    auto opened = core::openDatabase(bPath);
    QVERIFY2(opened, qPrintable(invitationError(opened.error())));
    const QSqlDatabase b = opened->db();
    core::setSessionOperator(b, QStringLiteral("test"));
    QCOMPARE(core::sessionWorkstation(b), 7);
    QCOMPARE(core::LocalConfig::value(b, core::LocalConfig::workstationName), QStringLiteral("Postazione sette"));
    QCOMPARE(core::sync::Room::key(b), core::sync::Room::key(a.db()));
    // Its own row in the membership list, beside the inviter's, never the inviter's.
    const QString ownRow = core::LocalConfig::value(b, core::RoomMemberRows::ownRowKey);
    QVERIFY(!ownRow.isEmpty());
    QVERIFY(ownRow != core::LocalConfig::value(a.db(), core::RoomMemberRows::ownRowKey));
    QCOMPARE(count(b, QStringLiteral("SELECT workstation FROM room_member WHERE id = ?"), { ownRow.toLongLong() }), 7);
    QCOMPARE(count(b, QStringLiteral("SELECT count(*) FROM room_member WHERE removed_at IS NULL")), 2);
    const core::sync::SyncIdentity identityB = core::sync::readIdentity(b);
    const core::sync::SyncIdentity identityA = core::sync::readIdentity(a.db());
    QVERIFY(identityB.isValid());
    QVERIFY(identityB.databaseId != identityA.databaseId);
    QVERIFY(identityB.previousIds.isEmpty());
    QCOMPARE(identityB.workstation, 7);
    QCOMPARE(identityB.originSeq, snapshotSeq);
    // The accounts are the snapshot's, and the join is in its audit log.
    QCOMPARE(count(b, QStringLiteral("SELECT count(*) FROM account")),
        count(a.db(), QStringLiteral("SELECT count(*) FROM account")));
    QCOMPARE(count(b,
                 QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'command' AND username = 'cli:prova' "
                                "AND detail LIKE 'sync.room.join%'")),
        1);
    // What the inviter sent is known as applied; nothing is the joiner's own yet.
    QCOMPARE(count(b, QStringLiteral("SELECT count(*) FROM sync_export")), 0);
    QCOMPARE(
        count(b, QStringLiteral("SELECT applied_seq FROM sync_source WHERE database_id = ?"), { identityA.databaseId }),
        snapshotSeq);

    // The joiner sends only what it did itself (its join, in the audit
    // log, and its row in the room's membership list): the inviter's
    // changes never leave it.
    core::sync::SyncExporter exporterB(b, clock);
    auto joinFile = exporterB.exportTo({ folder.path(), 20000, {} });
    QVERIFY2(joinFile, qPrintable(invitationError(joinFile.error())));
    QCOMPARE(joinFile->files.size(), 1);
    {
        const QString name = joinFile->files.first().fileName;
        auto content = core::sync::decodeSyncFile(readAll(folder.filePath(name)), name, testsupport::testRoomKey());
        QVERIFY2(content, qPrintable(invitationError(content.error())));
        QVERIFY(content->header.firstSeq > snapshotSeq);
        QVERIFY(!content->changes.isEmpty());
        QStringList tables;
        for (const auto &change : content->changes) {
            tables.append(change.table);
            QCOMPARE(change.version.workstation, 7);
            if (change.table == QLatin1String("room_member"))
                QCOMPARE(change.values.value(QStringLiteral("workstation")).toInt(), 7);
        }
        tables.removeDuplicates();
        tables.sort();
        QCOMPARE(tables, (QStringList { QStringLiteral("audit_event"), QStringLiteral("room_member") }));
    }

    // The inviter's file (made before the invitation) and its next one
    // (after it) are taken as applied or applied without conflict.
    QVERIFY(insertService(a.db(), QStringLiteral("a3"), QStringLiteral("Dopo l'invito")));
    QVERIFY(exporterA.exportTo({ folder.path(), 20000, {} }));
    core::sync::SyncImporter importerB(b, clock);
    auto intoB = importerB.importFrom(folder.path());
    QVERIFY2(intoB, qPrintable(invitationError(intoB.error())));
    QCOMPARE(intoB->refused.size(), 0);
    QCOMPARE(intoB->waiting.size(), 0);
    QCOMPARE(intoB->conflicts, 0);
    QCOMPARE(count(b, QStringLiteral("SELECT count(*) FROM volunteer_service WHERE code = 'a3'")), 1);

    // The joiner records; its file reaches the inviter, and is only its own change.
    const qint64 mine = insertService(b, QStringLiteral("b1"), QStringLiteral("Dalla nuova postazione"));
    QVERIFY(mine);
    QCOMPARE(core::workstationOfRowId(mine), 7);
    // Document numbers: the joiner's own series, apart from the inviter's.
    auto numberB = stock::ReceiptService(b, clock).nextNumber(2026);
    auto numberA = stock::ReceiptService(a.db(), clock).nextNumber(2026);
    QVERIFY(numberB && numberA);
    QCOMPARE(*numberB, QStringLiteral("2026/7-0001"));
    QCOMPARE(*numberA, QStringLiteral("2026/0001"));
    auto sent = exporterB.exportTo({ folder.path(), 20000, {} });
    QVERIFY2(sent && sent->files.size() == 1, sent ? "" : qPrintable(invitationError(sent.error())));
    QCOMPARE(sent->changes(), 1);
    core::sync::SyncImporter importerA(a.db(), clock);
    auto intoA = importerA.importFrom(folder.path());
    QVERIFY2(intoA, qPrintable(invitationError(intoA.error())));
    QCOMPARE(intoA->refused.size(), 0);
    QCOMPARE(intoA->appliedChanges(), 3); // the join (audit log and membership) and the service
    QCOMPARE(count(a.db(), QStringLiteral("SELECT count(*) FROM volunteer_service WHERE id = ?"), { mine }), 1);
    QCOMPARE(testsupport::WorkstationPair::tableDump(a.db(), QStringLiteral("volunteer_service")),
        testsupport::WorkstationPair::tableDump(b, QStringLiteral("volunteer_service")));
}

// A room of two (1 and 2) that already exchanged; 1 invites 3. The new
// workstation knows 2's files as applied (through 1), refuses 2's number,
// and all three end with the same rows.
void TestInvitation::joinerOfARoomOfThree()
{
    QTemporaryDir folder;
    const core::FixedClock clock(QDateTime(QDate(2026, 3, 10), QTime(10, 0)));
    testsupport::TestDatabase a(true, 1);
    testsupport::TestDatabase c(true, 2);
    QVERIFY(a.isValid() && c.isValid());
    QVERIFY(testsupport::createRoleAccounts(a.db()));
    core::sync::SyncExporter exportA(a.db(), clock), exportC(c.db(), clock);
    core::sync::SyncImporter importA(a.db(), clock), importC(c.db(), clock);
    QVERIFY(insertService(a.db(), QStringLiteral("a1"), QStringLiteral("Da uno")));
    QVERIFY(insertService(c.db(), QStringLiteral("c1"), QStringLiteral("Da due")));
    QVERIFY(exportA.exportTo({ folder.path(), 20000, {} }));
    QVERIFY(exportC.exportTo({ folder.path(), 20000, {} }));
    QVERIFY(importA.importFrom(folder.path()));
    QVERIFY(importC.importFrom(folder.path()));
    // 2 writes again: a file 1 has not seen when it invites.
    QVERIFY(insertService(c.db(), QStringLiteral("c2"), QStringLiteral("Ancora da due")));
    QVERIFY(exportC.exportTo({ folder.path(), 20000, {} }));

    QVERIFY(testsupport::signInAs(a.db(), QStringLiteral("coord")));
    QTemporaryDir place;
    const QString invitation = place.filePath(QStringLiteral("invito.cisinvite"));
    QVERIFY(core::sync::writeInvitation(a.db(), invitation, passphrase, clock));
    const QString bPath = place.filePath(QStringLiteral("tre.sqlite"));
    core::sync::JoinRequest request { invitation, passphrase, bPath, 2, QString(), QStringLiteral("cli:prova") };
    auto taken = core::sync::joinByInvitation(request, clock);
    QVERIFY(!taken);
    QCOMPARE(taken.error().code, QStringLiteral("sync.join_number_in_use"));
    request.workstation = 3;
    auto joined = core::sync::joinByInvitation(request, clock);
    QVERIFY2(joined, qPrintable(invitationError(joined.error())));
    auto opened = core::openDatabase(bPath);
    QVERIFY(opened);
    const QSqlDatabase b = opened->db();
    core::setSessionOperator(b, QStringLiteral("test"));
    core::sync::SyncExporter exportB(b, clock);
    core::sync::SyncImporter importB(b, clock);

    // 2's first file came through 1: known as applied; its second is new.
    auto intoB = importB.importFrom(folder.path());
    QVERIFY2(intoB, qPrintable(invitationError(intoB.error())));
    QCOMPARE(intoB->refused.size(), 0);
    QCOMPARE(intoB->waiting.size(), 0);
    QCOMPARE(intoB->conflicts, 0);
    QCOMPARE(intoB->files.size(), 1); // 2's second file
    QVERIFY(insertService(b, QStringLiteral("b1"), QStringLiteral("Da tre")));
    for (int round = 0; round < 2; ++round) {
        QVERIFY(exportA.exportTo({ folder.path(), 20000, {} }));
        QVERIFY(exportB.exportTo({ folder.path(), 20000, {} }));
        QVERIFY(exportC.exportTo({ folder.path(), 20000, {} }));
        for (core::sync::SyncImporter *importer : { &importA, &importB, &importC }) {
            auto report = importer->importFrom(folder.path());
            QVERIFY2(report, qPrintable(invitationError(report.error())));
            QCOMPARE(report->refused.size(), 0);
            QCOMPARE(report->waiting.size(), 0);
        }
    }
    for (const QString &table : { QStringLiteral("volunteer_service"), QStringLiteral("audit_event") }) {
        const QString dumpA = testsupport::WorkstationPair::tableDump(a.db(), table);
        QCOMPARE(testsupport::WorkstationPair::tableDump(b, table), dumpA);
        QCOMPARE(testsupport::WorkstationPair::tableDump(c.db(), table), dumpA);
    }
    QCOMPARE(
        count(c.db(), QStringLiteral("SELECT count(*) FROM volunteer_service WHERE code IN ('a1', 'b1', 'c1', 'c2')")),
        4);
}

void TestInvitation::badRequestsCreateNothing_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("pass");
    QTest::addColumn<int>("workstation");
    QTest::addColumn<QString>("code");
    QTest::newRow("wrong passphrase") << ""
                                      << "sala operativa 2025" << 2 << "sync.invite_wrong_passphrase";
    QTest::newRow("truncated") << "truncate" << passphrase << 2 << "sync.invite_damaged";
    QTest::newRow("cut in the header") << "header" << passphrase << 2 << "sync.invite_damaged";
    QTest::newRow("altered byte") << "alter" << passphrase << 2 << "sync.invite_damaged";
    QTest::newRow("altered header") << "alter-header" << passphrase << 2 << "sync.invite_damaged";
    QTest::newRow("empty file") << "empty" << passphrase << 2 << "sync.invite_damaged";
    QTest::newRow("another format") << "sqlite" << passphrase << 2 << "sync.invite_not_invitation";
    QTest::newRow("newer format") << "newer" << passphrase << 2 << "sync.invite_newer";
    QTest::newRow("missing file") << "missing" << passphrase << 2 << "file.cannot_read";
    QTest::newRow("number in use") << "" << passphrase << 1 << "sync.join_number_in_use";
    QTest::newRow("number zero") << "" << passphrase << 0 << "db.bad_workstation";
    QTest::newRow("number too high") << "" << passphrase << 10000 << "db.bad_workstation";
    QTest::newRow("target holds data") << "target" << passphrase << 2 << "sync.join_target_exists";
}

void TestInvitation::badRequestsCreateNothing()
{
    QFETCH(QString, damage);
    QFETCH(QString, pass);
    QFETCH(int, workstation);
    QFETCH(QString, code);
    QTemporaryDir place;
    const QString invitation = place.filePath(QStringLiteral("invito.cisinvite"));
    const QString target = place.filePath(QStringLiteral("nuova.sqlite"));
    QByteArray data = readAll(m_invitation);
    QVERIFY(data.size() > 1000);
    if (damage == QLatin1String("truncate"))
        data.chop(1);
    else if (damage == QLatin1String("header"))
        data = data.left(40);
    else if (damage == QLatin1String("alter"))
        data[data.size() / 2] = char(data.at(data.size() / 2) ^ 0x01);
    else if (damage == QLatin1String("alter-header"))
        data[19 + 2 + 8 + 20] = char(data.at(19 + 2 + 8 + 20) ^ 0x01); // inside the nonce
    else if (damage == QLatin1String("empty"))
        data.clear();
    else if (damage == QLatin1String("sqlite"))
        data = readAll(m_inviter->path());
    else if (damage == QLatin1String("newer"))
        data[19 + 1] = 2;
    if (damage != QLatin1String("missing"))
        QVERIFY(writeAll(invitation, data));
    if (damage == QLatin1String("target"))
        QVERIFY(writeAll(target, "dati di un'altra postazione"));
    const QStringList before = QDir(place.path()).entryList(QDir::Files | QDir::Hidden);

    core::sync::JoinRequest request { invitation, pass, target, workstation, QStringLiteral("Nuova"),
        QStringLiteral("cli:prova") };
    auto joined = core::sync::joinByInvitation(request);
    QVERIFY(!joined);
    QCOMPARE(joined.error().code, code);
    QCOMPARE(QDir(place.path()).entryList(QDir::Files | QDir::Hidden), before);
    if (damage == QLatin1String("target"))
        QCOMPARE(readAll(target), QByteArray("dati di un'altra postazione"));
}

void TestInvitation::invitationNeedsPermissionAndPassphrase()
{
    QTemporaryDir place;
    const QSqlDatabase db = m_inviter->db();
    const QString out = place.filePath(QStringLiteral("invito.cisinvite"));
    // Too short a passphrase.
    auto shortOne = core::sync::writeInvitation(db, out, QStringLiteral("breve"));
    QVERIFY(!shortOne);
    QCOMPARE(shortOne.error().code, QStringLiteral("sync.invite_short_passphrase"));
    // An existing file is never replaced.
    QVERIFY(writeAll(out, "altro"));
    auto exists = core::sync::writeInvitation(db, out, passphrase);
    QVERIFY(!exists);
    QCOMPARE(exists.error().code, QStringLiteral("file.exists"));
    QVERIFY(QFile::remove(out));
    // An operator may not invite (the refusal is audited).
    testsupport::signOut(db);
    QVERIFY(testsupport::signInAs(db, QStringLiteral("oper")));
    const qint64 denied = count(db, QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'denied'"));
    auto refused = core::sync::writeInvitation(db, out, passphrase);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("auth.denied"));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'denied'")), denied + 1);
    testsupport::signOut(db);
    QVERIFY(testsupport::signInAs(db, QStringLiteral("coord")));
    QCOMPARE(QDir(place.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestInvitation::commandLine()
{
    // room invite on a database file, room join FILE without signing in.
    QTemporaryDir place;
    const QString member = place.filePath(QStringLiteral("membro.sqlite"));
    {
        testsupport::TestDatabase source(true, 1);
        QVERIFY(testsupport::createRoleAccounts(source.db()));
        QVERIFY(core::runQuery(source.db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        source.close();
        QVERIFY(QFile::copy(source.path(), member));
    }
    const QString invitation = place.filePath(QStringLiteral("invito.cisinvite"));
    const QHash<QString, QString> env { { QStringLiteral("CISIAMO_ROOM_PASSPHRASE"), passphrase } };
    const testsupport::SignIn coord { QStringLiteral("coord"), testsupport::testPassword };
    auto shortPass = testsupport::runSignedIn({ "--db", member, "room", "invite", "--out", invitation },
        { { QStringLiteral("CISIAMO_ROOM_PASSPHRASE"), QStringLiteral("corta") } }, coord);
    QCOMPARE(shortPass.exitCode, 1);
    QVERIFY2(QString::fromUtf8(shortPass.err).contains(QStringLiteral(" 10 ")), shortPass.err.constData());
    QVERIFY(!QFile::exists(invitation));
    auto invite = testsupport::runSignedIn({ "--db", member, "room", "invite", "--out", invitation }, env, coord);
    QVERIFY2(invite.exitCode == 0, invite.err.constData());
    QVERIFY(QFile::exists(invitation));

    const QString joiner = place.filePath(QStringLiteral("nuova.sqlite"));
    auto inUse = testsupport::runCisiamo(
        { "--db", joiner, "room", "join", invitation, "--workstation", "1", "--name", "Seconda" }, env);
    QCOMPARE(inUse.exitCode, 1);
    QVERIFY(!QFile::exists(joiner));
    auto wrong = testsupport::runCisiamo({ "--db", joiner, "room", "join", invitation, "--workstation", "2" },
        { { QStringLiteral("CISIAMO_ROOM_PASSPHRASE"), QStringLiteral("un'altra frase lunga") } });
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(QString::fromUtf8(wrong.err).contains(invitation), wrong.err.constData());
    QVERIFY(!QFile::exists(joiner));
    auto join = testsupport::runCisiamo(
        { "--db", joiner, "room", "join", invitation, "--workstation", "2", "--name", "Seconda" }, env);
    QVERIFY2(join.exitCode == 0, join.err.constData());
    {
        auto opened = core::openDatabase(joiner);
        QVERIFY(opened);
        QCOMPARE(core::sessionWorkstation(opened->db()), 2);
        QCOMPARE(core::LocalConfig::value(opened->db(), core::LocalConfig::workstationName), QStringLiteral("Seconda"));
    }
    // A second join onto the same file is refused: it holds data now.
    auto again = testsupport::runCisiamo({ "--db", joiner, "room", "join", invitation, "--workstation", "3" }, env);
    QCOMPARE(again.exitCode, 1);
}

QTEST_GUILESS_MAIN(TestInvitation)
#include "tst_invitation.moc"

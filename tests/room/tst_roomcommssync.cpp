// The Cabina di regia and the communications register between two
// workstations working apart: the same day's meeting opened on both is one
// meeting whose attendance merges member by member, the action states of
// both are kept (a ledger) and the latest is the action's state, protocol
// numbers never clash, circular sendings and the mayors travel; after the
// exchange every table is the same on both.

#include "core/commands/commandrunner.h"
#include "core/db/sql.h"
#include "moduleregistry.h"
#include "room/domain/boardcommands.h"
#include "room/domain/boardrepository.h"
#include "room/domain/circularfiles.h"
#include "room/domain/protocol.h"
#include "support/testaccounts.h"
#include "support/workstationpair.h"

#include <QDir>
#include <QTest>

using namespace room;
using testsupport::WorkstationPair;

namespace {
qint64 commsNumber(const QSqlDatabase &db, const QString &sql)
{
    return core::queryValue(db, sql)->toLongLong();
}
} // namespace

class TestRoomCommsSync : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void boardAndRegisterWorkedApartEndTheSame();
};

void TestRoomCommsSync::initTestCase()
{
    ::declareSyncTables();
}

void TestRoomCommsSync::boardAndRegisterWorkedApartEndTheSame()
{
    WorkstationPair pair(1, 2);
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    const QSqlDatabase a = pair.a();
    const QSqlDatabase b = pair.b();
    const core::Clock &clock = pair.clock();
    const auto run = [&clock](const QSqlDatabase &db, core::Command &c) {
        const auto s = core::CommandRunner(db, clock).run(c);
        if (!s)
            qWarning() << s.error().code << s.error().args;
        return s.ok();
    };

    // Accounts and members are made on 1 and reach 2.
    QVERIFY(testsupport::createRoleAccounts(a, clock));
    QVERIFY(testsupport::signInAs(a, QStringLiteral("coord"), clock));
    QList<qint64> members;
    for (const QString &name : { QStringLiteral("Anna Prima"), QStringLiteral("Bruno Secondo"), QStringLiteral("Carla Terza") }) {
        BoardMember m;
        m.roleId = members.size() + 1;
        m.name = name;
        SaveBoardMember save(m);
        QVERIFY(run(a, save));
        members.append(save.memberId());
    }
    SetMailSender sender({ QStringLiteral("Sala"), QStringLiteral("sala@pec.ccvmi.invalid") });
    QVERIFY(run(a, sender));
    MeetingInput yesterday;
    yesterday.day = clock.today().addDays(-1);
    yesterday.attendees = { members.at(0) };
    SaveMeeting first(yesterday);
    QVERIFY(run(a, first));
    BoardAction action;
    action.meetingId = first.meetingId();
    action.title = QStringLiteral("Sentire i COC");
    action.ownerId = members.at(1);
    action.dueOn = clock.today();
    AddAction add(action);
    QVERIFY(run(a, add));
    QVERIFY(pair.exchange());
    QCOMPARE(pair.differingTables(), QStringList());
    QVERIFY(testsupport::signInAs(b, QStringLiteral("coord"), clock));

    // Apart: both open today's meeting, each records whom it saw; 1 starts
    // the action, 2 (a minute later) completes it; both register a
    // communication and 1 sends a circular to a zone; 2 records a mayor.
    pair.tick();
    MeetingInput today;
    today.day = clock.today();
    today.attendees = { members.at(0), members.at(1) };
    SaveMeeting onA(today);
    QVERIFY(run(a, onA));
    today.attendees = { members.at(2) };
    SaveMeeting onB(today);
    QVERIFY(run(b, onB));
    QCOMPARE(onA.meetingId(), onB.meetingId());
    ChangeActionState started(add.actionId(), ActionState::InProgress);
    QVERIFY(run(a, started));
    pair.tick();
    ChangeActionState done(add.actionId(), ActionState::Done);
    QVERIFY(run(b, done));
    ProtocolEntry entry;
    entry.direction = Direction::In;
    entry.dated = clock.today();
    entry.counterpart = QStringLiteral("Prefettura di Milano");
    entry.subject = QStringLiteral("Presidi");
    RegisterCommunication onOne(entry);
    RegisterCommunication onTwo(entry);
    QVERIFY(run(a, onOne));
    QVERIFY(run(b, onTwo));
    QCOMPARE(onOne.number(), QStringLiteral("2026/P-0001"));
    QCOMPARE(onTwo.number(), QStringLiteral("2026/P2-0001"));
    CircularDraft draft;
    draft.subject = QStringLiteral("Consegne");
    draft.body = QStringLiteral("Al Comune di {comune}.");
    // Four comuni in the zone, set on 1 and sent with the circular.
    QVERIFY(core::runQuery(a, QStringLiteral("UPDATE comune_cmm SET zona_omogenea = 'Nord Milano' WHERE comune_id IN "
                                             "(SELECT comune_id FROM comune_cmm ORDER BY comune_id LIMIT 4)")));
    draft.scope = CircularScope::Zone;
    draft.zone = QStringLiteral("Nord Milano");
    draft.date = clock.today();
    draft.folder = QDir(pair.database(0).dir()).filePath(QStringLiteral("circolari"));
    auto outcome = prepareCircular([&](core::Command &c) { return core::CommandRunner(a, clock).run(c); }, a, draft);
    QVERIFY(outcome);
    SetMayor mayor(15146, QStringLiteral("Anna Sindaca"));
    QVERIFY(run(b, mayor));

    auto exchanged = pair.exchange();
    QVERIFY(exchanged);
    QCOMPARE(pair.differingTables(), QStringList());
    for (const QSqlDatabase &db : { a, b }) {
        QCOMPARE(commsNumber(db, QStringLiteral("SELECT count(*) FROM room_board_meeting")), qint64(2));
        QCOMPARE(*BoardRepository(db).attendance(onA.meetingId()), QSet<qint64>({ members.at(0), members.at(1), members.at(2) }));
        QCOMPARE(BoardRepository(db).action(add.actionId())->state, ActionState::Done);
        QCOMPARE(commsNumber(db, QStringLiteral("SELECT count(*) FROM room_board_action_state")), qint64(3));
        QCOMPARE(commsNumber(db, QStringLiteral("SELECT count(DISTINCT number) FROM room_protocol")), qint64(3));
        QCOMPARE(commsNumber(db, QStringLiteral("SELECT count(*) FROM room_circular_sending")), qint64(outcome->letters));
        QCOMPARE(core::queryValue(db, QStringLiteral("SELECT sindaco FROM comune_cmm WHERE comune_id = 15146"))->toString(),
            QStringLiteral("Anna Sindaca"));
        QCOMPARE(commsNumber(db, QStringLiteral("SELECT count(*) FROM merge_conflict")), qint64(0));
    }
}

QTEST_MAIN(TestRoomCommsSync)
#include "tst_roomcommssync.moc"

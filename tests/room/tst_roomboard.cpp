// The Cabina di regia: members and delegates, the day's meeting (one per
// day, its sets of attendees and requests examined), decisions, actions and
// their states as an append-only ledger (transitions, overdue at the day's
// boundary with an injected clock), bad input refused with its code and
// nothing written, and the permission room.edit.

#include "room/domain/boardcommands.h"
#include "room/domain/boardrepository.h"
#include "roomcommsfixture.h"

#include "core/db/idallocator.h"
#include "core/domain/dates.h"

using namespace room;

Q_DECLARE_METATYPE(room::ActionState)

class TestRoomBoard : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void transitions_data();
    void transitions();
    void membersAndDelegates();
    void oneMeetingADayWithItsSets();
    void actionStatesAreALedger();
    void overdueAtTheDayBoundary_data();
    void overdueAtTheDayBoundary();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void refusedWithoutThePermission();

private:
    qint64 addMember(const QString &name, qint64 role = 1, qint64 delegateOf = 0);
    qint64 addRequest(const QDate &day, const QString &number);
    qint64 addAction(qint64 meeting, const QDate &due, qint64 owner);
    QString counts() const;
    std::unique_ptr<RoomCommsFixture> m_f;
};

void TestRoomBoard::init()
{
    m_f = std::make_unique<RoomCommsFixture>();
    QVERIFY(m_f->setUp());
}

void TestRoomBoard::cleanup()
{
    m_f.reset();
}

qint64 TestRoomBoard::addMember(const QString &name, qint64 role, qint64 delegateOf)
{
    BoardMember m;
    m.roleId = role;
    m.name = name;
    m.delegateOf = delegateOf;
    SaveBoardMember save(m);
    const auto s = m_f->run(save);
    if (!s)
        qWarning() << s.error().code;
    return s ? save.memberId() : 0;
}

qint64 TestRoomBoard::addRequest(const QDate &day, const QString &number)
{
    // A request of the Consegne from a COC (migration 0007 gives every
    // comune its COC recipient), written as the deliveries module would.
    const qint64 recipient = m_f->count(QStringLiteral("SELECT min(id) FROM delivery_recipient WHERE kind = 'coc'"));
    const qint64 id = m_f->count(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM delivery_request"));
    auto q = core::runQuery(m_f->db(),
        QStringLiteral("INSERT INTO delivery_request(id, number, recipient_id, requested_on, created_at, operator) "
                       "VALUES (?, ?, ?, ?, 0, 'test')"),
        { id, number, recipient, core::toSqlDate(day) });
    return q ? id : 0;
}

qint64 TestRoomBoard::addAction(qint64 meeting, const QDate &due, qint64 owner)
{
    BoardAction a;
    a.meetingId = meeting;
    a.title = QStringLiteral("Sentire i COC");
    a.ownerId = owner;
    a.dueOn = due;
    AddAction add(a);
    const auto s = m_f->run(add);
    if (!s)
        qWarning() << s.error().code;
    return s ? add.actionId() : 0;
}

QString TestRoomBoard::counts() const
{
    QStringList n;
    for (const char *table : { "room_board_member", "room_board_role", "room_board_meeting", "room_board_attendance",
             "room_board_decision", "room_board_action", "room_board_action_state", "audit_event" })
        n.append(QString::number(m_f->count(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))));
    return n.join(QLatin1Char(','));
}

void TestRoomBoard::transitions_data()
{
    QTest::addColumn<ActionState>("from");
    QTest::addColumn<ActionState>("to");
    QTest::addColumn<bool>("allowed");
    using S = ActionState;
    QTest::newRow("open -> in progress") << S::Open << S::InProgress << true;
    QTest::newRow("open -> done") << S::Open << S::Done << true;
    QTest::newRow("open -> cancelled") << S::Open << S::Cancelled << true;
    QTest::newRow("open -> open") << S::Open << S::Open << false;
    QTest::newRow("in progress -> open") << S::InProgress << S::Open << true;
    QTest::newRow("in progress -> done") << S::InProgress << S::Done << true;
    QTest::newRow("in progress -> cancelled") << S::InProgress << S::Cancelled << true;
    QTest::newRow("done -> open") << S::Done << S::Open << false;
    QTest::newRow("done -> in progress") << S::Done << S::InProgress << false;
    QTest::newRow("done -> cancelled") << S::Done << S::Cancelled << false;
    QTest::newRow("cancelled -> open") << S::Cancelled << S::Open << false;
    QTest::newRow("cancelled -> done") << S::Cancelled << S::Done << false;
}

void TestRoomBoard::transitions()
{
    QFETCH(ActionState, from);
    QFETCH(ActionState, to);
    QFETCH(bool, allowed);
    QCOMPARE(actionTransitionAllowed(from, to), allowed);
}

void TestRoomBoard::membersAndDelegates()
{
    // The five roles of the 2020 project are there from the start.
    auto roles = BoardRepository(m_f->db()).roles(true);
    QVERIFY(roles);
    QCOMPARE(roles->size(), 5);
    QVERIFY(roles->last().name.startsWith(QStringLiteral("Presidente del CCV-MI")));

    const qint64 president = addMember(QStringLiteral("Giorgio Presidente"), 5);
    QVERIFY(president);
    const qint64 delegate = addMember(QStringLiteral("Silvia Delegata"), 5, president);
    QVERIFY(delegate);
    // An account of the room as a member.
    BoardMember withAccount;
    withAccount.roleId = 1;
    withAccount.name = QStringLiteral("Carla Coordinatrice");
    withAccount.accountId = m_f->count(QStringLiteral("SELECT id FROM operator_account WHERE username = 'coord'"));
    SaveBoardMember save(withAccount);
    QVERIFY(m_f->run(save));

    // The Cabina "può essere integrata": a sixth role.
    BoardRole extra;
    extra.name = QStringLiteral("Rappresentante delle associazioni");
    extra.position = 6;
    SaveBoardRole role(extra);
    QVERIFY(m_f->run(role));
    QVERIFY(addMember(QStringLiteral("Elena Associazione"), role.roleId()));

    auto members = BoardRepository(m_f->db()).members(true);
    QVERIFY(members);
    QCOMPARE(members->size(), 4);
    const auto d = BoardRepository(m_f->db()).member(delegate);
    QCOMPARE(d->delegateOfName, QStringLiteral("Giorgio Presidente"));
    QCOMPARE(BoardRepository(m_f->db()).member(save.memberId())->accountUsername, QStringLiteral("coord"));
}

void TestRoomBoard::oneMeetingADayWithItsSets()
{
    const qint64 a = addMember(QStringLiteral("Anna Prima"));
    const qint64 b = addMember(QStringLiteral("Bruno Secondo"), 2);
    const qint64 r1 = addRequest(QDate(2021, 3, 15), QStringLiteral("2021/R-0001"));
    const qint64 r2 = addRequest(QDate(2021, 3, 18), QStringLiteral("2021/R-0002"));
    const QDate day(2021, 3, 18);

    MeetingInput in;
    in.day = day;
    in.attendees = { a, b };
    in.examinedRequests = { r1 };
    SaveMeeting first(in);
    QVERIFY(m_f->run(first));
    // The same day again is the same meeting (keyed on the day): the sets
    // change member by member.
    in.mode = MeetingMode::InPerson;
    in.attendees = { a };
    in.examinedRequests = { r1, r2 };
    SaveMeeting second(in);
    QVERIFY(m_f->run(second));
    QCOMPARE(second.meetingId(), first.meetingId());
    QCOMPARE(first.meetingId(), BoardRepository::meetingIdFor(day));
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM room_board_meeting")), qint64(1));
    QCOMPARE(*BoardRepository(m_f->db()).attendance(first.meetingId()), QSet<qint64>({ a }));
    const auto examined = BoardRepository(m_f->db()).examined(first.meetingId());
    QCOMPARE(examined->size(), 2);
    QCOMPARE(examined->first().number, QStringLiteral("2021/R-0001"));
    const auto meeting = BoardRepository(m_f->db()).meetingOn(day);
    QCOMPARE(meeting->mode, MeetingMode::InPerson);
    QCOMPARE(meeting->attendees, 1);
    QCOMPARE(meeting->examined, 2);
    // Set members carry their keyed ids (the same on every workstation).
    QCOMPARE(m_f->count(QStringLiteral("SELECT id FROM room_board_attendance")),
        core::keyedRowId(QStringLiteral("room_board_attendance"), { first.meetingId(), a }));
    // Pending requests of the day: both are still to be served.
    QCOMPARE(BoardRepository(m_f->db()).pendingRequests(day, 10)->size(), 2);
    QCOMPARE(BoardRepository(m_f->db()).pendingRequests(QDate(2021, 3, 16), 10)->size(), 1);

    AddDecision decision(first.meetingId(), QStringLiteral("Si conferma il calendario delle consegne."));
    QVERIFY(m_f->run(decision));
    QCOMPARE(BoardRepository(m_f->db()).decisions(first.meetingId())->size(), 1);
}

void TestRoomBoard::actionStatesAreALedger()
{
    const qint64 owner = addMember(QStringLiteral("Anna Prima"));
    MeetingInput in;
    in.day = QDate(2021, 3, 18);
    SaveMeeting meeting(in);
    QVERIFY(m_f->run(meeting));
    const qint64 action = addAction(meeting.meetingId(), QDate(2021, 3, 22), owner);
    QVERIFY(action);
    QCOMPARE(BoardRepository(m_f->db()).action(action)->state, ActionState::Open);

    m_f->clock.advanceSecs(3600);
    ChangeActionState start(action, ActionState::InProgress, QStringLiteral("avviata"));
    QVERIFY(m_f->run(start));
    m_f->clock.advanceSecs(3600);
    ChangeActionState done(action, ActionState::Done);
    QVERIFY(m_f->run(done));
    QCOMPARE(BoardRepository(m_f->db()).action(action)->state, ActionState::Done);
    const auto history = BoardRepository(m_f->db()).actionHistory(action);
    QCOMPARE(history->size(), 3);
    QCOMPARE(history->at(1).note, QStringLiteral("avviata"));
    QCOMPARE(history->at(1).operatorName, QStringLiteral("coord"));

    // Completed is final.
    ChangeActionState reopen(action, ActionState::Open);
    const auto refused = m_f->run(reopen);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("room.bad_transition"));
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM room_board_action_state")), qint64(3));
    // Nothing rewrites the ledger.
    QVERIFY(!core::runQuery(m_f->db(), QStringLiteral("UPDATE room_board_action_state SET state = 'open'")));
    QVERIFY(!core::runQuery(m_f->db(), QStringLiteral("DELETE FROM room_board_action_state")));
}

void TestRoomBoard::overdueAtTheDayBoundary_data()
{
    QTest::addColumn<int>("dueInDays");
    QTest::addColumn<ActionState>("state");
    QTest::addColumn<bool>("overdue");
    QTest::newRow("due yesterday, open") << -1 << ActionState::Open << true;
    QTest::newRow("due yesterday, in progress") << -1 << ActionState::InProgress << true;
    QTest::newRow("due a month ago, open") << -30 << ActionState::Open << true;
    QTest::newRow("due today") << 0 << ActionState::Open << false;
    QTest::newRow("due tomorrow") << 1 << ActionState::Open << false;
    QTest::newRow("due yesterday, done") << -1 << ActionState::Done << false;
    QTest::newRow("due yesterday, cancelled") << -1 << ActionState::Cancelled << false;
}

void TestRoomBoard::overdueAtTheDayBoundary()
{
    QFETCH(int, dueInDays);
    QFETCH(ActionState, state);
    QFETCH(bool, overdue);
    const qint64 owner = addMember(QStringLiteral("Anna Prima"));
    // Recorded on 01/02/2021, looked at on 19/03/2021 from 00:00 to 23:59.
    const QDate today(2021, 3, 19);
    m_f->clock.set(QDateTime(QDate(2021, 2, 1), QTime(9, 0)));
    const qint64 action = addAction(0, today.addDays(dueInDays), owner);
    QVERIFY(action);
    if (state != ActionState::Open) {
        ChangeActionState change(action, state);
        QVERIFY(m_f->run(change));
    }
    for (const QTime &t : { QTime(0, 0), QTime(23, 59, 59) }) {
        m_f->clock.set(QDateTime(today, t));
        const QDate now = m_f->clock.today();
        QCOMPARE(BoardRepository(m_f->db()).action(action)->isOverdue(now), overdue);
        QCOMPARE(*BoardRepository(m_f->db()).overdueCount(now), overdue ? 1 : 0);
        QCOMPARE(*BoardRepository(m_f->db()).openCount(), isFinal(state) ? 0 : 1);
    }
    // The day after, an action due today becomes overdue.
    if (dueInDays == 0)
        QCOMPARE(*BoardRepository(m_f->db()).overdueCount(today.addDays(1)), 1);
}

void TestRoomBoard::badInputWritesNothing_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("error");
    QTest::newRow("member without name") << "member-noname" << "room.bad_member_name";
    QTest::newRow("member of an unknown role") << "member-role" << "room.unknown_role";
    QTest::newRow("member with a bad e-mail") << "member-email" << "reference.bad_email";
    QTest::newRow("delegate of a delegate") << "delegate-of-delegate" << "room.bad_delegate";
    QTest::newRow("delegate of another role") << "delegate-other-role" << "room.bad_delegate";
    QTest::newRow("role with an existing name") << "role-duplicate" << "room.duplicate_role";
    QTest::newRow("meeting tomorrow") << "meeting-future" << "room.meeting_in_future";
    QTest::newRow("meeting with an unknown request") << "meeting-request" << "room.unknown_request";
    QTest::newRow("empty decision") << "decision-empty" << "room.empty_decision";
    QTest::newRow("decision of no meeting") << "decision-meeting" << "room.unknown_meeting";
    QTest::newRow("action without title") << "action-title" << "room.empty_action";
    QTest::newRow("action of an unknown owner") << "action-owner" << "room.unknown_member";
    QTest::newRow("action due before its meeting") << "action-due" << "room.due_before_meeting";
    QTest::newRow("state of an unknown action") << "state-unknown" << "room.unknown_action";
}

void TestRoomBoard::badInputWritesNothing()
{
    QFETCH(QString, action);
    QFETCH(QString, error);
    const qint64 principal = addMember(QStringLiteral("Anna Prima"), 1);
    const qint64 delegate = addMember(QStringLiteral("Delia Delegata"), 1, principal);
    MeetingInput in;
    in.day = QDate(2021, 3, 18);
    SaveMeeting meeting(in);
    QVERIFY(m_f->run(meeting));
    const QString before = counts();

    std::unique_ptr<core::Command> command;
    BoardMember m;
    m.roleId = 1;
    m.name = QStringLiteral("Mario Rossi");
    BoardAction a;
    a.meetingId = meeting.meetingId();
    a.title = QStringLiteral("Fare");
    a.ownerId = principal;
    a.dueOn = QDate(2021, 3, 20);
    if (action == QLatin1String("member-noname")) {
        m.name = QStringLiteral(" ");
        command = std::make_unique<SaveBoardMember>(m);
    } else if (action == QLatin1String("member-role")) {
        m.roleId = 999;
        command = std::make_unique<SaveBoardMember>(m);
    } else if (action == QLatin1String("member-email")) {
        m.email = QStringLiteral("mario.rossi");
        command = std::make_unique<SaveBoardMember>(m);
    } else if (action == QLatin1String("delegate-of-delegate")) {
        m.delegateOf = delegate;
        command = std::make_unique<SaveBoardMember>(m);
    } else if (action == QLatin1String("delegate-other-role")) {
        m.roleId = 2;
        m.delegateOf = principal;
        command = std::make_unique<SaveBoardMember>(m);
    } else if (action == QLatin1String("role-duplicate")) {
        BoardRole r;
        r.name = QStringLiteral("presidente del ccv-mi");
        command = std::make_unique<SaveBoardRole>(r);
    } else if (action == QLatin1String("meeting-future")) {
        MeetingInput future;
        future.day = QDate(2021, 3, 20);
        command = std::make_unique<SaveMeeting>(future);
    } else if (action == QLatin1String("meeting-request")) {
        MeetingInput withRequest = in;
        withRequest.examinedRequests = { 424242 };
        command = std::make_unique<SaveMeeting>(withRequest);
    } else if (action == QLatin1String("decision-empty")) {
        command = std::make_unique<AddDecision>(meeting.meetingId(), QStringLiteral("  \n"));
    } else if (action == QLatin1String("decision-meeting")) {
        command = std::make_unique<AddDecision>(424242, QStringLiteral("Decisa"));
    } else if (action == QLatin1String("action-title")) {
        a.title.clear();
        command = std::make_unique<AddAction>(a);
    } else if (action == QLatin1String("action-owner")) {
        a.ownerId = 424242;
        command = std::make_unique<AddAction>(a);
    } else if (action == QLatin1String("action-due")) {
        a.dueOn = QDate(2021, 3, 17);
        command = std::make_unique<AddAction>(a);
    } else if (action == QLatin1String("state-unknown")) {
        command = std::make_unique<ChangeActionState>(424242, ActionState::Done);
    }
    QVERIFY(command);
    const auto s = m_f->run(*command);
    QVERIFY(!s);
    QCOMPARE(s.error().code, error);
    const QString after = counts();
    QCOMPARE(after, before);
}

void TestRoomBoard::refusedWithoutThePermission()
{
    const qint64 owner = addMember(QStringLiteral("Anna Prima"));
    QVERIFY(m_f->as(QStringLiteral("psy")));
    BoardMember m;
    m.roleId = 1;
    m.name = QStringLiteral("Mario Rossi");
    SaveBoardMember save(m);
    const auto s = m_f->run(save);
    QVERIFY(!s);
    QCOMPARE(s.error().code, QStringLiteral("auth.denied"));
    BoardAction a;
    a.title = QStringLiteral("Fare");
    a.ownerId = owner;
    a.dueOn = QDate(2021, 3, 20);
    AddAction add(a);
    QCOMPARE(m_f->run(add).error().code, QStringLiteral("auth.denied"));
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM room_board_member")), qint64(1));
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'denied' AND username = 'psy'")),
        qint64(2));
}

QTEST_GUILESS_MAIN(TestRoomBoard)
#include "tst_roomboard.moc"

// AscoltiAMO's commands: bad input is refused with its code and writes
// nothing (not even the command's audit entry), whether check() or the
// service inside the runner's transaction finds it; a role without the
// permission is refused before anything is read; the undo of a logged call
// is a 'void' entry, refused once the case is closed.

#include "core/commands/commandrunner.h"
#include "core/db/sql.h"
#include "listening/domain/requestcommands.h"
#include "listening/domain/teamcommands.h"
#include "listeningfixture.h"
#include "support/permissionprobe.h"

#include <QTest>

using namespace listening;

namespace {
qint64 commandEntries(const QSqlDatabase &db)
{
    return core::queryValue(db, QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'command'"))
        ->toLongLong();
}
} // namespace

class TestListeningCommands : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void refusedRoleWritesNothing_data();
    void refusedRoleWritesNothing();
    void loggedCallUndoneUntilTheCaseCloses();
    void reassignmentUndoneToThePrevious();

private:
    core::Status run(core::Command &command) { return core::CommandRunner(m_f->db(), m_f->clock).run(command); }
    std::unique_ptr<ListeningFixture> m_f;
    qint64 m_request = 0;
};

void TestListeningCommands::init()
{
    m_f = std::make_unique<ListeningFixture>();
    QVERIFY(m_f->setUp());
    m_request = m_f->intake(2);
    QVERIFY(m_request);
}

void TestListeningCommands::cleanup()
{
    m_f.reset();
}

void TestListeningCommands::badInputWritesNothing_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("error");
    QTest::newRow("register: no phone") << "register-no-phone"
                                        << "listening.no_callback";
    QTest::newRow("register: in the future") << "register-future"
                                             << "listening.in_future";
    QTest::newRow("assign: unknown request") << "assign-unknown"
                                             << "listening.unknown_request";
    QTest::newRow("assign: nobody") << "assign-nobody"
                                    << "listening.no_psychologist";
    QTest::newRow("call: before the request") << "call-early"
                                              << "listening.attempt_before_request";
    QTest::newRow("call: unknown request") << "call-unknown"
                                           << "listening.unknown_request";
    QTest::newRow("118: no reason") << "escalate-no-reason"
                                    << "listening.no_escalation_reason";
    QTest::newRow("outcome: not reached") << "outcome-not-reached"
                                          << "listening.not_reached";
    QTest::newRow("unreachable: not raised") << "unreachable-not-raised"
                                             << "listening.not_raised";
    QTest::newRow("void: unknown call") << "void-unknown"
                                        << "listening.unknown_attempt";
    QTest::newRow("group: one psychologist") << "group-one"
                                             << "listening.group_needs_two_psychologists";
    QTest::newRow("psychologist: no name") << "staff-no-name"
                                           << "listening.bad_psychologist_name";
    QTest::newRow("placement: outside the city") << "placement-roma"
                                                 << "reference.not_metropolitan";
}

void TestListeningCommands::badInputWritesNothing()
{
    QFETCH(QString, action);
    QFETCH(QString, error);
    QVERIFY(m_f->as(QStringLiteral("coord")));
    const QSqlDatabase db = m_f->db();
    const QDateTime now = m_f->clock.now();
    std::unique_ptr<core::Command> command;
    NewRequest n;
    n.receivedAt = now.addSecs(-600);
    n.callerPhone = QStringLiteral("000 555 1111");
    if (action == QLatin1String("register-no-phone")) {
        n.callerPhone.clear();
        command = std::make_unique<RegisterRequest>(n);
    } else if (action == QLatin1String("register-future")) {
        n.receivedAt = now.addDays(1);
        command = std::make_unique<RegisterRequest>(n);
    } else if (action == QLatin1String("assign-unknown")) {
        command = std::make_unique<AssignRequest>(987654, m_f->psychologist);
    } else if (action == QLatin1String("assign-nobody")) {
        command = std::make_unique<AssignRequest>(m_request, 0);
    } else if (action == QLatin1String("call-early")) {
        command = std::make_unique<LogAttempt>(m_request, now.addDays(-1), AttemptOutcome::NoAnswer, 0);
    } else if (action == QLatin1String("call-unknown")) {
        command = std::make_unique<LogAttempt>(987654, now, AttemptOutcome::NoAnswer, 0);
    } else if (action == QLatin1String("escalate-no-reason")) {
        command = std::make_unique<RecordEscalation>(m_request, now, QStringLiteral("  "), 0);
    } else if (action == QLatin1String("outcome-not-reached")) {
        OutcomeInput in;
        in.requestId = m_request;
        in.closedAt = now;
        command = std::make_unique<RecordOutcome>(in);
    } else if (action == QLatin1String("unreachable-not-raised")) {
        command = std::make_unique<CloseUnreachable>(m_request, QStringLiteral("Nessuna risposta"));
    } else if (action == QLatin1String("void-unknown")) {
        command = std::make_unique<VoidAttempt>(987654);
    } else if (action == QLatin1String("group-one")) {
        SupportGroup g;
        g.name = QStringLiteral("Gruppo del lunedì");
        g.start = QTime(18, 0);
        g.firstPsychologistId = g.secondPsychologistId = m_f->psychologist;
        g.startsOn = now.date();
        command = std::make_unique<SaveGroup>(g);
    } else if (action == QLatin1String("staff-no-name")) {
        command = std::make_unique<SavePsychologist>(Psychologist { 0, QStringLiteral(" "), QStringLiteral("000") });
    } else if (action == QLatin1String("placement-roma")) {
        command = std::make_unique<AddPlacement>(m_f->psychologist, 58091, now.date(), QString());
    }
    QVERIFY(command);
    const QByteArray before = testsupport::contentHash(db);
    const qint64 entries = commandEntries(db);
    const core::Status s = run(*command);
    QVERIFY(!s);
    QCOMPARE(s.error().code, error);
    QCOMPARE(testsupport::contentHash(db), before);
    QCOMPARE(commandEntries(db), entries);
}

void TestListeningCommands::refusedRoleWritesNothing_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("action");
    QTest::newRow("operator logs a call") << "oper"
                                          << "call";
    QTest::newRow("psychologist assigns") << "psy"
                                          << "assign";
    QTest::newRow("psychologist closes unreachable") << "psy"
                                                     << "unreachable";
    QTest::newRow("administrator records an outcome") << "admin"
                                                      << "outcome";
    QTest::newRow("service registers a request") << "serv"
                                                 << "register";
    QTest::newRow("operator adds a psychologist") << "oper"
                                                  << "staff";
}

void TestListeningCommands::refusedRoleWritesNothing()
{
    QFETCH(QString, user);
    QFETCH(QString, action);
    QVERIFY(m_f->as(user));
    const QSqlDatabase db = m_f->db();
    std::unique_ptr<core::Command> command;
    if (action == QLatin1String("call"))
        command = std::make_unique<LogAttempt>(m_request, m_f->clock.now(), AttemptOutcome::NoAnswer, 0);
    else if (action == QLatin1String("assign"))
        command = std::make_unique<AssignRequest>(m_request, m_f->psychologist);
    else if (action == QLatin1String("unreachable"))
        command = std::make_unique<CloseUnreachable>(m_request, QString());
    else if (action == QLatin1String("outcome"))
        command = std::make_unique<RecordOutcome>(OutcomeInput { m_request, m_f->clock.now() });
    else if (action == QLatin1String("register"))
        command = std::make_unique<RegisterRequest>(
            NewRequest { m_f->clock.now().addSecs(-60), {}, QStringLiteral("000 555 2222") });
    else
        command = std::make_unique<SavePsychologist>(Psychologist { 0, QStringLiteral("Dott. Nuovo") });
    const QByteArray before = testsupport::contentHash(db);
    const core::Status s = run(*command);
    QCOMPARE(s.error().code, QStringLiteral("auth.denied"));
    QCOMPARE(testsupport::contentHash(db), before);
    QCOMPARE(commandEntries(db), qint64(0));
}

void TestListeningCommands::loggedCallUndoneUntilTheCaseCloses()
{
    QVERIFY(m_f->as(QStringLiteral("psy")));
    const core::CommandRunner runner(m_f->db(), m_f->clock);
    LogAttempt missed(m_request, m_f->clock.now(), AttemptOutcome::NoAnswer, m_f->psychologist);
    QVERIFY(runner.run(missed).ok());
    QVERIFY(runner.undo(missed).ok());
    auto detail = m_f->service().detail(m_request);
    QCOMPARE(detail->summary.failed, 0); // cancelled
    QCOMPARE(detail->attempts.size(), 2); // the call and its 'void' entry

    LogAttempt reached(m_request, m_f->clock.now(), AttemptOutcome::Reached, m_f->psychologist);
    QVERIFY(runner.run(reached).ok());
    OutcomeInput in;
    in.requestId = m_request;
    in.closedAt = m_f->clock.now();
    in.psychologistId = m_f->psychologist;
    RecordOutcome outcome(in);
    QVERIFY(runner.run(outcome).ok());
    const QByteArray before = testsupport::contentHash(m_f->db());
    QCOMPARE(runner.undo(reached).error().code, QStringLiteral("listening.request_closed"));
    QCOMPARE(testsupport::contentHash(m_f->db()), before);
}

void TestListeningCommands::reassignmentUndoneToThePrevious()
{
    QVERIFY(m_f->as(QStringLiteral("coord")));
    const core::CommandRunner runner(m_f->db(), m_f->clock);
    auto assigned = [&] { return m_f->service().detail(m_request)->assignments.constLast().psychologistId; };
    AssignRequest first(m_request, m_f->psychologist);
    QVERIFY(runner.run(first).ok());
    QVERIFY(!first.undoable()); // nobody to go back to
    AssignRequest second(m_request, m_f->otherPsychologist);
    QVERIFY(runner.run(second).ok());
    QVERIFY(second.undoable());
    QCOMPARE(assigned(), m_f->otherPsychologist);
    QVERIFY(runner.undo(second).ok());
    QCOMPARE(assigned(), m_f->psychologist);
    QCOMPARE(m_f->service().detail(m_request)->assignments.size(), 3); // a ledger: nothing deleted
    QVERIFY(runner.run(second).ok()); // Redo
    QCOMPARE(assigned(), m_f->otherPsychologist);
}

QTEST_GUILESS_MAIN(TestListeningCommands)
#include "tst_listeningcommands.moc"

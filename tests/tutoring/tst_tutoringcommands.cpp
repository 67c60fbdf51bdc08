// The ConosciAMO commands: every write needs tutoring.edit (a refused role
// writes nothing but the refusal), bad input is refused before anything is
// written, and undo writes the compensating entry (a cancellation, a
// correcting outcome, the previous values) or says why it no longer can.

#include "core/auth/auditlog.h"
#include "core/auth/permissions.h"
#include "core/commands/commandrunner.h"
#include "core/db/sql.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "support/permissionprobe.h"
#include "support/testaccounts.h"
#include "tutoring/domain/bookingservice.h"
#include "tutoring/domain/importcommands.h"
#include "tutoring/domain/lessoncommands.h"
#include "tutoring/domain/peoplecommands.h"
#include "tutoring/domain/peoplerepository.h"
#include "tutoring/domain/servicecommands.h"
#include "tutoringfixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace tutoring;
using Fixture = testsupport::TutoringFixture;

using CommandFactory = std::function<std::shared_ptr<core::Command>(const Fixture &)>;
Q_DECLARE_METATYPE(CommandFactory)

namespace {

BookingRequest commandRequest(qint64 pupil, int subject, qint64 assistant, const QDate &day, int hour)
{
    BookingRequest r;
    r.pupilId = pupil;
    r.subjectId = subject;
    r.assistantId = assistant;
    r.day = day;
    r.hour = hour;
    return r;
}

OutcomeRequest outcome(qint64 bookingId, LessonState state)
{
    OutcomeRequest r;
    r.bookingId = bookingId;
    r.state = state;
    return r;
}

} // namespace

class TestTutoringCommands : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void runsAuditedUnderThePerson();
    void refusedRoleWritesNothing_data();
    void refusedRoleWritesNothing();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void bookingUndoneByCancellationRedoneByNewBooking();
    void bookingWithAnOutcomeCannotBeUndone();
    void correctionUndoneByCorrectingEntry();
    void cancellationUndoneByBookingTheSlotAgain();
    void outcomeCorrectedSinceCannotBeUndone();
    void firstOutcomeIsCorrectedNotUndone();
    void besHoursUndoneTogether();
    void personEditUndoneByPreviousValues();
    void newPersonUndoneByDeactivation();
    void personChangedSinceCannotBeUndone();
    void periodEditUndone();
    void importIsOneCommand();
    void endOfBesAssignmentUndone();

private:
    QSqlDatabase db() const { return m_database->db(); }
    qint64 book(const QDate &day, int hour);
    qint64 countRows(const QString &sql, const QVariantList &binds = {}) const
    {
        return core::queryValue(db(), sql, binds)->toLongLong();
    }

    std::unique_ptr<testsupport::TestDatabase> m_database;
    core::FixedClock m_clock { QDateTime(QDate(2021, 3, 1), QTime(9, 0)) };
    Fixture m_f;
    core::AppContext m_context;
    std::unique_ptr<core::CommandStack> m_stack;
};

void TestTutoringCommands::init()
{
    m_clock.set(QDateTime(QDate(2021, 3, 1), QTime(9, 0)));
    m_database = std::make_unique<testsupport::TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->errorText()));
    m_f = Fixture();
    QVERIFY(m_f.build(db(), m_clock));
    QVERIFY(testsupport::createRoleAccounts(db(), m_clock));
    QVERIFY(testsupport::signInAs(db(), QStringLiteral("oper"), m_clock));
    m_context.db = db();
    m_context.clock = &m_clock;
    m_stack = std::make_unique<core::CommandStack>(m_context, nullptr);
}

void TestTutoringCommands::cleanup()
{
    m_stack.reset();
    m_context.db = {};
    m_database.reset();
}

qint64 TestTutoringCommands::book(const QDate &day, int hour)
{
    auto command = std::make_shared<BookLesson>(commandRequest(m_f.middle, Fixture::Generale, m_f.conti, day, hour));
    const core::Status s = m_stack->run(command);
    if (!s)
        qWarning() << s.error().code << s.error().args;
    return command->bookingId();
}

void TestTutoringCommands::runsAuditedUnderThePerson()
{
    const qint64 id = book(QDate(2021, 3, 2), 15);
    QVERIFY(id);
    auto q = core::runQuery(
        db(), QStringLiteral("SELECT username, permission, detail FROM audit_event WHERE kind = 'command'"));
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toString(), QStringLiteral("oper"));
    QCOMPARE(q->value(1).toString(), core::Permission::TutoringEdit);
    QCOMPARE(q->value(2).toString(), QStringLiteral("tutoring.lesson.book %1").arg(id));
    QCOMPARE(m_stack->undoStack()->count(), 1);
}

void TestTutoringCommands::refusedRoleWritesNothing_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<CommandFactory>("factory");
    const CommandFactory bookOne = [](const Fixture &f) {
        return std::make_shared<BookLesson>(commandRequest(f.middle, Fixture::Generale, f.conti, QDate(2021, 3, 2), 15));
    };
    const CommandFactory savePupil = [](const Fixture &f) {
        Pupil p;
        p.familyName = QStringLiteral("Neri");
        p.givenName = QStringLiteral("Luca");
        p.birthYear = 2008;
        p.comuneId = core::milanoComuneId;
        Q_UNUSED(f);
        return std::make_shared<SavePupil>(p);
    };
    const CommandFactory assign
        = [](const Fixture &f) { return std::make_shared<AssignBes>(f.bes, f.conti, QDate(2021, 3, 1)); };
    const CommandFactory period = [](const Fixture &) {
        ServicePeriod p = publishedServicePeriod();
        p.name = QStringLiteral("Estate");
        p.firstDay = QDate(2021, 6, 1);
        p.lastDay = QDate(2021, 6, 30);
        return std::make_shared<SavePeriod>(p);
    };
    QTest::newRow("psychologist books") << "psy" << bookOne;
    QTest::newRow("service account books") << "serv" << bookOne;
    QTest::newRow("nobody signed in books") << "" << bookOne;
    QTest::newRow("psychologist saves a pupil") << "psy" << savePupil;
    QTest::newRow("psychologist assigns a BES assistant") << "psy" << assign;
    QTest::newRow("service account saves a period") << "serv" << period;
}

void TestTutoringCommands::refusedRoleWritesNothing()
{
    QFETCH(QString, user);
    QFETCH(CommandFactory, factory);
    testsupport::signOut(db());
    if (!user.isEmpty())
        QVERIFY(testsupport::signInAs(db(), user, m_clock));
    const QByteArray before = testsupport::contentHash(db());
    const qint64 denied = countRows(QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'denied'"));
    auto command = factory(m_f);
    const core::Status s = m_stack->run(command);
    QVERIFY(!s);
    QVERIFY2(s.error().code.startsWith(QLatin1String("auth.")), qPrintable(s.error().code));
    QCOMPARE(testsupport::contentHash(db()), before);
    QCOMPARE(countRows(QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'denied'")), denied + 1);
    QCOMPARE(countRows(QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'denied' AND permission = ?"),
                 { core::Permission::TutoringEdit }),
        denied + 1);
    QCOMPARE(m_stack->undoStack()->count(), 0);
}

void TestTutoringCommands::badInputWritesNothing_data()
{
    QTest::addColumn<CommandFactory>("factory");
    QTest::addColumn<QString>("error");
    QTest::newRow("booking without a pupil") << CommandFactory([](const Fixture &f) {
        return std::make_shared<BookLesson>(commandRequest(0, Fixture::Generale, f.conti, QDate(2021, 3, 2), 15));
    }) << "tutoring.missing_field";
    QTest::newRow("booking outside the slots") << CommandFactory([](const Fixture &f) {
        return std::make_shared<BookLesson>(commandRequest(f.middle, Fixture::Generale, f.conti, QDate(2021, 3, 2), 9));
    }) << "tutoring.outside_hours";
    QTest::newRow("booking on a Sunday") << CommandFactory([](const Fixture &f) {
        return std::make_shared<BookLesson>(commandRequest(f.middle, Fixture::Generale, f.conti, QDate(2021, 3, 7), 15));
    }) << "tutoring.closed_day";
    QTest::newRow("outcome of an unknown lesson") << CommandFactory([](const Fixture &) {
        return std::make_shared<RecordOutcome>(outcome(424242, LessonState::Given));
    }) << "tutoring.not_found";
    QTest::newRow("cancel without a reason")
        << CommandFactory([](const Fixture &) { return std::make_shared<CancelLesson>(424242, QStringLiteral("  ")); })
        << "tutoring.missing_field";
    QTest::newRow("pupil without a family name") << CommandFactory([](const Fixture &) {
        Pupil p;
        p.givenName = QStringLiteral("Luca");
        p.birthYear = 2008;
        p.comuneId = core::milanoComuneId;
        return std::make_shared<SavePupil>(p);
    }) << "tutoring.missing_field";
    QTest::newRow("pupil in a class not served") << CommandFactory([](const Fixture &) {
        Pupil p;
        p.familyName = QStringLiteral("Neri");
        p.givenName = QStringLiteral("Luca");
        p.birthYear = 2008;
        p.classYear = 5;
        p.comuneId = core::milanoComuneId;
        return std::make_shared<SavePupil>(p);
    }) << "tutoring.bad_class";
    QTest::newRow("tutor with a bad e-mail") << CommandFactory([](const Fixture &) {
        Tutor t;
        t.familyName = QStringLiteral("Galli");
        t.givenName = QStringLiteral("Rita");
        t.email = QStringLiteral("rita.galli");
        return std::make_shared<SaveTutor>(t);
    }) << "tutoring.bad_email";
    QTest::newRow("edit of an unknown assistant") << CommandFactory([](const Fixture &) {
        Assistant a;
        a.id = 424242;
        a.familyName = QStringLiteral("Galli");
        a.givenName = QStringLiteral("Rita");
        a.schoolId = 1;
        a.comuneId = core::milanoComuneId;
        return std::make_shared<SaveAssistant>(a);
    }) << "tutoring.not_found";
    QTest::newRow("period ending before it starts") << CommandFactory([](const Fixture &) {
        ServicePeriod p = publishedServicePeriod();
        p.name = QStringLiteral("Estate");
        p.firstDay = QDate(2021, 6, 30);
        p.lastDay = QDate(2021, 6, 1);
        return std::make_shared<SavePeriod>(p);
    }) << "tutoring.period_dates";
    QTest::newRow("BES assistant for a pupil who is not BES") << CommandFactory([](const Fixture &f) {
        return std::make_shared<AssignBes>(f.middle, f.conti, QDate(2021, 3, 1));
    }) << "tutoring.not_bes";
    QTest::newRow("BES hours without any day") << CommandFactory([](const Fixture &) {
        return std::make_shared<BookBesHours>(1, Fixture::Generale, QList<QPair<QDate, int>>());
    }) << "tutoring.series_empty";
}

void TestTutoringCommands::badInputWritesNothing()
{
    QFETCH(CommandFactory, factory);
    QFETCH(QString, error);
    const QByteArray before = testsupport::contentHash(db());
    const core::Status s = m_stack->run(factory(m_f));
    QVERIFY(!s);
    QCOMPARE(s.error().code, error);
    QCOMPARE(testsupport::contentHash(db()), before);
    QCOMPARE(countRows(QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'command'")), qint64(0));
    QCOMPARE(m_stack->undoStack()->count(), 0);
}

void TestTutoringCommands::bookingUndoneByCancellationRedoneByNewBooking()
{
    const qint64 first = book(QDate(2021, 3, 2), 15);
    QVERIFY(first);
    BookingService service(db(), m_clock);
    m_stack->undoStack()->undo();
    QCOMPARE(service.lesson(first)->state, LessonState::Cancelled);
    QCOMPARE(countRows(QStringLiteral("SELECT count(*) FROM tutoring_booking")), qint64(1)); // never deleted
    QCOMPARE(countRows(QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'command_undone'")), qint64(1));
    QSignalSpy refused(m_stack.get(), &core::CommandStack::refused);
    m_stack->undoStack()->redo();
    QCOMPARE(refused.count(), 0);
    QCOMPARE(countRows(QStringLiteral("SELECT count(*) FROM tutoring_lesson WHERE state = 'booked'")), qint64(1));
    QCOMPARE(countRows(QStringLiteral("SELECT count(*) FROM tutoring_booking")), qint64(2));
}

void TestTutoringCommands::bookingWithAnOutcomeCannotBeUndone()
{
    const qint64 first = book(QDate(2021, 3, 2), 15);
    const qint64 second = book(QDate(2021, 3, 3), 15);
    QVERIFY(first && second);
    m_stack->undoStack()->undo(); // the second booking is cancelled
    // The first lesson took place and has its outcome, recorded elsewhere.
    m_clock.set(QDateTime(QDate(2021, 3, 2), QTime(17, 0)));
    QVERIFY(BookingService(db(), m_clock).recordOutcome(outcome(first, LessonState::Given)));
    const QByteArray before = testsupport::contentHash(db());
    QSignalSpy refused(m_stack.get(), &core::CommandStack::refused);
    m_stack->undoStack()->undo();
    QCOMPARE(refused.count(), 1);
    QVERIFY2(refused.first().first().toString().contains(QStringLiteral("02/03/2021")),
        qPrintable(refused.first().first().toString()));
    QCOMPARE(testsupport::contentHash(db()), before);
    QCOMPARE(BookingService(db(), m_clock).lesson(first)->state, LessonState::Given);
    // The refused entry left the history; Redo is still the second booking.
    QCOMPARE(m_stack->undoStack()->count(), 1);
    QVERIFY(!m_stack->undoStack()->canUndo());
    QVERIFY(m_stack->undoStack()->canRedo());
    m_stack->undoStack()->redo();
    QCOMPARE(countRows(QStringLiteral("SELECT count(*) FROM tutoring_lesson WHERE day = '2021-03-03' "
                                      "AND state = 'booked'")),
        qint64(1));
    QVERIFY(!m_stack->undoStack()->canRedo());
}

void TestTutoringCommands::correctionUndoneByCorrectingEntry()
{
    const qint64 id = book(QDate(2021, 3, 2), 15);
    m_clock.set(QDateTime(QDate(2021, 3, 2), QTime(17, 0)));
    QVERIFY(m_stack->run(std::make_shared<RecordOutcome>(outcome(id, LessonState::Given))));
    QCOMPARE(m_stack->undoStack()->count(), 1); // a first outcome is corrected, not undone
    OutcomeRequest standIn = outcome(id, LessonState::Given);
    standIn.taughtBy = TaughtBy::Tutor;
    standIn.tutorId = m_f.tutor;
    QVERIFY(m_stack->run(std::make_shared<RecordOutcome>(standIn)));
    QCOMPARE(m_stack->undoStack()->count(), 2);
    BookingService service(db(), m_clock);
    QCOMPARE(service.lesson(id)->taughtBy, TaughtBy::Tutor);
    m_stack->undoStack()->undo();
    auto lesson = service.lesson(id);
    QCOMPARE(lesson->state, LessonState::Given);
    QCOMPARE(lesson->taughtBy, TaughtBy::Assistant);
    QCOMPARE(service.outcomeHistory(id)->size(), 3); // the undo is one more entry
    m_stack->undoStack()->redo();
    QCOMPARE(service.lesson(id)->taughtBy, TaughtBy::Tutor);
    QCOMPARE(service.outcomeHistory(id)->size(), 4);
}

void TestTutoringCommands::cancellationUndoneByBookingTheSlotAgain()
{
    const qint64 id = book(QDate(2021, 3, 2), 15);
    auto cancel = std::make_shared<CancelLesson>(id, QStringLiteral("febbre"));
    QVERIFY(m_stack->run(cancel));
    BookingService service(db(), m_clock);
    QCOMPARE(service.lesson(id)->state, LessonState::Cancelled);
    QCOMPARE(service.outcomeHistory(id)->first().note, QStringLiteral("febbre"));
    m_stack->undoStack()->undo();
    QVERIFY(cancel->bookingId() != id);
    auto again = service.lesson(cancel->bookingId());
    QCOMPARE(again->state, LessonState::Booked);
    QCOMPARE(again->day, QDate(2021, 3, 2));
    QCOMPARE(again->hour, 15);
    QCOMPARE(again->assistantId, m_f.conti);
    m_stack->undoStack()->redo();
    QCOMPARE(service.lesson(cancel->bookingId())->state, LessonState::Cancelled);
    QCOMPARE(countRows(QStringLiteral("SELECT count(*) FROM tutoring_lesson WHERE state = 'booked'")), qint64(0));
}

void TestTutoringCommands::outcomeCorrectedSinceCannotBeUndone()
{
    const qint64 id = book(QDate(2021, 3, 2), 15);
    m_clock.set(QDateTime(QDate(2021, 3, 2), QTime(17, 0)));
    QVERIFY(m_stack->run(std::make_shared<RecordOutcome>(outcome(id, LessonState::Given))));
    QVERIFY(m_stack->run(std::make_shared<RecordOutcome>(outcome(id, LessonState::NoShow))));
    // Another workstation corrects it again.
    QVERIFY(BookingService(db(), m_clock).correctOutcome(outcome(id, LessonState::Cancelled)));
    const QByteArray before = testsupport::contentHash(db());
    QSignalSpy refused(m_stack.get(), &core::CommandStack::refused);
    m_stack->undoStack()->undo();
    QCOMPARE(refused.count(), 1);
    QCOMPARE(testsupport::contentHash(db()), before);
    QVERIFY(!m_stack->undoStack()->canRedo());
}

void TestTutoringCommands::firstOutcomeIsCorrectedNotUndone()
{
    const qint64 id = book(QDate(2021, 3, 2), 15);
    m_clock.set(QDateTime(QDate(2021, 3, 2), QTime(17, 0)));
    auto given = std::make_shared<RecordOutcome>(outcome(id, LessonState::Given));
    QVERIFY(m_stack->run(given));
    QVERIFY(!given->undoable());
    // Cancelling a lesson with an outcome is a correction, not a cancellation.
    const core::Status s = m_stack->run(std::make_shared<CancelLesson>(id, QStringLiteral("errore")));
    QCOMPARE(s.error().code, QStringLiteral("tutoring.outcome_exists"));
}

void TestTutoringCommands::besHoursUndoneTogether()
{
    auto assign = std::make_shared<AssignBes>(m_f.bes, m_f.conti, QDate(2021, 3, 1));
    QVERIFY(m_stack->run(assign));
    QVERIFY(!assign->undoable());
    auto hours = std::make_shared<BookBesHours>(assign->assignmentId(), Fixture::Generale,
        QList<QPair<QDate, int>> { { QDate(2021, 3, 2), 16 }, { QDate(2021, 3, 4), 16 } });
    QVERIFY(m_stack->run(hours));
    QCOMPARE(hours->bookingIds().size(), 2);
    m_stack->undoStack()->undo();
    QCOMPARE(countRows(QStringLiteral("SELECT count(*) FROM tutoring_lesson WHERE bes_assignment_id = ? "
                                      "AND state = 'cancelled'"),
                 { assign->assignmentId() }),
        qint64(2));
    m_stack->undoStack()->redo();
    QCOMPARE(countRows(QStringLiteral("SELECT count(*) FROM tutoring_lesson WHERE bes_assignment_id = ? "
                                      "AND state = 'booked'"),
                 { assign->assignmentId() }),
        qint64(2));
}

void TestTutoringCommands::personEditUndoneByPreviousValues()
{
    PeopleRepository people(db(), m_clock);
    Pupil p = *people.pupil(m_f.middle);
    p.parentPhone = QStringLiteral("333 1234567");
    p.classYear = 3;
    QVERIFY(m_stack->run(std::make_shared<SavePupil>(p)));
    QCOMPARE(people.pupil(m_f.middle)->classYear, 3);
    m_stack->undoStack()->undo();
    QCOMPARE(people.pupil(m_f.middle)->classYear, 2);
    QCOMPARE(people.pupil(m_f.middle)->parentPhone, QString());
    m_stack->undoStack()->redo();
    QCOMPARE(people.pupil(m_f.middle)->parentPhone, QStringLiteral("333 1234567"));

    Assistant a = *people.assistant(m_f.conti);
    a.availability = Fixture::weekly({ 1 }, { 15 });
    a.subjectIds = { Fixture::Generale };
    QVERIFY(m_stack->run(std::make_shared<SaveAssistant>(a)));
    m_stack->undoStack()->undo();
    QCOMPARE(people.assistant(m_f.conti)->availability.size(), 15);
    QCOMPARE(people.assistant(m_f.conti)->subjectIds, QList<int>({ Fixture::Generale, Fixture::Matematica }));
}

void TestTutoringCommands::newPersonUndoneByDeactivation()
{
    Tutor t;
    t.familyName = QStringLiteral("Galli");
    t.givenName = QStringLiteral("Rita");
    auto save = std::make_shared<SaveTutor>(t);
    QVERIFY(m_stack->run(save));
    QVERIFY(save->created());
    const qint64 id = save->id();
    PeopleRepository people(db(), m_clock);
    QVERIFY(people.tutor(id)->active);
    m_stack->undoStack()->undo();
    QVERIFY(!people.tutor(id)->active); // kept, never deleted
    m_stack->undoStack()->redo();
    QCOMPARE(save->id(), id); // the same row comes back
    QVERIFY(people.tutor(id)->active);
    QCOMPARE(countRows(QStringLiteral("SELECT count(*) FROM tutoring_tutor WHERE family_name = 'Galli'")), qint64(1));
}

void TestTutoringCommands::personChangedSinceCannotBeUndone()
{
    PeopleRepository people(db(), m_clock);
    Tutor t = *people.tutor(m_f.tutor);
    t.phone = QStringLiteral("02 111");
    QVERIFY(m_stack->run(std::make_shared<SaveTutor>(t)));
    t.phone = QStringLiteral("02 222"); // changed since, elsewhere
    QVERIFY(people.saveTutor(t));
    QSignalSpy refused(m_stack.get(), &core::CommandStack::refused);
    m_stack->undoStack()->undo();
    QCOMPARE(refused.count(), 1);
    QVERIFY2(refused.first().first().toString().contains(QStringLiteral("T01")),
        qPrintable(refused.first().first().toString()));
    QCOMPARE(people.tutor(m_f.tutor)->phone, QStringLiteral("02 222"));
    QCOMPARE(m_stack->undoStack()->count(), 0);
}

void TestTutoringCommands::periodEditUndone()
{
    ServicePeriod p = *ServiceRepository(db()).periodAround(QDate(2021, 3, 1));
    const QDate last = p.lastDay;
    p.lastDay = last.addDays(7);
    auto save = std::make_shared<SavePeriod>(p);
    QVERIFY(m_stack->run(save));
    QCOMPARE(m_stack->undoStack()->count(), 1);
    m_stack->undoStack()->undo();
    QCOMPARE(ServiceRepository(db()).periodAround(QDate(2021, 3, 1))->lastDay, last);
    // A new period cannot be undone: periods are never deleted.
    ServicePeriod summer = publishedServicePeriod();
    summer.name = QStringLiteral("Estate");
    summer.firstDay = QDate(2021, 6, 1);
    summer.lastDay = QDate(2021, 6, 30);
    auto created = std::make_shared<SavePeriod>(summer);
    QVERIFY(m_stack->run(created));
    QVERIFY(!created->undoable());
}

// A file with a problem writes nothing (the problems are in the report);
// a good one is imported once, audited; the same file again is refused;
// a role without tutoring.edit imports nothing.
void TestTutoringCommands::importIsOneCommand()
{
    QTemporaryDir dir;
    auto write = [&](const QString &name, const QByteArray &content) {
        QFile f(dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return f.fileName();
    };
    const QString bad = write(QStringLiteral("bad.csv"),
        "code,family_name,given_name,birth_year,school_order,class_year,comune\n"
        "X1,Galli,Sofia,2008,media,2,Qwertyuiop\n");
    const QString good = write(QStringLiteral("good.csv"),
        "code,family_name,given_name,birth_year,school_order,class_year,comune\n"
        "X1,Galli,Sofia,2008,media,2,Cisliano\n");
    const QByteArray before = testsupport::contentHash(db());
    auto refused = std::make_shared<ImportTutoringFile>(ImportKind::Pupils, bad, false);
    QCOMPARE(m_stack->run(refused).error().code, QStringLiteral("tutoring.import_refused"));
    QCOMPARE(refused->report().errors.size(), 1);
    QCOMPARE(testsupport::contentHash(db()), before);

    testsupport::signOut(db());
    QVERIFY(testsupport::signInAs(db(), QStringLiteral("psy"), m_clock));
    auto denied = std::make_shared<ImportTutoringFile>(ImportKind::Pupils, good, false);
    QCOMPARE(m_stack->run(denied).error().code, QStringLiteral("auth.denied"));
    QCOMPARE(testsupport::contentHash(db()), before);
    testsupport::signOut(db());
    QVERIFY(testsupport::signInAs(db(), QStringLiteral("oper"), m_clock));

    auto imported = std::make_shared<ImportTutoringFile>(ImportKind::Pupils, good, false);
    QVERIFY(m_stack->run(imported));
    QCOMPARE(imported->report().created, 1);
    QCOMPARE(countRows(QStringLiteral("SELECT count(*) FROM tutoring_pupil WHERE code = 'X1'")), qint64(1));
    QCOMPARE(countRows(QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'command' "
                                      "AND detail LIKE 'tutoring.import.pupils %'")),
        qint64(1));
    QCOMPARE(m_stack->undoStack()->count(), 0); // not undoable
    auto again = std::make_shared<ImportTutoringFile>(ImportKind::Pupils, good, false);
    QCOMPARE(m_stack->run(again).error().code, QStringLiteral("import.already_imported"));
}

// Ending a BES assignment is undone by letting it run again; once the
// pupil has a new assistant from a later day, the undo is refused.
void TestTutoringCommands::endOfBesAssignmentUndone()
{
    auto assign = std::make_shared<AssignBes>(m_f.bes, m_f.conti, QDate(2021, 3, 1));
    QVERIFY(m_stack->run(assign));
    QVERIFY(m_stack->run(std::make_shared<EndBes>(assign->assignmentId(), QDate(2021, 3, 10))));
    const QString lastDay
        = QStringLiteral("SELECT coalesce(last_day, 'open') FROM tutoring_bes_assignment WHERE id = ?");
    QCOMPARE(core::queryValue(db(), lastDay, { assign->assignmentId() })->toString(), QStringLiteral("2021-03-10"));
    m_stack->undoStack()->undo();
    QCOMPARE(core::queryValue(db(), lastDay, { assign->assignmentId() })->toString(), QStringLiteral("open"));
    m_stack->undoStack()->redo();
    QCOMPARE(core::queryValue(db(), lastDay, { assign->assignmentId() })->toString(), QStringLiteral("2021-03-10"));
    // A new stable assistant from 15/03: the old assignment cannot run again.
    QVERIFY(m_stack->run(std::make_shared<AssignBes>(m_f.bes, m_f.moretti, QDate(2021, 3, 15))));
    QSignalSpy refused(m_stack.get(), &core::CommandStack::refused);
    const QByteArray before = testsupport::contentHash(db());
    m_stack->undoStack()->undo();
    QCOMPARE(refused.count(), 1);
    QCOMPARE(testsupport::contentHash(db()), before);
    QCOMPARE(core::queryValue(db(), lastDay, { assign->assignmentId() })->toString(), QStringLiteral("2021-03-10"));
}

QTEST_MAIN(TestTutoringCommands)
#include "tst_tutoringcommands.moc"

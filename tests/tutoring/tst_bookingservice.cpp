// Booking and recording lessons on a real database: the ledgers stay
// append-only, a refusal changes nothing and offers the next free slots,
// cancelling frees the slot, outcomes are separate entries corrected by new
// ones, BES hours go on the assignment and count in the same totals.

#include "core/db/sql.h"
#include "tutoring/domain/besservice.h"
#include "tutoring/domain/bookingservice.h"
#include "tutoring/domain/peoplerepository.h"
#include "tutoring/domain/tutoringfigures.h"
#include "tutoringfixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace tutoring;
using Fixture = testsupport::TutoringFixture;

class TestBookingService : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void bookAndRefuse();
    void refusalChangesNothingAndOffersSlots();
    void slotsThatStartedAreRefusedOnTheCalendar();
    void cancellingFreesTheSlot();
    void outcomesAreSeparateAndCorrectedByNewEntries();
    void outcomeRules_data();
    void outcomeRules();
    void ledgersRefuseUpdatesAndDeletes();
    void besHoursCountInTheSameTotals();
    void besSeriesIsAllOrNothing();
    void besAssignmentRules();
    void givenVersusBooked();
    void monthViewFromTheDatabase();
    void periodsDoNotOverlap();
    void peopleValidation_data();
    void peopleValidation();
    void peopleWithLessonsAreNotDeleted();

private:
    BookingRequest request(qint64 pupil, int subject, qint64 assistant, const QDate &day, int hour) const
    {
        BookingRequest r;
        r.pupilId = pupil;
        r.subjectId = subject;
        r.assistantId = assistant;
        r.day = day;
        r.hour = hour;
        return r;
    }
    QSqlDatabase db() const { return m_database->db(); }

    testsupport::TestDatabase *m_database = nullptr;
    core::FixedClock m_clock { QDateTime(QDate(2021, 3, 1), QTime(9, 0)) };
    Fixture m_f;
};

void TestBookingService::init()
{
    m_clock.set(QDateTime(QDate(2021, 3, 1), QTime(9, 0)));
    m_database = new testsupport::TestDatabase;
    QVERIFY2(m_database->isValid(), qPrintable(m_database->errorText()));
    m_f = Fixture();
    QVERIFY(m_f.build(db(), m_clock));
}

void TestBookingService::cleanup()
{
    delete m_database;
    m_database = nullptr;
}

void TestBookingService::bookAndRefuse()
{
    BookingService service(db(), m_clock);
    auto id = service.book(request(m_f.middle, Fixture::Generale, m_f.conti, QDate(2021, 3, 2), 15));
    QVERIFY2(id.ok(), qPrintable(id.error().code));
    auto lesson = service.lesson(*id);
    QCOMPARE(lesson->state, LessonState::Booked);
    QCOMPARE(lesson->channel, Channel::Platform);
    QCOMPARE(lesson->outcomeId, qint64(0));
    // Who booked is on the booking.
    auto by = core::queryValue(db(), QStringLiteral("SELECT booked_by FROM tutoring_booking WHERE id = ?"), { *id });
    QCOMPARE(by->toString(), QStringLiteral("test"));

    QCOMPARE(service.book(request(m_f.middle, Fixture::Generale, m_f.moretti, QDate(2021, 3, 2), 16)).error().code,
        QStringLiteral("tutoring.same_subject_same_day"));
    QCOMPARE(service.book(request(m_f.high, Fixture::Matematica, m_f.conti, QDate(2021, 3, 2), 15)).error().code,
        QStringLiteral("tutoring.assistant_busy"));
    QCOMPARE(service.book(request(m_f.middle, Fixture::Generale, m_f.ricci, QDate(2021, 3, 3), 15)).error().code,
        QStringLiteral("tutoring.assistant_no_course"));
    QCOMPARE(service.book(request(m_f.middle, Fixture::Generale, m_f.conti, QDate(2021, 3, 7), 15)).error().code,
        QStringLiteral("tutoring.closed_day"));
    QCOMPARE(service.book(request(m_f.middle, Fixture::Generale, m_f.conti, QDate(2021, 4, 12), 15)).error().code,
        QStringLiteral("tutoring.outside_period"));
    QCOMPARE(service.book(request(m_f.middle, Fixture::Generale, m_f.conti, QDate(2021, 3, 3), 18)).error().code,
        QStringLiteral("tutoring.outside_hours"));
    QCOMPARE(service.book(request(m_f.middle, Fixture::Inglese, m_f.moretti, QDate(2021, 3, 3), 15)).error().code,
        QStringLiteral("tutoring.subject_school_order"));
    QCOMPARE(service.book(request(m_f.bes, Fixture::Generale, m_f.moretti, QDate(2021, 3, 3), 15)).error().code,
        QStringLiteral("tutoring.bes_outside_calendar"));
}

void TestBookingService::refusalChangesNothingAndOffersSlots()
{
    BookingService service(db(), m_clock);
    QVERIFY(service.book(request(m_f.middle, Fixture::Generale, m_f.conti, QDate(2021, 3, 2), 15)).ok());
    const int bookings = testsupport::rowCount(db(), QStringLiteral("tutoring_booking"));
    const int log = testsupport::rowCount(db(), QStringLiteral("change_log"));
    QList<FreeSlot> offered;
    auto refused = service.book(request(m_f.high, Fixture::Matematica, m_f.conti, QDate(2021, 3, 2), 15), {}, &offered);
    QCOMPARE(refused.error().code, QStringLiteral("tutoring.assistant_busy"));
    QCOMPARE(testsupport::rowCount(db(), QStringLiteral("tutoring_booking")), bookings);
    QCOMPARE(testsupport::rowCount(db(), QStringLiteral("change_log")), log);
    QCOMPARE(offered.size(), 5);
    QCOMPARE(offered.first().day, QDate(2021, 3, 2));
    QCOMPARE(offered.first().hour, 16);
    QCOMPARE(offered.first().assistantId, m_f.conti);
    // A rule no other slot can fix offers nothing.
    offered.clear();
    QVERIFY(!service.book(request(m_f.middle, Fixture::Inglese, m_f.moretti, QDate(2021, 3, 3), 15), {}, &offered));
    QVERIFY(offered.isEmpty());
}

void TestBookingService::slotsThatStartedAreRefusedOnTheCalendar()
{
    BookingService service(db(), m_clock);
    m_clock.set(QDateTime(QDate(2021, 3, 2), QTime(15, 0, 1)));
    QCOMPARE(service.book(request(m_f.middle, Fixture::Generale, m_f.conti, QDate(2021, 3, 2), 15)).error().code,
        QStringLiteral("tutoring.slot_past"));
    QVERIFY(service.book(request(m_f.middle, Fixture::Generale, m_f.conti, QDate(2021, 3, 2), 16)).ok());
    // A booking made on the platform earlier may be recorded afterwards.
    BookingOptions late;
    late.refusePast = false;
    QVERIFY(service.book(request(m_f.high, Fixture::Matematica, m_f.conti, QDate(2021, 3, 1), 15), late).ok());
}

void TestBookingService::cancellingFreesTheSlot()
{
    BookingService service(db(), m_clock);
    auto first = service.book(request(m_f.middle, Fixture::Generale, m_f.conti, QDate(2021, 3, 2), 15));
    QVERIFY(first.ok());
    OutcomeRequest cancel;
    cancel.bookingId = *first;
    cancel.state = LessonState::Cancelled;
    QVERIFY(service.recordOutcome(cancel).ok()); // before the lesson: allowed
    // The pupil may book the subject again that day, the assistant is free.
    QVERIFY(service.book(request(m_f.high, Fixture::Matematica, m_f.conti, QDate(2021, 3, 2), 15)).ok());
    QVERIFY(service.book(request(m_f.middle, Fixture::Generale, m_f.moretti, QDate(2021, 3, 2), 16)).ok());
    // Restoring the cancelled lesson would now double-book the assistant.
    m_clock.set(QDateTime(QDate(2021, 3, 2), QTime(19, 0)));
    OutcomeRequest restore;
    restore.bookingId = *first;
    restore.state = LessonState::Given;
    QCOMPARE(service.correctOutcome(restore).error().code, QStringLiteral("tutoring.slot_taken_meanwhile"));
}

void TestBookingService::outcomesAreSeparateAndCorrectedByNewEntries()
{
    BookingService service(db(), m_clock);
    auto id = service.book(request(m_f.middle, Fixture::Generale, m_f.conti, QDate(2021, 3, 2), 15));
    QVERIFY(id.ok());
    m_clock.set(QDateTime(QDate(2021, 3, 2), QTime(19, 0)));
    OutcomeRequest absent;
    absent.bookingId = *id;
    absent.state = LessonState::NoShow;
    auto first = service.recordOutcome(absent);
    QVERIFY(first.ok());
    QCOMPARE(service.recordOutcome(absent).error().code, QStringLiteral("tutoring.outcome_exists"));
    QCOMPARE(service.correctOutcome(absent).error().code, QStringLiteral("tutoring.outcome_unchanged"));

    // The tutor gave the lesson after all: a correction, then another.
    OutcomeRequest standIn;
    standIn.bookingId = *id;
    standIn.state = LessonState::Given;
    standIn.taughtBy = TaughtBy::Tutor;
    QCOMPARE(service.correctOutcome(standIn).error().code, QStringLiteral("tutoring.tutor_required"));
    standIn.tutorId = m_f.tutor;
    auto second = service.correctOutcome(standIn);
    QVERIFY(second.ok());
    OutcomeRequest byAssistant = standIn;
    byAssistant.taughtBy = TaughtBy::Assistant;
    byAssistant.tutorId = 0;
    auto third = service.correctOutcome(byAssistant);
    QVERIFY(third.ok());

    auto lesson = service.lesson(*id);
    QCOMPARE(lesson->state, LessonState::Given);
    QCOMPARE(lesson->taughtBy, TaughtBy::Assistant);
    QCOMPARE(lesson->outcomeId, *third);
    auto chain = service.outcomeHistory(*id);
    QCOMPARE(chain->size(), 3);
    QCOMPARE(chain->at(0).id, *first);
    QCOMPARE(chain->at(0).state, LessonState::NoShow);
    QCOMPARE(chain->at(1).correctsId, *first);
    QCOMPARE(chain->at(1).tutorId, m_f.tutor);
    QCOMPARE(chain->at(2).correctsId, *second);
    // One booking row, three outcome rows, nothing updated.
    auto updates = core::queryValue(db(),
        QStringLiteral("SELECT count(*) FROM change_log WHERE table_name IN "
                       "('tutoring_booking', 'tutoring_outcome') AND operation <> 'I'"));
    QCOMPARE(updates->toInt(), 0);
    QCOMPARE(testsupport::rowCount(db(), QStringLiteral("tutoring_outcome")), 3);
}

void TestBookingService::outcomeRules_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("expected");
    const QDate day(2021, 3, 2);
    QTest::newRow("given before the lesson")
        << QDateTime(day, QTime(14, 59, 59)) << int(LessonState::Given) << "tutoring.outcome_too_early";
    QTest::newRow("given when it starts") << QDateTime(day, QTime(15, 0)) << int(LessonState::Given) << QString();
    QTest::newRow("absent before the lesson")
        << QDateTime(day, QTime(9, 0)) << int(LessonState::NoShow) << "tutoring.outcome_too_early";
    QTest::newRow("absent after") << QDateTime(day, QTime(18, 0)) << int(LessonState::NoShow) << QString();
    QTest::newRow("cancelled in advance")
        << QDateTime(day.addDays(-3), QTime(9, 0)) << int(LessonState::Cancelled) << QString();
    QTest::newRow("booked is not an outcome")
        << QDateTime(day, QTime(18, 0)) << int(LessonState::Booked) << "tutoring.bad_outcome";
}

void TestBookingService::outcomeRules()
{
    QFETCH(QDateTime, now);
    QFETCH(int, state);
    QFETCH(QString, expected);
    BookingService service(db(), m_clock);
    auto id = service.book(request(m_f.middle, Fixture::Generale, m_f.conti, QDate(2021, 3, 2), 15));
    QVERIFY(id.ok());
    m_clock.set(now);
    OutcomeRequest r;
    r.bookingId = *id;
    r.state = LessonState(state);
    auto recorded = service.recordOutcome(r);
    QCOMPARE(recorded.ok() ? QString() : recorded.error().code, expected);
}

void TestBookingService::ledgersRefuseUpdatesAndDeletes()
{
    BookingService service(db(), m_clock);
    auto id = service.book(request(m_f.middle, Fixture::Generale, m_f.conti, QDate(2021, 3, 2), 15));
    QVERIFY(id.ok());
    QSqlQuery q(db());
    QVERIFY(!q.exec(QStringLiteral("UPDATE tutoring_booking SET start_hour = 16")));
    QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM tutoring_booking")));
    QCOMPARE(testsupport::rowCount(db(), QStringLiteral("tutoring_booking")), 1);
}

void TestBookingService::besHoursCountInTheSameTotals()
{
    BesService bes(db(), m_clock);
    auto assignment = bes.assign(m_f.bes, m_f.moretti, QDate(2021, 2, 4));
    QVERIFY2(assignment.ok(), qPrintable(assignment.error().code));
    BookingService service(db(), m_clock);
    BookingRequest r = request(m_f.bes, Fixture::Generale, m_f.moretti, QDate(2021, 3, 6), 17); // a Saturday
    r.channel = Channel::Bes;
    r.besAssignmentId = *assignment;
    QVERIFY(service.book(r).ok());
    QVERIFY(service.book(request(m_f.middle, Fixture::Generale, m_f.conti, QDate(2021, 3, 2), 15)).ok());
    // Another assistant on the assignment is refused.
    BookingRequest other = r;
    other.assistantId = m_f.conti;
    other.day = QDate(2021, 3, 8);
    QCOMPARE(service.book(other).error().code, QStringLiteral("tutoring.bes_assignment"));

    auto f = tutoringFigures(db());
    QCOMPARE(f->hoursBooked, 2);
    QCOMPARE(f->hoursBookedBes, 1);
    QCOMPARE(f->hoursBookedPlatform, 1);
    QCOMPARE(f->pupils, 2);
    QCOMPARE(f->pupilsBes, 1);
}

void TestBookingService::besSeriesIsAllOrNothing()
{
    BesService bes(db(), m_clock);
    auto assignment = bes.assign(m_f.bes, m_f.moretti, QDate(2021, 3, 1));
    QVERIFY(assignment.ok());
    BookingService service(db(), m_clock);
    // Moretti is busy on Tuesday 9 March at 16.
    QVERIFY(service.book(request(m_f.middle, Fixture::Generale, m_f.moretti, QDate(2021, 3, 9), 16)).ok());
    const int before = testsupport::rowCount(db(), QStringLiteral("tutoring_booking"));
    QList<SlotRefusal> refusals;
    const QList<QPair<QDate, int>> series { { QDate(2021, 3, 2), 16 }, { QDate(2021, 3, 9), 16 },
        { QDate(2021, 3, 14), 16 }, { QDate(2021, 3, 16), 16 } };
    auto refused = service.bookBesSeries(*assignment, Fixture::Generale, series, {}, &refusals);
    QCOMPARE(refused.error().code, QStringLiteral("tutoring.series_refused"));
    QCOMPARE(refusals.size(), 2);
    QCOMPARE(refusals.at(0).error.code, QStringLiteral("tutoring.assistant_busy"));
    QCOMPARE(refusals.at(1).error.code, QStringLiteral("tutoring.closed_day")); // 14 March is a Sunday
    QCOMPARE(testsupport::rowCount(db(), QStringLiteral("tutoring_booking")), before);

    auto booked = service.bookBesSeries(
        *assignment, Fixture::Generale, { { QDate(2021, 3, 2), 16 }, { QDate(2021, 3, 16), 16 } });
    QVERIFY(booked.ok());
    QCOMPARE(booked->size(), 2);
    // Twice the same day in one series: the second is refused.
    QVERIFY(!service.bookBesSeries(
        *assignment, Fixture::Generale, { { QDate(2021, 3, 18), 15 }, { QDate(2021, 3, 18), 16 } }));
}

void TestBookingService::besAssignmentRules()
{
    BesService bes(db(), m_clock);
    QCOMPARE(bes.assign(m_f.middle, m_f.conti, QDate(2021, 2, 4)).error().code, QStringLiteral("tutoring.not_bes"));
    QCOMPARE(
        bes.assign(m_f.bes, m_f.ricci, QDate(2021, 2, 4)).error().code, QStringLiteral("tutoring.assistant_no_course"));
    auto first = bes.assign(m_f.bes, m_f.conti, QDate(2021, 2, 4));
    QVERIFY(first.ok());
    QCOMPARE(bes.assign(m_f.bes, m_f.moretti, QDate(2021, 3, 1)).error().code, QStringLiteral("tutoring.bes_overlap"));
    // Lessons booked after the end day keep the assignment open.
    BookingService service(db(), m_clock);
    BookingRequest r = request(m_f.bes, Fixture::Generale, m_f.conti, QDate(2021, 3, 10), 15);
    r.channel = Channel::Bes;
    r.besAssignmentId = *first;
    QVERIFY(service.book(r).ok());
    QCOMPARE(bes.end(*first, QDate(2021, 3, 5)).error().code, QStringLiteral("tutoring.bes_lessons_after"));
    QVERIFY(bes.end(*first, QDate(2021, 3, 10)).ok());
    QCOMPARE(bes.end(*first, QDate(2021, 2, 1)).error().code, QStringLiteral("tutoring.period_dates"));
    // A new stable assistant from the next day.
    QVERIFY(bes.assign(m_f.bes, m_f.moretti, QDate(2021, 3, 11)).ok());
    auto on = bes.assignmentOn(m_f.bes, QDate(2021, 3, 12));
    QCOMPARE(on->assistantId, m_f.moretti);
    QCOMPARE(bes.assignmentOn(m_f.bes, QDate(2021, 3, 1))->assistantId, m_f.conti);
}

void TestBookingService::givenVersusBooked()
{
    BookingService service(db(), m_clock);
    QList<qint64> ids;
    for (int d = 2; d <= 5; ++d) {
        auto id = service.book(request(m_f.middle, Fixture::Generale, m_f.conti, QDate(2021, 3, d), 15));
        QVERIFY(id.ok());
        ids.append(*id);
    }
    m_clock.set(QDateTime(QDate(2021, 3, 5), QTime(19, 0)));
    const LessonState states[] = { LessonState::Given, LessonState::NoShow, LessonState::Cancelled };
    for (int i = 0; i < 3; ++i) {
        OutcomeRequest r;
        r.bookingId = ids.at(i);
        r.state = states[i];
        QVERIFY(service.recordOutcome(r).ok());
    }
    auto f = tutoringFigures(db());
    QCOMPARE(f->hoursBooked, 3); // the cancelled one is not booked any more
    QCOMPARE(f->hoursGiven, 1);
    QCOMPARE(f->hoursNoShow, 1);
    QCOMPARE(f->hoursAwaitingOutcome, 1);
    QCOMPARE(f->hoursCancelled, 1);
    auto today = tutoringToday(db(), QDate(2021, 3, 6));
    QCOMPARE(today->awaitingOutcome, 1);
}

void TestBookingService::monthViewFromTheDatabase()
{
    BookingService service(db(), m_clock);
    QVERIFY(service.book(request(m_f.middle, Fixture::Generale, m_f.conti, QDate(2021, 3, 2), 15)).ok());
    auto month = service.month(Fixture::Generale, QDate(2021, 3, 1), m_f.middle);
    QVERIFY(month.ok());
    QCOMPARE(month->size(), 31);
    QCOMPARE(month->at(1).hourSlots.at(0).booked, 1);
    QCOMPARE(month->at(1).hourSlots.at(0).state, SlotState::PupilBusy);
    QCOMPARE(month->at(1).hourSlots.at(1).state, SlotState::SubjectTaken);
    QCOMPARE(month->at(0).hourSlots.at(0).freeAssistants, 2); // Conti and Moretti on Monday 1 March
    auto free = service.freeAssistants(Fixture::Generale, QDate(2021, 3, 2), 15);
    QCOMPARE(free->size(), 1);
    QCOMPARE(free->first().second, QStringLiteral("Moretti Ilaria"));
}

void TestBookingService::periodsDoNotOverlap()
{
    ServiceRepository service(db());
    ServicePeriod later = publishedServicePeriod();
    later.name = QStringLiteral("Later");
    later.firstDay = QDate(2021, 4, 9);
    later.lastDay = QDate(2021, 6, 5);
    QCOMPARE(service.savePeriod(later).error().code, QStringLiteral("tutoring.period_overlap"));
    later.firstDay = QDate(2021, 4, 10);
    QVERIFY(service.savePeriod(later).ok());
    QCOMPARE(service.periodAround(QDate(2021, 4, 9))->name, QStringLiteral("ConosciAMO 2021"));
    QCOMPARE(service.periodAround(QDate(2021, 1, 1))->name, QStringLiteral("ConosciAMO 2021"));
    QCOMPARE(service.periodAround(QDate(2022, 1, 1))->name, QStringLiteral("Later"));

    // Lessons in force keep the period from shrinking under them.
    BookingService bookings(db(), m_clock);
    QVERIFY(bookings.book(request(m_f.middle, Fixture::Generale, m_f.conti, QDate(2021, 4, 8), 17)).ok());
    auto periods = service.periods();
    ServicePeriod first = periods->first();
    first.slotHours = { 15, 16 };
    QCOMPARE(service.savePeriod(first).error().code, QStringLiteral("tutoring.period_has_lessons"));
    first.slotHours = { 15, 16, 17 };
    first.lastDay = QDate(2021, 4, 8);
    QVERIFY(service.savePeriod(first).ok());
}

void TestBookingService::peopleValidation_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("field");
    QTest::newRow("valid") << ""
                           << ""
                           << "";
    QTest::newRow("no family name") << "family"
                                    << "tutoring.missing_field"
                                    << "family_name";
    QTest::newRow("1st year of middle school") << "class1"
                                               << "tutoring.bad_class"
                                               << "class_year";
    QTest::newRow("3rd year of high school") << "high3"
                                             << "tutoring.bad_class"
                                             << "class_year";
    QTest::newRow("born last year") << "born"
                                    << "tutoring.bad_birth_year"
                                    << "birth_year";
    QTest::newRow("bad parent e-mail") << "email"
                                       << "tutoring.bad_email"
                                       << "parent_email";
    QTest::newRow("unknown comune") << "comune"
                                    << "reference.unknown_comune"
                                    << "comune";
    QTest::newRow("code taken") << "code"
                                << "tutoring.duplicate_code"
                                << "code";
}

void TestBookingService::peopleValidation()
{
    QFETCH(QString, change);
    QFETCH(QString, expected);
    QFETCH(QString, field);
    PeopleRepository people(db(), m_clock);
    Pupil p = *people.pupil(m_f.middle);
    p.id = 0;
    p.code.clear();
    if (change == QLatin1String("family"))
        p.familyName = QStringLiteral("  ");
    else if (change == QLatin1String("class1"))
        p.classYear = 1;
    else if (change == QLatin1String("high3")) {
        p.order = SchoolOrder::High;
        p.classYear = 3;
    } else if (change == QLatin1String("born"))
        p.birthYear = 2020;
    else if (change == QLatin1String("email"))
        p.parentEmail = QStringLiteral("rossi.at.example");
    else if (change == QLatin1String("comune"))
        p.comuneId = 999999;
    else if (change == QLatin1String("code"))
        p.code = QStringLiteral("R002");
    const int before = testsupport::rowCount(db(), QStringLiteral("tutoring_pupil"));
    auto saved = people.savePupil(p);
    if (expected.isEmpty()) {
        QVERIFY(saved.ok());
        QVERIFY(people.pupil(*saved)->code.startsWith(QStringLiteral("R1-")));
        return;
    }
    QCOMPARE(saved.error().code, expected);
    QCOMPARE(saved.error().where.field, field);
    QCOMPARE(testsupport::rowCount(db(), QStringLiteral("tutoring_pupil")), before);
}

void TestBookingService::peopleWithLessonsAreNotDeleted()
{
    BookingService service(db(), m_clock);
    QVERIFY(service.book(request(m_f.middle, Fixture::Generale, m_f.conti, QDate(2021, 3, 2), 15)).ok());
    PeopleRepository people(db(), m_clock);
    QCOMPARE(people.deletePupil(m_f.middle).error().code, QStringLiteral("tutoring.in_use"));
    QCOMPARE(people.deleteAssistant(m_f.conti).error().code, QStringLiteral("tutoring.in_use"));
    QVERIFY(people.deleteAssistant(m_f.ricci).ok());
    QVERIFY(people.deletePupil(m_f.high).ok());
    // Subjects and availability are saved and read back.
    auto moretti = people.assistant(m_f.moretti);
    QCOMPARE(moretti->subjectIds, QList<int>({ Fixture::Generale, Fixture::Inglese }));
    QCOMPARE(moretti->availability.size(), 18);
    QCOMPARE(*people.hoursGivenBy(m_f.conti), 0);
}

QTEST_GUILESS_MAIN(TestBookingService)
#include "tst_bookingservice.moc"

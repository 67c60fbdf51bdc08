// The booking rules of ConosciAMO, pure, at every boundary: the service
// period and its slots, one hour of the same subject per pupil per day,
// double bookings, the assistant's course, subjects, availability and
// other lessons, the school order, BES pupils, the past.

#include "tutoring/domain/bookingrules.h"

#include <QTest>

using namespace tutoring;

namespace {

enum : int { Generale = 1, Matematica = 3, Inglese = 4 };

AssistantFacts assistant(qint64 id, const QString &label, SafetyCourse course, const QDate &on, QSet<int> subjects,
    QList<int> weekdays, QList<int> hours, bool active = true)
{
    AssistantFacts a;
    a.id = id;
    a.label = label;
    a.course = course;
    a.courseOn = on;
    a.subjects = std::move(subjects);
    a.active = active;
    for (int d : weekdays)
        for (int h : hours)
            a.availability.insert(availabilityKey(d, h));
    return a;
}

// The world every case starts from.
BookingWorld world()
{
    BookingWorld w;
    ServicePeriod p;
    p.name = QStringLiteral("ConosciAMO 2021");
    p.firstDay = QDate(2021, 2, 4);
    p.lastDay = QDate(2021, 4, 9);
    w.periods = { p };
    w.subjects.insert(Generale, { Generale, QStringLiteral("Ambito generale"), SchoolOrder::Middle });
    w.subjects.insert(Matematica, { Matematica, QStringLiteral("Matematica"), SchoolOrder::High });
    w.subjects.insert(Inglese, { Inglese, QStringLiteral("Inglese"), SchoolOrder::High });
    w.pupils.insert(1, { 1, QStringLiteral("Rossi M."), SchoolOrder::Middle, false, true, true });
    w.pupils.insert(2, { 2, QStringLiteral("Bianchi L."), SchoolOrder::High, false, true, true });
    w.pupils.insert(3, { 3, QStringLiteral("Verdi A."), SchoolOrder::Middle, true, true, true });
    w.pupils.insert(4, { 4, QStringLiteral("Neri G."), SchoolOrder::Middle, false, false, true });
    w.pupils.insert(5, { 5, QStringLiteral("Gallo P."), SchoolOrder::Middle, false, true, false });
    const QDate january(2021, 1, 20);
    const QList<int> monFri { 1, 2, 3, 4, 5 }, monSat { 1, 2, 3, 4, 5, 6 }, hours { 15, 16, 17 };
    w.assistants.insert(10,
        assistant(
            10, QStringLiteral("Conti Luca"), SafetyCourse::Done, january, { Generale, Matematica }, monFri, hours));
    w.assistants.insert(
        11, assistant(11, QStringLiteral("Ricci Sara"), SafetyCourse::Enrolled, {}, { Generale }, monSat, hours));
    w.assistants.insert(
        12, assistant(12, QStringLiteral("Greco Marco"), SafetyCourse::None, {}, { Generale }, monSat, hours));
    w.assistants.insert(13,
        assistant(
            13, QStringLiteral("Bruno Anna"), SafetyCourse::Done, QDate(2021, 3, 1), { Generale }, monSat, hours));
    w.assistants.insert(
        14, assistant(14, QStringLiteral("Costa Elena"), SafetyCourse::Done, january, { Inglese }, { 2 }, { 16 }));
    w.assistants.insert(15,
        assistant(15, QStringLiteral("Fontana Ugo"), SafetyCourse::Done, january, { Generale }, monSat, hours, false));
    w.assistants.insert(16,
        assistant(16, QStringLiteral("Moretti Ilaria"), SafetyCourse::Done, january, { Generale, Matematica }, monSat,
            hours));
    BesAssignment bes;
    bes.id = 100;
    bes.pupilId = 3;
    bes.assistantId = 10;
    bes.firstDay = QDate(2021, 2, 10);
    bes.lastDay = QDate(2021, 3, 31);
    w.besAssignments.insert(bes.id, bes);
    // Tuesday 2 March: Rossi has Ambito generale at 15 with Conti; Bianchi
    // has Inglese at 16 with Costa.
    w.addBooking({ 501, 1, 10, Generale, QDate(2021, 3, 2), 15 });
    w.addBooking({ 502, 2, 14, Inglese, QDate(2021, 3, 2), 16 });
    return w;
}

BookingRequest request(qint64 pupil, int subject, qint64 assistant, const QDate &day, int hour,
    Channel channel = Channel::Platform, qint64 bes = 0)
{
    BookingRequest r;
    r.pupilId = pupil;
    r.subjectId = subject;
    r.assistantId = assistant;
    r.day = day;
    r.hour = hour;
    r.channel = channel;
    r.besAssignmentId = bes;
    return r;
}

} // namespace

class TestBookingRules : public QObject {
    Q_OBJECT
private slots:
    void firstBrokenRule_data();
    void firstBrokenRule();
    void everyBrokenRuleIsListed();
    void cancellingFreesTheSlot();
    void nextFreeSlotsKeepOneHourOfASubjectADay();
    void nextFreeSlotsOfferAnotherAssistant();
    void nextFreeSlotsForBesKeepTheAssistant();
    void nextFreeSlotsStopAtTheEndOfTheService();
    void freeAssistantsAtASlot();
    void monthViewMarksDays();
    void monthViewForAPupil();
    void periodTexts();
    void periodValidation_data();
    void periodValidation();
};

void TestBookingRules::firstBrokenRule_data()
{
    QTest::addColumn<BookingRequest>("request");
    QTest::addColumn<QDateTime>("notBefore");
    QTest::addColumn<QString>("expected"); // empty: allowed

    const QDate tue(2021, 3, 2), wed(2021, 3, 3), sat(2021, 3, 6), sun(2021, 3, 7), nextTue(2021, 3, 9);
    const QDateTime none;
    auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };

    row("allowed") << request(1, Generale, 10, wed, 15) << none << QString();
    // The service period, both ends.
    row("first day of service") << request(1, Generale, 10, QDate(2021, 2, 4), 15) << none << QString();
    row("day before the service") << request(1, Generale, 10, QDate(2021, 2, 3), 15) << none
                                  << "tutoring.outside_period";
    row("last day of service") << request(1, Generale, 10, QDate(2021, 4, 9), 17) << none << QString();
    row("day after the service") << request(1, Generale, 16, QDate(2021, 4, 10), 15) << none
                                 << "tutoring.outside_period";
    row("invalid day") << request(1, Generale, 10, QDate(), 15) << none << "tutoring.outside_period";
    // Weekdays: Monday to Saturday.
    row("saturday") << request(1, Generale, 16, sat, 15) << none << QString();
    row("sunday") << request(1, Generale, 16, sun, 15) << none << "tutoring.closed_day";
    // Slot hours 15, 16, 17.
    row("hour before the first slot") << request(1, Generale, 10, wed, 14) << none << "tutoring.outside_hours";
    row("first slot") << request(1, Generale, 10, wed, 15) << none << QString();
    row("last slot") << request(1, Generale, 10, wed, 17) << none << QString();
    row("hour after the last slot") << request(1, Generale, 10, wed, 18) << none << "tutoring.outside_hours";
    // One hour of the same subject per pupil per day.
    row("same subject, same day, other hour")
        << request(1, Generale, 16, tue, 16) << none << "tutoring.same_subject_same_day";
    row("same subject, next day") << request(1, Generale, 16, wed, 16) << none << QString();
    row("other subject, same day") << request(2, Matematica, 10, tue, 17) << none << QString();
    // Double booking of the pupil.
    row("pupil already booked at that hour")
        << request(2, Matematica, 16, tue, 16) << none << "tutoring.pupil_double_booking";
    row("pupil booked the hour before") << request(2, Matematica, 16, tue, 17) << none << QString();
    // The subject fits the school order.
    row("high-school subject for a middle-school pupil")
        << request(1, Matematica, 10, wed, 15) << none << "tutoring.subject_school_order";
    row("general area for a high-school pupil")
        << request(2, Generale, 10, wed, 15) << none << "tutoring.subject_school_order";
    // The assistant: course, subjects, availability, other lessons.
    row("assistant enrolled in the course")
        << request(1, Generale, 11, wed, 15) << none << "tutoring.assistant_no_course";
    row("assistant without the course") << request(1, Generale, 12, wed, 15) << none << "tutoring.assistant_no_course";
    row("lesson the day before the course")
        << request(1, Generale, 13, QDate(2021, 2, 27), 15) << none << "tutoring.assistant_course_later";
    row("lesson on the day of the course") << request(1, Generale, 13, QDate(2021, 3, 1), 15) << none << QString();
    row("assistant does not teach the subject")
        << request(1, Generale, 14, nextTue, 16) << none << "tutoring.assistant_subject";
    row("assistant available") << request(2, Inglese, 14, nextTue, 16) << none << QString();
    row("assistant not available at that hour")
        << request(2, Inglese, 14, nextTue, 17) << none << "tutoring.assistant_unavailable";
    row("assistant not available that weekday")
        << request(2, Inglese, 14, wed, 16) << none << "tutoring.assistant_unavailable";
    row("assistant not available on saturdays")
        << request(1, Generale, 10, sat, 15) << none << "tutoring.assistant_unavailable";
    row("assistant busy") << request(2, Matematica, 10, tue, 15) << none << "tutoring.assistant_busy";
    row("assistant inactive") << request(1, Generale, 15, wed, 15) << none << "tutoring.assistant_inactive";
    // The pupil.
    row("no parental consent") << request(4, Generale, 10, wed, 15) << none << "tutoring.no_consent";
    row("pupil inactive") << request(5, Generale, 10, wed, 15) << none << "tutoring.pupil_inactive";
    row("unknown pupil") << request(999, Generale, 10, wed, 15) << none << "tutoring.unknown_pupil";
    row("unknown subject") << request(1, 42, 10, wed, 15) << none << "tutoring.unknown_subject";
    row("unknown assistant") << request(1, Generale, 42, wed, 15) << none << "tutoring.unknown_assistant";
    // BES pupils go on their assignment, not the calendar.
    row("BES pupil on the calendar") << request(3, Generale, 10, wed, 15) << none << "tutoring.bes_outside_calendar";
    row("BES hour on the assignment") << request(3, Generale, 10, wed, 16, Channel::Bes, 100) << none << QString();
    row("BES hour outside weekly availability")
        << request(3, Generale, 10, sat, 16, Channel::Bes, 100) << none << QString();
    row("BES hour on the first day of the assignment")
        << request(3, Generale, 10, QDate(2021, 2, 10), 15, Channel::Bes, 100) << none << QString();
    row("BES hour before the assignment")
        << request(3, Generale, 10, QDate(2021, 2, 9), 15, Channel::Bes, 100) << none << "tutoring.bes_assignment";
    row("BES hour on the last day of the assignment")
        << request(3, Generale, 10, QDate(2021, 3, 31), 15, Channel::Bes, 100) << none << QString();
    row("BES hour after the assignment") << request(3, Generale, 10, QDate(2021, 4, 1), 15, Channel::Bes, 100) << none
                                         << "tutoring.bes_assignment";
    row("BES hour with another assistant")
        << request(3, Generale, 16, wed, 15, Channel::Bes, 100) << none << "tutoring.bes_assignment";
    row("BES hour for a pupil without BES")
        << request(1, Generale, 10, wed, 15, Channel::Bes, 100) << none << "tutoring.not_bes";
    // The past: a slot that started is refused, one starting now is not.
    row("slot of yesterday") << request(1, Generale, 10, tue, 17) << QDateTime(wed, QTime(9, 0))
                             << "tutoring.slot_past";
    row("slot started one second ago") << request(1, Generale, 10, wed, 16) << QDateTime(wed, QTime(16, 0, 1))
                                       << "tutoring.slot_past";
    row("slot starting now") << request(1, Generale, 10, wed, 16) << QDateTime(wed, QTime(16, 0)) << QString();
}

void TestBookingRules::firstBrokenRule()
{
    QFETCH(BookingRequest, request);
    QFETCH(QDateTime, notBefore);
    QFETCH(QString, expected);
    BookingWorld w = world();
    w.notBefore = notBefore;
    const core::Status s = BookingRules::check(w, request);
    if (expected.isEmpty())
        QVERIFY2(s.ok(), qPrintable(s.error().code + QLatin1Char(' ') + s.error().args.join(QLatin1Char(' '))));
    else
        QCOMPARE(s.error().code, expected);
}

void TestBookingRules::everyBrokenRuleIsListed()
{
    // Sunday, 18:00, with an assistant without the course, for a pupil
    // already booked that day: every rule says its piece.
    BookingWorld w = world();
    const QList<core::Error> v = BookingRules::violations(w, request(1, Matematica, 12, QDate(2021, 3, 7), 18));
    QStringList codes;
    for (const core::Error &e : v)
        codes.append(e.code);
    QCOMPARE(codes,
        QStringList({ "tutoring.subject_school_order", "tutoring.closed_day", "tutoring.outside_hours",
            "tutoring.assistant_no_course", "tutoring.assistant_subject", "tutoring.assistant_unavailable" }));
    // Arguments name the rule's facts, dates in ISO.
    const QList<core::Error> busy = BookingRules::violations(w, request(2, Matematica, 10, QDate(2021, 3, 2), 15));
    QCOMPARE(busy.size(), 1);
    QCOMPARE(busy.first().args, QStringList({ "Conti Luca", "2021-03-02", "15" }));
}

void TestBookingRules::cancellingFreesTheSlot()
{
    BookingWorld w = world();
    const BookingRequest again = request(1, Generale, 16, QDate(2021, 3, 2), 16);
    QCOMPARE(BookingRules::check(w, again).error().code, QStringLiteral("tutoring.same_subject_same_day"));
    w.removeBooking(501); // a cancelled booking no longer holds its slot
    QVERIFY(BookingRules::check(w, again).ok());
    QVERIFY(BookingRules::check(w, request(2, Matematica, 10, QDate(2021, 3, 2), 15)).ok());
}

void TestBookingRules::nextFreeSlotsKeepOneHourOfASubjectADay()
{
    BookingWorld w = world();
    const QList<FreeSlot> offered = BookingRules::nextFreeSlots(w, request(1, Generale, 10, QDate(2021, 3, 2), 15), 3);
    // 2 March is skipped: Rossi has the general area at 15 that day.
    const QList<FreeSlot> expected { { QDate(2021, 3, 3), 15, 10, QStringLiteral("Conti Luca") },
        { QDate(2021, 3, 3), 16, 10, QStringLiteral("Conti Luca") },
        { QDate(2021, 3, 3), 17, 10, QStringLiteral("Conti Luca") } };
    QCOMPARE(offered, expected);
}

void TestBookingRules::nextFreeSlotsOfferAnotherAssistant()
{
    // Ricci has no course: the same slot is offered with the first free
    // assistant who teaches the subject.
    BookingWorld w = world();
    const QList<FreeSlot> offered = BookingRules::nextFreeSlots(w, request(1, Generale, 11, QDate(2021, 3, 3), 15), 2);
    QCOMPARE(offered.size(), 2);
    QCOMPARE(offered.at(0).day, QDate(2021, 3, 3));
    QCOMPARE(offered.at(0).hour, 15);
    QCOMPARE(offered.at(0).assistantId, qint64(13)); // Bruno, first by name among the free ones
    QCOMPARE(offered.at(1).day, QDate(2021, 3, 3));
    QCOMPARE(offered.at(1).hour, 16);
}

void TestBookingRules::nextFreeSlotsForBesKeepTheAssistant()
{
    BookingWorld w = world();
    w.addBooking({ 503, 3, 10, Generale, QDate(2021, 3, 3), 15 });
    w.addBooking({ 504, 2, 10, Matematica, QDate(2021, 3, 4), 15 });
    const QList<FreeSlot> offered
        = BookingRules::nextFreeSlots(w, request(3, Generale, 10, QDate(2021, 3, 3), 16, Channel::Bes, 100), 2);
    QCOMPARE(offered.size(), 2);
    for (const FreeSlot &s : offered)
        QCOMPARE(s.assistantId, qint64(10));
    QCOMPARE(offered.at(0).day, QDate(2021, 3, 4)); // 3 March has its hour already
    QCOMPARE(offered.at(0).hour, 16); // Conti teaches Bianchi at 15 on 4 March
}

void TestBookingRules::nextFreeSlotsStopAtTheEndOfTheService()
{
    BookingWorld w = world();
    const BookingRequest lastDay = request(1, Generale, 11, QDate(2021, 4, 9), 15); // Ricci has no course
    const QList<FreeSlot> offered = BookingRules::nextFreeSlots(w, lastDay, 5);
    QCOMPARE(offered.size(), 3); // the three slots of 9 April, then the service ends
    for (const FreeSlot &s : offered)
        QCOMPARE(s.day, QDate(2021, 4, 9));
    w.notBefore = QDateTime(QDate(2021, 4, 10), QTime(9, 0));
    QVERIFY(BookingRules::nextFreeSlots(w, lastDay, 5).isEmpty());
}

void TestBookingRules::freeAssistantsAtASlot()
{
    BookingWorld w = world();
    // Tuesday 2 March at 15: Conti is busy; Bruno, Moretti free for the general area.
    QCOMPARE(BookingRules::freeAssistants(w, Generale, QDate(2021, 3, 2), 15), QList<qint64>({ 13, 16 }));
    // Before Bruno's course: Conti and Moretti.
    QCOMPARE(BookingRules::freeAssistants(w, Generale, QDate(2021, 2, 23), 15), QList<qint64>({ 10, 16 }));
    QCOMPARE(BookingRules::freeAssistants(w, Inglese, QDate(2021, 3, 9), 16), QList<qint64>({ 14 }));
    QVERIFY(BookingRules::freeAssistants(w, Inglese, QDate(2021, 3, 2), 16).isEmpty()); // Costa is busy
}

void TestBookingRules::monthViewMarksDays()
{
    BookingWorld w = world();
    const QList<DayAvailability> feb = monthAvailability(w, Generale, QDate(2021, 2, 17));
    QCOMPARE(feb.size(), 28);
    QVERIFY(!feb.at(2).serviceDay); // 3 Feb: before the service
    QVERIFY(feb.at(3).serviceDay); // 4 Feb: first day
    QCOMPARE(feb.at(3).hourSlots.size(), 3);
    QVERIFY(!feb.at(6).serviceDay); // 7 Feb: Sunday
    QVERIFY(feb.at(5).serviceDay); // 6 Feb: Saturday
    // Saturday: Conti is not available, Moretti is; Bruno has no course yet.
    QCOMPARE(feb.at(5).hourSlots.at(0).freeAssistants, 1);
    QCOMPARE(feb.at(5).hourSlots.at(0).state, SlotState::Free);

    const QList<DayAvailability> march = monthAvailability(w, Generale, QDate(2021, 3, 1));
    const DayAvailability &tue = march.at(1);
    QCOMPARE(tue.hourSlots.at(0).booked, 1); // Rossi at 15
    QCOMPARE(tue.hourSlots.at(0).freeAssistants, 2); // Bruno, Moretti
    const QList<DayAvailability> april = monthAvailability(w, Generale, QDate(2021, 4, 1));
    QVERIFY(april.at(8).serviceDay); // 9 April: last day
    QVERIFY(!april.at(9).serviceDay); // 10 April: after

    // English on 2 March at 16: Costa is the only one and is busy.
    const QList<DayAvailability> english = monthAvailability(w, Inglese, QDate(2021, 3, 1));
    QCOMPARE(english.at(1).hourSlots.at(1).state, SlotState::Full);
    QVERIFY(!english.at(2).hasFreeSlot()); // Wednesday: Costa only on Tuesdays
    QVERIFY(english.at(8).hasFreeSlot()); // Tuesday 9 March
}

void TestBookingRules::monthViewForAPupil()
{
    BookingWorld w = world();
    w.notBefore = QDateTime(QDate(2021, 3, 2), QTime(15, 30));
    const QList<DayAvailability> march = monthAvailability(w, Generale, QDate(2021, 3, 1), 1);
    QCOMPARE(march.at(0).hourSlots.at(2).state, SlotState::Past); // 1 March, 17:00
    QCOMPARE(march.at(1).hourSlots.at(0).state, SlotState::Past); // 2 March, 15:00 started
    QCOMPARE(march.at(1).hourSlots.at(1).state, SlotState::SubjectTaken); // one hour a day
    QCOMPARE(march.at(2).hourSlots.at(0).state, SlotState::Free);
    const QList<DayAvailability> high = monthAvailability(w, Inglese, QDate(2021, 3, 1), 2);
    QCOMPARE(high.at(1).hourSlots.at(1).state, SlotState::PupilBusy);
}

void TestBookingRules::periodTexts()
{
    ServicePeriod p = publishedServicePeriod();
    QCOMPARE(p.weekdaysText(), QStringLiteral("123456"));
    QCOMPARE(p.slotHoursText(), QStringLiteral("15,16,17"));
    QCOMPARE(ServicePeriod::parseWeekdays(QStringLiteral("6123459")), QList<int>({ 1, 2, 3, 4, 5, 6 }));
    QCOMPARE(ServicePeriod::parseSlotHours(QStringLiteral("17, 15,16,16,24")), QList<int>({ 15, 16, 17 }));
    QCOMPARE(p.serviceDays(), 56); // 65 days, 9 Sundays
}

void TestBookingRules::periodValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QList<int>>("weekdays");
    QTest::addColumn<QList<int>>("hours");
    QTest::addColumn<QString>("expected");
    const QDate a(2021, 2, 4), b(2021, 4, 9);
    const QList<int> days { 1, 2, 3, 4, 5, 6 }, hours { 15, 16, 17 };
    QTest::newRow("valid") << "2021" << a << b << days << hours << QString();
    QTest::newRow("one day") << "2021" << a << a << days << hours << QString();
    QTest::newRow("no name") << " " << a << b << days << hours << "tutoring.period_name";
    QTest::newRow("reversed") << "2021" << b << a << days << hours << "tutoring.period_dates";
    QTest::newRow("no weekdays") << "2021" << a << b << QList<int>() << hours << "tutoring.period_weekdays";
    QTest::newRow("weekday 8") << "2021" << a << b << QList<int> { 8 } << hours << "tutoring.period_weekdays";
    QTest::newRow("no hours") << "2021" << a << b << days << QList<int>() << "tutoring.period_hours";
    QTest::newRow("hour 24") << "2021" << a << b << days << QList<int> { 24 } << "tutoring.period_hours";
}

void TestBookingRules::periodValidation()
{
    QFETCH(QString, name);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QList<int>, weekdays);
    QFETCH(QList<int>, hours);
    QFETCH(QString, expected);
    ServicePeriod p;
    p.name = name;
    p.firstDay = first;
    p.lastDay = last;
    p.weekdays = weekdays;
    p.slotHours = hours;
    const core::Status s = p.validate();
    QCOMPARE(s.ok() ? QString() : s.error().code, expected);
}

QTEST_APPLESS_MAIN(TestBookingRules)
#include "tst_bookingrules.moc"

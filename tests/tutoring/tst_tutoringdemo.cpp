// The demo database reproduces the published figures of ConosciAMO from
// its records: the table by comune exactly as published, the totals
// (1,545 hours booked of which 640 BES, 1,063 given, 89 pupils, 111
// assistants from 34 comuni, 58 with the course), and every booking obeys
// the booking rules.

#include "core/db/sql.h"
#include "core/domain/csv.h"
#include "core/reference/comunematcher.h"
#include "core/reporting/reportcsv.h"
#include "support/testdatabase.h"
#include "tutoring/domain/bookingrules.h"
#include "tutoring/domain/bookingworldloader.h"
#include "tutoring/demo/tutoringdemo.h"
#include "tutoring/domain/tutoringfigures.h"
#include "tutoring/domain/tutoringreports.h"

#include <QFile>
#include <QTest>

using namespace tutoring;

class TestTutoringDemo : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void reportByComuneIsThePublishedTable();
    void totalsAreThePublishedOnes();
    void summaryCsvHasTheAgreedColumns();
    void everyBookingObeysTheRules();
    void ledgersShowCorrectionsAndCancellations();
    void otherReportsAddUp();

private:
    testsupport::TestDatabase *m_database = nullptr;
    QSqlDatabase db() const { return m_database->db(); }
    core::ReportRequest request() const
    {
        core::ReportRequest r;
        r.operatorName = QStringLiteral("test");
        r.now = QDateTime(QDate(2021, 3, 19), QTime(18, 0));
        return r;
    }
};

void TestTutoringDemo::initTestCase()
{
    m_database = new testsupport::TestDatabase;
    QVERIFY2(m_database->isValid(), qPrintable(m_database->errorText()));
    core::DemoContext context;
    context.db = db();
    context.today = QDate(2026, 1, 15);
    const core::Status s = tutoringDemoStep().run(context);
    QVERIFY2(s.ok(), qPrintable(s.error().code + QLatin1Char(' ') + s.error().args.join(QLatin1Char(' '))));
}

void TestTutoringDemo::reportByComuneIsThePublishedTable()
{
    // The published file, names as published, resolved by the matcher.
    QFile file(QStringLiteral(CISIAMO_SOURCE_DIR "/tests/tutoring/published_tutoring_by_comune.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto published = core::parseCsv(file.readAll());
    QVERIFY(published.ok());
    auto matcher = core::ComuneMatcher::load(db());
    QVERIFY(matcher.ok());
    QMap<QString, QStringList> expected; // istat code -> middle, high, hours
    int middle = 0, high = 0, hours = 0;
    for (const core::CsvRecord &r : published->records) {
        const core::ComuneMatch m = matcher->match(r.fields.at(0));
        QVERIFY2(m.isMatch(), qPrintable(r.fields.at(0)));
        auto istat = core::queryValue(
            db(), QStringLiteral("SELECT istat_code FROM comune WHERE id = ?"), { m.comune.comuneId });
        expected.insert(istat->toString(), { r.fields.at(1), r.fields.at(2), r.fields.at(3) });
        middle += r.fields.at(1).toInt();
        high += r.fields.at(2).toInt();
        hours += r.fields.at(3).toInt();
    }
    QCOMPARE(expected.size(), 26);
    QCOMPARE(middle, 42);
    QCOMPARE(high, 31);
    QCOMPARE(hours, 905);

    auto doc = TutoringReports::byComune(db(), request());
    QVERIFY(doc.ok());
    auto csv = core::parseCsv(core::reportToCsv(*doc, core::CsvFlavor::Machine));
    QVERIFY(csv.ok());
    QCOMPARE(csv->header, QStringList({ "istat_code", "comune", "pupils_middle", "pupils_high", "hours_booked" }));
    QMap<QString, QStringList> actual;
    QStringList names;
    for (const core::CsvRecord &r : csv->records) {
        actual.insert(r.fields.at(0), { r.fields.at(2), r.fields.at(3), r.fields.at(4) });
        names.append(r.fields.at(1));
    }
    QCOMPARE(actual, expected);
    // Corrected names, and the out-of-area comuni with their province.
    QVERIFY(names.contains(QStringLiteral("Cisliano")));
    QVERIFY(names.contains(QStringLiteral("Lacchiarella")));
    QVERIFY(names.contains(QStringLiteral("Limbiate (MB)")));
    QVERIFY(names.contains(QStringLiteral("Vellezzo Bellini (PV)")));
}

void TestTutoringDemo::totalsAreThePublishedOnes()
{
    auto f = tutoringFigures(db());
    QVERIFY(f.ok());
    QCOMPARE(f->hoursBooked, PublishedTutoring::hoursBooked);
    QCOMPARE(f->hoursBookedPlatform, PublishedTutoring::hoursBookedPlatform);
    QCOMPARE(f->hoursBookedBes, PublishedTutoring::hoursBookedBes);
    QCOMPARE(f->hoursGiven, PublishedTutoring::hoursGiven);
    QCOMPARE(f->hoursStandIn, PublishedTutoring::hoursStandIn);
    QCOMPARE(f->pupils, PublishedTutoring::pupils);
    QCOMPARE(f->pupilsBes, PublishedTutoring::pupilsBes);
    QCOMPARE(f->pupilComuni, PublishedTutoring::pupilComuni);
    QCOMPARE(f->assistants, PublishedTutoring::assistants);
    QCOMPARE(f->assistantComuni, PublishedTutoring::assistantComuni);
    QCOMPARE(f->assistantsSafetyDone, PublishedTutoring::assistantsSafetyDone);
    QCOMPARE(f->assistantsSafetyEnrolled, PublishedTutoring::assistantsSafetyEnrolled);
    QCOMPARE(f->tutors, PublishedTutoring::tutors);
    // Booked = given + absent + still to come; cancelled hours are apart.
    QCOMPARE(f->hoursGiven + f->hoursNoShow + f->hoursAwaitingOutcome, f->hoursBooked);
    QVERIFY(f->hoursCancelled > 0);
    // Nothing after 19/03/2021 has an outcome other than a cancellation.
    auto late = core::queryValue(db(),
        QStringLiteral("SELECT count(*) FROM tutoring_lesson WHERE day > '2021-03-19' "
                       "AND state IN ('given', 'no_show')"));
    QCOMPARE(late->toInt(), 0);
}

void TestTutoringDemo::summaryCsvHasTheAgreedColumns()
{
    auto doc = TutoringReports::summary(db(), request());
    QVERIFY(doc.ok());
    const QByteArray csv = core::reportToCsv(*doc, core::CsvFlavor::Machine);
    QCOMPARE(csv,
        QByteArray("hours_booked,hours_booked_bes,hours_given,pupils,assistants,assistants_safety_done\r\n"
                   "1545,640,1063,89,111,58\r\n"));
}

void TestTutoringDemo::everyBookingObeysTheRules()
{
    // Replay the ledger into an empty world: each booking in force must be
    // allowed by the rules given the ones before it.
    auto world = loadBookingWorld(db(), {}, {});
    QVERIFY(world.ok());
    auto q = core::runQuery(db(),
        QStringLiteral("SELECT id, pupil_id, subject_id, assistant_id, day, start_hour, channel, "
                       "coalesce(bes_assignment_id, 0) FROM tutoring_lesson WHERE state <> 'cancelled' "
                       "ORDER BY day, start_hour, id"));
    QVERIFY(q.ok());
    int checked = 0;
    while (q->next()) {
        BookingRequest r;
        r.pupilId = q->value(1).toLongLong();
        r.subjectId = q->value(2).toInt();
        r.assistantId = q->value(3).toLongLong();
        r.day = QDate::fromString(q->value(4).toString(), Qt::ISODate);
        r.hour = q->value(5).toInt();
        r.channel = channelFromSql(q->value(6).toString());
        r.besAssignmentId = q->value(7).toLongLong();
        const core::Status s = BookingRules::check(*world, r);
        QVERIFY2(s.ok(), qPrintable(s.error().code + QLatin1Char(' ') + s.error().args.join(QLatin1Char(' '))));
        world->addBooking({ q->value(0).toLongLong(), r.pupilId, r.assistantId, r.subjectId, r.day, r.hour });
        ++checked;
    }
    QCOMPARE(checked, PublishedTutoring::hoursBooked);
}

void TestTutoringDemo::ledgersShowCorrectionsAndCancellations()
{
    auto corrections
        = core::queryValue(db(), QStringLiteral("SELECT count(*) FROM tutoring_outcome WHERE corrects_id IS NOT NULL"));
    QVERIFY(corrections->toInt() >= 3);
    auto cancelled
        = core::queryValue(db(), QStringLiteral("SELECT count(*) FROM tutoring_lesson WHERE state = 'cancelled'"));
    QVERIFY(cancelled->toInt() > 0);
    // Bookings are never a state: no booking row carries an outcome.
    auto columns = core::queryValue(db(),
        QStringLiteral("SELECT count(*) FROM pragma_table_info('tutoring_booking') "
                       "WHERE name IN ('state', 'outcome', 'done')"));
    QCOMPARE(columns->toInt(), 0);
}

void TestTutoringDemo::otherReportsAddUp()
{
    auto weeks = TutoringReports::bySubjectWeek(db(), request());
    QVERIFY(weeks.ok());
    const core::ReportTable *t = weeks->primaryTable();
    QCOMPARE(t->totals.at(2).toInt(), PublishedTutoring::hoursBooked);
    QCOMPARE(t->totals.at(3).toInt(), PublishedTutoring::hoursBookedBes);
    QCOMPARE(t->totals.at(4).toInt(), PublishedTutoring::hoursGiven);

    auto pcto = TutoringReports::pctoStatement(db(), request());
    QVERIFY(pcto.ok());
    const core::ReportTable *schools = pcto->primaryTable();
    QCOMPARE(schools->rows.size(), 16);
    QCOMPARE(schools->totals.at(1).toInt(), PublishedTutoring::assistants);
    QCOMPARE(schools->totals.at(2).toInt(), PublishedTutoring::hoursGiven - PublishedTutoring::hoursStandIn);
    QCOMPARE(
        schools->totals.at(3).toInt(), PublishedTutoring::assistantsSafetyDone * TutoringReports::safetyCourseHours);
    // The statement for one school only.
    core::ReportRequest one = request();
    one.options.insert(QStringLiteral("school"), QStringLiteral("1"));
    auto single = TutoringReports::pctoStatement(db(), one);
    QCOMPARE(single->primaryTable()->rows.size(), 1);

    auto standIns = TutoringReports::standIns(db(), request());
    QCOMPARE(standIns->primaryTable()->rows.size(), PublishedTutoring::tutors);
    QCOMPARE(standIns->primaryTable()->totals.at(2).toInt(), PublishedTutoring::hoursStandIn);

    auto course = TutoringReports::safetyCourse(db(), request());
    const core::ReportTable *c = course->primaryTable();
    QCOMPARE(c->totals.at(1).toInt(), PublishedTutoring::assistantsSafetyDone);
    QCOMPARE(c->totals.at(2).toInt(), PublishedTutoring::assistantsSafetyEnrolled);
    QCOMPARE(c->totals.at(4).toInt(), PublishedTutoring::assistants);

    // A period restricts to the lessons of those days.
    core::ReportRequest february = request();
    february.from = QDate(2021, 2, 1);
    february.to = QDate(2021, 2, 28);
    auto feb = tutoringFigures(db(), february.from, february.to);
    QVERIFY(feb->hoursBooked > 0 && feb->hoursBooked < PublishedTutoring::hoursBooked);
}

QTEST_GUILESS_MAIN(TestTutoringDemo)
#include "tst_tutoringdemo.moc"

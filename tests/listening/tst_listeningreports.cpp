// The aggregate figures of the listening line and the queue report: counts
// and shares computed from the records, never a name outside entitled roles.

#include "core/reporting/reportcsv.h"
#include "listening/domain/listeningreports.h"
#include "listeningfixture.h"

using namespace listening;

class TestListeningReports : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void monthlyFigures();
    void weeklyFiguresListEmptyWeeks();
    void summaryCsvIsAggregate();
    void queueReportNamesOnlyForEntitledRoles();

private:
    // Requests of March 2021 (the clock is 19/03/2021 9:00):
    //  A received 01/03 10:00, reached after 3 h, support
    //  B received 02/03 10:00, reached after 30 h (within 48), referral
    //  C received 03/03 10:00, reached after 50 h, escalation to 118
    //  D received 04/03 10:00, 3 no answers, closed unreachable
    //  E received 18/03 10:00, still open
    //  F received 26/02 10:00 (February), reached after 1 h
    void build(ListeningFixture &f);
};

void TestListeningReports::initTestCase()
{
}

void TestListeningReports::build(ListeningFixture &f)
{
    QVERIFY(f.setUp());
    auto at = [](int month, int day, int hour) { return QDateTime(QDate(2021, month, day), QTime(hour, 0)); };
    QVERIFY(f.as("coord"));
    auto service = f.service();
    auto request = [&](const QDateTime &received, Urgency urgency) {
        // Registered when it came in: the intake window is 60 days.
        f.clock.set(received.addSecs(600));
        NewRequest n;
        n.receivedAt = received;
        n.callerName = "Chiamante Riservato";
        n.callerPhone = "000 123 4567";
        n.urgency = urgency;
        auto id = service.registerRequest(n);
        return id ? *id : 0;
    };
    auto attempt = [&](qint64 id, const QDateTime &when, AttemptOutcome outcome) {
        f.clock.set(when.addSecs(60));
        QVERIFY(service.logAttempt(id, when, outcome, f.psychologist).ok());
    };
    auto close = [&](qint64 id, const QDateTime &when, Disposition d, const QStringList &needs) {
        f.clock.set(when.addSecs(60));
        QVERIFY(
            service
                .recordOutcome({ id, when, f.psychologist, d, needs, d == Disposition::Referral ? "CPS" : "", "Note" })
                .ok());
    };
    const qint64 a = request(at(3, 1, 10), Urgency::Urgent);
    attempt(a, at(3, 1, 13), AttemptOutcome::Reached);
    close(a, at(3, 1, 14), Disposition::Support, { "anxiety" });
    const qint64 b = request(at(3, 2, 10), Urgency::Normal);
    attempt(b, at(3, 2, 20), AttemptOutcome::NoAnswer);
    attempt(b, at(3, 3, 16), AttemptOutcome::Reached);
    close(b, at(3, 3, 17), Disposition::Referral, { "anxiety", "loneliness" });
    const qint64 c = request(at(3, 3, 10), Urgency::Normal);
    attempt(c, at(3, 5, 12), AttemptOutcome::Reached);
    f.clock.set(at(3, 5, 13));
    QVERIFY(service.recordEscalation(c, at(3, 5, 12).addSecs(1200), "Rischio", f.psychologist).ok());
    close(c, at(3, 5, 13), Disposition::Escalation118, { "illness" });
    const qint64 d = request(at(3, 4, 10), Urgency::Normal);
    for (int i = 0; i < 3; ++i)
        attempt(d, at(3, 4, 12 + 3 * i), AttemptOutcome::NoAnswer);
    f.clock.set(at(3, 6, 9));
    QVERIFY(service.closeUnreachable(d, "Irraggiungibile").ok());
    QVERIFY(request(at(3, 18, 10), Urgency::Normal));
    const qint64 feb = request(at(2, 26, 10), Urgency::Normal);
    attempt(feb, at(2, 26, 11), AttemptOutcome::Reached);
    f.clock.set(QDateTime(QDate(2021, 3, 19), QTime(9, 0)));
    testsupport::signOut(f.db());
}

void TestListeningReports::monthlyFigures()
{
    ListeningFixture f;
    build(f);
    auto figures = ListeningReports::serviceFigures(f.db(), QDate(2021, 2, 1), QDate(2021, 3, 31), "month");
    QVERIFY(figures.ok());
    QCOMPARE(figures->size(), 2);
    const ServiceFigures &feb = figures->at(0);
    QCOMPARE(feb.label, QString("02/2021"));
    QCOMPARE(feb.requests, 1);
    QCOMPARE(feb.within24h, 1);
    QCOMPARE(feb.stillOpen, 1); // reached, outcome not yet recorded
    const ServiceFigures &march = figures->at(1);
    QCOMPARE(march.start, QDate(2021, 3, 1));
    QCOMPARE(march.requests, 5);
    QCOMPARE(march.urgent, 1);
    QCOMPARE(march.calledBack, 3);
    QCOMPARE(march.within24h, 1);
    QCOMPARE(march.within48h, 2);
    QCOMPARE(march.medianHoursToCallback, 30.0); // 3, 30, 50
    QCOMPARE(march.escalations, 1);
    QCOMPARE(march.referrals, 1);
    QCOMPARE(march.unreachable, 1);
    QCOMPARE(march.stillOpen, 1);
    auto needs = ListeningReports::needs(f.db(), QDate(2021, 3, 1), QDate(2021, 3, 31));
    int anxiety = 0, loneliness = 0, illness = 0;
    for (const NeedCount &n : *needs) {
        anxiety += n.code == "anxiety" ? n.count : 0;
        loneliness += n.code == "loneliness" ? n.count : 0;
        illness += n.code == "illness" ? n.count : 0;
    }
    QCOMPARE(anxiety, 2);
    QCOMPARE(loneliness, 1);
    QCOMPARE(illness, 1);
}

void TestListeningReports::weeklyFiguresListEmptyWeeks()
{
    ListeningFixture f;
    build(f);
    auto figures = ListeningReports::serviceFigures(f.db(), QDate(2021, 3, 1), QDate(2021, 3, 21), "week");
    QCOMPARE(figures->size(), 3);
    QCOMPARE(figures->at(0).label, QString("W09 01/03-07/03"));
    QCOMPARE(figures->at(0).requests, 4);
    QCOMPARE(figures->at(1).requests, 0);
    QCOMPARE(figures->at(2).requests, 1);
}

void TestListeningReports::summaryCsvIsAggregate()
{
    ListeningFixture f;
    build(f);
    core::ReportRequest request;
    request.from = QDate(2021, 3, 1);
    request.to = QDate(2021, 3, 31);
    request.now = f.clock.now();
    request.locale = QLocale::c();
    auto doc = ListeningReports::summary(f.db(), request);
    QVERIFY(doc.ok());
    const QByteArray csv = core::reportToCsv(*doc, core::CsvFlavor::Machine);
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    QCOMPARE(lines.first().trimmed(),
        QByteArray("period_start,period,requests,urgent,called_back,within_24h,within_48h,"
                   "share_within_24h,share_within_48h,median_hours_to_callback,"
                   "escalations_118,referrals,unreachable,still_open"));
    QCOMPARE(lines.value(1).trimmed(), QByteArray("2021-03-01,03/2021,5,1,3,1,2,20.0,40.0,30.0,1,1,1,1"));
    QVERIFY(!csv.contains("Chiamante"));
}

void TestListeningReports::queueReportNamesOnlyForEntitledRoles()
{
    ListeningFixture f;
    build(f);
    core::ReportRequest request;
    request.now = f.clock.now();
    request.locale = QLocale::c();
    auto anonymous = ListeningReports::queue(f.db(), request);
    QVERIFY(anonymous.ok());
    QByteArray csv = core::reportToCsv(*anonymous, core::CsvFlavor::Machine);
    QVERIFY(csv.startsWith(
        "code,received_at,due_at,time_left,hours_left,urgency,status,comune,caller_kind,psychologist,failed_attempts"));
    QVERIFY(!csv.contains("caller_name"));
    QVERIFY(!csv.contains("Chiamante"));
    QCOMPARE(csv.trimmed().split('\n').size(), 3); // E and the February one
    QVERIFY(f.as("oper"));
    QVERIFY(
        !core::reportToCsv(*ListeningReports::queue(f.db(), request), core::CsvFlavor::Machine).contains("Chiamante"));
    QVERIFY(f.as("psy"));
    csv = core::reportToCsv(*ListeningReports::queue(f.db(), request), core::CsvFlavor::Machine);
    QVERIFY(csv.contains("caller_name,caller_phone"));
    QVERIFY(csv.contains("Chiamante Riservato,000 123 4567"));
}

QTEST_GUILESS_MAIN(TestListeningReports)
#include "tst_listeningreports.moc"

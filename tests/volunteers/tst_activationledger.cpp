#include "volunteerfixture.h"

#include "core/db/sql.h"
#include "volunteers/domain/activationledger.h"
#include "volunteers/domain/eventrepository.h"
#include "volunteers/domain/limitmonitor.h"
#include "volunteers/domain/persondays.h"

#include <QSqlQuery>
#include <QTest>

using namespace volunteers;

// The activation ledger: entries by day, period and roster; the bad input
// of the issue (outside the event, twice the same day, two services);
// reversals; the table refusing updates; person-day counting.
class TestActivationLedger : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void recordsOneDayAPeriodAndARoster();
    void refusesBadRequests_data();
    void refusesBadRequests();
    void aRejectedRosterWritesNothing();
    void reversalCancelsADayAndAllowsReentry();
    void reversalRules();
    void ledgerRefusesUpdateAndDelete();
    void personDaysCountDistinctVolunteerDays();
    void personDaysByServiceOrganisationAndComune();
    void monthsWithoutActivityAreListed();
    void limitMonitorFindsVolunteersOverLimits();

private:
    ActivationRequest request(QList<qint64> volunteers, const QDate &from, const QDate &to = {}) const;
    std::unique_ptr<VolunteerFixture> f;
};

void TestActivationLedger::init()
{
    f = std::make_unique<VolunteerFixture>();
    QVERIFY2(f->ok, qPrintable(f->error));
}

void TestActivationLedger::cleanup()
{
    f.reset();
}

ActivationRequest TestActivationLedger::request(QList<qint64> volunteers, const QDate &from, const QDate &to) const
{
    ActivationRequest r;
    r.eventId = f->covid;
    r.volunteerIds = std::move(volunteers);
    r.from = from;
    r.to = to;
    r.serviceId = f->coc;
    r.comuneId = f->peschiera;
    r.place = QStringLiteral("COC");
    return r;
}

void TestActivationLedger::recordsOneDayAPeriodAndARoster()
{
    ActivationLedger ledger(f->db(), f->clock);
    QCOMPARE(ledger.record(request({ f->rossi }, QDate(2020, 4, 1))).value(), 1);
    QCOMPARE(ledger.record(request({ f->rossi }, QDate(2020, 4, 2), QDate(2020, 4, 8))).value(), 7);
    QCOMPARE(ledger.record(request({ f->bianchi, f->verdi, f->neri, f->bianchi }, QDate(2020, 4, 9))).value(), 3);
    auto days = ledger.effectiveDays(f->rossi);
    QCOMPARE(days->size(), 8);
    QCOMPARE(days->first().day, QDate(2020, 4, 1));
    QCOMPARE(days->first().serviceName, QStringLiteral("supporto COC"));
    QCOMPARE(days->first().comuneName, QStringLiteral("Peschiera Borromeo"));
    QCOMPARE(days->first().eventType, EventType::Covid19);
    auto org = core::queryValue(f->db(), QStringLiteral("SELECT DISTINCT organisation_id FROM activation"));
    QCOMPARE(org->toLongLong(), f->organisation);
    auto recorded = core::queryValue(f->db(), QStringLiteral("SELECT min(recorded_at) FROM activation"));
    QCOMPARE(recorded->toLongLong(), f->clock.nowMs());
}

void TestActivationLedger::refusesBadRequests_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QStringList>("args");
    QTest::newRow("before the event") << 0 << "volunteers.outside_event"
                                      << QStringList { "30/01/2020", "Emergenza COVID-19", "31/01/2020", "31/03/2022" };
    QTest::newRow("after the event") << 1 << "volunteers.outside_event"
                                     << QStringList { "01/01/2021", "Vigilanza idraulica", "01/06/2020", "31/12/2020" };
    QTest::newRow("same day, same service")
        << 2 << "volunteers.duplicate_day" << QStringList { "Rossi Mario", "01/04/2020", "supporto COC", "0" };
    QTest::newRow("same day, another service")
        << 3 << "volunteers.two_services"
        << QStringList { "Rossi Mario", "01/04/2020", "supporto COC", "sala operativa CCV-MI", "0" };
    QTest::newRow("same day, another event")
        << 4 << "volunteers.duplicate_day" << QStringList { "Rossi Mario", "01/06/2020", "supporto COC", "0" };
    QTest::newRow("period overlapping two recorded days")
        << 5 << "volunteers.duplicate_day" << QStringList { "Rossi Mario", "01/04/2020", "supporto COC", "1" };
    QTest::newRow("reversed period") << 6 << "volunteers.bad_range" << QStringList { "10/04/2020", "01/04/2020" };
    QTest::newRow("no volunteers") << 7 << "volunteers.no_volunteers" << QStringList {};
    QTest::newRow("unknown event") << 8 << "volunteers.unknown_event" << QStringList {};
    QTest::newRow("more than a year") << 9 << "volunteers.range_too_long" << QStringList { "366" };
    QTest::newRow("no event chosen") << 10 << "volunteers.event_missing" << QStringList {};
}

void TestActivationLedger::refusesBadRequests()
{
    QFETCH(int, kind);
    QFETCH(QString, error);
    QFETCH(QStringList, args);
    ActivationLedger ledger(f->db(), f->clock);
    QVERIFY(ledger.record(request({ f->rossi }, QDate(2020, 4, 1))).ok());
    QVERIFY(ledger.record(request({ f->rossi }, QDate(2020, 4, 3))).ok());
    QVERIFY(ledger.record(request({ f->rossi }, QDate(2020, 6, 1))).ok());
    ActivationRequest r = request({ f->rossi }, QDate(2020, 4, 1));
    switch (kind) {
    case 0:
        r.from = QDate(2020, 1, 30);
        break;
    case 1:
        r.eventId = f->ordinary;
        r.from = QDate(2020, 12, 30);
        r.to = QDate(2021, 1, 1);
        break;
    case 3:
        r.serviceId = f->salaCcvmi;
        break;
    case 4:
        r.eventId = f->ordinary;
        r.from = QDate(2020, 6, 1);
        break;
    case 5:
        r.to = QDate(2020, 4, 5);
        break;
    case 6:
        r.from = QDate(2020, 4, 10);
        r.to = QDate(2020, 4, 1);
        break;
    case 7:
        r.volunteerIds.clear();
        break;
    case 8:
        r.eventId = 42;
        break;
    case 9:
        r.from = QDate(2020, 2, 1);
        r.to = QDate(2021, 2, 1);
        break;
    case 10:
        r.eventId = 0; // none chosen in the form
        break;
    default:
        break;
    }
    auto before = core::queryValue(f->db(), QStringLiteral("SELECT count(*) FROM activation"));
    auto result = ledger.record(r);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, error);
    QCOMPARE(result.error().args, args);
    QCOMPARE(core::queryValue(f->db(), QStringLiteral("SELECT count(*) FROM activation"))->toInt(), before->toInt());
}

void TestActivationLedger::aRejectedRosterWritesNothing()
{
    ActivationLedger ledger(f->db(), f->clock);
    QVERIFY(ledger.record(request({ f->verdi }, QDate(2020, 4, 1))).ok());
    auto r = ledger.record(request({ f->rossi, f->bianchi, f->verdi }, QDate(2020, 4, 1)));
    QCOMPARE(r.error().code, QStringLiteral("volunteers.duplicate_day"));
    QCOMPARE(r.error().args.value(0), QStringLiteral("Verdi Paolo"));
    QCOMPARE(core::queryValue(f->db(), QStringLiteral("SELECT count(*) FROM activation"))->toInt(), 1);
}

void TestActivationLedger::reversalCancelsADayAndAllowsReentry()
{
    ActivationLedger ledger(f->db(), f->clock);
    QVERIFY(ledger.record(request({ f->rossi }, QDate(2020, 4, 1))).ok());
    const qint64 id = core::queryValue(f->db(), QStringLiteral("SELECT id FROM activation"))->toLongLong();
    QVERIFY(ledger.reverse(id, QStringLiteral("wrong service")).ok());
    QCOMPARE(ledger.effectiveDays(f->rossi)->size(), 0);
    QCOMPARE(PersonDays(f->db()).total({}, {}).value(), 0);
    // The day is free again: the right service can be entered.
    ActivationRequest r = request({ f->rossi }, QDate(2020, 4, 1));
    r.serviceId = f->salaCcvmi;
    QVERIFY(ledger.record(r).ok());
    QCOMPARE(PersonDays(f->db()).total({}, {}).value(), 1);
    // The ledger kept all three rows.
    QCOMPARE(core::queryValue(f->db(), QStringLiteral("SELECT count(*) FROM activation"))->toInt(), 3);
    auto reversal = core::runQuery(f->db(),
        QStringLiteral("SELECT reverses_id, reason, day, volunteer_id FROM activation WHERE entry_kind = 'reversal'"));
    QVERIFY(reversal->next());
    QCOMPARE(reversal->value(0).toLongLong(), id);
    QCOMPARE(reversal->value(1).toString(), QStringLiteral("wrong service"));
    QCOMPARE(reversal->value(2).toString(), QStringLiteral("2020-04-01"));
    QCOMPARE(reversal->value(3).toLongLong(), f->rossi);

    // A day recorded without a comune (a Colonna Mobile deployment's) is
    // reversed without one too.
    ActivationRequest noComune = request({ f->rossi }, QDate(2020, 4, 2));
    noComune.comuneId = 0;
    QVERIFY(ledger.record(noComune).ok());
    const qint64 second = core::queryValue(f->db(), QStringLiteral("SELECT id FROM activation WHERE day = '2020-04-02'"))
                              ->toLongLong();
    QVERIFY(ledger.reverse(second, QStringLiteral("non partito")).ok());
    QVERIFY(core::queryValue(f->db(),
        QStringLiteral("SELECT comune_id FROM activation WHERE reverses_id = ?"), { second })->isNull());
}

void TestActivationLedger::reversalRules()
{
    ActivationLedger ledger(f->db(), f->clock);
    QVERIFY(ledger.record(request({ f->rossi }, QDate(2020, 4, 1))).ok());
    const qint64 id = core::queryValue(f->db(), QStringLiteral("SELECT id FROM activation"))->toLongLong();
    QCOMPARE(ledger.reverse(id, QStringLiteral("  ")).error().code, QStringLiteral("volunteers.reason_missing"));
    QCOMPARE(ledger.reverse(12345, QStringLiteral("x")).error().code, QStringLiteral("volunteers.unknown_activation"));
    QVERIFY(ledger.reverse(id, QStringLiteral("mistake")).ok());
    QCOMPARE(ledger.reverse(id, QStringLiteral("again")).error().code, QStringLiteral("volunteers.already_reversed"));
    const qint64 reversal
        = core::queryValue(f->db(), QStringLiteral("SELECT id FROM activation WHERE entry_kind = 'reversal'"))
              ->toLongLong();
    QCOMPARE(ledger.reverse(reversal, QStringLiteral("x")).error().code, QStringLiteral("volunteers.not_an_entry"));
}

void TestActivationLedger::ledgerRefusesUpdateAndDelete()
{
    ActivationLedger ledger(f->db(), f->clock);
    QVERIFY(ledger.record(request({ f->rossi }, QDate(2020, 4, 1))).ok());
    auto update = core::runQuery(f->db(), QStringLiteral("UPDATE activation SET day = '2020-04-02'"));
    QVERIFY(!update.ok());
    QVERIFY(update.error().args.value(0).contains(QStringLiteral("append-only")));
    QVERIFY(!core::runQuery(f->db(), QStringLiteral("DELETE FROM activation")).ok());
    QCOMPARE(core::queryValue(f->db(), QStringLiteral("SELECT day FROM activation"))->toString(),
        QStringLiteral("2020-04-01"));
}

void TestActivationLedger::personDaysCountDistinctVolunteerDays()
{
    ActivationLedger ledger(f->db(), f->clock);
    QVERIFY(ledger.record(request({ f->rossi, f->bianchi }, QDate(2020, 4, 1), QDate(2020, 4, 3))).ok());
    QVERIFY(ledger.record(request({ f->verdi }, QDate(2020, 4, 3))).ok());
    // A duplicate entry for the same volunteer and day, as a sync from
    // another workstation could bring: it must not count twice.
    auto copy = core::runQuery(f->db(),
        QStringLiteral(
            "INSERT INTO activation(id, entry_kind, event_id, volunteer_id, organisation_id, day, service_id, "
            "comune_id, place, recorded_at) "
            "SELECT id + 1000000, entry_kind, ?, volunteer_id, organisation_id, day, ?, comune_id, place, recorded_at "
            "FROM activation WHERE volunteer_id = ? AND day = '2020-04-02'"),
        { f->ordinary, f->coc, f->rossi });
    QVERIFY2(copy.ok(), qPrintable(copy.error().args.value(0)));
    PersonDays counter(f->db());
    QCOMPARE(counter.total({}, {}).value(), 7);
    QCOMPARE(counter.total(QDate(2020, 4, 2), QDate(2020, 4, 2)).value(), 2);
    QCOMPARE(counter.volunteers({}, {}).value(), 3);
    auto months = counter.count(PersonDaysGrouping::Month, QDate(2020, 4, 1), QDate(2020, 4, 30));
    QCOMPARE(months->size(), 1);
    QCOMPARE(months->first().key, QStringLiteral("2020-04"));
    QCOMPARE(months->first().personDays, 7);
}

void TestActivationLedger::personDaysByServiceOrganisationAndComune()
{
    ActivationLedger ledger(f->db(), f->clock);
    QVERIFY(ledger.record(request({ f->rossi, f->bianchi }, QDate(2020, 10, 1), QDate(2020, 10, 2))).ok());
    ActivationRequest sala = request({ f->verdi }, QDate(2020, 10, 1), QDate(2020, 10, 3));
    sala.serviceId = f->salaCcvmi;
    sala.comuneId = f->milano;
    sala.organisationId = f->otherOrganisation;
    QVERIFY(ledger.record(sala).ok());
    PersonDays counter(f->db());
    auto byService = counter.count(PersonDaysGrouping::Service, {}, {});
    QCOMPARE(byService->size(), 2);
    QCOMPARE(byService->at(0).key, QStringLiteral("sala operativa CCV-MI")); // published order
    QCOMPARE(byService->at(0).personDays, 3);
    QCOMPARE(byService->at(1).key, QStringLiteral("supporto COC"));
    QCOMPARE(byService->at(1).personDays, 4);
    auto byOrganisation = counter.count(PersonDaysGrouping::Organisation, {}, {});
    QCOMPARE(byOrganisation->size(), 2);
    QCOMPARE(byOrganisation->at(0).id, f->otherOrganisation);
    QCOMPARE(byOrganisation->at(0).personDays, 3);
    auto byComune = counter.count(PersonDaysGrouping::Comune, QDate(2020, 10, 2), QDate(2020, 10, 3));
    QCOMPARE(byComune->size(), 2);
    QCOMPARE(byComune->at(0).key, QStringLiteral("Milano"));
    QCOMPARE(byComune->at(0).personDays, 2);
    QCOMPARE(byComune->at(1).personDays, 2);
}

void TestActivationLedger::monthsWithoutActivityAreListed()
{
    ActivationLedger ledger(f->db(), f->clock);
    QVERIFY(ledger.record(request({ f->rossi }, QDate(2020, 2, 28))).ok());
    QVERIFY(ledger.record(request({ f->rossi }, QDate(2020, 4, 1))).ok());
    auto months = PersonDays(f->db()).count(PersonDaysGrouping::Month, QDate(2020, 2, 1), QDate(2020, 4, 30));
    QCOMPARE(months->size(), 3);
    QCOMPARE(months->at(1).key, QStringLiteral("2020-03"));
    QCOMPARE(months->at(1).personDays, 0);
}

void TestActivationLedger::limitMonitorFindsVolunteersOverLimits()
{
    ActivationLedger ledger(f->db(), f->clock);
    ActivationRequest r = request({ f->rossi }, QDate(2020, 6, 1), QDate(2020, 7, 1)); // 31 ordinary days
    r.eventId = f->ordinary;
    QVERIFY(ledger.record(r).ok());
    QVERIFY(
        ledger.record(request({ f->bianchi }, QDate(2020, 6, 1), QDate(2020, 7, 1))).ok()); // 31 COVID-19 days: fine
    LimitMonitor monitor(f->db());
    auto over = monitor.volunteersOverLimits();
    QCOMPARE(over->size(), 1);
    QCOMPARE(over->first().volunteerId, f->rossi);
    QCOMPARE(over->first().name, QStringLiteral("Rossi Mario"));
    QCOMPARE(over->first().assessment.daysOver(), QList<QDate> { QDate(2020, 7, 1) });
    QCOMPARE(over->first().uncertifiedDaysOver, 1);
    QCOMPARE(monitor.countOverLimits(QDate(2020, 6, 1), QDate(2020, 6, 30)).value(), 0); // the day over is in July
    QCOMPARE(monitor.assess(f->bianchi)->longestRun, 31);
}

QTEST_GUILESS_MAIN(TestActivationLedger)
#include "tst_activationledger.moc"

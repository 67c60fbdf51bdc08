#include "volunteerfixture.h"

#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "volunteers/domain/art39.h"
#include "volunteers/domain/limitmonitor.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace volunteers;

// LimitMonitor::volunteersOverLimits reads only a look-back window before
// the period (1 January of its first year, or the longest consecutive limit
// before it). Its results must be those of the rules applied to every
// volunteer's whole history: this test computes that reference here (the
// former one-pass algorithm) and compares every field, on hand-made
// boundary cases and on seeded random ledgers.
class TestLimitWindow : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void sameAsWholeHistory_data();
    void sameAsWholeHistory();
    void randomLedgersSameAsWholeHistory_data();
    void randomLedgersSameAsWholeHistory();

private:
    // One run of days: a volunteer, an event type, a first day and a length.
    struct Run {
        int volunteer; // 0..3
        EventType type;
        QDate first;
        int days;
    };
    void record(const QList<Run> &runs);
    void reverseDay(int volunteer, const QDate &day);
    void certify(int volunteer, const QDate &day);
    QList<VolunteerOverLimit> reference(const QDate &from, const QDate &to) const;
    void compare(const QDate &from, const QDate &to);

    std::unique_ptr<VolunteerFixture> f;
    QHash<EventType, qint64> m_events;
    QList<qint64> m_volunteers;
};

void TestLimitWindow::init()
{
    f = std::make_unique<VolunteerFixture>();
    QVERIFY2(f->ok, qPrintable(f->error));
    // Events of every type over the whole span of the tests; the days are
    // written straight into the ledger (the service's own checks, e.g. one
    // year per request, are not what is tested here).
    m_events.clear();
    for (EventType t : allEventTypes()) {
        const QString name = QStringLiteral("finestra %1").arg(eventTypeCode(t));
        QVERIFY(core::runQuery(f->db(),
            QStringLiteral("INSERT INTO activation_event(name, event_type, authorising_act, start_date) "
                           "VALUES (?, ?, 'atto', '2010-01-01')"),
            { name, eventTypeCode(t) })
                    .ok());
        auto id = core::queryValue(f->db(), QStringLiteral("SELECT id FROM activation_event WHERE name = ?"), { name });
        QVERIFY(id && id->isValid());
        m_events.insert(t, id->toLongLong());
    }
    m_volunteers = { f->rossi, f->bianchi, f->verdi, f->neri };
    // attestato_day points at attestati this test does not write.
    QVERIFY(core::runQuery(f->db(), QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
}

void TestLimitWindow::cleanup()
{
    f.reset();
}

void TestLimitWindow::record(const QList<Run> &runs)
{
    core::Transaction tx(f->db()); // one commit, not one per day
    QVERIFY(bool(tx));
    for (const Run &r : runs)
        for (int i = 0; i < r.days; ++i) {
            auto q = core::runQuery(f->db(),
                QStringLiteral("INSERT INTO activation(event_id, volunteer_id, organisation_id, day, service_id, "
                               "recorded_at) VALUES (?, ?, ?, ?, ?, 0)"),
                { m_events.value(r.type), m_volunteers.at(r.volunteer), f->organisation,
                    core::toSqlDate(r.first.addDays(i)), f->coc });
            QVERIFY2(q.ok(), q.ok() ? "" : qPrintable(q.error().args.value(0)));
        }
    QVERIFY(tx.commit().ok());
}

void TestLimitWindow::reverseDay(int volunteer, const QDate &day)
{
    auto q = core::runQuery(f->db(),
        QStringLiteral("INSERT INTO activation(entry_kind, reverses_id, event_id, volunteer_id, organisation_id, day, "
                       "service_id, reason, recorded_at) "
                       "SELECT 'reversal', id, event_id, volunteer_id, organisation_id, day, service_id, 'errore', 0 "
                       "FROM activation WHERE volunteer_id = ? AND day = ? AND entry_kind = 'entry' ORDER BY id LIMIT 1"),
        { m_volunteers.at(volunteer), core::toSqlDate(day) });
    QVERIFY(q.ok());
}

void TestLimitWindow::certify(int volunteer, const QDate &day)
{
    auto q = core::runQuery(f->db(),
        QStringLiteral("INSERT INTO attestato_day(activation_id, attestato_id, day) SELECT id, 1, day FROM activation "
                       "WHERE volunteer_id = ? AND day = ? AND entry_kind = 'entry'"),
        { m_volunteers.at(volunteer), core::toSqlDate(day) });
    QVERIFY(q.ok());
}

// The rules over each volunteer's whole history, as the monitor computed
// them before the window (one pass over every effective day).
QList<VolunteerOverLimit> TestLimitWindow::reference(const QDate &from, const QDate &to) const
{
    QList<VolunteerOverLimit> result;
    for (qint64 volunteer : m_volunteers) {
        auto q = core::runQuery(f->db(),
            QStringLiteral("SELECT a.day, e.event_type, EXISTS (SELECT 1 FROM attestato_day d WHERE d.activation_id = a.id) "
                           "FROM activation_effective a JOIN activation_event e ON e.id = a.event_id "
                           "WHERE a.volunteer_id = ? ORDER BY a.day, a.id"),
            { volunteer });
        QList<ActivatedDay> days;
        QSet<QDate> certified;
        while (q->next()) {
            ActivatedDay d { core::fromSqlDate(q->value(0).toString()) };
            eventTypeFromCode(q->value(1).toString(), &d.type);
            days.append(d);
            if (q->value(2).toBool())
                certified.insert(d.day);
        }
        const LimitAssessment a = assessArt39(days);
        VolunteerOverLimit v;
        v.volunteerId = volunteer;
        for (const LimitExcess &e : a.excesses)
            if ((!from.isValid() || e.day >= from) && (!to.isValid() || e.day <= to))
                v.excessesInPeriod.append(e);
        if (v.excessesInPeriod.isEmpty())
            continue;
        for (const QDate &d : a.daysOverBetween(from, to))
            if (!certified.contains(d))
                ++v.uncertifiedDaysOver;
        v.assessment = a;
        result.append(v);
    }
    return result;
}

void TestLimitWindow::compare(const QDate &from, const QDate &to)
{
    auto got = LimitMonitor(f->db()).volunteersOverLimits(from, to);
    QVERIFY2(got.ok(), got.ok() ? "" : qPrintable(got.error().args.value(0)));
    const QList<VolunteerOverLimit> want = reference(from, to);
    const QString period = QStringLiteral("%1..%2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    QCOMPARE(got->size(), want.size());
    for (const VolunteerOverLimit &w : want) {
        auto it = std::find_if(got->cbegin(), got->cend(),
            [&](const VolunteerOverLimit &g) { return g.volunteerId == w.volunteerId; });
        QVERIFY2(it != got->cend(), qPrintable(period));
        QVERIFY2(it->excessesInPeriod == w.excessesInPeriod, qPrintable(period));
        QCOMPARE(it->uncertifiedDaysOver, w.uncertifiedDaysOver);
        QVERIFY2(it->assessment.excesses == w.assessment.excesses, qPrintable(period));
        QCOMPARE(it->assessment.longestRun, w.assessment.longestRun);
        QCOMPARE(it->assessment.longestTrainingRun, w.assessment.longestTrainingRun);
        QVERIFY(!it->name.isEmpty());
    }
    QCOMPARE(LimitMonitor(f->db()).countOverLimits(from, to).value(), int(want.size()));
}

void TestLimitWindow::sameAsWholeHistory_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("expected"); // volunteers over a limit in the period

    // 0: a COVID-19 run of 400 days from 01/02/2020: its day count in the
    // period (day 180 on 29/07/2020, far beyond in 2021) comes from before
    // the look-back start.
    QTest::newRow("long run, period a year after it began") << 0 << QDate(2021, 2, 1) << QDate(2021, 2, 28) << 1;
    QTest::newRow("long run, period on its 181st day") << 0 << QDate(2020, 7, 30) << QDate(2020, 7, 30) << 1;
    QTest::newRow("long run, period on its 180th day") << 0 << QDate(2020, 7, 29) << QDate(2020, 7, 29) << 0;
    QTest::newRow("long run, last day") << 0 << QDate(2021, 3, 6) << QDate(2021, 3, 6) << 1;
    QTest::newRow("long run, day after") << 0 << QDate(2021, 3, 7) << QDate(2021, 3, 31) << 0;
    // 1: an ordinary run of 31 days from 12/12/2020, across the new year:
    // the yearly count restarts, the run does not (31st day 11/01/2021).
    QTest::newRow("run across new year, its 31st day") << 1 << QDate(2021, 1, 11) << QDate(2021, 1, 31) << 1;
    QTest::newRow("run across new year, before the 31st") << 1 << QDate(2021, 1, 1) << QDate(2021, 1, 10) << 0;
    // 2: 95 ordinary days of 2021, on Mondays and Thursdays from 01/02: the
    // 91st, in December, counts from 1 January, beyond 180 days before.
    QTest::newRow("91st day of the year in December") << 2 << QDate(2021, 12, 1) << QDate(2021, 12, 31) << 1;
    QTest::newRow("yearly count restarts") << 2 << QDate(2022, 1, 1) << QDate(2022, 1, 31) << 0;
    // 3: a run of 181 COVID-19 days from 03/10/2019 to 31/03/2020, then one
    // day on 02/04/2020. A period from 01/04/2020 looks back to 04/10/2019,
    // one day after the run began: the cut run is still over the limit.
    QTest::newRow("run ends just before the period") << 3 << QDate(2020, 4, 1) << QDate(2020, 4, 30) << 0;
    QTest::newRow("run's 181st day, look-back on its first") << 3 << QDate(2020, 3, 31) << QDate(2020, 3, 31) << 1;
    QTest::newRow("run's 181st day, look-back before it") << 3 << QDate(2020, 3, 30) << QDate(2020, 3, 31) << 1;
    QTest::newRow("run's 180th day") << 3 << QDate(2020, 3, 30) << QDate(2020, 3, 30) << 0;
    // 4: training and operational budgets apart: 11 training days after
    // 25 ordinary ones, then ordinary again (a new operational run).
    QTest::newRow("training budget") << 4 << QDate(2020, 9, 1) << QDate(2020, 9, 30) << 1;
    // 5: the same day in two events (the first recorded wins), a reversed
    // day breaking a run, certified days.
    QTest::newRow("duplicates, reversal, certified") << 5 << QDate(2020, 11, 1) << QDate(2020, 11, 30) << 1;
    QTest::newRow("open period") << 0 << QDate() << QDate() << 1;
    QTest::newRow("open start") << 1 << QDate() << QDate(2021, 1, 31) << 1;
    QTest::newRow("open end") << 2 << QDate(2021, 12, 1) << QDate() << 1;
}

void TestLimitWindow::sameAsWholeHistory()
{
    QFETCH(int, scenario);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, expected);
    switch (scenario) {
    case 0:
        record({ { 0, EventType::Covid19, QDate(2020, 2, 1), 400 } });
        break;
    case 1:
        record({ { 1, EventType::Ordinary, QDate(2020, 12, 12), 31 } });
        break;
    case 2: {
        QList<Run> runs;
        QDate d(2021, 2, 1);
        for (int n = 0; n < 95; ++n, d = d.addDays(n % 2 ? 3 : 4))
            runs.append({ 2, EventType::Ordinary, d, 1 });
        record(runs);
        break;
    }
    case 3:
        record({ { 3, EventType::Covid19, QDate(2019, 10, 3), 181 }, { 3, EventType::Covid19, QDate(2020, 4, 2), 1 } });
        break;
    case 4:
        record({ { 0, EventType::Ordinary, QDate(2020, 8, 7), 25 },
            { 0, EventType::Training, QDate(2020, 9, 1), 11 }, { 0, EventType::Ordinary, QDate(2020, 9, 12), 10 } });
        break;
    case 5:
        record({ { 1, EventType::Covid19, QDate(2020, 10, 1), 40 }, { 1, EventType::Ordinary, QDate(2020, 10, 20), 25 },
            { 2, EventType::Ordinary, QDate(2020, 10, 1), 40 } });
        reverseDay(2, QDate(2020, 10, 15)); // volunteer 2's run breaks: 14 + 25 days
        certify(1, QDate(2020, 11, 10));
        certify(1, QDate(2020, 11, 11));
        break;
    default:
        QFAIL("no such scenario");
    }
    auto got = LimitMonitor(f->db()).volunteersOverLimits(from, to);
    QVERIFY(got.ok());
    QCOMPARE(int(got->size()), expected);
    compare(from, to);
}

void TestLimitWindow::randomLedgersSameAsWholeHistory_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : { 1u, 2u, 3u, 17u, 2026u })
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestLimitWindow::randomLedgersSameAsWholeHistory()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    // Four volunteers over five years: runs of 1 to 250 days of random
    // types with random gaps, some reversed and some certified days.
    QList<Run> runs;
    for (int v = 0; v < 4; ++v) {
        QDate d = QDate(2019, 1, 1).addDays(random.bounded(60));
        while (d.year() < 2024) {
            const int length = random.bounded(100) < 15 ? 100 + random.bounded(150) : 1 + random.bounded(40);
            const EventType type = allEventTypes().at(random.bounded(4));
            runs.append({ v, type, d, length });
            d = d.addDays(length + random.bounded(20)); // a gap of 0 continues the run
        }
    }
    record(runs);
    core::Transaction tx(f->db());
    QVERIFY(bool(tx));
    for (int i = 0; i < 30; ++i) {
        const QDate day = QDate(2019, 1, 1).addDays(random.bounded(5 * 365));
        reverseDay(random.bounded(4), day);
        certify(random.bounded(4), QDate(2019, 1, 1).addDays(random.bounded(5 * 365)));
    }
    QVERIFY(tx.commit().ok());
    // Periods of a day to a year, many of them straddling the look-back
    // start of one of the runs.
    for (int i = 0; i < 40; ++i) {
        const QDate from = QDate(2019, 1, 1).addDays(random.bounded(5 * 365 + 60));
        const QDate to = from.addDays(random.bounded(100) < 30 ? 0 : random.bounded(366));
        compare(from, to);
        if (QTest::currentTestFailed())
            return;
    }
    compare({}, {});
}

QTEST_GUILESS_MAIN(TestLimitWindow)
#include "tst_limitwindow.moc"

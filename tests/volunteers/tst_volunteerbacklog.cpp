#include "volunteerfixture.h"

#include "core/db/derivedtables.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "support/workstationpair.h"
#include "volunteers/domain/art39.h"
#include "volunteers/domain/eventrepository.h"
#include "volunteers/domain/organisationrepository.h"
#include "volunteers/domain/volunteerfigures.h"
#include "volunteers/domain/volunteerrepository.h"
#include "volunteers/domain/volunteerssync.h"

#include <QRandomGenerator>
#include <QTest>

using namespace volunteers;

namespace QTest {
template<>
char *toString(const BacklogFigures &f)
{
    return qstrdup(QStringLiteral("over %1, attestati %2, without employer %3")
                       .arg(f.volunteersOverLimits)
                       .arg(f.attestatiToIssue)
                       .arg(f.volunteersWithoutEmployer)
                       .toUtf8()
                       .constData());
}
} // namespace QTest

// The Cruscotto's volunteer backlog comes from the summary table
// volunteer_backlog (0020), which triggers mark stale and the writer
// refreshes before it commits. Whatever the writes (days recorded, days
// reversed, days certified and uncertified, employment and employer
// changed, an event's type changed, rows imported from another
// workstation), the figures are those of the whole history, both while
// volunteers are marked stale and after the refresh.
class TestVolunteerBacklog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sameAsHistoryAfterEveryWrite_data();
    void sameAsHistoryAfterEveryWrite();
    void manyMarksRebuildTheTable();
    void importRefreshesTheSummary();

private:
    struct Run {
        int volunteer; // 0..3
        EventType type;
        QDate first;
        int days;
    };
    void record(const QList<Run> &runs);
    void reverseDay(int volunteer, const QDate &day);
    void certify(int volunteer, const QDate &day);
    void uncertify(int volunteer, const QDate &day);
    // Both readings against the whole history; then refreshes (as a
    // command does before it commits) and compares again.
    void compare(bool refresh);
    int marks() const;

    std::unique_ptr<VolunteerFixture> f;
    QHash<EventType, qint64> m_events;
    QList<qint64> m_volunteers;
};

void TestVolunteerBacklog::initTestCase()
{
    volunteers::declareSyncTables(); // as at start: registers the refresher
}

void TestVolunteerBacklog::init()
{
    f = std::make_unique<VolunteerFixture>();
    QVERIFY2(f->ok, qPrintable(f->error));
    m_events.clear();
    for (EventType t : allEventTypes()) {
        const QString name = QStringLiteral("riepilogo %1").arg(eventTypeCode(t));
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
    // The ledgers refuse deletions; a repair that bypasses the guards must
    // still leave the summary right: the guards go, for the deletions below.
    for (const char *guard : { "attestato_day_no_delete", "activation_no_delete" })
        QVERIFY(core::runQuery(f->db(), QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(guard))).ok());
}

void TestVolunteerBacklog::cleanup()
{
    f.reset();
}

void TestVolunteerBacklog::record(const QList<Run> &runs)
{
    core::Transaction tx(f->db());
    QVERIFY(bool(tx));
    for (const Run &r : runs)
        for (int i = 0; i < r.days; ++i) {
            auto q = core::runQuery(f->db(),
                QStringLiteral("INSERT INTO activation(event_id, volunteer_id, organisation_id, day, service_id, "
                               "recorded_at) VALUES (?, ?, ?, ?, ?, 0)"),
                { m_events.value(r.type), m_volunteers.at(r.volunteer),
                    i % 3 ? f->organisation : f->otherOrganisation, core::toSqlDate(r.first.addDays(i)), f->coc });
            QVERIFY2(q.ok(), q.ok() ? "" : qPrintable(q.error().args.value(0)));
        }
    QVERIFY(tx.commit().ok());
}

void TestVolunteerBacklog::reverseDay(int volunteer, const QDate &day)
{
    QVERIFY(core::runQuery(f->db(),
        QStringLiteral("INSERT INTO activation(entry_kind, reverses_id, event_id, volunteer_id, organisation_id, day, "
                       "service_id, reason, recorded_at) "
                       "SELECT 'reversal', a.id, a.event_id, a.volunteer_id, a.organisation_id, a.day, a.service_id, "
                       "'errore', 0 FROM activation_effective a WHERE a.volunteer_id = ? AND a.day = ? ORDER BY a.id "
                       "LIMIT 1"),
        { m_volunteers.at(volunteer), core::toSqlDate(day) })
                .ok());
}

void TestVolunteerBacklog::certify(int volunteer, const QDate &day)
{
    QVERIFY(core::runQuery(f->db(),
        QStringLiteral("INSERT OR IGNORE INTO attestato_day(activation_id, attestato_id, day) SELECT id, 1, day "
                       "FROM activation WHERE volunteer_id = ? AND day = ? AND entry_kind = 'entry'"),
        { m_volunteers.at(volunteer), core::toSqlDate(day) })
                .ok());
}

void TestVolunteerBacklog::uncertify(int volunteer, const QDate &day)
{
    QVERIFY(core::runQuery(f->db(),
        QStringLiteral("DELETE FROM attestato_day WHERE activation_id IN "
                       "(SELECT id FROM activation WHERE volunteer_id = ? AND day = ?)"),
        { m_volunteers.at(volunteer), core::toSqlDate(day) })
                .ok());
}

int TestVolunteerBacklog::marks() const
{
    auto n = core::queryValue(f->db(), QStringLiteral("SELECT count(*) FROM volunteer_backlog_dirty"));
    return n ? n->toInt() : -1;
}

void TestVolunteerBacklog::compare(bool refresh)
{
    auto history = backlogFiguresFromHistory(f->db());
    QVERIFY(history.ok());
    auto summary = backlogFigures(f->db());
    QVERIFY(summary.ok());
    QCOMPARE(*summary, *history); // with the volunteers marked stale assessed from their days
    if (!refresh)
        return;
    core::Transaction tx(f->db());
    QVERIFY(bool(tx));
    core::DerivedTables::refresh(f->db());
    QVERIFY(tx.commit().ok());
    QCOMPARE(marks(), 0);
    auto refreshed = backlogFigures(f->db());
    QVERIFY(refreshed.ok());
    QCOMPARE(*refreshed, *history); // from the summary rows alone
}

void TestVolunteerBacklog::sameAsHistoryAfterEveryWrite_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : { 1u, 2u, 3u, 17u, 2026u })
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestVolunteerBacklog::sameAsHistoryAfterEveryWrite()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    // Four volunteers (one needs no attestati, one has no employer) over
    // five years: runs of 1 to 250 days of random types with random gaps.
    QList<Run> runs;
    for (int v = 0; v < 4; ++v) {
        QDate d = QDate(2019, 1, 1).addDays(random.bounded(60));
        while (d.year() < 2024) {
            const int length = random.bounded(100) < 15 ? 100 + random.bounded(150) : 1 + random.bounded(40);
            runs.append({ v, allEventTypes().at(random.bounded(4)), d, length });
            d = d.addDays(length + random.bounded(20));
        }
    }
    record(runs);
    QVERIFY(marks() > 0);
    compare(true);
    auto anyDay = [&] { return QDate(2019, 1, 1).addDays(random.bounded(5 * 365)); };
    // One write at a time, each of the kinds that change the figures; the
    // summary is refreshed after some of them only (marks pile up).
    for (int step = 0; step < 40; ++step) {
        const int volunteer = random.bounded(4);
        switch (random.bounded(7)) {
        case 0:
            record({ { volunteer, allEventTypes().at(random.bounded(4)), anyDay(), 1 + random.bounded(60) } });
            break;
        case 1:
            reverseDay(volunteer, anyDay());
            break;
        case 2: {
            const QDate from = anyDay();
            for (int i = 0; i < 1 + random.bounded(40); ++i)
                certify(volunteer, from.addDays(i));
            break;
        }
        case 3: // deletions (a repair): certified days and recorded days
            uncertify(volunteer, anyDay());
            QVERIFY(core::runQuery(f->db(),
                QStringLiteral("DELETE FROM attestato_day WHERE activation_id IN (SELECT activation_id FROM "
                               "attestato_day ORDER BY activation_id LIMIT 5 OFFSET ?)"),
                { random.bounded(50) })
                        .ok());
            QVERIFY(core::runQuery(f->db(),
                QStringLiteral("DELETE FROM activation WHERE id IN (SELECT id FROM activation WHERE volunteer_id = ? "
                               "AND entry_kind = 'entry' AND id NOT IN (SELECT reverses_id FROM activation WHERE "
                               "reverses_id IS NOT NULL) ORDER BY id LIMIT 3 OFFSET ?)"),
                { m_volunteers.at(volunteer), random.bounded(100) })
                        .ok());
            break;
        case 4:
            QVERIFY(core::runQuery(f->db(),
                QStringLiteral("UPDATE volunteer SET employment = CASE employment WHEN 'not_working' THEN 'employee' "
                               "ELSE 'not_working' END WHERE id = ?"),
                { m_volunteers.at(volunteer) })
                        .ok());
            break;
        case 5:
            QVERIFY(core::runQuery(f->db(),
                QStringLiteral("UPDATE volunteer SET employer_id = CASE WHEN employer_id IS NULL THEN ? END WHERE id = ?"),
                { f->employer, m_volunteers.at(volunteer) })
                        .ok());
            break;
        case 6: {
            const EventType from = allEventTypes().at(random.bounded(4));
            const EventType to = allEventTypes().at(random.bounded(4));
            QVERIFY(core::runQuery(f->db(), QStringLiteral("UPDATE activation_event SET event_type = ? WHERE id = ?"),
                { eventTypeCode(to), m_events.value(from) })
                        .ok());
            break;
        }
        }
        compare(random.bounded(3) == 0);
        if (QTest::currentTestFailed())
            return;
    }
    compare(true);
    // Something to report in most seeds: the comparison is not of zeros.
    auto figures = backlogFigures(f->db());
    QVERIFY(figures.ok());
    QVERIFY(figures->volunteersOverLimits + figures->attestatiToIssue > 0);
}

// A migrated file marks every volunteer with days: past a threshold the
// readers count from the history and the refresh rebuilds the table.
void TestVolunteerBacklog::manyMarksRebuildTheTable()
{
    record({ { 0, EventType::Ordinary, QDate(2020, 6, 1), 45 }, { 1, EventType::Covid19, QDate(2020, 3, 1), 20 },
        { 2, EventType::Training, QDate(2020, 9, 1), 12 }, { 3, EventType::Ordinary, QDate(2020, 1, 1), 95 } });
    certify(0, QDate(2020, 7, 1));
    compare(true);
    QVERIFY(core::runQuery(f->db(),
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400) "
                       "INSERT OR IGNORE INTO volunteer_backlog_dirty SELECT 9000000 + i FROM n"))
                .ok());
    QVERIFY(core::runQuery(f->db(), QStringLiteral("DELETE FROM volunteer_backlog")).ok());
    QVERIFY(marks() >= 400);
    compare(true);
    auto rows = core::queryValue(f->db(), QStringLiteral("SELECT count(*) FROM volunteer_backlog"));
    QVERIFY(rows && rows->toInt() >= 2); // rossi over 30 days, verdi with attestati to issue
}

// An import applies rows with the change log off but these triggers on:
// the importer refreshes the summary once, after the files.
void TestVolunteerBacklog::importRefreshesTheSummary()
{
    testsupport::WorkstationPair pair;
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    const QSqlDatabase a = pair.a();
    OrganisationRepository orgs(a);
    Organisation o;
    o.name = QStringLiteral("Gruppo comunale di Segrate");
    o.comuneId = 15146;
    o.registryNumber = QStringLiteral("MI-PC-0201");
    QVERIFY(orgs.save(o).ok());
    VolunteerRepository people(a);
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        Volunteer v = f->makeVolunteer(QStringLiteral("Galli"), QStringLiteral("Anna%1").arg(QChar('A' + i)),
            QDate(1980 + i, 3, 3), o.id, 0);
        v.comuneId = 15146;
        QVERIFY(people.save(v).ok());
        ids.append(v.id);
    }
    EventRepository events(a);
    ActivationEvent e;
    e.name = QStringLiteral("Piena del Lambro");
    e.type = EventType::Ordinary;
    e.authorisingAct = QStringLiteral("Richiesta della Prefettura");
    e.startDate = QDate(2020, 1, 1);
    QVERIFY(events.saveEvent(e).ok());
    const qint64 service = events.serviceByName(QStringLiteral("coc"))->id;
    auto addDays = [&](qint64 volunteer, const QDate &first, int days) {
        core::Transaction tx(a);
        QVERIFY(bool(tx));
        for (int i = 0; i < days; ++i) {
            auto id = core::allocateRowId(a);
            QVERIFY(id.ok());
            QVERIFY(core::runQuery(a,
                QStringLiteral("INSERT INTO activation(id, event_id, volunteer_id, organisation_id, day, service_id, "
                               "recorded_at) VALUES (?, ?, ?, ?, ?, ?, 0)"),
                { *id, e.id, volunteer, o.id, core::toSqlDate(first.addDays(i)), service })
                        .ok());
        }
        core::DerivedTables::refresh(a);
        QVERIFY(tx.commit().ok());
    };
    addDays(ids.at(0), QDate(2020, 2, 1), 35); // over 30 consecutive days
    addDays(ids.at(1), QDate(2020, 5, 1), 3);
    addDays(ids.at(2), QDate(2020, 12, 30), 4); // two months, two attestati to issue
    QVERIFY(pair.exchange());

    const QSqlDatabase b = pair.b();
    auto marksOn = [](const QSqlDatabase &db) {
        return core::queryValue(db, QStringLiteral("SELECT count(*) FROM volunteer_backlog_dirty"))->toInt();
    };
    QCOMPARE(marksOn(b), 0); // refreshed by the import
    auto onA = backlogFiguresFromHistory(a);
    auto onB = backlogFigures(b);
    QVERIFY(onA.ok() && onB.ok());
    QCOMPARE(onB->volunteersOverLimits, 1);
    QCOMPARE(onB->attestatiToIssue, 5); // February and March, May, December and January
    QCOMPARE(onB->volunteersWithoutEmployer, 3);
    QCOMPARE(*onB, *onA);
    QCOMPARE(*backlogFiguresFromHistory(b), *onB);

    // A correction on a travels too: the run of 35 days broken in two.
    {
        core::Transaction tx(a);
        QVERIFY(bool(tx));
        auto id = core::allocateRowId(a);
        QVERIFY(id.ok());
        QVERIFY(core::runQuery(a,
            QStringLiteral("INSERT INTO activation(id, entry_kind, reverses_id, event_id, volunteer_id, organisation_id, "
                           "day, service_id, reason, recorded_at) SELECT ?, 'reversal', id, event_id, volunteer_id, "
                           "organisation_id, day, service_id, 'errore', 0 FROM activation WHERE volunteer_id = ? AND "
                           "day = '2020-02-16'"),
            { *id, ids.at(0) })
                    .ok());
        core::DerivedTables::refresh(a);
        QVERIFY(tx.commit().ok());
    }
    QVERIFY(pair.exchange());
    QCOMPARE(marksOn(b), 0);
    onB = backlogFigures(b);
    QVERIFY(onB.ok());
    QCOMPARE(onB->volunteersOverLimits, 0);
    QCOMPARE(*onB, *backlogFiguresFromHistory(b));
    QCOMPARE(*onB, *backlogFigures(a));
}

QTEST_MAIN(TestVolunteerBacklog)
#include "tst_volunteerbacklog.moc"

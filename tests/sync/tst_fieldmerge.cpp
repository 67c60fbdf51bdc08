// Field-level merge ordered by the hybrid logical clock (issue 15 item 1):
// two workstations editing different fields of one row apart both keep
// their edit; an edit made after seeing another workstation's value wins
// over it whatever the clocks say; the same field edited apart is one
// conflict, listed on every workstation; a clock far ahead is reported and
// does not drag the others' clocks along.

#include "core/db/connectionstate.h"
#include "core/sync/conflictlog.h"
#include "core/sync/hybridclock.h"
#include "core/sync/room.h"
#include "core/sync/syncfile.h"
#include "core/sync/tableregistry.h"
#include "syncfixtures.h"

#include "core/domain/clock.h"
#include "core/sync/syncexporter.h"
#include "core/sync/syncimporter.h"
#include "support/testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace syncfixtures;
using core::sync::ConflictLog;
using core::sync::HybridClock;
using testsupport::WorkstationPair;

namespace {

QVariant scalarOf(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    auto v = core::queryValue(db, sql, binds);
    return v ? *v : QVariant();
}

QString employerField(const QSqlDatabase &db, qint64 id, const QString &column)
{
    return scalarOf(db, QStringLiteral("SELECT %1 FROM employer WHERE id = ?").arg(column), { id }).toString();
}

qint64 insertEmployer(const QSqlDatabase &db)
{
    core::Transaction tx(db);
    auto id = core::allocateRowId(db);
    if (!tx || !id)
        return 0;
    if (!core::runQuery(db,
            QStringLiteral("INSERT INTO employer(id, name, phone, email) VALUES (?, 'Bianchi srl', '02 000', '')"),
            { *id }))
        return 0;
    return tx.commit() ? *id : 0;
}

bool setField(const QSqlDatabase &db, qint64 id, const QString &column, const QString &text)
{
    return write(db, QStringLiteral("UPDATE employer SET %1 = ? WHERE id = ?").arg(column), { text, id });
}

int conflictCount(const QSqlDatabase &db)
{
    auto list = ConflictLog(db).list(false);
    return list ? int(list->size()) : -1;
}

} // namespace

class TestFieldMerge : public QObject {
    Q_OBJECT
private slots:
    void differentFieldsBothSurvive_data();
    void differentFieldsBothSurvive();
    void editAfterImportWinsWithSlowerClock();
    void sameFieldIsOneConflictEverywhere();
    void clockFarAheadIsBounded();
    void fieldVersionsTravelInTheFile();
    void triggersNameTheChangedColumns();
    void checkedGroupFieldByField_data();
    void checkedGroupFieldByField();
    void checkedGroupAnyDeliveryOrder_data();
    void checkedGroupAnyDeliveryOrder();
};

void TestFieldMerge::differentFieldsBothSurvive_data()
{
    QTest::addColumn<bool>("bFirst"); // which one exports first
    QTest::addColumn<bool>("pendingOnA"); // A imports B's edit before exporting its own
    QTest::newRow("exchanged together") << false << false;
    QTest::newRow("b's file first") << true << false;
    QTest::newRow("a imports before exporting its edit") << true << true;
}

void TestFieldMerge::differentFieldsBothSurvive()
{
    QFETCH(bool, bFirst);
    QFETCH(bool, pendingOnA);
    WorkstationPair pair;
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    const qint64 id = insertEmployer(pair.a());
    QVERIFY(id);
    QVERIFY(pair.exchange());
    QCOMPARE(employerField(pair.b(), id, QStringLiteral("name")), QStringLiteral("Bianchi srl"));

    // Apart: A changes the phone, later B the e-mail (and B's is the later
    // row version, which used to win the whole row).
    QVERIFY(setField(pair.a(), id, QStringLiteral("phone"), QStringLiteral("02 111")));
    pair.tick();
    QVERIFY(setField(pair.b(), id, QStringLiteral("email"), QStringLiteral("info@bianchi.it")));
    if (bFirst) {
        QVERIFY(pair.exportFrom(1));
        QVERIFY(pair.importInto(0));
        if (!pendingOnA) {
            QVERIFY(pair.exportFrom(0));
            QVERIFY(pair.importInto(1));
        }
    }
    QVERIFY(pair.exchange());
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(employerField(pair.station(i), id, QStringLiteral("phone")), QStringLiteral("02 111"));
        QCOMPARE(employerField(pair.station(i), id, QStringLiteral("email")), QStringLiteral("info@bianchi.it"));
        QCOMPARE(conflictCount(pair.station(i)), 0);
    }
    QCOMPARE(pair.differingTables(), QStringList());

    // Later edits of either field still travel.
    pair.tick();
    QVERIFY(setField(pair.b(), id, QStringLiteral("phone"), QStringLiteral("02 222")));
    QVERIFY(pair.exchange());
    QCOMPARE(employerField(pair.a(), id, QStringLiteral("phone")), QStringLiteral("02 222"));
    QCOMPARE(employerField(pair.a(), id, QStringLiteral("email")), QStringLiteral("info@bianchi.it"));
    QCOMPARE(conflictCount(pair.a()), 0);
    QCOMPARE(pair.differingTables(), QStringList());
}

// B's clock is an hour slow: its edit of the phone, made after importing
// A's, is stamped after A's by the hybrid clock and wins everywhere.
void TestFieldMerge::editAfterImportWinsWithSlowerClock()
{
    WorkstationPair pair;
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    core::FixedClock slow(pair.clock().now().addSecs(-3600));
    core::setSessionClock(pair.b(), &slow);
    const qint64 id = insertEmployer(pair.a());
    QVERIFY(id);
    QVERIFY(pair.exchange());
    QVERIFY(setField(pair.a(), id, QStringLiteral("phone"), QStringLiteral("02 111")));
    QVERIFY(pair.exportFrom(0));
    QVERIFY(pair.importInto(1));
    QCOMPARE(employerField(pair.b(), id, QStringLiteral("phone")), QStringLiteral("02 111"));
    const qint64 aStamp = scalarOf(pair.a(),
        QStringLiteral("SELECT max(changed_at) FROM change_log WHERE table_name = 'employer' AND operation = 'U'"))
                              .toLongLong();
    slow.advanceSecs(60);
    QVERIFY(setField(pair.b(), id, QStringLiteral("phone"), QStringLiteral("02 999")));
    // The hybrid clock, not the hour-slow wall clock, stamped B's edit.
    const qint64 bStamp = scalarOf(pair.b(),
        QStringLiteral("SELECT max(changed_at) FROM change_log WHERE table_name = 'employer' AND operation = 'U'"))
                              .toLongLong();
    QVERIFY2(bStamp > aStamp, qPrintable(QStringLiteral("%1 <= %2").arg(bStamp).arg(aStamp)));
    QVERIFY(pair.exchange());
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(employerField(pair.station(i), id, QStringLiteral("phone")), QStringLiteral("02 999"));
        QCOMPARE(conflictCount(pair.station(i)), 0);
    }
    QCOMPARE(pair.differingTables(), QStringList());
    core::setSessionClock(pair.b(), &pair.clock());
}

// The same field edited apart: the later edit wins on both, and the
// conflict is one entry, the same on both, naming who kept and who lost.
void TestFieldMerge::sameFieldIsOneConflictEverywhere()
{
    WorkstationPair pair;
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    const qint64 id = insertEmployer(pair.a());
    QVERIFY(id);
    QVERIFY(pair.exchange());
    QVERIFY(setField(pair.a(), id, QStringLiteral("phone"), QStringLiteral("02 111")));
    pair.tick();
    QVERIFY(setField(pair.b(), id, QStringLiteral("phone"), QStringLiteral("02 222")));
    QVERIFY(setField(pair.a(), id, QStringLiteral("email"), QStringLiteral("a@bianchi.it")));
    QVERIFY(pair.exchange());
    QString firstKey;
    for (int i = 0; i < 2; ++i) {
        const QSqlDatabase db = pair.station(i);
        QCOMPARE(employerField(db, id, QStringLiteral("phone")), QStringLiteral("02 222"));
        QCOMPARE(employerField(db, id, QStringLiteral("email")), QStringLiteral("a@bianchi.it"));
        auto list = ConflictLog(db).list(false);
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        const core::sync::SyncConflict &c = list->first();
        QCOMPARE(c.table, QStringLiteral("employer"));
        QCOMPARE(c.kept.workstation, 2);
        QCOMPARE(c.discarded.workstation, 1);
        QCOMPARE(c.differences.size(), 1);
        QCOMPARE(c.differences.first().column, QStringLiteral("phone"));
        QCOMPARE(c.differences.first().kept.toString(), QStringLiteral("02 222"));
        QCOMPARE(c.differences.first().discarded.toString(), QStringLiteral("02 111"));
        if (i == 0)
            firstKey = c.conflictKey;
        else
            QCOMPARE(c.conflictKey, firstKey);
    }
    QCOMPARE(pair.differingTables(), QStringList());
}

// B's clock is 30 days fast: A applies B's change with its stamp (both
// must order it alike), reports it, and its own clock does not follow;
// A's later edit still wins over the value it saw.
void TestFieldMerge::clockFarAheadIsBounded()
{
    WorkstationPair pair;
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    const qint64 id = insertEmployer(pair.a());
    QVERIFY(id);
    QVERIFY(pair.exchange());
    core::FixedClock fast(pair.clock().now().addDays(30));
    core::setSessionClock(pair.b(), &fast);
    pair.allowClockAhead(); // on purpose
    QVERIFY(setField(pair.b(), id, QStringLiteral("phone"), QStringLiteral("02 333")));
    QVERIFY(pair.exportFrom(1));
    auto report = pair.importInto(0);
    QVERIFY(report);
    QCOMPARE(report->clockAhead.size(), 1);
    QCOMPARE(report->clockAhead.first().workstation, 2);
    QVERIFY(report->clockAhead.first().aheadMs >= 29 * 86'400'000LL);
    QCOMPARE(employerField(pair.a(), id, QStringLiteral("phone")), QStringLiteral("02 333"));
    auto clock = HybridClock::read(pair.a());
    QVERIFY(clock);
    QVERIFY(*clock <= pair.clock().nowMs() + HybridClock::maxAheadMs);
    // An edit of another row on A is not stamped in B's future.
    QVERIFY(insertService(pair.a(), QStringLiteral("neve"), QStringLiteral("Emergenza neve")));
    QVERIFY(scalarOf(pair.a(), QStringLiteral("SELECT max(changed_at) FROM change_log WHERE table_name = 'volunteer_service'"))
                .toLongLong()
        <= pair.clock().nowMs() + HybridClock::maxAheadMs);
    // A saw B's value and changes it: A's edit wins on both.
    pair.tick();
    QVERIFY(setField(pair.a(), id, QStringLiteral("phone"), QStringLiteral("02 444")));
    QVERIFY(pair.exchange());
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(employerField(pair.station(i), id, QStringLiteral("phone")), QStringLiteral("02 444"));
        QCOMPARE(conflictCount(pair.station(i)), 0);
    }
    core::setSessionClock(pair.b(), &pair.clock());
}

// Format 4: the versions of the fields a change wrote travel with it; a
// whole row carries none.
void TestFieldMerge::fieldVersionsTravelInTheFile()
{
    WorkstationPair pair;
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    const qint64 id = insertEmployer(pair.a());
    QVERIFY(id);
    QVERIFY(pair.exchange());
    pair.tick();
    QVERIFY(setField(pair.a(), id, QStringLiteral("phone"), QStringLiteral("02 111")));
    auto exported = pair.exportFrom(0);
    QVERIFY(exported);
    QCOMPARE(exported->files.size(), 1);
    const QString name = exported->files.first().fileName;
    QFile file(QDir(pair.folder()).filePath(name));
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto content = core::sync::decodeSyncFile(file.readAll(), name, core::sync::Room::key(pair.a()));
    QVERIFY(content);
    QCOMPARE(content->header.formatVersion, core::sync::syncFormatVersion);
    const core::sync::SyncChange *change = nullptr;
    for (const core::sync::SyncChange &c : content->changes)
        if (c.table == QLatin1String("employer"))
            change = &c;
    QVERIFY(change);
    QVERIFY(!change->fields.isWhole());
    QCOMPARE(change->fields.of(QStringLiteral("phone"), change->version), change->version);
    QVERIFY(change->fields.of(QStringLiteral("name"), change->version) < change->version);
    // Written again and read back: the same versions.
    const QByteArray again
        = core::sync::encodeSyncFile(content->header, content->changes, name, core::sync::Room::key(pair.a()));
    auto reread = core::sync::decodeSyncFile(again, name, core::sync::Room::key(pair.a()));
    QVERIFY(reread);
    for (int i = 0; i < content->changes.size(); ++i)
        QCOMPARE(reread->changes.at(i).fields, content->changes.at(i).fields);
}

// Columns a CHECK ties together (an event's start and end dates, CHECK
// (end_date >= start_date), declared to merge together) merge field by
// field like the others: A's new start and B's new end both stay. Only when
// the two halves would break the CHECK (A's start after B's end) does the
// later edit's pair win whole. The same on both workstations, whichever
// file arrives first, nothing on hold.
void TestFieldMerge::checkedGroupFieldByField_data()
{
    QTest::addColumn<QString>("aStart"); // A's edit of start_date (empty: none)
    QTest::addColumn<QString>("bEnd"); // B's later edit of end_date
    QTest::addColumn<bool>("bFirst"); // B's file travels first
    QTest::addColumn<QString>("start"); // on both, after the exchange
    QTest::addColumn<QString>("end");
    QTest::newRow("both edits fit") << "2025-12-20"
                                    << "2026-02-15" << false << "2025-12-20"
                                    << "2026-02-15";
    QTest::newRow("both edits fit, b first") << "2025-12-20"
                                             << "2026-02-15" << true << "2025-12-20"
                                             << "2026-02-15";
    QTest::newRow("start moved to the new end") << "2026-01-20"
                                                << "2026-01-20" << false << "2026-01-20"
                                                << "2026-01-20";
    // A's start after B's end: field by field breaks the CHECK, B's later
    // pair (the start it had, its end) wins whole.
    QTest::newRow("halves break the check") << "2026-01-20"
                                            << "2026-01-10" << false << "2026-01-01"
                                            << "2026-01-10";
    QTest::newRow("halves break the check, b first") << "2026-01-20"
                                                     << "2026-01-10" << true << "2026-01-01"
                                                     << "2026-01-10";
    QTest::newRow("only one side edits") << ""
                                         << "2026-01-10" << false << "2026-01-01"
                                         << "2026-01-10";
}

void TestFieldMerge::checkedGroupFieldByField()
{
    QFETCH(QString, aStart);
    QFETCH(QString, bEnd);
    QFETCH(bool, bFirst);
    QFETCH(QString, start);
    QFETCH(QString, end);
    core::sync::TableRegistry::declareMergedTogether(
        QStringLiteral("activation_event"), { QStringLiteral("start_date"), QStringLiteral("end_date") });
    WorkstationPair pair;
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    qint64 id = 0;
    {
        core::Transaction tx(pair.a());
        auto newId = core::allocateRowId(pair.a());
        QVERIFY(tx && newId);
        id = *newId;
        QVERIFY(core::runQuery(pair.a(),
            QStringLiteral("INSERT INTO activation_event(id, name, event_type, authorising_act, start_date, end_date) "
                           "VALUES (?, 'Alluvione', 'ordinary', 'Atto 1', '2026-01-01', '2026-01-31')"),
            { id }));
        QVERIFY(tx.commit());
    }
    QVERIFY(pair.exchange());
    pair.tick();
    if (!aStart.isEmpty())
        QVERIFY(
            write(pair.a(), QStringLiteral("UPDATE activation_event SET start_date = ? WHERE id = ?"), { aStart, id }));
    pair.tick();
    QVERIFY(write(pair.b(), QStringLiteral("UPDATE activation_event SET end_date = ? WHERE id = ?"), { bEnd, id }));
    if (bFirst) {
        QVERIFY(pair.exportFrom(1));
        QVERIFY(pair.importInto(0));
    }
    QVERIFY(pair.exchange());
    for (int i = 0; i < 2; ++i) {
        const QSqlDatabase db = pair.station(i);
        QCOMPARE(
            scalarOf(db, QStringLiteral("SELECT start_date FROM activation_event WHERE id = ?"), { id }).toString(),
            start);
        QCOMPARE(
            scalarOf(db, QStringLiteral("SELECT end_date FROM activation_event WHERE id = ?"), { id }).toString(), end);
        QCOMPARE(scalarOf(db, QStringLiteral("SELECT count(*) FROM sync_parked")).toInt(), 0);
    }
    QCOMPARE(conflictCount(pair.a()), conflictCount(pair.b()));
    QCOMPARE(pair.differingTables(), QStringList());
    // Quiet afterwards, and a later edit of either date still travels.
    pair.tick();
    QVERIFY(
        write(pair.a(), QStringLiteral("UPDATE activation_event SET end_date = '2026-03-31' WHERE id = ?"), { id }));
    QVERIFY(pair.exchange());
    QCOMPARE(
        scalarOf(pair.b(), QStringLiteral("SELECT end_date FROM activation_event WHERE id = ?"), { id }).toString(),
        QStringLiteral("2026-03-31"));
    QCOMPARE(pair.differingTables(), QStringList());
}

// The update triggers name the columns a statement changed; an insert
// names none (every column).
void TestFieldMerge::triggersNameTheChangedColumns()
{
    WorkstationPair pair;
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    const qint64 id = insertEmployer(pair.a());
    QVERIFY(id);
    QVERIFY(write(pair.a(), QStringLiteral("UPDATE employer SET phone = '1', email = 'e', name = name WHERE id = ?"),
        { id }));
    QCOMPARE(scalarOf(pair.a(),
                 QStringLiteral("SELECT changed_columns FROM change_log WHERE table_name = 'employer' "
                                "ORDER BY seq DESC LIMIT 1"))
                 .toString(),
        QStringLiteral("email,phone,"));
    QVERIFY(scalarOf(pair.a(),
        QStringLiteral("SELECT changed_columns IS NULL FROM change_log WHERE table_name = 'employer' AND operation = 'I'"))
                .toBool());
}

// Three or four workstations edit one CHECK group (an event's dates)
// apart, each exports its edit, and the files reach them in EVERY order:
// for each permutation of the files, workstation k receives them in that
// permutation turned by k (so over the permutations every workstation meets
// every order of the others' files), importing and exporting after each
// file (what it sends back meanwhile arrives late, after the others), with
// the first file delivered again at the end. Then a full exchange. The
// dates must be the same on every workstation and for every order: the
// merge is a function of the set of edits, not of their arrival (per field
// the latest edit; the whole group of the latest group edit only when the
// fields' winners together break the CHECK).
namespace {

struct Room {
    core::FixedClock clock { QDateTime(QDate(2026, 3, 10), QTime(10, 0)) };
    std::vector<std::unique_ptr<testsupport::TestDatabase>> stations;
    QTemporaryDir dir;
    QHash<QString, QByteArray> sent; // station:file -> what was last delivered of it
    QString error;

    QString folder(int i) const { return dir.filePath(QStringLiteral("ws%1").arg(i + 1)); }
    QSqlDatabase db(int i) const { return stations[size_t(i)]->db(); }
    int size() const { return int(stations.size()); }
    void stamp()
    {
        for (const auto &s : stations)
            (void)core::runQuery(s->db(),
                QStringLiteral("UPDATE session_context SET clock_ms = max(hlc_ms, ?) WHERE id = 1"), { clock.nowMs() });
    }
    bool open(int count)
    {
        for (int i = 0; i < count; ++i) {
            stations.push_back(std::make_unique<testsupport::TestDatabase>(true, i + 1));
            if (!stations.back()->isValid() || !QDir().mkpath(folder(i)))
                return false;
            core::setSessionClock(db(i), &clock);
        }
        stamp();
        return true;
    }
    // Exports; the files it wrote or rewrote since the last call.
    QStringList exportFrom(int i)
    {
        core::sync::SyncExporter exporter(db(i), clock);
        if (auto e = exporter.exportTo(core::sync::ExportOptions { folder(i), 20000, {} }); !e) {
            error += QStringLiteral(" export %1: %2").arg(i + 1).arg(e.error().code);
            return {};
        }
        QStringList fresh;
        const QString own = QStringLiteral("cisiamo-ws%1-").arg(i + 1, 4, 10, QLatin1Char('0'));
        for (const QString &name : QDir(folder(i)).entryList(QDir::Files, QDir::Name)) {
            if (!name.startsWith(own))
                continue;
            QFile f(QDir(folder(i)).filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            const QString key = QStringLiteral("%1:%2").arg(i).arg(name);
            if (sent.value(key) == bytes)
                continue;
            sent.insert(key, bytes);
            fresh.append(name);
        }
        return fresh;
    }
    // Puts station `from`'s file into station `to`'s folder (again, if there).
    void deliver(int from, const QString &name, int to)
    {
        const QString source = QDir(folder(from)).filePath(name);
        if (!QFile::exists(source))
            return; // an acknowledgements file replaced by a newer one: gone for everybody
        const QString target = QDir(folder(to)).filePath(name);
        QFile::remove(target);
        if (!QFile::copy(source, target))
            error += QStringLiteral(" copy %1").arg(name);
    }
    void importInto(int i)
    {
        core::sync::SyncImporter importer(db(i), clock);
        if (auto r = importer.importFrom(folder(i)); !r)
            error += QStringLiteral(" import %1: %2").arg(i + 1).arg(r.error().code);
    }
    // Everyone exports, every file goes everywhere, everyone imports, until quiet.
    bool exchange()
    {
        for (int round = 0; round < 8; ++round) {
            bool moved = false;
            for (int i = 0; i < size(); ++i)
                for (const QString &name : exportFrom(i)) {
                    moved = true;
                    for (int to = 0; to < size(); ++to)
                        if (to != i)
                            deliver(i, name, to);
                }
            for (int i = 0; i < size(); ++i)
                importInto(i);
            if (!moved && round > 0)
                return error.isEmpty();
        }
        error += QStringLiteral(" the exchange never went quiet");
        return false;
    }
};

QString eventDates(const QSqlDatabase &db, qint64 id)
{
    auto q = core::runQuery(db, QStringLiteral("SELECT start_date, end_date FROM activation_event WHERE id = ?"), { id });
    if (!q || !q->next())
        return QStringLiteral("missing");
    return q->value(0).toString() + QLatin1Char('/') + q->value(1).toString();
}

} // namespace

void TestFieldMerge::checkedGroupAnyDeliveryOrder_data()
{
    // The edits, in the order they are made (one minute apart):
    // "station:column=date" (station 1..n; column start or end). The event
    // starts as 2026-01-01/2026-01-31. Each case is split by the station
    // whose file comes first in the permutation (`lead`): every order is
    // run, in rows short enough for Qt Test's watchdog on a busy machine.
    QTest::addColumn<int>("stations");
    QTest::addColumn<QStringList>("edits");
    QTest::addColumn<QString>("dates"); // start/end everywhere afterwards
    QTest::addColumn<int>("lead");
    QTest::addColumn<int>("stride"); // every order (1), or one in `stride` of them
    // Five workstations: 24 orders of the others for each lead, too many
    // for a busy machine: one lead, and one order of the others in eight
    // (each station still receives them in its own turn of that order).
    struct Case {
        const char *name;
        int stations;
        QStringList edits;
        const char *dates;
        int onlyLead = -1;
        int stride = 1;
    };
    const Case cases[] = {
        // 2's end before 1's start breaks the CHECK; 3's later end fits 1's
        // start: per field 1's start and 3's end, which fit.
        { "3: a later end repairs two halves", 3, { "1:start=2026-01-20", "2:end=2026-01-10", "3:end=2026-01-25" },
            "2026-01-20/2026-01-25" },
        { "3: a later start repairs two halves", 3,
            { "1:start=2026-01-20", "2:end=2026-01-10", "3:start=2026-01-05" }, "2026-01-05/2026-01-10" },
        // Per field 3's start and 2's end break the CHECK: 3's group whole.
        { "3: the latest group wins whole", 3, { "1:end=2026-01-25", "2:end=2026-01-10", "3:start=2026-01-20" },
            "2026-01-20/2026-01-31" },
        { "3: both columns on each", 3,
            { "1:start=2026-01-20", "1:end=2026-01-22", "2:start=2026-01-02", "2:end=2026-01-05",
                "3:end=2026-01-21" },
            "2026-01-02/2026-01-21" },
        { "4: halves broken, then repaired", 4,
            { "1:start=2026-01-20", "2:end=2026-01-10", "3:end=2026-01-25", "4:start=2026-01-22" },
            "2026-01-22/2026-01-25" },
        { "4: the latest group wins whole", 4,
            { "1:start=2026-01-20", "2:end=2026-01-25", "3:end=2026-01-10", "4:start=2026-01-28" },
            "2026-01-28/2026-01-31" },
        // Broken twice and repaired twice: per field 4's start, 5's end.
        { "5: broken and repaired twice", 5,
            { "1:start=2026-01-20", "2:end=2026-01-10", "3:end=2026-01-25", "4:start=2026-01-27",
                "5:end=2026-01-30" },
            "2026-01-27/2026-01-30", 0, 8 },
        // Per field 3's start and 5's end break the CHECK: 5's group whole
        // (the start 5 had: the event's first one).
        { "5: the latest group wins whole", 5,
            { "1:start=2026-01-20", "2:end=2026-01-25", "3:start=2026-01-22", "4:end=2026-01-21",
                "5:end=2026-01-12" },
            "2026-01-01/2026-01-12", 4, 8 },
    };
    for (const Case &c : cases)
        for (int lead = 0; lead < c.stations; ++lead)
            if (c.onlyLead < 0 || c.onlyLead == lead)
                QTest::addRow("%s, first file from %d", c.name, lead + 1)
                    << c.stations << c.edits << QString::fromLatin1(c.dates) << lead << c.stride;
}

void TestFieldMerge::checkedGroupAnyDeliveryOrder()
{
    QFETCH(int, stations);
    QFETCH(QStringList, edits);
    QFETCH(QString, dates);
    QFETCH(int, lead);
    QFETCH(int, stride);
    core::sync::TableRegistry::declareMergedTogether(
        QStringLiteral("activation_event"), { QStringLiteral("start_date"), QStringLiteral("end_date") });
    QList<int> order { lead }; // then every order of the others
    for (int i = 0; i < stations; ++i)
        if (i != lead)
            order.append(i);
    QStringList outcomes; // "order: dates on each station" when they differ from `dates`
    int worlds = 0;
    int permutation = -1;
    do {
        if (++permutation % stride != 0)
            continue;
        ++worlds;
        Room room;
        QVERIFY(room.open(stations));
        qint64 id = 0;
        {
            core::Transaction tx(room.db(0));
            auto newId = core::allocateRowId(room.db(0));
            QVERIFY(tx && newId);
            id = *newId;
            QVERIFY(core::runQuery(room.db(0),
                QStringLiteral("INSERT INTO activation_event(id, name, event_type, authorising_act, start_date, "
                               "end_date) VALUES (?, 'Alluvione', 'ordinary', 'Atto 1', '2026-01-01', '2026-01-31')"),
                { id }));
            QVERIFY(tx.commit());
        }
        QVERIFY2(room.exchange(), qPrintable(room.error));
        // Apart: each edit in its own transaction, a minute apart.
        for (const QString &edit : edits) {
            room.clock.advanceSecs(60);
            room.stamp();
            const int station = edit.section(QLatin1Char(':'), 0, 0).toInt() - 1;
            const QString column = edit.section(QLatin1Char(':'), 1).section(QLatin1Char('='), 0, 0);
            const QString value = edit.section(QLatin1Char('='), 1);
            QVERIFY2(write(room.db(station),
                         QStringLiteral("UPDATE activation_event SET %1_date = ? WHERE id = ?").arg(column),
                         { value, id }),
                qPrintable(edit));
        }
        room.clock.advanceSecs(60);
        room.stamp();
        QList<QStringList> files; // each station's edit files
        for (int i = 0; i < stations; ++i)
            files.append(room.exportFrom(i));
        QVERIFY2(room.error.isEmpty(), qPrintable(room.error));
        // Station k receives the files in `order` turned by k; what it
        // sends back meanwhile waits until the end (late).
        QList<std::pair<int, QString>> late;
        for (int k = 0; k < stations; ++k) {
            for (int j = 0; j < stations; ++j) {
                const int from = order.at((j + k) % stations);
                if (from == k)
                    continue;
                for (const QString &name : std::as_const(files.at(from)))
                    room.deliver(from, name, k);
                room.importInto(k);
                for (const QString &name : room.exportFrom(k))
                    late.append({ k, name });
            }
            // The first file once more.
            const int first = order.at(k % stations) == k ? order.at((k + 1) % stations) : order.at(k % stations);
            for (const QString &name : std::as_const(files.at(first)))
                room.deliver(first, name, k);
            room.importInto(k);
        }
        for (const auto &[from, name] : std::as_const(late))
            for (int to = 0; to < stations; ++to)
                if (to != from)
                    room.deliver(from, name, to);
        for (int i = 0; i < stations; ++i)
            room.importInto(i);
        QVERIFY2(room.exchange(), qPrintable(room.error));
        QStringList here;
        bool same = true;
        for (int i = 0; i < stations; ++i) {
            here.append(eventDates(room.db(i), id));
            same = same && here.last() == dates;
            QCOMPARE(scalarOf(room.db(i), QStringLiteral("SELECT count(*) FROM sync_parked")).toInt(), 0);
        }
        if (!same) {
            QStringList o;
            for (int i : std::as_const(order))
                o.append(QString::number(i + 1));
            outcomes.append(QStringLiteral("order %1: %2").arg(o.join(QLatin1Char(',')), here.join(QLatin1Char(' '))));
        }
        // The same rows on every workstation (when they are the expected ones).
        for (int i = 1; i < stations && same; ++i)
            QCOMPARE(testsupport::WorkstationPair::tableDump(room.db(i), QStringLiteral("activation_event")),
                testsupport::WorkstationPair::tableDump(room.db(0), QStringLiteral("activation_event")));
    } while (std::next_permutation(order.begin() + 1, order.end()));
    int orders = 1;
    for (int i = 2; i < stations; ++i)
        orders *= i;
    QCOMPARE(worlds, (orders + stride - 1) / stride);
    QVERIFY2(outcomes.isEmpty(), qPrintable(QStringLiteral("expected %1 everywhere; ").arg(dates)
                                            + outcomes.join(QStringLiteral("; "))));
}

QTEST_MAIN(TestFieldMerge)
#include "tst_fieldmerge.moc"

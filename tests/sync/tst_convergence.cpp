// Three workstations of a room working apart and exchanging their sync
// files the way a file-sync engine delivers them: in random order, late,
// twice, and sometimes half-written first (a truncated copy must be
// refused, and the whole file applied when it arrives). Each has its own
// database file and its own clock (skewed), and works through the real
// command layer (CommandRunner, signed in), with a seeded random workload.
// After a full exchange every synchronised table must be identical on the
// three (sorted dumps), the conflict list the same everywhere, and what the
// operators meant must have happened (the workload's own check).
//
// Workloads that still end in a state nobody entered are data rows marked
// with QEXPECT_FAIL naming the item of issue 15 that will fix them: they
// turn into failures (XPASS) the day they converge, to be switched on. A
// control row stops the conflict log from travelling and must fail: the
// harness is not blind.
//
// The normal suite runs a few fixed seeds; CISIAMO_CONVERGENCE_SEEDS=N runs
// N seeds of every workload (tst_convergence_sweep, label "benchmark").

#include "core/commands/commandrunner.h"
#include "core/db/connectionstate.h"
#include "core/db/sql.h"
#include "core/domain/clock.h"
#include "core/reference/comune.h"
#include "core/sync/conflictlog.h"
#include "core/sync/syncexporter.h"
#include "core/sync/syncimporter.h"
#include "core/sync/syncschema.h"
#include "core/sync/tableregistry.h"
#include "moduleregistry.h"
#include "stock/domain/catalogcommands.h"
#include "stock/domain/receiptcommands.h"
#include "support/testaccounts.h"
#include "support/testdatabase.h"
#include "support/workstationpair.h"
#include "tutoring/domain/peoplecommands.h"
#include "tutoring/domain/peoplerepository.h"
#include "volunteers/domain/codicefiscale.h"
#include "volunteers/domain/organisationcommands.h"
#include "volunteers/domain/volunteercommands.h"
#include "volunteers/domain/volunteerrepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using testsupport::WorkstationPair;

namespace {

constexpr int stationCount = 3;
const QDateTime roomStart(QDate(2026, 3, 10), QTime(8, 0));

QString errorOf(const core::Error &e)
{
    return e.code + QLatin1Char(' ') + e.args.join(QLatin1Char(' '));
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    auto v = core::queryValue(db, sql);
    return v ? *v : QVariant();
}

QByteArray sha(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

} // namespace

namespace convergence {

// One workstation: its database file, its clock, its view of the shared
// folder (what the file-sync engine has delivered to it so far).
struct Station {
    int number = 0;
    std::unique_ptr<core::FixedClock> clock; // outlives the connection that reads it
    std::unique_ptr<testsupport::TestDatabase> database;
    QString folder;
    QHash<QString, QByteArray> authored; // file name -> hash of what it wrote
    QSqlDatabase db() const { return database->db(); }
};

// A file on its way from one station to another.
struct Delivery {
    int from = 0;
    int to = 0;
    QString name;
    bool truncatedSent = false; // a half copy is already there
};

// What the operators did, to check at the end against what happened.
struct Ids {
    qint64 organisation = 0;
    qint64 volunteer = 0;
    qint64 item = 0;
    qint64 donor = 0;
    qint64 assistant = 0;
};

} // namespace convergence

using namespace convergence;

class TestConvergence : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void converges_data();
    void converges();

private:
    bool setUpRoom(quint32 seed, qint64 skewSecs);
    bool run(int station, core::Command &command);
    // Exports from a station and queues its new files for the others.
    bool exportFrom(int station);
    // Delivers some of the queued files (random order; some late, some
    // twice, some first as a truncated copy), then imports on one station.
    bool shuffleRound();
    bool importInto(int station);
    // Every file delivered whole, every station importing and exporting,
    // until nothing moves.
    bool fullExchange();
    QStringList differences() const;
    QString conflictList(int station) const;

    // Operations of the workloads (through commands).
    bool editVolunteer(int station, const std::function<void(volunteers::Volunteer &)> &change);
    bool createVolunteer(int station, const QString &taxCode, qint64 *id = nullptr);
    bool recordReceipt(int station, qint64 grams);
    bool toggleAvailability(int station, int slot, bool present);
    QList<int> availability(int station) const;

    QTemporaryDir m_dir;
    std::vector<Station> m_stations;
    QList<Delivery> m_pending;
    QList<Delivery> m_delivered;
    QRandomGenerator m_random;
    Ids m_ids;
    int m_truncatedRefused = 0;
    QStringList m_problems; // harness failures (not convergence)
    int m_rooms = 0;
    QString m_lastImport[3]; // what the last import of each station left aside
};

void TestConvergence::initTestCase()
{
    declareSyncTables(); // as at start: ledgers, sets, the conflict log
}

bool TestConvergence::run(int station, core::Command &command)
{
    core::CommandRunner runner(m_stations[station].db(), *m_stations[station].clock);
    const core::Status s = runner.run(command);
    if (!s)
        m_problems.append(QStringLiteral("station %1 %2: %3").arg(station + 1).arg(command.code(), errorOf(s.error())));
    return bool(s);
}

bool TestConvergence::setUpRoom(quint32 seed, qint64 skewSecs)
{
    m_random.seed(seed);
    for (Station &s : m_stations)
        testsupport::signOut(s.db());
    m_stations.clear();
    m_pending.clear();
    m_delivered.clear();
    m_problems.clear();
    m_truncatedRefused = 0;
    m_ids = {};
    const QString root = m_dir.filePath(QStringLiteral("room%1").arg(++m_rooms));
    for (int i = 0; i < stationCount; ++i) {
        Station s;
        s.number = i + 1;
        s.database = std::make_unique<testsupport::TestDatabase>(true, s.number);
        if (!s.database->isValid())
            return false;
        // Station 3's clock is off by `skewSecs`; the others by a few seconds.
        const qint64 skew = i == 2 ? skewSecs : qint64(m_random.bounded(-90, 90));
        s.clock = std::make_unique<core::FixedClock>(roomStart.addSecs(skew));
        core::setSessionClock(s.db(), s.clock.get());
        (void)core::runQuery(s.db(), QStringLiteral("PRAGMA synchronous = OFF"));
        s.folder = root + QStringLiteral("/ws%1").arg(s.number);
        QDir().mkpath(s.folder);
        m_stations.push_back(std::move(s));
    }
    // Station 1 makes the accounts and the shared records, through commands.
    const QSqlDatabase first = m_stations[0].db();
    if (!testsupport::createRoleAccounts(first, *m_stations[0].clock)
        || !testsupport::signInAs(first, QStringLiteral("coord"), *m_stations[0].clock))
        return false;
    volunteers::Organisation organisation;
    organisation.name = QStringLiteral("Gruppo comunale volontari di Rho");
    organisation.kind = volunteers::Organisation::Kind::MunicipalGroup;
    organisation.comuneId = scalar(first, QStringLiteral("SELECT id FROM comune WHERE name = 'Rho'")).toInt();
    organisation.registryNumber = QStringLiteral("MI-PC-0201");
    organisation.representative = QStringLiteral("Sindaco pro tempore");
    volunteers::SaveOrganisation saveOrganisation(organisation);
    if (!run(0, saveOrganisation))
        return false;
    m_ids.organisation = saveOrganisation.id();
    if (!createVolunteer(0, volunteers::CodiceFiscale::build(QStringLiteral("Rossi"), QStringLiteral("Mario"),
                                QDate(1980, 1, 1), QLatin1Char('M'), QStringLiteral("H264")),
            &m_ids.volunteer))
        return false;
    stock::Item pasta;
    pasta.code = QStringLiteral("PASTA");
    pasta.name = QStringLiteral("Pasta di semola");
    pasta.categoryId
        = scalar(first, QStringLiteral("SELECT id FROM goods_category WHERE code = 'pasta_riso'")).toLongLong();
    pasta.unit = stock::Unit::Grams;
    stock::SaveItem saveItem(pasta);
    if (!run(0, saveItem))
        return false;
    m_ids.item = saveItem.id();
    stock::Donor donor;
    donor.name = QStringLiteral("Banco Alimentare della Lombardia");
    donor.kind = stock::DonorKind::Charity;
    stock::SaveDonor saveDonor(donor);
    if (!run(0, saveDonor))
        return false;
    m_ids.donor = saveDonor.id();
    tutoring::Assistant assistant;
    assistant.familyName = QStringLiteral("Conti");
    assistant.givenName = QStringLiteral("Sara");
    assistant.schoolId = 1;
    assistant.comuneId = core::milanoComuneId;
    assistant.subjectIds = { 1, 2 };
    assistant.availability = { 115, 216 }; // Monday 15:00, Tuesday 16:00
    tutoring::SaveAssistant saveAssistant(assistant);
    if (!run(0, saveAssistant))
        return false;
    m_ids.assistant = saveAssistant.id();
    // Everyone receives it, and signs in with the accounts that arrived.
    if (!fullExchange())
        return false;
    for (int i = 1; i < stationCount; ++i)
        if (!testsupport::signInAs(m_stations[i].db(), QStringLiteral("coord"), *m_stations[i].clock))
            return false;
    return true;
}

bool TestConvergence::createVolunteer(int station, const QString &taxCode, qint64 *id)
{
    volunteers::Volunteer v;
    v.organisationId = m_ids.organisation;
    v.lastName = QStringLiteral("Rossi");
    v.firstName = QStringLiteral("Mario");
    v.taxCode = taxCode;
    v.birthDate = QDate(1980, 1, 1);
    v.comuneId = core::milanoComuneId;
    v.employment = volunteers::Volunteer::Employment::NotWorking;
    v.phone = QStringLiteral("333 0000000");
    volunteers::SaveVolunteer save(v);
    if (!run(station, save))
        return false;
    if (id)
        *id = save.id();
    return true;
}

bool TestConvergence::editVolunteer(int station, const std::function<void(volunteers::Volunteer &)> &change)
{
    auto v = volunteers::VolunteerRepository(m_stations[station].db()).volunteer(m_ids.volunteer);
    if (!v || v->id == 0)
        return false;
    change(*v);
    volunteers::SaveVolunteer save(*v);
    return run(station, save);
}

bool TestConvergence::recordReceipt(int station, qint64 grams)
{
    stock::ReceiptDraft draft;
    draft.donorId = m_ids.donor;
    draft.date = m_stations[station].clock->now().date();
    draft.lines.append({ m_ids.item, QStringLiteral("L%1").arg(m_random.bounded(1000, 9999)), QDate(2027, 6, 30),
        grams, 0 });
    stock::RecordReceipt record(draft);
    return run(station, record);
}

bool TestConvergence::toggleAvailability(int station, int slot, bool present)
{
    auto a = tutoring::PeopleRepository(m_stations[station].db()).assistant(m_ids.assistant);
    if (!a)
        return false;
    a->availability.removeAll(slot);
    if (present)
        a->availability.append(slot);
    tutoring::SaveAssistant save(*a);
    return run(station, save);
}

QList<int> TestConvergence::availability(int station) const
{
    QList<int> hours;
    auto q = core::runQuery(m_stations[station].db(),
        QStringLiteral("SELECT weekday * 100 + start_hour FROM tutoring_availability WHERE assistant_id = ? "
                       "ORDER BY 1"),
        { m_ids.assistant });
    while (q && q->next())
        hours.append(q->value(0).toInt());
    return hours;
}

bool TestConvergence::exportFrom(int station)
{
    Station &s = m_stations[station];
    core::sync::SyncExporter exporter(s.db(), *s.clock);
    auto exported = exporter.exportTo(core::sync::ExportOptions { s.folder, 20000, {} });
    if (!exported) {
        m_problems.append(QStringLiteral("export %1: %2").arg(s.number).arg(errorOf(exported.error())));
        return false;
    }
    // What it wrote (new names, or an acknowledgements file written again).
    const QStringList names = QDir(s.folder).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    const QString own = QStringLiteral("cisiamo-ws%1-").arg(s.number, 4, 10, QLatin1Char('0'));
    for (const QString &name : names) {
        if (!name.startsWith(own))
            continue; // delivered from another workstation (whole or not yet)
        QFile file(QDir(s.folder).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray hash = sha(file.readAll());
        if (s.authored.value(name) == hash)
            continue;
        s.authored.insert(name, hash);
        for (int to = 0; to < stationCount; ++to)
            if (to != station)
                m_pending.append({ station, to, name, false });
    }
    return true;
}

bool TestConvergence::importInto(int station)
{
    Station &s = m_stations[station];
    core::sync::SyncImporter importer(s.db(), *s.clock);
    auto imported = importer.importFrom(s.folder);
    if (!imported) {
        m_problems.append(QStringLiteral("import %1: %2").arg(s.number).arg(errorOf(imported.error())));
        return false;
    }
    // A half-written copy is never applied.
    for (const core::sync::ImportedFile &f : imported->files)
        for (const Delivery &d : std::as_const(m_pending))
            if (d.to == station && d.truncatedSent && d.name == f.fileName)
                m_problems.append(QStringLiteral("truncated %1 applied on %2").arg(f.fileName).arg(s.number));
    m_lastImport[station].clear();
    for (const core::sync::SkippedFile &f : imported->refused)
        m_lastImport[station] += QStringLiteral(" refused %1 (%2)").arg(f.fileName, errorOf(f.reason));
    for (const core::sync::SkippedFile &f : imported->waiting)
        m_lastImport[station] += QStringLiteral(" waiting %1 (%2)").arg(f.fileName, errorOf(f.reason));
    for (const core::sync::SkippedFile &f : imported->refused)
        for (const Delivery &d : std::as_const(m_pending))
            if (d.to == station && d.truncatedSent && d.name == f.fileName)
                ++m_truncatedRefused;
    return true;
}

bool TestConvergence::shuffleRound()
{
    // Random order; about half of the files wait for a later round.
    for (int i = m_pending.size() - 1; i > 0; --i)
        m_pending.swapItemsAt(i, int(m_random.bounded(i + 1)));
    QList<Delivery> still;
    for (Delivery d : std::as_const(m_pending)) {
        if (m_random.bounded(2) == 0) {
            still.append(d);
            continue;
        }
        QFile source(QDir(m_stations[d.from].folder).filePath(d.name));
        if (!source.exists())
            continue; // an acknowledgements file replaced by a newer one: gone for everybody
        if (!source.open(QIODevice::ReadOnly))
            return false;
        const QByteArray bytes = source.readAll();
        const QString target = QDir(m_stations[d.to].folder).filePath(d.name);
        // One in five arrives first as a truncated copy (the engine still
        // writing it, or a full disk); the whole file comes later.
        const bool truncate = !d.truncatedSent && bytes.size() > 16 && m_random.bounded(5) == 0;
        QFile copy(target);
        if (!copy.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        copy.write(truncate ? bytes.left(int(m_random.bounded(1, int(bytes.size()) - 1))) : bytes);
        copy.close();
        if (truncate) {
            d.truncatedSent = true;
            still.append(d);
        } else {
            m_delivered.append(d);
        }
    }
    m_pending = still;
    // One in four rounds delivers an old file again.
    if (!m_delivered.isEmpty() && m_random.bounded(4) == 0) {
        const Delivery &again = m_delivered.at(int(m_random.bounded(int(m_delivered.size()))));
        if (QFile::exists(QDir(m_stations[again.from].folder).filePath(again.name)))
            QFile::remove(QDir(m_stations[again.to].folder).filePath(again.name));
        const QString source = QDir(m_stations[again.from].folder).filePath(again.name);
        if (QFile::exists(source) && !QFile::copy(source, QDir(m_stations[again.to].folder).filePath(again.name)))
            return false;
    }
    return importInto(int(m_random.bounded(stationCount)));
}

bool TestConvergence::fullExchange()
{
    for (int round = 0; round < 12; ++round) {
        for (int i = 0; i < stationCount; ++i)
            if (!exportFrom(i))
                return false;
        const bool quiet = m_pending.isEmpty();
        for (const Delivery &d : std::as_const(m_pending)) {
            const QString source = QDir(m_stations[d.from].folder).filePath(d.name);
            const QString target = QDir(m_stations[d.to].folder).filePath(d.name);
            QFile::remove(target);
            if (QFile::exists(source) && !QFile::copy(source, target))
                return false;
            m_delivered.append(d);
        }
        m_pending.clear();
        if (quiet && round > 0)
            return true;
        for (int i = 0; i < stationCount; ++i)
            if (!importInto(i))
                return false;
    }
    QStringList moving;
    for (const Station &st : m_stations)
        for (auto it = st.authored.cbegin(); it != st.authored.cend(); ++it)
            moving.append(QStringLiteral("%1:%2").arg(st.number).arg(it.key()));
    m_problems.append(QStringLiteral("the exchange never went quiet: ") + moving.join(QLatin1Char(' ')));
    return false;
}

QStringList TestConvergence::differences() const
{
    QStringList differing;
    auto schema = core::sync::SyncSchema::read(m_stations[0].db());
    if (!schema)
        return { QStringLiteral("schema: ") + errorOf(schema.error()) };
    for (const QString &table : schema->order()) {
        const QString first = WorkstationPair::tableDump(m_stations[0].db(), table);
        for (int i = 1; i < stationCount; ++i)
            if (WorkstationPair::tableDump(m_stations[i].db(), table) != first) {
                differing.append(QStringLiteral("%1 differs on workstation %2").arg(table).arg(i + 1));
                break;
            }
    }
    for (int i = 0; i < stationCount; ++i) {
        auto parked = core::queryValue(m_stations[i].db(), QStringLiteral("SELECT count(*) FROM sync_parked"));
        if (parked && parked->toInt() > 0)
            differing.append(QStringLiteral("%1 change(s) on hold on workstation %2").arg(parked->toInt()).arg(i + 1));
    }
    if (!differing.isEmpty())
        for (int i = 0; i < stationCount; ++i)
            if (!m_lastImport[i].isEmpty())
                differing.append(QStringLiteral("workstation %1 left aside:%2").arg(i + 1).arg(m_lastImport[i]));
    const QString conflicts = conflictList(0);
    for (int i = 1; i < stationCount; ++i)
        if (conflictList(i) != conflicts)
            differing.append(QStringLiteral("the conflict list differs on workstation %1:\n%2\n--- vs ---\n%3")
                                 .arg(i + 1)
                                 .arg(conflicts, conflictList(i)));
    return differing;
}

QString TestConvergence::conflictList(int station) const
{
    auto list = core::sync::ConflictLog(m_stations[station].db()).list(false, 100000);
    if (!list)
        return errorOf(list.error());
    QStringList lines;
    for (const core::sync::SyncConflict &c : *list)
        lines.append(QStringLiteral("%1 %2 %3").arg(c.conflictKey, c.kind, c.resolution));
    lines.sort();
    return lines.join(QLatin1Char('\n'));
}

void TestConvergence::converges_data()
{
    QTest::addColumn<QString>("workload");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<qint64>("skewSecs");
    QTest::addColumn<QString>("expectedFailure");

    struct Workload {
        const char *name;
        qint64 skewSecs;
        const char *expectedFailure;
    };
    const Workload workloads[] = {
        // Everyday work: receipts, phone numbers, an assistant's hours.
        { "mixed", 45, "" },
        // The same field edited apart with different values: the later wins
        // everywhere, and the conflict is listed on every workstation.
        { "same field edited apart", 45, "" },
        // An assistant's hours edited apart: merged hour by hour (sets).
        { "availability edited apart", 45, "" },
        // A clock 30 days fast: an edit made after seeing its value wins.
        { "edit after a fast clock", 30 * 86400, "" },
        // Different fields of one volunteer edited apart: both must survive
        // (field-level merge, core/sync/fieldversions.h).
        { "different fields edited apart", 45, "" },
        // The same volunteer (codice fiscale) created on two workstations.
        { "same volunteer created apart", 45,
            "issue 15 item 2 (one thing, one row): the second row stays on hold for ever" },
        // Control: the conflict log kept local must make the lists differ.
        { "control: conflict log not synced", 45, "control: the harness must see the lists differ" },
    };
    bool ok = false;
    const int sweep = qEnvironmentVariableIntValue("CISIAMO_CONVERGENCE_SEEDS", &ok);
    QList<quint32> seeds { 11, 2026, 90210 };
    if (ok && sweep > 0) {
        seeds.clear();
        for (int i = 0; i < sweep; ++i)
            seeds.append(quint32(1000 + i * 7919));
    }
    for (const Workload &w : workloads)
        for (quint32 seed : seeds)
            QTest::addRow("%s, seed %u", w.name, seed)
                << QString::fromLatin1(w.name) << seed << w.skewSecs << QString::fromUtf8(w.expectedFailure);
}

void TestConvergence::converges()
{
    QFETCH(QString, workload);
    QFETCH(quint32, seed);
    QFETCH(qint64, skewSecs);
    QFETCH(QString, expectedFailure);

    const bool control = workload.startsWith(QLatin1String("control"));
    const QStringList conflictTables { QStringLiteral("merge_conflict"), QStringLiteral("merge_conflict_review") };
    if (control)
        for (const QString &table : conflictTables)
            core::sync::TableRegistry::declareLocal(table, QStringLiteral("control row"));
    auto restore = qScopeGuard([control, conflictTables] {
        if (control)
            for (const QString &table : conflictTables)
                core::sync::TableRegistry::declare(table, core::sync::TableKind::Ledger);
    });

    QVERIFY2(setUpRoom(seed, skewSecs), qPrintable(m_problems.join(QLatin1Char('\n'))));
    auto tick = [this] {
        const qint64 step = m_random.bounded(5, 600);
        for (Station &s : m_stations)
            s.clock->advanceSecs(step);
    };

    // What the operators meant, checked after the exchange.
    QStringList intent;
    std::function<void()> checkIntent;

    // The scripted part: done apart (nothing exchanged in between).
    if (workload == QLatin1String("same field edited apart") || control) {
        QVERIFY(editVolunteer(0, [](volunteers::Volunteer &v) { v.phone = QStringLiteral("333 1111111"); }));
        tick();
        QVERIFY(editVolunteer(1, [](volunteers::Volunteer &v) { v.phone = QStringLiteral("333 2222222"); }));
        // Station 1 sees the conflict and settles it: every station must
        // show it settled.
        QVERIFY(exportFrom(1));
        QVERIFY(fullExchange());
        auto open = core::sync::ConflictLog(m_stations[0].db(), *m_stations[0].clock).list(true);
        QVERIFY(open && !open->isEmpty());
        QVERIFY(core::sync::ConflictLog(m_stations[0].db(), *m_stations[0].clock)
                    .markReviewed(open->first().id, QStringLiteral("coord")));
        checkIntent = [&] {
            auto v = volunteers::VolunteerRepository(m_stations[0].db()).volunteer(m_ids.volunteer);
            if (!v || v->phone != QLatin1String("333 2222222"))
                intent.append(QStringLiteral("the later phone number did not win"));
            auto all = core::sync::ConflictLog(m_stations[2].db()).list(false);
            if (!all || all->isEmpty())
                intent.append(QStringLiteral("workstation 3 does not list the conflict"));
            auto open = core::sync::ConflictLog(m_stations[2].db()).openCount();
            if (!open || *open != 0)
                intent.append(QStringLiteral("the review made on workstation 1 did not reach workstation 3"));
        };
    } else if (workload == QLatin1String("availability edited apart")) {
        // 1 adds Wednesday 10:00, 2 removes Monday 15:00, 3 adds Friday 9:00.
        QVERIFY(toggleAvailability(0, 310, true));
        tick();
        QVERIFY(toggleAvailability(1, 115, false));
        tick();
        QVERIFY(toggleAvailability(2, 509, true));
        checkIntent = [&] {
            const QList<int> expected { 216, 310, 509 };
            const QList<int> found = availability(0);
            if (found != expected) {
                QStringList hours;
                for (int slot : found)
                    hours.append(QString::number(slot));
                intent.append(QStringLiteral("the hours are not what the three edits meant: %1")
                                  .arg(hours.join(QLatin1Char(','))));
            }
        };
    } else if (workload == QLatin1String("edit after a fast clock")) {
        // Station 3 (30 days fast) edits; station 1 sees it, then edits.
        QVERIFY(editVolunteer(2, [](volunteers::Volunteer &v) { v.phone = QStringLiteral("333 3333333"); }));
        QVERIFY(exportFrom(2));
        QVERIFY(fullExchange());
        tick();
        QVERIFY(editVolunteer(0, [](volunteers::Volunteer &v) { v.phone = QStringLiteral("333 1111111"); }));
        checkIntent = [&] {
            auto v = volunteers::VolunteerRepository(m_stations[1].db()).volunteer(m_ids.volunteer);
            if (!v || v->phone != QLatin1String("333 1111111"))
                intent.append(QStringLiteral("the edit made after seeing the fast clock's value lost"));
        };
    } else if (workload == QLatin1String("different fields edited apart")) {
        QVERIFY(editVolunteer(0, [](volunteers::Volunteer &v) { v.phone = QStringLiteral("333 1111111"); }));
        tick();
        QVERIFY(editVolunteer(1, [](volunteers::Volunteer &v) { v.email = QStringLiteral("mario.rossi@example.it"); }));
        checkIntent = [&] {
            auto v = volunteers::VolunteerRepository(m_stations[0].db()).volunteer(m_ids.volunteer);
            if (!v || v->phone != QLatin1String("333 1111111") || v->email != QLatin1String("mario.rossi@example.it"))
                intent.append(QStringLiteral("one of the two edits of different fields was lost"));
        };
    } else if (workload == QLatin1String("same volunteer created apart")) {
        const QString taxCode = volunteers::CodiceFiscale::build(QStringLiteral("Bianchi"), QStringLiteral("Luca"),
            QDate(1990, 5, 5), QLatin1Char('M'), QStringLiteral("F205"));
        QVERIFY(createVolunteer(0, taxCode));
        tick();
        QVERIFY(createVolunteer(1, taxCode));
        checkIntent = [&, taxCode] {
            auto n = core::queryValue(m_stations[0].db(),
                QStringLiteral("SELECT count(*) FROM volunteer WHERE tax_code = ?"), { taxCode });
            if (!n || n->toInt() != 1)
                intent.append(QStringLiteral("the volunteer is not one row"));
        };
    }

    // The random part: everyday work while files come and go.
    const int steps = 14;
    for (int step = 0; step < steps; ++step) {
        tick();
        const int station = int(m_random.bounded(stationCount));
        switch (m_random.bounded(3)) {
        case 0:
            QVERIFY(recordReceipt(station, qint64(m_random.bounded(1, 50)) * 1000));
            break;
        case 1:
            if (workload == QLatin1String("mixed"))
                QVERIFY(editVolunteer(station, [this](volunteers::Volunteer &v) {
                    v.phone = QStringLiteral("333 %1").arg(m_random.bounded(1000000, 9999999));
                }));
            break;
        default:
            if (workload == QLatin1String("mixed"))
                QVERIFY(toggleAvailability(station, 600 + int(m_random.bounded(8, 12)), m_random.bounded(2) == 0));
            break;
        }
        if (m_random.bounded(3) == 0 && workload == QLatin1String("mixed")) {
            QVERIFY(exportFrom(station));
            QVERIFY2(shuffleRound(), qPrintable(m_problems.join(QLatin1Char('\n'))));
        }
    }
    // Then the network comes back, with the same bad habits for a while.
    for (int round = 0; round < 6; ++round) {
        QVERIFY(exportFrom(int(m_random.bounded(stationCount))));
        QVERIFY2(shuffleRound(), qPrintable(m_problems.join(QLatin1Char('\n'))));
        tick();
    }
    QVERIFY2(fullExchange(), qPrintable(m_problems.join(QLatin1Char('\n'))));
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));

    qInfo("%d truncated copies refused and applied whole later", m_truncatedRefused);
    QStringList problems = differences();
    if (checkIntent)
        checkIntent();
    problems += intent;
    if (!expectedFailure.isEmpty())
        QEXPECT_FAIL("", qPrintable(expectedFailure), Continue);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestConvergence)
#include "tst_convergence.moc"

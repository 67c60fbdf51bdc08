// Three workstations of a room working apart and exchanging their sync
// files the way a file-sync engine delivers them: in random order, late,
// twice, and sometimes half-written first (a truncated copy must be
// refused, and the whole file applied when it arrives). Each has its own
// database file and its own clock (skewed), and works through the real
// command layer (CommandRunner, signed in), with a seeded random workload.
// After a full exchange every synchronised table must be identical on the
// three (sorted dumps), every CSV report the program offers byte for byte
// the same (reportDifferences()), the conflict list the same everywhere,
// and what the operators meant must have happened (the workload's own
// check).
//
// Workloads that still end in a state nobody entered are data rows marked
// with QEXPECT_FAIL naming the item of issue 15 that will fix them: they
// turn into failures (XPASS) the day they converge, to be switched on. A
// control row stops the conflict log from travelling and must fail: the
// harness is not blind.
//
// The normal suite runs a few fixed seeds; CISIAMO_CONVERGENCE_SEEDS=N runs
// N seeds of every workload (tst_convergence_sweep, label "benchmark").

#include "core/auth/session.h"
#include "core/commands/commandrunner.h"
#include "core/db/connectionstate.h"
#include "core/db/sql.h"
#include "core/domain/clock.h"
#include "core/reference/comune.h"
#include "core/reporting/reportcatalog.h"
#include "core/reporting/reportcsv.h"
#include "core/sync/conflictlog.h"
#include "core/sync/identityreview.h"
#include "core/sync/postimport.h"
#include "core/sync/syncexporter.h"
#include "core/sync/syncimporter.h"
#include "core/sync/syncschema.h"
#include "core/sync/tableregistry.h"
#include "deliveries/domain/deliverycommands.h"
#include "deliveries/domain/recipientrepository.h"
#include "moduleregistry.h"
#include "stock/domain/catalogcommands.h"
#include "stock/domain/receiptcommands.h"
#include "support/testaccounts.h"
#include "support/testdatabase.h"
#include "support/workstationpair.h"
#include "tutoring/domain/lessoncommands.h"
#include "tutoring/domain/peoplecommands.h"
#include "tutoring/domain/peoplerepository.h"
#include "tutoring/domain/servicecommands.h"
#include "volunteers/domain/activationcommands.h"
#include "volunteers/domain/attestatocommands.h"
#include "volunteers/domain/attestatoregister.h"
#include "volunteers/domain/codicefiscale.h"
#include "volunteers/domain/eventcommands.h"
#include "volunteers/domain/eventrepository.h"
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

namespace {
// The seed of the normal suite on which every workload's reports are compared.
constexpr quint32 firstFixedSeed = 11;
} // namespace

class TestConvergence : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void converges_data();
    void converges();
    void reportComparisonIsNotBlind();

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
    // Every report of the catalog as `cisiamo report NAME --format csv`
    // makes it, on every workstation, compared byte for byte.
    QStringList reportDifferences() const;
    QList<core::ReportRequest> reportRequests(const core::ReportDefinition &definition) const;
    QString conflictList(int station) const;

    // Operations of the workloads (through commands).
    bool editVolunteer(int station, const std::function<void(volunteers::Volunteer &)> &change);
    bool createVolunteer(int station, const QString &taxCode, qint64 *id = nullptr);
    bool recordReceipt(int station, qint64 grams);
    bool toggleAvailability(int station, int slot, bool present);
    QList<int> availability(int station) const;
    qint64 planDelivery(int station, qint64 grams);
    qint64 saveEvent(int station);
    bool recordDays(int station, qint64 volunteer, qint64 event, const QDate &from, const QDate &to, const QString &service);
    // The rules of the review flags (core/sync/postimport.h) listed on a station.
    QStringList flaggedRules(int station) const;

    QTemporaryDir m_dir;
    std::vector<Station> m_stations;
    QList<Delivery> m_pending;
    QList<Delivery> m_delivered;
    QRandomGenerator m_random;
    Ids m_ids;
    int m_truncatedRefused = 0;
    QStringList m_problems; // harness failures (not convergence)
    int m_rooms = 0;
    quint32 m_seed = 0;
    std::vector<std::unique_ptr<core::Module>> m_modules;
    core::ReportCatalog m_reports;
    // The normal suite compares the reports on one seed of each workload and
    // the per-comune statement of a few comuni (every report on every seed
    // would take ten times the suite's time); the sweep compares them all.
    bool m_sweep = false;
    bool m_compareReports = true;
    QString m_lastImport[3]; // what the last import of each station left aside
};

void TestConvergence::initTestCase()
{
    ::declareSyncTables(); // as at start: ledgers, sets, the conflict log
    // The reports of the Print menu and of `cisiamo report`.
    m_modules = createModules();
    m_reports = createReportCatalog(m_modules);
    m_sweep = qEnvironmentVariableIntValue("CISIAMO_CONVERGENCE_SEEDS") > 0;
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
    m_seed = seed;
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

qint64 TestConvergence::planDelivery(int station, qint64 grams)
{
    const QSqlDatabase db = m_stations[station].db();
    deliveries::DeliveryDraft draft;
    draft.recipientId = deliveries::RecipientRepository(db)
                            .cocOf(scalar(db, QStringLiteral("SELECT id FROM comune WHERE name = 'Rho'")).toInt())
                            .value();
    draft.date = m_stations[station].clock->now().date();
    draft.lines = { deliveries::DeliveryLine {} };
    draft.lines[0].itemId = m_ids.item;
    draft.lines[0].quantity = grams;
    deliveries::SaveDelivery save(draft);
    return run(station, save) ? save.deliveryId() : 0;
}

qint64 TestConvergence::saveEvent(int station)
{
    volunteers::ActivationEvent event;
    event.name = QStringLiteral("Piena del Lambro");
    event.type = volunteers::EventType::Ordinary;
    event.authorisingAct = QStringLiteral("Attivazione della Città metropolitana n. 12/2026");
    event.startDate = QDate(2026, 3, 1);
    volunteers::SaveEvent save(event);
    return run(station, save) ? save.id() : 0;
}

bool TestConvergence::recordDays(
    int station, qint64 volunteer, qint64 event, const QDate &from, const QDate &to, const QString &service)
{
    volunteers::ActivationRequest request;
    request.eventId = event;
    request.volunteerIds = { volunteer };
    request.from = from;
    request.to = to;
    request.serviceId = volunteers::EventRepository(m_stations[station].db()).serviceByName(service)->id;
    volunteers::RecordActivations record(request);
    return run(station, record);
}

QStringList TestConvergence::flaggedRules(int station) const
{
    QStringList rules;
    auto list = core::sync::ConflictLog(m_stations[station].db()).list(false, 100000);
    if (!list)
        return { errorOf(list.error()) };
    for (const core::sync::SyncConflict &c : *list)
        if (core::sync::isReviewFlagKey(c.conflictKey))
            rules.append(core::sync::reviewFlagRule(c.conflictKey));
    rules.sort();
    return rules;
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
    if (m_compareReports)
        differing += reportDifferences();
    const QString conflicts = conflictList(0);
    for (int i = 1; i < stationCount; ++i)
        if (conflictList(i) != conflicts)
            differing.append(QStringLiteral("the conflict list differs on workstation %1:\n%2\n--- vs ---\n%3")
                                 .arg(i + 1)
                                 .arg(conflicts, conflictList(i)));
    return differing;
}

QList<core::ReportRequest> TestConvergence::reportRequests(const core::ReportDefinition &definition) const
{
    // One request for every workstation, as the command line fills it: a
    // period covering the workload (the room works in March 2026, a clock
    // up to 30 days fast), a position at its end, and "now" from the
    // injected clock: workstation 1's, the same on the three, since a
    // report asked on each at its own skewed time would differ by the skew
    // and the comparison is about the data.
    core::ReportRequest base;
    base.from = QDate(2026, 1, 1);
    base.to = QDate(2026, 12, 31);
    base.at = base.to;
    base.now = m_stations[0].clock->now();
    base.locale = QLocale();
    // Every grouping offered (and none, when the report does without one).
    QStringList groupings = definition.byChoices;
    // Outside the sweep, a grouping that is a list of places (the mayor's
    // statement: one per comune, 133) is tried on six evenly spaced.
    if (!m_sweep && groupings.size() > 12) {
        QStringList some;
        for (int i = 0; i < groupings.size(); i += (int(groupings.size()) + 5) / 6)
            some.append(groupings.at(i));
        groupings = some;
    }
    if (!(definition.required & core::ReportDefinition::By) || groupings.isEmpty())
        groupings.prepend(QString());
    QList<core::ReportRequest> requests;
    for (const QString &by : std::as_const(groupings)) {
        core::ReportRequest r = base;
        r.by = by;
        requests.append(r);
        // The choices the window offers (the departure checklist's module),
        // read on workstation 1: their ids are the same everywhere.
        if (!definition.choiceOption.isEmpty() && definition.choices) {
            QList<QPair<QString, QString>> choices;
            for (const auto &choice : definition.choices(m_stations[0].db()))
                if (!choice.first.isEmpty())
                    choices.append(choice);
            // Outside the sweep, six evenly spaced.
            const int step = m_sweep || choices.size() <= 6 ? 1 : int(choices.size() + 5) / 6;
            for (int i = 0; i < choices.size(); i += step) {
                core::ReportRequest withChoice = r;
                withChoice.options.insert(definition.choiceOption, choices.at(i).first);
                requests.append(withChoice);
            }
        }
    }
    return requests;
}

QStringList TestConvergence::reportDifferences() const
{
    // Reports that legitimately differ from one workstation to the next,
    // each with the reason. Nothing else is left out, and nothing is
    // normalised: the CSV of the command line is compared byte for byte.
    const QHash<QString, QString> perWorkstation {
        // The audit log's changes are this database's change_log: the
        // workstation's own record of what was written on it (imported rows
        // are applied with the log off), bookkeeping that never travels
        // (TableRegistry::isBookkeeping). Its other half, audit-events
        // (audit_event, a synced ledger), is compared.
        { QStringLiteral("audit"), QStringLiteral("change_log is local to each workstation") },
    };
    QStringList differing;
    int compared = 0;
    QStringList unbuilt; // the same refusal everywhere compares equal: said, so that nobody thinks it was compared
    for (const core::ReportDefinition &definition : m_reports.all()) {
        if (perWorkstation.contains(definition.name))
            continue;
        for (const core::ReportRequest &base : reportRequests(definition)) {
            ++compared;
            QList<QByteArray> csv;
            for (const Station &s : m_stations) {
                // What runReport (app/cli/corecommands.cpp) does after the
                // permission check: validate, build, write the machine CSV.
                core::ReportRequest request = base;
                request.operatorName = core::sessionPersonName(s.db());
                if (auto valid = core::validateReportRequest(definition, request); !valid) {
                    csv.append("refused: " + errorOf(valid.error()).toUtf8());
                    continue;
                }
                auto document = definition.build(s.db(), request);
                csv.append(document ? core::reportToCsv(*document, core::CsvFlavor::Machine)
                                    : "failed: " + errorOf(document.error()).toUtf8());
            }
            QString label = definition.name;
            if (!base.by.isEmpty())
                label += QStringLiteral(" --by ") + base.by;
            for (auto it = base.options.cbegin(); it != base.options.cend(); ++it)
                label += QStringLiteral(" --option %1=%2").arg(it.key(), it.value());
            // CISIAMO_CONVERGENCE_REPORTS=DIR keeps each workstation's CSV, to look at a seed.
            if (const QString keep = qEnvironmentVariable("CISIAMO_CONVERGENCE_REPORTS"); !keep.isEmpty())
                for (int i = 0; i < stationCount; ++i) {
                    QFile file(QDir(keep).filePath(QStringLiteral("%1.ws%2.csv").arg(label).arg(i + 1)));
                    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                        file.write(csv.at(i));
                }
            if (csv.at(0).startsWith("refused: ") || csv.at(0).startsWith("failed: "))
                unbuilt.append(label + QStringLiteral(" (") + QString::fromUtf8(csv.at(0)) + QLatin1Char(')'));
            for (int i = 1; i < stationCount; ++i) {
                if (csv.at(i) == csv.at(0))
                    continue;
                const QList<QByteArray> first = csv.at(0).split('\n'), other = csv.at(i).split('\n');
                int line = 0;
                while (line < first.size() && line < other.size() && first.at(line) == other.at(line))
                    ++line;
                differing.append(QStringLiteral("report %1 differs on workstation %2 (seed %3), line %4:\n  ws1: %5\n  ws%2: %6")
                                     .arg(label)
                                     .arg(i + 1)
                                     .arg(m_seed)
                                     .arg(line + 1)
                                     .arg(QString::fromUtf8(first.value(line, "(no line)")),
                                         QString::fromUtf8(other.value(line, "(no line)"))));
            }
        }
    }
    qInfo("%d report requests compared on %d workstations%s", compared, stationCount,
        unbuilt.isEmpty() ? "" : qPrintable(QStringLiteral("; not built anywhere: ") + unbuilt.join(QStringLiteral(", "))));
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
        { "same volunteer created apart", 45, "" },
        // That merge undone on one workstation with the correct codice
        // fiscale for the record brought back, which a third workstation
        // gave meanwhile to a new record of the same person: merged with it
        // the same way everywhere, nothing kept merged or on hold.
        { "merge undone, its new key taken elsewhere", 45, "" },
        // The same merge undone on two workstations apart, each with its own
        // new codice fiscale: the first undo's stands everywhere, the other
        // choice is listed for review on every workstation.
        { "merge undone twice apart with different keys", 45, "" },
        // Issue 15 item 3, states from events: a delivery delivered on one
        // workstation and cancelled on another, another returned on two.
        { "returns and cancellations apart", 45, "" },
        // Loaded on two workstations apart (the goods issued twice), and a
        // return met by a later signature elsewhere (issue 15: the states'
        // columns merge as one, nothing waits on hold).
        { "loads and a late signature apart", 45, "" },
        // Attestati run for the same days on two workstations.
        { "attestati on two workstations", 45, "" },
        // The same pupil and hour booked with two assistants apart.
        { "same pupil and hour booked apart", 45, "" },
        // The same volunteer on the same day in two services apart.
        { "same volunteer in two services apart", 45, "" },
        // Control: the conflict log kept local must make the lists differ.
        { "control: conflict log not synced", 45, "control: the harness must see the lists differ" },
        // Control: without the rules of item 3 the goods come back twice.
        { "control: returns and cancellations without the rules", 45,
            "control: without the reconcilers a delivery is returned twice and cancelled with its goods out" },
    };
    bool ok = false;
    const int sweep = qEnvironmentVariableIntValue("CISIAMO_CONVERGENCE_SEEDS", &ok);
    QList<quint32> seeds { firstFixedSeed, 2026, 90210 };
    if (ok && sweep > 0) {
        seeds.clear();
        for (int i = 0; i < sweep; ++i)
            seeds.append(quint32(1000 + i * 7919));
    }
    for (const Workload &w : workloads)
        for (quint32 seed : seeds)
            QTest::addRow("%s, seed %u", w.name, seed)
                << QString::fromLatin1(w.name) << seed << w.skewSecs << QString::fromUtf8(w.expectedFailure);
    // Seeds of the 40-seed sweep that once failed, kept in the normal suite.
    if (!(ok && sweep > 0))
        QTest::addRow("attestati on two workstations, seed 159380 (sweep)")
            << QStringLiteral("attestati on two workstations") << quint32(159380) << qint64(45) << QString();
}

void TestConvergence::converges()
{
    QFETCH(QString, workload);
    // Control: the delivery workload with the modules' rules switched off
    // (no-op reconcilers under their names) must fail.
    const bool withoutRules = workload == QLatin1String("control: returns and cancellations without the rules");
    if (withoutRules) {
        workload = QStringLiteral("returns and cancellations apart");
        for (const QString &name : core::sync::PostImport::reconcilerNames())
            core::sync::PostImport::registerReconciler(
                name, [](const QSqlDatabase &, const core::sync::ImportedRows &) { return core::sync::Reconciled {}; });
    }
    auto rules = qScopeGuard([withoutRules] {
        if (withoutRules)
            ::declareSyncTables(); // the real reconcilers again
    });
    QFETCH(quint32, seed);
    QFETCH(qint64, skewSecs);
    QFETCH(QString, expectedFailure);
    m_compareReports = m_sweep || seed == firstFixedSeed;

    const bool control = workload == QLatin1String("control: conflict log not synced");
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
    } else if (workload == QLatin1String("merge undone, its new key taken elsewhere")) {
        const QString taxCode = volunteers::CodiceFiscale::build(QStringLiteral("Rossi"), QStringLiteral("Mario"),
            QDate(1980, 1, 1), QLatin1Char('M'), QStringLiteral("F205"));
        const QString newKey = volunteers::CodiceFiscale::build(QStringLiteral("Rossi"), QStringLiteral("Mario"),
            QDate(1981, 2, 2), QLatin1Char('M'), QStringLiteral("F205"));
        qint64 kept = 0, restored = 0, third = 0;
        QVERIFY(createVolunteer(0, taxCode, &kept));
        tick();
        QVERIFY(createVolunteer(1, taxCode, &restored));
        QVERIFY(exportFrom(0) && exportFrom(1));
        QVERIFY(fullExchange());
        // Apart: 3 gives the new code to a new record, 1 undoes the merge with it.
        tick();
        QVERIFY(createVolunteer(2, newKey, &third));
        tick();
        auto merges = core::sync::readMergeList(m_stations[0].db());
        QVERIFY(merges && merges->size() == 1);
        core::sync::UndoIdentityMerge undo(merges->first().mergeId, { { QStringLiteral("tax_code"), newKey } });
        QVERIFY2(run(0, undo), qPrintable(m_problems.join(QLatin1Char('\n'))));
        checkIntent = [&, taxCode, newKey, kept, restored, third] {
            for (int i = 0; i < stationCount; ++i) {
                const QSqlDatabase db = m_stations[i].db();
                const QString where = QStringLiteral(" on workstation %1").arg(i + 1);
                auto ids = [&](const QString &code) {
                    auto q
                        = core::runQuery(db, QStringLiteral("SELECT id FROM volunteer WHERE tax_code = ?"), { code });
                    QList<qint64> found;
                    while (q && q->next())
                        found.append(q->value(0).toLongLong());
                    return found;
                };
                if (ids(taxCode) != QList<qint64> { kept })
                    intent.append(QStringLiteral("the record kept is not alone with its code") + where);
                if (ids(newKey) != QList<qint64> { restored })
                    intent.append(QStringLiteral("the record brought back does not have its new code") + where);
                if (scalar(db, QStringLiteral("SELECT count(*) FROM volunteer WHERE id = %1").arg(third)).toInt() != 0)
                    intent.append(QStringLiteral("the third record was not merged into the one brought back") + where);
                auto cases = core::sync::readReconcileList(db);
                if (!cases || !cases->isEmpty())
                    intent.append(QStringLiteral("something is left to reconcile") + where);
                if (scalar(db, QStringLiteral("SELECT count(*) FROM sync_parked")).toInt() != 0)
                    intent.append(QStringLiteral("a change waits on hold") + where);
            }
        };
    } else if (workload == QLatin1String("merge undone twice apart with different keys")) {
        const QString taxCode = volunteers::CodiceFiscale::build(QStringLiteral("Rossi"), QStringLiteral("Mario"),
            QDate(1980, 1, 1), QLatin1Char('M'), QStringLiteral("F205"));
        const QString firstKey = volunteers::CodiceFiscale::build(QStringLiteral("Rossi"), QStringLiteral("Mario"),
            QDate(1981, 2, 2), QLatin1Char('M'), QStringLiteral("F205"));
        const QString secondKey = volunteers::CodiceFiscale::build(QStringLiteral("Rossi"), QStringLiteral("Mario"),
            QDate(1982, 3, 3), QLatin1Char('M'), QStringLiteral("F205"));
        qint64 kept = 0, restored = 0;
        QVERIFY(createVolunteer(0, taxCode, &kept));
        tick();
        QVERIFY(createVolunteer(1, taxCode, &restored));
        QVERIFY(exportFrom(0) && exportFrom(1));
        QVERIFY(fullExchange());
        // Apart: 3 undoes the merge with one code, later 2 with another.
        // An hour apart: station 3's clock is some seconds ahead, and the
        // first undo is the earlier by the clock (the hybrid clock's order).
        const int undoers[2] = { 2, 1 };
        for (int i = 0; i < 2; ++i) {
            tick();
            for (Station &s : m_stations)
                s.clock->advanceSecs(3600);
            auto merges = core::sync::readMergeList(m_stations[undoers[i]].db());
            QVERIFY(merges && !merges->isEmpty());
            core::sync::UndoIdentityMerge undo(
                merges->first().mergeId, { { QStringLiteral("tax_code"), i == 0 ? firstKey : secondKey } });
            QVERIFY2(run(undoers[i], undo), qPrintable(m_problems.join(QLatin1Char('\n'))));
        }
        checkIntent = [&, taxCode, firstKey, secondKey, kept, restored] {
            for (int i = 0; i < stationCount; ++i) {
                const QSqlDatabase db = m_stations[i].db();
                const QString where = QStringLiteral(" on workstation %1").arg(i + 1);
                if (scalar(db, QStringLiteral("SELECT tax_code FROM volunteer WHERE id = %1").arg(restored)).toString()
                    != firstKey)
                    intent.append(QStringLiteral("the record brought back does not have the first undo's code") + where);
                if (scalar(db, QStringLiteral("SELECT tax_code FROM volunteer WHERE id = %1").arg(kept)).toString()
                    != taxCode)
                    intent.append(QStringLiteral("the record kept lost its code") + where);
                if (flaggedRules(i) != QStringList { QStringLiteral("sync.undo_key_set_aside") })
                    intent.append(QStringLiteral("the review list is %1").arg(flaggedRules(i).join(QLatin1Char(','))) + where);
                auto list = core::sync::ConflictLog(db).list(false, 100000);
                bool named = false;
                for (const core::sync::SyncConflict &c : list ? *list : QList<core::sync::SyncConflict>())
                    for (const core::sync::SyncConflict::Difference &d : c.differences)
                        named = named || (d.kept.toString() == firstKey && d.discarded.toString() == secondKey);
                if (!named)
                    intent.append(QStringLiteral("the review does not name both codes") + where);
                auto cases = core::sync::readReconcileList(db);
                if (!cases || !cases->isEmpty())
                    intent.append(QStringLiteral("something is left to reconcile") + where);
            }
        };
    } else if (workload == QLatin1String("returns and cancellations apart")) {
        // Station 1 receives the pasta, plans two deliveries of 64 kg and
        // signs for the second; everyone knows.
        QVERIFY(recordReceipt(0, 200000));
        const qint64 first = planDelivery(0, 64000), second = planDelivery(0, 64000);
        QVERIFY2(first && second, qPrintable(m_problems.join(QLatin1Char('\n'))));
        deliveries::DeliverDelivery signedFor(second, QStringLiteral("Anna Verdi"));
        QVERIFY(run(0, signedFor));
        QVERIFY(exportFrom(0));
        QVERIFY(fullExchange());
        // Apart: the first is signed for on 1 and cancelled on 2 later;
        // the second is returned on 2 and on 3.
        tick();
        deliveries::DeliverDelivery deliver(first, QStringLiteral("Anna Verdi"));
        QVERIFY(run(0, deliver));
        tick();
        deliveries::CancelDelivery cancel(first, QStringLiteral("Il COC non può ricevere"));
        QVERIFY(run(1, cancel));
        tick();
        deliveries::ReturnDelivery returnHere(second, QStringLiteral("Merce rifiutata dal COC"));
        QVERIFY(run(1, returnHere));
        tick();
        deliveries::ReturnDelivery returnThere(second, QStringLiteral("Colli danneggiati"));
        QVERIFY(run(2, returnThere));
        checkIntent = [&, first, second] {
            for (int i = 0; i < stationCount; ++i) {
                const QSqlDatabase db = m_stations[i].db();
                const QString where = QStringLiteral(" on workstation %1").arg(i + 1);
                if (scalar(db, QStringLiteral("SELECT status FROM delivery WHERE id = %1").arg(first)).toString()
                    != QLatin1String("delivered"))
                    intent.append(QStringLiteral("the delivery signed for and cancelled apart is not delivered") + where);
                if (scalar(db, QStringLiteral("SELECT status FROM delivery WHERE id = %1").arg(second)).toString()
                    != QLatin1String("returned"))
                    intent.append(QStringLiteral("the delivery returned twice is not returned") + where);
                // Goods back never exceed goods issued, per delivery line.
                if (scalar(db,
                        QStringLiteral("SELECT count(*) FROM (SELECT ref_id, ref_line FROM stock_movement WHERE "
                                       "ref_type = 'delivery' GROUP BY ref_id, ref_line HAVING sum(quantity) > 0)"))
                        .toInt()
                    != 0)
                    intent.append(QStringLiteral("more goods came back than left") + where);
                if (scalar(db, QStringLiteral("SELECT sum(quantity) FROM stock_movement WHERE ref_type = 'delivery' "
                                              "AND ref_id = %1").arg(second))
                        .toLongLong()
                    != 0)
                    intent.append(QStringLiteral("the twice returned delivery did not come back exactly once") + where);
                if (scalar(db, QStringLiteral("SELECT sum(quantity) FROM stock_movement WHERE ref_type = 'delivery' "
                                              "AND ref_id = %1").arg(first))
                        .toLongLong()
                    != -64000)
                    intent.append(QStringLiteral("the delivered goods are not out of the stock") + where);
                if (scalar(db, QStringLiteral("SELECT sum(quantity) FROM stock_balance")).toLongLong()
                    != scalar(m_stations[0].db(), QStringLiteral("SELECT sum(quantity) FROM stock_balance")).toLongLong())
                    intent.append(QStringLiteral("the stock differs") + where);
                const QStringList expected { QStringLiteral("deliveries.delivered_wins"),
                    QStringLiteral("deliveries.return_counted_once") };
                if (flaggedRules(i) != expected)
                    intent.append(QStringLiteral("the review list is %1").arg(flaggedRules(i).join(QLatin1Char(','))) + where);
            }
        };
    } else if (workload == QLatin1String("loads and a late signature apart")) {
        // Station 1 receives the pasta, plans two deliveries of 64 kg and
        // loads the second; everyone knows.
        QVERIFY(recordReceipt(0, 200000));
        const qint64 first = planDelivery(0, 64000), second = planDelivery(0, 64000);
        QVERIFY2(first && second, qPrintable(m_problems.join(QLatin1Char('\n'))));
        deliveries::LoadDelivery loadSecond(second);
        QVERIFY(run(0, loadSecond));
        QVERIFY(exportFrom(0));
        QVERIFY(fullExchange());
        // Apart: the first is loaded on 2 and on 3; the second is returned
        // on 1 and signed for on 2 later.
        tick();
        deliveries::LoadDelivery loadHere(first);
        QVERIFY(run(1, loadHere));
        tick();
        deliveries::LoadDelivery loadThere(first);
        QVERIFY(run(2, loadThere));
        tick();
        deliveries::ReturnDelivery returned(second, QStringLiteral("Merce rifiutata dal COC"));
        QVERIFY(run(0, returned));
        tick();
        deliveries::DeliverDelivery signedFor(second, QStringLiteral("Anna Verdi"));
        QVERIFY(run(1, signedFor));
        checkIntent = [&, first, second] {
            for (int i = 0; i < stationCount; ++i) {
                const QSqlDatabase db = m_stations[i].db();
                const QString where = QStringLiteral(" on workstation %1").arg(i + 1);
                if (scalar(db, QStringLiteral("SELECT status FROM delivery WHERE id = %1").arg(first)).toString()
                    != QLatin1String("loaded"))
                    intent.append(QStringLiteral("the delivery loaded twice is not loaded") + where);
                if (scalar(db, QStringLiteral("SELECT status FROM delivery WHERE id = %1").arg(second)).toString()
                    != QLatin1String("returned"))
                    intent.append(QStringLiteral("the delivery returned and signed for apart is not returned") + where);
                if (scalar(db, QStringLiteral("SELECT sum(quantity) FROM stock_movement WHERE ref_type = 'delivery' "
                                              "AND ref_id = %1").arg(first))
                        .toLongLong()
                    != -64000)
                    intent.append(QStringLiteral("the goods loaded twice did not leave exactly once") + where);
                if (scalar(db, QStringLiteral("SELECT sum(quantity) FROM stock_movement WHERE ref_type = 'delivery' "
                                              "AND ref_id = %1").arg(second))
                        .toLongLong()
                    != 0)
                    intent.append(QStringLiteral("the returned delivery did not come back exactly once") + where);
                if (scalar(db, QStringLiteral("SELECT count(*) FROM sync_parked")).toInt() != 0)
                    intent.append(QStringLiteral("changes wait on hold") + where);
                if (flaggedRules(i) != QStringList { QStringLiteral("deliveries.load_counted_once") })
                    intent.append(QStringLiteral("the review list is %1").arg(flaggedRules(i).join(QLatin1Char(','))) + where);
            }
        };
    } else if (workload == QLatin1String("attestati on two workstations")) {
        // An employee with days in March, known everywhere; then the
        // attestati of March are issued on 1 and, later, on 2.
        volunteers::Volunteer v;
        v.organisationId = m_ids.organisation;
        v.lastName = QStringLiteral("Galli");
        v.firstName = QStringLiteral("Paola");
        v.taxCode = volunteers::CodiceFiscale::build(
            v.lastName, v.firstName, QDate(1985, 4, 12), QLatin1Char('F'), QStringLiteral("H264"));
        v.birthDate = QDate(1985, 4, 12);
        v.comuneId = core::milanoComuneId;
        v.employment = volunteers::Volunteer::Employment::Employee;
        volunteers::Employer employer;
        employer.name = QStringLiteral("Officine Meccaniche Rho S.r.l.");
        employer.taxCode = QStringLiteral("01234567897");
        volunteers::SaveVolunteer save(v, employer);
        QVERIFY2(run(0, save), qPrintable(m_problems.join(QLatin1Char('\n'))));
        const qint64 volunteer = save.id();
        const qint64 event = saveEvent(0);
        QVERIFY(volunteer && event);
        QVERIFY(recordDays(0, volunteer, event, QDate(2026, 3, 2), QDate(2026, 3, 6), QStringLiteral("coc")));
        QVERIFY(exportFrom(0));
        QVERIFY(fullExchange());
        tick();
        volunteers::IssueAttestato here(volunteer, event, m_ids.organisation, QDate(2026, 3, 1), QDate(2026, 3, 31),
            volunteers::OverLimitPolicy::Include);
        QVERIFY2(run(0, here), qPrintable(m_problems.join(QLatin1Char('\n'))));
        // An hour later: the stations' clocks differ by up to three minutes,
        // and the attestato kept is the earlier by the clock (seed 159380
        // of the sweep: a tick of a few seconds made 2's the earlier, and
        // the check took 1's for the one kept).
        tick();
        for (Station &s : m_stations)
            s.clock->advanceSecs(3600);
        volunteers::IssueAttestato there(volunteer, event, m_ids.organisation, QDate(2026, 3, 1), QDate(2026, 3, 31),
            volunteers::OverLimitPolicy::Include);
        QVERIFY2(run(1, there), qPrintable(m_problems.join(QLatin1Char('\n'))));
        const qint64 kept = here.issued().id, voided = there.issued().id;
        checkIntent = [&, volunteer, kept, voided] {
            for (int i = 0; i < stationCount; ++i) {
                const QSqlDatabase db = m_stations[i].db();
                const QString where = QStringLiteral(" on workstation %1").arg(i + 1);
                // No volunteer-day with two valid attestati (a valid one certifies days).
                if (scalar(db,
                        QStringLiteral("SELECT count(*) FROM attestato t1 JOIN attestato t2 ON t2.volunteer_id = "
                                       "t1.volunteer_id AND t1.id < t2.id AND t1.first_day <= t2.last_day AND "
                                       "t2.first_day <= t1.last_day WHERE EXISTS (SELECT 1 FROM attestato_day d WHERE "
                                       "d.attestato_id = t1.id) AND EXISTS (SELECT 1 FROM attestato_day d WHERE "
                                       "d.attestato_id = t2.id)"))
                        .toInt()
                    != 0)
                    intent.append(QStringLiteral("a volunteer-day has two valid attestati") + where);
                if (scalar(db, QStringLiteral("SELECT count(*) FROM attestato_day WHERE attestato_id = %1").arg(kept))
                        .toInt()
                    != 5)
                    intent.append(QStringLiteral("the first attestato does not keep its five days") + where);
                // The duplicate is void: never printed again.
                auto content = volunteers::AttestatoRegister(db, *m_stations[i].clock).content(voided);
                if (content || content.error().code != QLatin1String("volunteers.attestato_void"))
                    intent.append(QStringLiteral("the duplicate attestato can still be printed") + where);
                if (scalar(db,
                        QStringLiteral("SELECT count(*) FROM activation_effective a WHERE a.volunteer_id = %1 AND NOT "
                                       "EXISTS (SELECT 1 FROM attestato_day d WHERE d.activation_id = a.id)")
                            .arg(volunteer))
                        .toInt()
                    != 0)
                    intent.append(QStringLiteral("days were left without their attestato") + where);
                if (flaggedRules(i) != QStringList { QStringLiteral("volunteers.attestato_void") })
                    intent.append(QStringLiteral("the review list is %1").arg(flaggedRules(i).join(QLatin1Char(','))) + where);
            }
        };
    } else if (workload == QLatin1String("same pupil and hour booked apart")) {
        tutoring::ServicePeriod period;
        period.name = QStringLiteral("ConosciAMO primavera 2026");
        period.firstDay = QDate(2026, 3, 1);
        period.lastDay = QDate(2026, 6, 30);
        tutoring::SavePeriod savePeriod(period);
        QVERIFY(run(0, savePeriod));
        tutoring::Pupil pupil;
        pupil.code = QStringLiteral("P001");
        pupil.familyName = QStringLiteral("Rossi");
        pupil.givenName = QStringLiteral("Marco");
        pupil.order = tutoring::SchoolOrder::Middle;
        pupil.classYear = 2;
        pupil.birthYear = 2013;
        pupil.comuneId = core::milanoComuneId;
        pupil.consentOn = QDate(2026, 2, 1);
        tutoring::SavePupil savePupil(pupil);
        QVERIFY(run(0, savePupil));
        qint64 assistants[2] = {};
        for (int i = 0; i < 2; ++i) {
            tutoring::Assistant a;
            a.code = QStringLiteral("A10%1").arg(i);
            a.familyName = i == 0 ? QStringLiteral("Moretti") : QStringLiteral("Ricci");
            a.givenName = i == 0 ? QStringLiteral("Ilaria") : QStringLiteral("Sara");
            a.schoolId = 1;
            a.classYear = 4;
            a.comuneId = core::milanoComuneId;
            a.safetyCourse = tutoring::SafetyCourse::Done;
            a.safetyCourseOn = QDate(2026, 1, 20);
            a.subjectIds = { 1 };
            a.availability = { 115 };
            tutoring::SaveAssistant saveAssistant(a);
            QVERIFY(run(0, saveAssistant));
            assistants[i] = saveAssistant.id();
        }
        QVERIFY(exportFrom(0));
        QVERIFY(fullExchange());
        for (int i = 0; i < 2; ++i) {
            tick();
            tutoring::BookingRequest request;
            request.pupilId = savePupil.id();
            request.subjectId = 1;
            request.assistantId = assistants[i];
            request.day = QDate(2026, 3, 16); // a Monday
            request.hour = 15;
            tutoring::BookLesson book(request);
            QVERIFY(run(i, book));
        }
        checkIntent = [&] {
            for (int i = 0; i < stationCount; ++i)
                if (flaggedRules(i) != QStringList { QStringLiteral("tutoring.double_booking") })
                    intent.append(QStringLiteral("the review list is %1 on workstation %2")
                                      .arg(flaggedRules(i).join(QLatin1Char(',')))
                                      .arg(i + 1));
        };
    } else if (workload == QLatin1String("same volunteer in two services apart")) {
        const qint64 event = saveEvent(0);
        QVERIFY(event);
        QVERIFY(exportFrom(0));
        QVERIFY(fullExchange());
        tick();
        QVERIFY(recordDays(0, m_ids.volunteer, event, QDate(2026, 3, 9), QDate(2026, 3, 9), QStringLiteral("coc")));
        tick();
        QVERIFY(recordDays(1, m_ids.volunteer, event, QDate(2026, 3, 9), QDate(2026, 3, 9), QStringLiteral("sala_ccvmi")));
        checkIntent = [&] {
            for (int i = 0; i < stationCount; ++i)
                if (flaggedRules(i) != QStringList { QStringLiteral("volunteers.double_service") })
                    intent.append(QStringLiteral("the review list is %1 on workstation %2")
                                      .arg(flaggedRules(i).join(QLatin1Char(',')))
                                      .arg(i + 1));
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

void TestConvergence::reportComparisonIsNotBlind()
{
    // Control: a receipt recorded on workstation 2 after the exchange, and
    // never sent, must make a report differ, named with its line on each
    // workstation and the seed.
    QVERIFY2(setUpRoom(11, 45), qPrintable(m_problems.join(QLatin1Char('\n'))));
    QVERIFY(fullExchange());
    QVERIFY2(reportDifferences().isEmpty(), qPrintable(reportDifferences().join(QLatin1Char('\n'))));
    QVERIFY2(recordReceipt(1, 12000), qPrintable(m_problems.join(QLatin1Char('\n'))));
    const QStringList differing = reportDifferences();
    QVERIFY(!differing.isEmpty());
    QVERIFY2(differing.first().contains(QStringLiteral("differs on workstation 2 (seed 11)"))
            && differing.first().contains(QStringLiteral("\n  ws1: "))
            && differing.first().contains(QStringLiteral("\n  ws2: ")),
        qPrintable(differing.first()));
}

QTEST_MAIN(TestConvergence)
#include "tst_convergence.moc"

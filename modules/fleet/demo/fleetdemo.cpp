#include "fleet/demo/fleetdemo.h"

#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "fleet/domain/fleetmodules.h"
#include "fleet/domain/fleetrepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <iterator>

namespace fleet {

using core::Status;

namespace {

const char plateLetters[] = "ABCDEFGHJKLMNPRSTVWXYZ";

QString demoPlate(QRandomGenerator &random, int year)
{
    // Current series: the first letter grows with the year of registration.
    const int first = std::clamp((year - 1994) * 20 / 32, 0, 19);
    QString p;
    p += QLatin1Char(plateLetters[first]);
    p += QLatin1Char(plateLetters[random.bounded(22)]);
    p += QStringLiteral("%1").arg(random.bounded(1000), 3, 10, QLatin1Char('0'));
    p += QLatin1Char(plateLetters[random.bounded(22)]);
    p += QLatin1Char(plateLetters[random.bounded(22)]);
    return p;
}

struct VehicleModel {
    Vehicle::Type type;
    const char *model;
};

const VehicleModel vehicleModels[] = {
    { Vehicle::Type::OffRoad, "Land Rover Defender 110" }, { Vehicle::Type::OffRoad, "Mitsubishi L200" },
    { Vehicle::Type::OffRoad, "Toyota Land Cruiser" }, { Vehicle::Type::Van, "Fiat Ducato" },
    { Vehicle::Type::Van, "Iveco Daily 35" }, { Vehicle::Type::Van, "Ford Transit" },
    { Vehicle::Type::Minibus, "Fiat Ducato 9 posti" }, { Vehicle::Type::Truck, "Iveco Eurocargo con gru" },
    { Vehicle::Type::Truck, "Iveco Daily 4x4 cassonato" }, { Vehicle::Type::Pickup, "Isuzu D-Max" },
    { Vehicle::Type::Car, "Fiat Panda 4x4" }, { Vehicle::Type::Car, "Dacia Duster" },
    { Vehicle::Type::Trailer, "Carrello portamoduli" }, { Vehicle::Type::Trailer, "Rimorchio cucina mobile" },
    { Vehicle::Type::Special, "Mezzo idrovora" },
};

struct EquipmentModel {
    Equipment::Type type;
    const char *description;
    const char *serialPrefix;
    int weight; // how many of the few hundred
};

const EquipmentModel equipmentModels[] = {
    { Equipment::Type::Tent, "Tenda pneumatica PI 88", "TND", 60 },
    { Equipment::Type::Tent, "Tenda ministeriale", "TNM", 30 },
    { Equipment::Type::Generator, "Gruppo elettrogeno 6 kW", "GEN", 35 },
    { Equipment::Type::Generator, "Gruppo elettrogeno 20 kVA carrellato", "GEC", 10 },
    { Equipment::Type::Pump, "Motopompa idrovora 1.000 l/min", "MPI", 30 },
    { Equipment::Type::Pump, "Elettropompa sommergibile", "EPS", 35 },
    { Equipment::Type::LightingTower, "Torre faro 4 x 1.000 W", "TFR", 15 },
    { Equipment::Type::FieldKitchen, "Cucina da campo 250 pasti", "CDC", 4 },
    { Equipment::Type::Radio, "Radio portatile VHF", "RVH", 60 },
    { Equipment::Type::Radio, "Ponte radio ripetitore", "PRR", 5 },
    { Equipment::Type::Chainsaw, "Motosega", "MTS", 25 },
    { Equipment::Type::Other, "Brandina pieghevole (lotto da 10)", "BRD", 20 },
};

const char *const works[] = { "Tagliando e cambio olio", "Sostituzione pneumatici", "Revisione freni",
    "Sostituzione batteria", "Riparazione impianto elettrico", "Cambio filtri", "Verifica gancio traino",
    "Riparazione carrozzeria" };

const char *const workshops[] = { "Officina Lambro", "Autofficina Martesana", "Officina CCV-MI", "Garage Idroscalo" };

// The modules of the Colonna Mobile, made of what the step just wrote:
// chosen by type, the fit ones first (as a coordinator would), then in
// plate or serial order (no draw from the random generator, so the steps
// after this one are unchanged), each vehicle and piece in one module only. Some are ready, some are not (a revision
// overdue, a pump in maintenance, too few volunteers with a skill: the
// Volontari demo's qualifications that expire were all obtained by 2020,
// so in the demo's present nobody holds a valid driving licence C,
// chainsaw or BLSD qualification).
Status addDemoModules(const QSqlDatabase &db, const QList<qint64> &sites, const QDate &today)
{
    struct Seed {
        const char *name;
        const char *description;
        int site; // index in `sites`
        QList<QPair<const char *, int>> vehicles; // type, how many
        QList<QPair<const char *, int>> equipment; // description prefix, how many
        QList<QPair<const char *, int>> skills; // qualification, volunteers needed
    };
    const QList<Seed> seeds = {
        { "Modulo idrogeologico", "Prosciugamenti, arginature e sacchi di sabbia", 1,
            { { "truck", 1 }, { "off_road", 1 } },
            { { "Motopompa", 2 }, { "Elettropompa", 2 }, { "Gruppo elettrogeno 6", 1 }, { "Torre faro", 1 } },
            { { "Patente C per mezzi pesanti", 2 }, { "Rischio idrogeologico e idraulico", 4 } } },
        { "Modulo cucina da campo", "Preparazione di 250 pasti caldi", 2, { { "trailer", 1 }, { "van", 1 } },
            { { "Cucina da campo", 1 }, { "Gruppo elettrogeno 20", 1 }, { "Tenda ministeriale", 1 } },
            { { "Corso base di protezione civile", 6 } } },
        { "Modulo taglio piante e AIB", "Rimozione alberi caduti, supporto antincendio boschivo", 1,
            { { "pickup", 1 }, { "off_road", 1 } }, { { "Motosega", 3 } },
            { { "Uso in sicurezza della motosega", 2 }, { "Antincendio boschivo (AIB)", 2 } } },
        { "Modulo telecomunicazioni", "Ponte radio e collegamenti con la sala operativa", 0, { { "off_road", 1 } },
            { { "Ponte radio", 1 }, { "Radio portatile", 6 } }, { { "Operatore radio in emergenza", 2 } } },
        { "Modulo logistico e accoglienza", "Tende, brandine e illuminazione per un campo", 0,
            { { "truck", 1 }, { "minibus", 1 } },
            { { "Tenda pneumatica", 4 }, { "Brandina", 4 }, { "Torre faro", 1 } },
            { { "Patente C per mezzi pesanti", 1 }, { "Corso base di protezione civile", 8 } } },
        { "Modulo sanitario di supporto", "Tenda e personale BLSD per un punto di primo soccorso", 0,
            { { "van", 1 } }, { { "Tenda pneumatica", 1 } }, { { "BLSD - rianimazione e defibrillazione", 4 } } },
    };
    const QString day = core::toSqlDate(today);
    QSet<qint64> usedVehicles, usedEquipment;
    ModuleRepository modules(db);
    for (const Seed &seed : seeds) {
        ColonnaModule m;
        m.name = QString::fromUtf8(seed.name);
        m.description = QString::fromUtf8(seed.description);
        m.siteId = sites.value(seed.site);
        for (const auto &[type, count] : seed.vehicles) {
            auto q = core::runQuery(db,
                QStringLiteral("SELECT id FROM fleet_vehicle WHERE vehicle_type = ? AND active = 1 AND site_id IS NOT NULL "
                               "ORDER BY (state = 'operational' AND coalesce(revision_due, ?) >= ? "
                               "AND coalesce(insurance_expiry, ?) >= ?) DESC, plate"),
                { QString::fromLatin1(type), day, day, day, day });
            if (!q)
                return q.error();
            int taken = 0;
            while (taken < count && q->next()) {
                const qint64 id = q->value(0).toLongLong();
                if (usedVehicles.contains(id))
                    continue;
                usedVehicles.insert(id);
                m.vehicleIds.append(id);
                ++taken;
            }
        }
        for (const auto &[prefix, count] : seed.equipment) {
            auto q = core::runQuery(db,
                QStringLiteral("SELECT id FROM fleet_equipment e WHERE description LIKE ? || '%' AND active = 1 "
                               "ORDER BY (state = 'operational' AND coalesce(check_due, ?) >= ? AND NOT EXISTS "
                               "(SELECT 1 FROM fleet_loan_open l WHERE l.equipment_id = e.id)) DESC, serial_number"),
                { QString::fromUtf8(prefix), day, day });
            if (!q)
                return q.error();
            int taken = 0;
            while (taken < count && q->next()) {
                const qint64 id = q->value(0).toLongLong();
                if (usedEquipment.contains(id))
                    continue;
                usedEquipment.insert(id);
                m.equipmentIds.append(id);
                ++taken;
            }
        }
        for (const auto &[qualification, needed] : seed.skills)
            m.skills.append({ QString::fromUtf8(qualification), needed });
        if (auto st = modules.saveModule(m); !st)
            return st;
    }
    return {};
}

// The Volontari demo's qualifications that expire were all obtained by
// 2020 and lapsed by 2025: in the demo's present nobody would hold a valid
// driving licence C, chainsaw, AIB or BLSD qualification, and no module
// needing one could ever leave. As the organisations do, two holders in
// three renewed theirs in the last two years (a new row, the old one
// kept): chosen by their order, with no draw from the random generator,
// so the steps after this one are unchanged.
Status renewDemoQualifications(const QSqlDatabase &db, const QDate &today)
{
    const QString day = core::toSqlDate(today);
    auto q = core::runQuery(db,
        QStringLiteral("SELECT q.volunteer_id, q.kind, q.name, "
                       "CAST(round((julianday(q.expires_on) - julianday(q.obtained_on)) / 365.25) AS INTEGER) "
                       "FROM volunteer_qualification q JOIN volunteer v ON v.id = q.volunteer_id AND v.active = 1 "
                       "WHERE q.expires_on IS NOT NULL AND q.expires_on < ? AND NOT EXISTS "
                       "(SELECT 1 FROM volunteer_qualification r WHERE r.volunteer_id = q.volunteer_id "
                       " AND r.name = q.name AND (r.expires_on IS NULL OR r.expires_on >= ?)) "
                       "ORDER BY q.name, q.volunteer_id"),
        { day, day });
    if (!q)
        return q.error();
    struct Renewal {
        qint64 volunteer;
        QString kind;
        QString name;
        int years;
    };
    QList<Renewal> renewals;
    QHash<QString, int> seen;
    while (q->next()) {
        const QString name = q->value(2).toString();
        if (seen[name]++ % 3 == 2)
            continue;
        renewals.append({ q->value(0).toLongLong(), q->value(1).toString(), name, std::max(1, q->value(3).toInt()) });
    }
    if (auto s = core::queryFinished(*q); !s)
        return s.error();
    if (renewals.isEmpty())
        return {};
    auto first = core::allocateRowId(db, renewals.size());
    if (!first)
        return first.error();
    qint64 next = *first;
    for (const Renewal &r : std::as_const(renewals)) {
        // Obtained 1 to 20 months ago, valid as long as the first time.
        const QDate obtained = today.addDays(-30 - (r.volunteer % 570));
        if (auto i = core::runQuery(db,
                QStringLiteral("INSERT INTO volunteer_qualification(id, volunteer_id, kind, name, obtained_on, "
                               "expires_on, notes) VALUES (?, ?, ?, ?, ?, ?, 'Rinnovo')"),
                { next++, r.volunteer, r.kind, r.name, core::toSqlDate(obtained),
                    core::toSqlDate(obtained.addYears(r.years)) });
            !i)
            return i.error();
    }
    return {};
}

Status runDemo(core::DemoContext &context)
{
    const QDateTime now = core::demoNow(context);
    const QDate today = now.date();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    QRandomGenerator &random = context.random;
    context.progress(QStringLiteral("Colonna Mobile"));

    core::Transaction tx(context.db);
    if (!tx)
        return tx.error();
    FleetRepository repo(context.db);

    // Sites: the headquarters, three poles (two operational), a store.
    struct SiteSeed {
        const char *name;
        Site::Kind kind;
        const char *address;
        int comune;
        Site::State state;
        const char *capacity;
    };
    const SiteSeed siteSeeds[] = {
        { "Sede CCV-MI Idroscalo", Site::Kind::Headquarters, "Via Circonvallazione Idroscalo 29", 15171,
            Site::State::Operational, "Capannone 1.200 m², 12 posti mezzi coperti, sala radio" },
        { "Polo Colonna Mobile Nord", Site::Kind::Pole, "Via dei Platani 4", 15009, Site::State::Operational,
            "Capannone 600 m², 8 posti mezzi, area esterna per moduli" },
        { "Polo Colonna Mobile Sud", Site::Kind::Pole, "Via Curiel 12", 15189, Site::State::Operational,
            "Magazzino 450 m², 6 posti mezzi" },
        { "Polo Colonna Mobile Est", Site::Kind::Pole, "Via Bergamo 80", 15142, Site::State::Planned,
            "In allestimento: 10 posti mezzi previsti" },
        { "Magazzino Città metropolitana", Site::Kind::Other, "Viale Piceno 60", 15146, Site::State::Operational,
            "Scaffalature per radio e materiale minuto" },
    };
    QList<qint64> sites;
    for (const SiteSeed &seed : siteSeeds) {
        Site s;
        s.name = QString::fromUtf8(seed.name);
        s.kind = seed.kind;
        s.address = QString::fromUtf8(seed.address);
        s.comuneId = seed.comune;
        s.state = seed.state;
        s.capacityNotes = QString::fromUtf8(seed.capacity);
        if (auto st = repo.saveSite(s); !st)
            return st;
        sites.append(s.id);
    }
    // Where things are kept: the headquarters and the two operational poles.
    const QList<qint64> stores { sites.at(0), sites.at(0), sites.at(1), sites.at(2), sites.at(4) };

    QList<qint64> organisations;
    auto orgs = core::runQuery(context.db, QStringLiteral("SELECT id FROM organisation WHERE active = 1 ORDER BY id"));
    if (!orgs)
        return orgs.error();
    while (orgs->next())
        organisations.append(orgs->value(0).toLongLong());

    // Vehicles.
    const int vehicleCount = 36;
    for (int i = 0; i < vehicleCount; ++i) {
        const VehicleModel &m = vehicleModels[random.bounded(int(std::size(vehicleModels)))];
        Vehicle v;
        const int year = 2006 + random.bounded(17);
        v.registrationDate = QDate(year, 1 + random.bounded(12), 1 + random.bounded(28));
        if (v.registrationDate > today)
            v.registrationDate = today.addYears(-1);
        v.type = m.type;
        v.model = QString::fromUtf8(m.model);
        v.plate = demoPlate(random, v.registrationDate.year());
        const int owner = random.bounded(10);
        if (owner < 4 || organisations.isEmpty()) {
            v.owner = Vehicle::Owner::MetropolitanCity;
        } else if (owner < 6) {
            v.owner = Vehicle::Owner::CcvMi;
        } else {
            v.owner = Vehicle::Owner::Organisation;
            v.organisationId = organisations.at(random.bounded(int(organisations.size())));
        }
        v.siteId = v.owner == Vehicle::Owner::Organisation ? 0 : stores.at(random.bounded(int(stores.size()) - 1));
        // A few overdue, a few due within 30 days, the rest later.
        auto deadline = [&](int slot) {
            if (slot == 0)
                return today.addDays(-1 - random.bounded(60));
            if (slot == 1)
                return today.addDays(random.bounded(31));
            return today.addDays(31 + random.bounded(700));
        };
        const int revisionSlot = i < 4 ? 0 : i < 9 ? 1 : 2;
        const int insuranceSlot = i % 12 == 5 ? 0 : i % 9 == 2 ? 1 : 2;
        v.revisionDue = std::max(deadline(revisionSlot), v.registrationDate);
        v.insuranceExpiry = deadline(insuranceSlot);
        v.state = i % 11 == 7 ? AssetState::Maintenance : i == 33 ? AssetState::OutOfService : AssetState::Operational;
        v.odometerKm = 0;
        if (auto st = repo.saveVehicle(v, today); !st) {
            if (st.error().code == QLatin1String("fleet.plate_in_use"))
                continue; // the rare repeated plate: one vehicle fewer
            return st;
        }
        // Its maintenance log over the last two years, km growing.
        qint64 km = 20000 + random.bounded(80000);
        QDate day = today.addDays(-700 + random.bounded(60));
        const int entries = 1 + random.bounded(4);
        for (int e = 0; e < entries && day < today; ++e) {
            MaintenanceEntry entry;
            entry.vehicleId = v.id;
            entry.day = day;
            entry.km = km;
            entry.work = QString::fromUtf8(works[random.bounded(int(std::size(works)))]);
            entry.costCents = 8000 + qint64(random.bounded(120000));
            entry.doneBy = QString::fromUtf8(workshops[random.bounded(int(std::size(workshops)))]);
            if (auto id = repo.addMaintenance(entry, today, nowMs); !id)
                return id.error();
            km += 3000 + random.bounded(12000);
            day = day.addDays(90 + random.bounded(150));
        }
    }

    // Equipment, then loans to organisations.
    QList<qint64> lendable;
    for (const EquipmentModel &m : equipmentModels) {
        for (int n = 1; n <= m.weight; ++n) {
            Equipment e;
            e.type = m.type;
            e.description = QString::fromUtf8(m.description);
            e.serialNumber = QStringLiteral("%1-%2").arg(QString::fromLatin1(m.serialPrefix)).arg(n, 4, 10, QLatin1Char('0'));
            e.siteId = stores.at(random.bounded(int(stores.size())));
            const int state = random.bounded(100);
            e.state = state < 5 ? AssetState::OutOfService : state < 12 ? AssetState::Maintenance : AssetState::Operational;
            if (m.type == Equipment::Type::Generator || m.type == Equipment::Type::LightingTower
                || m.type == Equipment::Type::Pump || m.type == Equipment::Type::Chainsaw)
                e.checkDue = today.addDays(-30 + random.bounded(400));
            if (auto st = repo.saveEquipment(e); !st)
                return st;
            if (e.state == AssetState::Operational)
                lendable.append(e.id);
        }
    }
    if (!organisations.isEmpty()) {
        for (int i = 0; i < 70 && !lendable.isEmpty(); ++i) {
            const qint64 piece = lendable.takeAt(random.bounded(int(lendable.size())));
            const qint64 organisation = organisations.at(random.bounded(int(organisations.size())));
            const QDate out = today.addDays(-10 - random.bounded(300));
            if (auto id = repo.lend(piece, organisation, out, {}, nowMs); !id)
                return id.error();
            // About half come back, most in good order.
            if (random.bounded(100) < 55) {
                const QDate back = std::min(today, out.addDays(3 + random.bounded(40)));
                const int c = random.bounded(100);
                const ReturnCondition condition = c < 75 ? ReturnCondition::Good
                    : c < 92                              ? ReturnCondition::Worn
                                                          : ReturnCondition::Damaged;
                if (auto id = repo.giveBack(piece, back, condition, {}, nowMs); !id)
                    return id.error();
            }
        }
    }
    if (auto st = renewDemoQualifications(context.db, today); !st)
        return st;
    if (auto st = addDemoModules(context.db, sites, today); !st)
        return st;
    return tx.commit();
}

} // namespace

core::DemoStep fleetDemoStep()
{
    return { QStringLiteral("fleet"), &runDemo };
}

} // namespace fleet

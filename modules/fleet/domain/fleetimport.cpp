#include "fleet/domain/fleetimport.h"

#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "core/domain/tablefile.h"
#include "core/domain/importlimits.h"
#include "fleet/domain/fleetrepository.h"
#include "fleet/domain/fleetrules.h"

#include <QHash>

namespace fleet {

using core::Error;
using core::Result;

namespace {

constexpr int maxImportErrors = 200;

struct ImportColumns {
    QHash<QString, int> index;
    int of(const QString &name) const { return index.value(name, -1); }
};

ImportColumns findImportColumns(const core::CsvTable &table, const QList<QPair<QString, QStringList>> &spec,
    const QStringList &required, const QString &file, QList<Error> *errors)
{
    ImportColumns c;
    for (const auto &[name, aliases] : spec)
        c.index.insert(name, table.column(QStringList { name } + aliases));
    for (const QString &name : required)
        if (c.of(name) < 0)
            errors->append(Error(QStringLiteral("fleet.import_missing_column"), { name }).at(file, 1, name));
    return c;
}

void refuseOverlongFleet(const core::CsvTable &table, const ImportColumns &c, const QString &file, QList<Error> *errors)
{
    static const QStringList codes { QStringLiteral("targa"), QStringLiteral("matricola"), QStringLiteral("km"),
        QStringLiteral("immatricolazione"), QStringLiteral("revisione"), QStringLiteral("assicurazione"),
        QStringLiteral("verifica"), QStringLiteral("stato"), QStringLiteral("tipo") };
    static const QStringList texts { QStringLiteral("note") };
    QHash<int, core::TextKind> kinds;
    for (auto it = c.index.cbegin(); it != c.index.cend(); ++it)
        if (it.value() >= 0)
            kinds.insert(it.value(),
                codes.contains(it.key())       ? core::TextKind::Code
                    : texts.contains(it.key()) ? core::TextKind::Text
                                               : core::TextKind::Name);
    *errors += core::overlongFields(table, file, kinds);
}

QString cell(const core::CsvRecord &r, const ImportColumns &c, const QString &name)
{
    const int i = c.of(name);
    return i >= 0 ? r.fields.value(i).trimmed() : QString();
}

template <typename E> bool fromWords(const QString &text, const QList<QPair<QStringList, E>> &words, E *value)
{
    const QString k = core::foldKey(text);
    for (const auto &[keys, v] : words)
        for (const QString &key : keys)
            if (k == key) {
                *value = v;
                return true;
            }
    return false;
}

bool vehicleTypeFromText(const QString &text, Vehicle::Type *type)
{
    using T = Vehicle::Type;
    if (vehicleTypeFromCode(text.trimmed().toLower(), type))
        return true;
    return fromWords<T>(text,
        { { { QStringLiteral("autovettura"), QStringLiteral("auto"), QStringLiteral("autovetture") }, T::Car },
            { { QStringLiteral("fuoristrada"), QStringLiteral("4x4"), QStringLiteral("offroad") }, T::OffRoad },
            { { QStringLiteral("furgone"), QStringLiteral("furgoni"), QStringLiteral("autofurgone") }, T::Van },
            { { QStringLiteral("minibus"), QStringLiteral("pulmino") }, T::Minibus },
            { { QStringLiteral("autocarro"), QStringLiteral("camion") }, T::Truck },
            { { QStringLiteral("pickup") }, T::Pickup },
            { { QStringLiteral("rimorchio"), QStringLiteral("carrello") }, T::Trailer },
            { { QStringLiteral("moto"), QStringLiteral("motociclo") }, T::Motorcycle },
            { { QStringLiteral("speciale"), QStringLiteral("veicolospeciale"), QStringLiteral("mezzospeciale") },
                T::Special } },
        type);
}

bool equipmentTypeFromText(const QString &text, Equipment::Type *type)
{
    using T = Equipment::Type;
    if (equipmentTypeFromCode(text.trimmed().toLower(), type))
        return true;
    return fromWords<T>(text,
        { { { QStringLiteral("tenda"), QStringLiteral("tende") }, T::Tent },
            { { QStringLiteral("generatore"), QStringLiteral("gruppoelettrogeno") }, T::Generator },
            { { QStringLiteral("pompa"), QStringLiteral("motopompa"), QStringLiteral("elettropompa") }, T::Pump },
            { { QStringLiteral("torrefaro"), QStringLiteral("torreilluminazione"), QStringLiteral("fotoelettrica") },
                T::LightingTower },
            { { QStringLiteral("cucinadacampo"), QStringLiteral("cucinamobile"), QStringLiteral("cucina") },
                T::FieldKitchen },
            { { QStringLiteral("radio"), QStringLiteral("radiotrasmittente"), QStringLiteral("apparatoradio") },
                T::Radio },
            { { QStringLiteral("motosega"), QStringLiteral("motoseghe") }, T::Chainsaw },
            { { QStringLiteral("altro"), QStringLiteral("altra") }, T::Other } },
        type);
}

bool stateFromText(const QString &text, AssetState *state)
{
    if (text.trimmed().isEmpty()) {
        *state = AssetState::Operational;
        return true;
    }
    if (assetStateFromCode(text.trimmed().toLower(), state))
        return true;
    return fromWords<AssetState>(text,
        { { { QStringLiteral("operativo"), QStringLiteral("operativa"), QStringLiteral("inservizio") },
              AssetState::Operational },
            { { QStringLiteral("inmanutenzione"), QStringLiteral("manutenzione") }, AssetState::Maintenance },
            { { QStringLiteral("fuoriservizio"), QStringLiteral("dismesso"), QStringLiteral("guasto") },
                AssetState::OutOfService } },
        state);
}

} // namespace

Result<FleetImportReport> FleetImporter::importFile(const QString &kind, const QString &path, bool dryRun)
{
    auto table = core::readTableFile(path);
    if (!table)
        return table.error();
    if (kind == QLatin1String("vehicles"))
        return importVehicles(*table, path, dryRun);
    if (kind == QLatin1String("equipment"))
        return importEquipment(*table, path, dryRun);
    return Error(QStringLiteral("fleet.import_kind"), { kind });
}

Result<FleetImportReport> FleetImporter::importVehicles(const core::CsvTable &table, const QString &file, bool dryRun)
{
    FleetImportReport report;
    const ImportColumns c = findImportColumns(table,
        { { QStringLiteral("targa"), { QStringLiteral("plate") } },
            { QStringLiteral("tipo"), { QStringLiteral("tipologia"), QStringLiteral("type") } },
            { QStringLiteral("modello"), { QStringLiteral("marca e modello"), QStringLiteral("model") } },
            { QStringLiteral("proprietario"), { QStringLiteral("proprieta"), QStringLiteral("owner") } },
            { QStringLiteral("sede"), { QStringLiteral("polo"), QStringLiteral("site") } },
            { QStringLiteral("stato"), { QStringLiteral("state") } },
            { QStringLiteral("immatricolazione"), { QStringLiteral("data immatricolazione") } },
            { QStringLiteral("revisione"), { QStringLiteral("scadenza revisione"), QStringLiteral("prossima revisione") } },
            { QStringLiteral("assicurazione"), { QStringLiteral("scadenza assicurazione") } },
            { QStringLiteral("km"), { QStringLiteral("chilometri"), QStringLiteral("contachilometri") } },
            { QStringLiteral("note"), { QStringLiteral("notes") } } },
        { QStringLiteral("targa"), QStringLiteral("tipo"), QStringLiteral("proprietario") }, file, &report.errors);
    if (report.errors.isEmpty())
        refuseOverlongFleet(table, c, file, &report.errors);
    if (!report.errors.isEmpty())
        return report;

    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    FleetRepository repo(m_db);
    QHash<QString, int> seen;
    for (const core::CsvRecord &r : table.records) {
        if (report.errors.size() >= maxImportErrors)
            break;
        ++report.records;
        auto fail = [&](Error e, const QString &column) {
            if (e.where.isEmpty())
                e.where = core::ErrorLocation { file, r.line, column };
            report.errors.append(e);
        };
        auto plate = Plate::normalise(cell(r, c, QStringLiteral("targa")));
        if (!plate) {
            fail(plate.error(), QStringLiteral("targa"));
            continue;
        }
        if (seen.contains(*plate)) {
            fail(Error(QStringLiteral("fleet.import_duplicate"), { Plate::display(*plate), QString::number(seen.value(*plate)) }),
                QStringLiteral("targa"));
            continue;
        }
        seen.insert(*plate, r.line);
        auto existing = repo.vehicleByPlate(*plate);
        if (!existing)
            return existing.error();
        Vehicle v = *existing;
        v.plate = *plate;
        if (!vehicleTypeFromText(cell(r, c, QStringLiteral("tipo")), &v.type)) {
            fail(Error(QStringLiteral("fleet.import_bad_type"), { cell(r, c, QStringLiteral("tipo")) }), QStringLiteral("tipo"));
            continue;
        }
        const QString owner = cell(r, c, QStringLiteral("proprietario"));
        const QString ownerKey = core::foldKey(owner);
        if (ownerKey == QLatin1String("cittametropolitana") || ownerKey == QLatin1String("cittametropolitanadimilano")
            || ownerKey == QLatin1String("cmm") || ownerKey == QLatin1String("metropolitancity")) {
            v.owner = Vehicle::Owner::MetropolitanCity;
        } else if (ownerKey == QLatin1String("ccvmi") || ownerKey == QLatin1String("ccv")) {
            v.owner = Vehicle::Owner::CcvMi;
        } else {
            auto org = core::queryValue(m_db,
                QStringLiteral("SELECT id FROM organisation WHERE name = ? OR (registry_number <> '' AND registry_number = ?)"),
                { owner.simplified(), owner });
            if (!org)
                return org.error();
            if (!org->isValid()) {
                fail(Error(QStringLiteral("fleet.import_unknown_owner"), { owner }), QStringLiteral("proprietario"));
                continue;
            }
            v.owner = Vehicle::Owner::Organisation;
            v.organisationId = org->toLongLong();
        }
        if (c.of(QStringLiteral("sede")) >= 0) {
            const QString siteName = cell(r, c, QStringLiteral("sede"));
            v.siteId = 0;
            if (!siteName.isEmpty()) {
                auto site = repo.siteByName(siteName);
                if (!site)
                    return site.error();
                if (site->id == 0) {
                    fail(Error(QStringLiteral("fleet.import_unknown_site"), { siteName }), QStringLiteral("sede"));
                    continue;
                }
                v.siteId = site->id;
            }
        }
        if (c.of(QStringLiteral("stato")) >= 0 && !stateFromText(cell(r, c, QStringLiteral("stato")), &v.state)) {
            fail(Error(QStringLiteral("fleet.import_bad_state"), { cell(r, c, QStringLiteral("stato")) }), QStringLiteral("stato"));
            continue;
        }
        bool badDate = false;
        for (const auto &[column, target] : { std::pair { QStringLiteral("immatricolazione"), &v.registrationDate },
                 std::pair { QStringLiteral("revisione"), &v.revisionDue },
                 std::pair { QStringLiteral("assicurazione"), &v.insuranceExpiry } }) {
            if (c.of(column) < 0)
                continue;
            const QString text = cell(r, c, column);
            const QDate d = core::parseUserDate(text);
            if (!text.isEmpty() && !d.isValid()) {
                fail(Error(QStringLiteral("fleet.import_bad_date"), { text }), column);
                badDate = true;
                break;
            }
            *target = d;
        }
        if (badDate)
            continue;
        if (c.of(QStringLiteral("km")) >= 0 && !cell(r, c, QStringLiteral("km")).isEmpty()) {
            const QString text = cell(r, c, QStringLiteral("km"));
            if (core::exceedsImportQuantity(text)) {
                fail(Error(QStringLiteral("import.value_out_of_range"), { text, QString::number(core::maxImportQuantity) }),
                    QStringLiteral("km"));
                continue;
            }
            QString digits = text;
            digits.remove(QLatin1Char('.')).remove(QLatin1Char(' '));
            bool ok = false;
            const qint64 km = digits.toLongLong(&ok);
            if (!ok) {
                fail(Error(QStringLiteral("fleet.import_bad_number"), { text }), QStringLiteral("km"));
                continue;
            }
            v.odometerKm = km;
        }
        if (c.of(QStringLiteral("modello")) >= 0)
            v.model = cell(r, c, QStringLiteral("modello"));
        if (c.of(QStringLiteral("note")) >= 0)
            v.notes = cell(r, c, QStringLiteral("note"));
        const bool isNew = v.id == 0;
        if (auto s = repo.saveVehicle(v, m_clock.today()); !s) {
            const QString code = s.error().code;
            fail(s.error(),
                code.startsWith(QLatin1String("fleet.plate"))               ? QStringLiteral("targa")
                    : code == QLatin1String("fleet.revision_before_registration") ? QStringLiteral("revisione")
                    : code == QLatin1String("fleet.registration_in_future")    ? QStringLiteral("immatricolazione")
                    : code.startsWith(QLatin1String("fleet.km")) || code == QLatin1String("fleet.odometer_backwards")
                    ? QStringLiteral("km")
                    : QString());
            continue;
        }
        isNew ? ++report.added : ++report.updated;
    }
    if (!report.errors.isEmpty() || dryRun)
        return report;
    if (auto s = tx.commit(); !s)
        return s.error();
    report.committed = true;
    return report;
}

Result<FleetImportReport> FleetImporter::importEquipment(const core::CsvTable &table, const QString &file, bool dryRun)
{
    FleetImportReport report;
    const ImportColumns c = findImportColumns(table,
        { { QStringLiteral("tipo"), { QStringLiteral("tipologia"), QStringLiteral("type") } },
            { QStringLiteral("descrizione"), { QStringLiteral("attrezzatura"), QStringLiteral("description") } },
            { QStringLiteral("matricola"), { QStringLiteral("numero di serie"), QStringLiteral("serial") } },
            { QStringLiteral("sede"), { QStringLiteral("polo"), QStringLiteral("site") } },
            { QStringLiteral("stato"), { QStringLiteral("state") } },
            { QStringLiteral("verifica"), { QStringLiteral("prossima verifica"), QStringLiteral("scadenza verifica") } },
            { QStringLiteral("note"), { QStringLiteral("notes") } } },
        { QStringLiteral("tipo"), QStringLiteral("descrizione") }, file, &report.errors);
    if (report.errors.isEmpty())
        refuseOverlongFleet(table, c, file, &report.errors);
    if (!report.errors.isEmpty())
        return report;

    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    FleetRepository repo(m_db);
    QHash<QString, int> seen;
    for (const core::CsvRecord &r : table.records) {
        if (report.errors.size() >= maxImportErrors)
            break;
        ++report.records;
        auto fail = [&](Error e, const QString &column) {
            if (e.where.isEmpty())
                e.where = core::ErrorLocation { file, r.line, column };
            report.errors.append(e);
        };
        const QString serial = cell(r, c, QStringLiteral("matricola")).toUpper();
        if (!serial.isEmpty()) {
            if (seen.contains(serial)) {
                fail(Error(QStringLiteral("fleet.import_duplicate"), { serial, QString::number(seen.value(serial)) }),
                    QStringLiteral("matricola"));
                continue;
            }
            seen.insert(serial, r.line);
        }
        auto existing = repo.equipmentBySerial(serial);
        if (!existing)
            return existing.error();
        Equipment e = *existing;
        e.serialNumber = serial;
        if (!equipmentTypeFromText(cell(r, c, QStringLiteral("tipo")), &e.type)) {
            fail(Error(QStringLiteral("fleet.import_bad_type"), { cell(r, c, QStringLiteral("tipo")) }), QStringLiteral("tipo"));
            continue;
        }
        e.description = cell(r, c, QStringLiteral("descrizione"));
        if (c.of(QStringLiteral("sede")) >= 0) {
            const QString siteName = cell(r, c, QStringLiteral("sede"));
            e.siteId = 0;
            if (!siteName.isEmpty()) {
                auto site = repo.siteByName(siteName);
                if (!site)
                    return site.error();
                if (site->id == 0) {
                    fail(Error(QStringLiteral("fleet.import_unknown_site"), { siteName }), QStringLiteral("sede"));
                    continue;
                }
                e.siteId = site->id;
            }
        }
        if (c.of(QStringLiteral("stato")) >= 0 && !stateFromText(cell(r, c, QStringLiteral("stato")), &e.state)) {
            fail(Error(QStringLiteral("fleet.import_bad_state"), { cell(r, c, QStringLiteral("stato")) }), QStringLiteral("stato"));
            continue;
        }
        if (c.of(QStringLiteral("verifica")) >= 0) {
            const QString text = cell(r, c, QStringLiteral("verifica"));
            e.checkDue = core::parseUserDate(text);
            if (!text.isEmpty() && !e.checkDue.isValid()) {
                fail(Error(QStringLiteral("fleet.import_bad_date"), { text }), QStringLiteral("verifica"));
                continue;
            }
        }
        if (c.of(QStringLiteral("note")) >= 0)
            e.notes = cell(r, c, QStringLiteral("note"));
        const bool isNew = e.id == 0;
        if (auto s = repo.saveEquipment(e); !s) {
            fail(s.error(), s.error().code == QLatin1String("fleet.serial_in_use") ? QStringLiteral("matricola") : QStringLiteral("descrizione"));
            continue;
        }
        isNew ? ++report.added : ++report.updated;
    }
    if (!report.errors.isEmpty() || dryRun)
        return report;
    if (auto s = tx.commit(); !s)
        return s.error();
    report.committed = true;
    return report;
}

} // namespace fleet

#include "fleet/domain/fleetrules.h"

#include "core/domain/dates.h"

#include <QRegularExpression>
#include <QSet>

namespace fleet {

using core::Error;
using core::Status;

namespace {

// Province codes of the old provincial series (1927-1994), plus the
// codes of the provinces made before 1994 that the series used.
const QSet<QString> &oldProvinces()
{
    static const QSet<QString> codes = [] {
        QSet<QString> s;
        const char *const list[] = { "AG", "AL", "AN", "AO", "AP", "AQ", "AR", "AT", "AV", "BA", "BG", "BL", "BN",
            "BO", "BR", "BS", "BZ", "CA", "CB", "CE", "CH", "CL", "CN", "CO", "CR", "CS", "CT", "CZ", "EN", "FE",
            "FG", "FI", "FO", "FR", "GE", "GO", "GR", "IM", "IS", "LE", "LI", "LT", "LU", "MC", "ME", "MI", "MN",
            "MO", "MS", "MT", "NA", "NO", "NU", "OR", "PA", "PC", "PD", "PE", "PG", "PI", "PN", "PR", "PS", "PT",
            "PV", "PZ", "RA", "RC", "RE", "RG", "RI", "RO", "ROMA", "SA", "SI", "SO", "SP", "SR", "SS", "SV", "TA",
            "TE", "TN", "TO", "TP", "TR", "TS", "TV", "UD", "VA", "VC", "VE", "VI", "VR", "VT" };
        for (const char *c : list)
            s.insert(QString::fromLatin1(c));
        return s;
    }();
    return codes;
}

bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

int digits(const QString &text)
{
    int n = 0;
    for (const QChar c : text)
        n += c.isDigit() ? 1 : 0;
    return n;
}

bool isCurrent(const QString &p)
{
    return matches(QStringLiteral("[A-HJ-NPR-TV-Z]{2}[0-9]{3}[A-HJ-NPR-TV-Z]{2}"), p);
}

bool isMotorcycle(const QString &p)
{
    return matches(QStringLiteral("[A-HJ-NPR-TV-Z]{2}[0-9]{5}"), p);
}

bool isOldProvincial(const QString &p)
{
    for (int prefix : { 4, 2 }) {
        if (p.size() != prefix + 6 || !oldProvinces().contains(p.left(prefix)))
            continue;
        const QString rest = p.mid(prefix);
        if (matches(QStringLiteral("[0-9A-Z]{6}"), rest) && digits(rest) >= 5)
            return true;
    }
    return false;
}

bool isSpecial(const QString &p)
{
    // Longest prefixes first: "DPC" before "PC".
    for (const char *prefix : { "CRI", "DPC", "EI", "VF", "CC", "PC" }) {
        const QString pre = QString::fromLatin1(prefix);
        if (!p.startsWith(pre))
            continue;
        const QString rest = p.mid(pre.size());
        return matches(QStringLiteral("[0-9A-Z]{3,6}"), rest) && digits(rest) >= 1;
    }
    return false;
}

} // namespace

core::Result<QString> Plate::normalise(const QString &text)
{
    QString p = text.toUpper();
    p.remove(QRegularExpression(QStringLiteral("[\\s.\\-]")));
    if (p.isEmpty())
        return Error(QStringLiteral("fleet.plate_missing"));
    if (isCurrent(p) || isMotorcycle(p) || isSpecial(p) || isOldProvincial(p))
        return p;
    return Error(QStringLiteral("fleet.plate_format"), { text.simplified() });
}

QString Plate::display(const QString &plate)
{
    if (isCurrent(plate))
        return QStringLiteral("%1 %2 %3").arg(plate.left(2), plate.mid(2, 3), plate.mid(5));
    return plate;
}

DueState dueState(const QDate &due, const QDate &today, int windowDays)
{
    if (!due.isValid())
        return DueState::Unknown;
    if (due < today)
        return DueState::Overdue;
    return due <= today.addDays(windowDays) ? DueState::DueSoon : DueState::Ok;
}

Status checkVehicle(Vehicle &vehicle, qint64 previousOdometer, const QDate &today)
{
    auto plate = Plate::normalise(vehicle.plate);
    if (!plate)
        return plate.error();
    vehicle.plate = *plate;
    if (vehicle.owner == Vehicle::Owner::Organisation && vehicle.organisationId <= 0)
        return Error(QStringLiteral("fleet.owner_organisation_missing"));
    if (vehicle.owner != Vehicle::Owner::Organisation)
        vehicle.organisationId = 0;
    if (vehicle.registrationDate.isValid() && vehicle.registrationDate > today)
        return Error(QStringLiteral("fleet.registration_in_future"), { core::toSqlDate(vehicle.registrationDate) });
    if (vehicle.revisionDue.isValid() && vehicle.registrationDate.isValid()
        && vehicle.revisionDue < vehicle.registrationDate)
        return Error(QStringLiteral("fleet.revision_before_registration"),
            { core::toSqlDate(vehicle.revisionDue), core::toSqlDate(vehicle.registrationDate) });
    if (vehicle.odometerKm < 0 || vehicle.odometerKm > maxOdometerKm)
        return Error(QStringLiteral("fleet.km_out_of_range"), { QString::number(vehicle.odometerKm) });
    if (previousOdometer >= 0 && vehicle.odometerKm < previousOdometer)
        return Error(QStringLiteral("fleet.odometer_backwards"),
            { QString::number(vehicle.odometerKm), QString::number(previousOdometer) });
    vehicle.model = vehicle.model.simplified();
    vehicle.notes = vehicle.notes.trimmed();
    return {};
}

Status checkMaintenance(const MaintenanceEntry &entry, const QDate &today)
{
    if (!entry.day.isValid())
        return Error(QStringLiteral("fleet.day_missing"));
    if (entry.day > today)
        return Error(QStringLiteral("fleet.day_in_future"), { core::toSqlDate(entry.day) });
    if (entry.work.trimmed().isEmpty())
        return Error(QStringLiteral("fleet.maintenance_work_missing"));
    if (entry.km < 0 || entry.km > maxOdometerKm)
        return Error(QStringLiteral("fleet.km_out_of_range"), { QString::number(entry.km) });
    if (entry.costCents < 0 || entry.costCents > maxCostCents)
        return Error(QStringLiteral("fleet.cost_out_of_range"), { QString::number(entry.costCents) });
    return {};
}

Status checkEquipment(Equipment &equipment)
{
    equipment.description = equipment.description.simplified();
    equipment.serialNumber = equipment.serialNumber.trimmed().toUpper();
    equipment.notes = equipment.notes.trimmed();
    if (equipment.description.isEmpty())
        return Error(QStringLiteral("fleet.equipment_description_missing"));
    return {};
}

} // namespace fleet

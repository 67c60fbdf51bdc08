#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

namespace fleet {

// How far a deployment goes: within the Metropolitan City (the province),
// outside it (another province of Lombardy or beyond, on the Region's
// request), national (the Department's Colonna Mobile).
enum class DeploymentScope { Province, OutsideProvince, National };
QString scopeCode(DeploymentScope scope);
bool scopeFromCode(const QString &code, DeploymentScope *scope);

// A vehicle sent: the km it drove on the deployment (they move its
// odometer) and, for one not fit (out of service, in maintenance, revision
// or insurance not valid to the last day), the reason it goes anyway.
struct DeploymentVehicle {
    qint64 vehicleId = 0;
    qint64 km = 0;
    QString overrideReason;
};
struct DeploymentEquipment {
    qint64 equipmentId = 0;
    QString overrideReason;
};

// What an operator enters: the event (activation_event, the one the
// activations and the room use), scope, the body that asked, the days
// (inclusive), the service under which the volunteers' days are recorded,
// where, and what goes: modules (their vehicles and equipment go with
// them), vehicles, equipment, volunteers.
struct NewDeployment {
    qint64 eventId = 0;
    DeploymentScope scope = DeploymentScope::Province;
    QString requestedBy;
    QDate from;
    QDate to;
    qint64 serviceId = 0;
    int comuneId = 0;
    QString place;
    QString notes;
    QList<qint64> moduleIds;
    QList<DeploymentVehicle> vehicles; // also km/override of the modules' vehicles
    QList<DeploymentEquipment> equipment;
    QList<qint64> volunteerIds;
};

// The largest km one vehicle drives on one deployment: above it a typing error.
constexpr qint64 maxDeploymentKm = 100'000;
constexpr int maxDeploymentDays = 366;

// Why a vehicle or piece is not fit on every day from..to: its state, or a
// deadline before the last day (a revision due on the last day is still
// valid). Codes: "out_of_service", "maintenance", "retired", "revision",
// "insurance", "check"; empty when fit.
QStringList vehicleUnfitness(const QString &state, bool active, const QDate &revisionDue, const QDate &insuranceExpiry,
    const QDate &to);
QStringList equipmentUnfitness(const QString &state, bool active, const QDate &checkDue, const QDate &to);

// A vehicle or piece of a deployment (listed, or in one of its modules)
// that is not fit on its last day: what the command line asks a reason for.
struct UnfitLine {
    bool vehicle = true;
    qint64 id = 0;
    QString name; // plate as displayed, or "description serial"
};

// The number the next deployment starting in `year` gets on this
// workstation: "IMP-2026-0012" on workstation 1, "IMP-2026-3-0012" on
// workstation 3: the next after the highest of the series (migration 0031's
// series index) and after core::numberFloor (a restore). Each workstation
// numbers its own series, so a sync never brings two of one number.
core::Result<QString> nextDeploymentNumber(const QSqlDatabase &db, int year);

// What record() wrote, for the command's audit and the window.
struct DeploymentResult {
    qint64 deploymentId = 0;
    QString number; // "IMP-2026-0012" (nextDeploymentNumber)
    int vehicles = 0;
    int equipment = 0;
    int volunteers = 0;
    int personDays = 0;
    QList<qint64> overriddenVehicles;
    QList<qint64> overriddenEquipment;
    QList<qint64> activationIds;
};

// Records deployments. All or nothing, in one transaction (a savepoint in
// the command's):
// - the deployment and one ledger line per module, vehicle, piece and
//   volunteer (fleet_deployment, fleet_deployment_item);
// - each vehicle's km on its line, with the reading it starts from: the
//   odometer is derived from them (fleet_vehicle_odometer, migration 0030),
//   so a correction or a void (DeploymentAmendments) moves it everywhere;
// - the volunteers' days on the activation ledger of the Volontari module
//   (volunteers::ActivationLedger::record: the event's dates, the service,
//   a volunteer already active on one of the days refused), so person-days,
//   art. 39 and the attestati follow.
// Refused, nothing written: fleet.unknown_event, fleet.deployment_requester_missing,
// fleet.deployment_dates_missing, fleet.deployment_dates_reversed {from,
// to}, fleet.deployment_too_long {days}, fleet.deployment_outside_event
// {day, event, start, end}, fleet.deployment_empty, fleet.unknown_service,
// fleet.unknown_module, fleet.unknown_vehicle, fleet.unknown_equipment,
// fleet.deployment_km_out_of_range {km}, fleet.km_out_of_range {odometer},
// fleet.vehicle_not_fit {plate, reasons} (no
// override reason), fleet.equipment_not_fit {description, reasons},
// fleet.vehicle_already_deployed {plate, event, from, to},
// fleet.equipment_already_deployed {description, event, from, to},
// and the activation ledger's volunteers.* codes (volunteers.duplicate_day,
// volunteers.two_services). An override reason given for a fit vehicle or
// piece is not kept (nothing was overridden).
class DeploymentService {
public:
    DeploymentService(QSqlDatabase db, const core::Clock &clock)
        : m_db(std::move(db))
        , m_clock(clock)
    {
    }

    // The rules that need no database.
    static core::Status checkInput(const NewDeployment &deployment);
    // The vehicles and pieces (listed or in the modules) not fit on the
    // last day, in the order they were listed; unknown ids are left out
    // (check() refuses them).
    core::Result<QList<UnfitLine>> unfitLines(const NewDeployment &deployment) const;
    // Every rule, reading only (the command's check()).
    core::Status check(const NewDeployment &deployment) const;
    core::Result<DeploymentResult> record(const NewDeployment &deployment);

private:
    struct Plan;
    core::Result<Plan> plan(const NewDeployment &deployment) const;

    QSqlDatabase m_db;
    const core::Clock &m_clock;
};

class DeploymentText {
    Q_DECLARE_TR_FUNCTIONS(fleet::DeploymentText)
public:
    static QString scope(const QString &code);
    // "fuori servizio, revisione scaduta" from unfitness codes.
    static QString unfitness(const QString &codes);
};

} // namespace fleet

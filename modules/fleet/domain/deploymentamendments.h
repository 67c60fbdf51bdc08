#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"
#include "fleet/domain/deployment.h"

#include <QDate>
#include <QSqlDatabase>

namespace fleet {

// One vehicle line of a deployment as it stands.
struct DeployedVehicle {
    qint64 itemId = 0;
    qint64 vehicleId = 0;
    QString plate; // as displayed ("AB 123 CD")
    qint64 recordedKm = 0; // what the deployment recorded
    qint64 km = 0; // with its latest correction
    // Recorded before migration 0030: its km went into the vehicle's
    // reading. Voided or corrected, what it no longer counts is taken out
    // of the reading its km are inside (migration 0031), if no reading read
    // after the deployment holds them.
    bool beforeReadings = false;
    qint64 insideReading = -1; // the reading recorded as holding its km (-1: none yet)
};

// A piece of equipment or a volunteer on a deployment, not withdrawn.
struct DeployedLine {
    qint64 itemId = 0;
    qint64 id = 0; // the equipment's or the volunteer's
    QString name; // "Motopompa MP-2" / "Rossi Maria"
};

// A deployment as it stands: what went, what its volunteers' days are on
// the activation ledger, whether it was corrected or voided. For the
// window's dialogs, the command line and the tests.
struct DeploymentState {
    qint64 id = 0; // 0: no such deployment
    QString number; // "IMP-2026-0012"
    QString eventName;
    QDate from;
    QDate to;
    QString requestedBy;
    QList<DeployedVehicle> vehicles; // not withdrawn
    QList<DeployedLine> equipmentLines; // not withdrawn
    QList<DeployedLine> volunteerLines; // not withdrawn
    int equipment = 0;
    int volunteers = 0;
    int withdrawn = 0; // lines withdrawn
    int activeDays = 0; // the volunteers' days of the deployment still on the activation ledger
    int certifiedDays = 0; // of which an attestato certifies (a void is refused)
    int corrections = 0;
    bool voided = false;
    QString voidReason;
};

// New km for some vehicle lines of a deployment, and why.
struct DeploymentKmCorrection {
    qint64 deploymentId = 0;
    QList<DeploymentVehicle> vehicles; // vehicleId and km (overrideReason unused)
    QString reason;
};

// One line of a deployment withdrawn: exactly one of the three ids.
struct DeploymentLineWithdrawal {
    qint64 deploymentId = 0;
    qint64 vehicleId = 0;
    qint64 equipmentId = 0;
    qint64 volunteerId = 0;
    QString reason;
};

struct DeploymentWithdrawalResult {
    QString name; // the plate, the equipment, the volunteer
    qint64 km = 0; // a vehicle's km withdrawn from its odometer
    int reversedDays = 0; // a volunteer's days reversed
};

struct DeploymentVoidResult {
    int vehicles = 0;
    qint64 km = 0; // withdrawn from the odometers
    int reversedDays = 0; // volunteers' days reversed on the activation ledger
};

struct DeploymentCorrectionResult {
    int lines = 0;
    qint64 kmBefore = 0;
    qint64 kmAfter = 0;
};

// Corrects and voids deployments, the way the ledgers of the program do:
// new entries pointing at the deployment (fleet_deployment_correction,
// fleet_deployment_void, and reversals on the activation ledger), never an
// UPDATE. The odometer follows by itself (fleet_vehicle_odometer): the
// larger of the vehicle's reading and, per reading, the reading plus the
// deployments' km not voided, as corrected; after a sync every workstation
// computes the same.
//
// voidDeployment(): the deployment no longer counts (the vehicles' km
// leave the odometer, the vehicles and equipment are free on its days) and
// the volunteers' days it recorded (activation_effective rows of its
// volunteers on its days, event and service) are reversed with the reason.
// correct(): new km for vehicle lines.
// Refused, nothing written: fleet.amend_reason_missing,
// fleet.unknown_deployment {id}, fleet.deployment_voided {event, from},
// fleet.deployment_day_certified {volunteer, day, attestato, certified days}
// (void), fleet.correction_empty, fleet.vehicle_not_on_deployment {vehicle
// id or plate}, fleet.deployment_km_out_of_range {km},
// fleet.deployment_km_in_later_reading {plate, reading km, day} (a line
// recorded before 0030 whose km are in a reading read after it),
// fleet.deployment_km_above_reading {plate, reading km, km} (the same, the
// reading lower than the km recorded on it), fleet.correction_unchanged,
// fleet.km_out_of_range {odometer}. One transaction each (a savepoint in
// the command's). GUI thread or a worker with its own connection.
class DeploymentAmendments {
public:
    DeploymentAmendments(QSqlDatabase db, const core::Clock &clock)
        : m_db(std::move(db))
        , m_clock(clock)
    {
    }

    core::Result<DeploymentState> state(qint64 deploymentId) const;

    core::Status checkVoid(qint64 deploymentId, const QString &reason) const;
    core::Result<DeploymentVoidResult> voidDeployment(qint64 deploymentId, const QString &reason);

    core::Status checkCorrection(const DeploymentKmCorrection &correction) const;
    core::Result<DeploymentCorrectionResult> correct(const DeploymentKmCorrection &correction);

    // withdraw(): a vehicle, a piece of equipment or a volunteer recorded
    // by mistake leaves the deployment (fleet_deployment_item_void): a
    // vehicle's km leave its odometer, the vehicle or the equipment is free
    // on those days, a volunteer's days are reversed on the activation
    // ledger. The deployment's dates or event are not corrected: a
    // deployment recorded on the wrong days or event is voided and recorded
    // again (its volunteers' days, certified or not, hang on them).
    // Refused, nothing written: fleet.amend_reason_missing,
    // fleet.unknown_deployment, fleet.deployment_voided,
    // fleet.withdraw_what (not exactly one line named),
    // fleet.line_not_on_deployment {name} (not on it, or withdrawn already),
    // fleet.withdraw_last_line (void the deployment instead),
    // fleet.volunteer_day_certified {volunteer, day, attestato, certified
    // days}, and the km refusals of a line recorded before 0030.
    core::Status checkWithdrawal(const DeploymentLineWithdrawal &withdrawal) const;
    core::Result<DeploymentWithdrawalResult> withdraw(const DeploymentLineWithdrawal &withdrawal);

    // A deployment by its number ("IMP-2026-0012", any case) or its id; 0
    // when there is none.
    static core::Result<qint64> find(const QSqlDatabase &db, const QString &numberOrId);

    // A vehicle's odometer (fleet_vehicle_odometer); -1 for no such vehicle.
    static core::Result<qint64> odometer(const QSqlDatabase &db, qint64 vehicleId);

private:
    struct DayToReverse {
        qint64 activationId = 0;
        QString volunteer;
        QString day;
        QString attestato;
    };
    // volunteerId 0: every volunteer of the deployment.
    core::Result<QList<DayToReverse>> daysOf(qint64 deploymentId, qint64 volunteerId = 0) const;
    struct PlannedWithdrawal {
        DeploymentState state;
        qint64 itemId = 0;
        QString name;
        DeployedVehicle vehicle; // a vehicle's line
        qint64 reading = 0; // for a vehicle line recorded before 0030
    };
    core::Result<PlannedWithdrawal> plannedWithdrawal(const DeploymentLineWithdrawal &withdrawal) const;
    core::Result<DeploymentState> checkedVoid(qint64 deploymentId, const QString &reason) const;
    struct Line {
        qint64 itemId = 0;
        qint64 km = 0;
        qint64 previousKm = 0;
        DeployedVehicle vehicle;
        QDate from; // the deployment's first day
    };
    core::Result<QList<Line>> plannedCorrection(const DeploymentKmCorrection &correction) const;
    // For a line recorded before 0030: the reading holding its km that must
    // be recorded before it is amended (0: already recorded), or why not.
    core::Result<qint64> readingToRecord(const DeployedVehicle &line, const QDate &from) const;
    core::Status recordReading(const DeployedVehicle &line, qint64 reading);

    QSqlDatabase m_db;
    const core::Clock &m_clock;
};

} // namespace fleet

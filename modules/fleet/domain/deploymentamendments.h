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
    // reading, so they cannot be corrected (a void leaves them there).
    bool beforeReadings = false;
};

// A deployment as it stands: what went, what its volunteers' days are on
// the activation ledger, whether it was corrected or voided. For the
// window's dialogs, the command line and the tests.
struct DeploymentState {
    qint64 id = 0; // 0: no such deployment
    QString eventName;
    QDate from;
    QDate to;
    QString requestedBy;
    QList<DeployedVehicle> vehicles;
    int equipment = 0;
    int volunteers = 0;
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
// fleet.deployment_km_before_readings {plate}, fleet.correction_unchanged,
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

    // A vehicle's odometer (fleet_vehicle_odometer); -1 for no such vehicle.
    static core::Result<qint64> odometer(const QSqlDatabase &db, qint64 vehicleId);

private:
    struct DayToReverse {
        qint64 activationId = 0;
        QString volunteer;
        QString day;
        QString attestato;
    };
    core::Result<QList<DayToReverse>> daysOf(qint64 deploymentId) const;
    core::Result<DeploymentState> checkedVoid(qint64 deploymentId, const QString &reason) const;
    struct Line {
        qint64 itemId = 0;
        qint64 km = 0;
        qint64 previousKm = 0;
    };
    core::Result<QList<Line>> plannedCorrection(const DeploymentKmCorrection &correction) const;

    QSqlDatabase m_db;
    const core::Clock &m_clock;
};

} // namespace fleet

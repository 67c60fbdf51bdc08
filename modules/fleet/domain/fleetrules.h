#pragma once

#include "core/domain/result.h"
#include "fleet/domain/fleettypes.h"

#include <QDate>

namespace fleet {

// Italian number plates, as written by people ("ab 123 cd", "AB-123-CD").
// Accepted, once upper-cased with spaces, dots and hyphens removed:
// - current series (since 1994), cars, vans, trucks and trailers: two
//   letters, three digits, two letters (AB123CD); the letters never I, O,
//   Q or U;
// - motorcycles (since 1999): two letters, five digits (AB12345);
// - the old provincial series (to 1994): a province code of the time
//   (MI, RM or ROMA, ...) and six characters with at least five digits
//   (MI123456, MIA12345, MI12345A);
// - special series of the bodies the room works with, checked only by
//   their prefix and length (their layouts vary by year): CRI (Croce
//   Rossa), EI (Esercito), VF (Vigili del Fuoco), CC (Carabinieri), PC and
//   DPC (civil protection, regional and national): the prefix and 3 to 6
//   letters and digits, at least one a digit (CRI123AB, EIAB123, VF12345,
//   PC123AB).
// Errors: fleet.plate_missing; fleet.plate_format {as written}.
class Plate {
public:
    static core::Result<QString> normalise(const QString &text);
    // "AB 123 CD" for the current series, the plate as stored otherwise.
    static QString display(const QString &plate);
};

// Whether a date (revision, insurance, periodic check) is due. Inclusive
// rules, with `today` from an injected clock:
// - Overdue: the date is before today (a revision due today is still
//   valid today, so it is not overdue);
// - DueSoon: from today to today + window days inclusive (30 by default:
//   due in 30 days counts, due in 31 does not);
// - Ok: later; Unknown: no date recorded.
enum class DueState { Unknown, Ok, DueSoon, Overdue };
constexpr int dueWindowDays = 30;
DueState dueState(const QDate &due, const QDate &today, int windowDays = dueWindowDays);

// The rules on a vehicle before it is saved (the plate normalised in
// place). `previousOdometer`: the reading on record (-1 for a new vehicle):
// the odometer never goes backwards. Errors: fleet.plate_*,
// fleet.revision_before_registration {revision, registration},
// fleet.km_out_of_range {km}, fleet.odometer_backwards {new, on record},
// fleet.owner_organisation_missing, fleet.registration_in_future {date}.
core::Status checkVehicle(Vehicle &vehicle, qint64 previousOdometer, const QDate &today);

// A maintenance entry's own rules: fleet.maintenance_work_missing,
// fleet.km_out_of_range {km}, fleet.cost_out_of_range {cents},
// fleet.day_missing, fleet.day_in_future {date}.
core::Status checkMaintenance(const MaintenanceEntry &entry, const QDate &today);

// Equipment: fleet.equipment_description_missing.
core::Status checkEquipment(Equipment &equipment);

} // namespace fleet

#pragma once

#include "core/domain/result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

namespace fleet {

// The Colonna Mobile's figures for the Cruscotto, on `today` (the clock's,
// injected). Vehicles counted: active and not out of service. The due
// rules are dueState()'s (fleetrules.h): overdue before today, due soon
// from today to today + 30 days inclusive.
struct FleetFigures {
    int vehicles = 0;
    int vehiclesOperational = 0;
    int revisionsOverdue = 0;
    int revisionsDueSoon = 0;
    int insuranceOverdue = 0;
    int insuranceDueSoon = 0;
    int equipment = 0;
    int equipmentOut = 0;
    int checksOverdue = 0;
};

core::Result<FleetFigures> fleetFigures(const QSqlDatabase &db, const QDate &today);
// The tables fleetFigures() reads.
QStringList fleetFigureTables();

} // namespace fleet

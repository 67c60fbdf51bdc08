#pragma once

#include "room/domain/planreports.h"

namespace room {

// The plans' map for the printed report (PlanMapProvider), drawn with
// core::ComuniMapWidget; an empty image without a QApplication.
QImage renderPlanMap(const QSqlDatabase &db, const PlanMapRequest &request);

} // namespace room

#pragma once

#include "core/ui/formattedsqlmodel.h"
#include "fleet/domain/fleetlists.h"

class QTableView;

namespace fleet {

// Shared by the module's pages: a list's SQL into a model, a table's look.
core::Status setFleetList(core::PagedSqlModel *model, const core::Result<FleetListSql> &list, QList<core::PagedColumn> columns);
void setUpFleetTable(QTableView *table);
// An ISO date cell as dd/MM/yyyy (empty when none).
QVariant fleetDate(const QVariant &value);

} // namespace fleet

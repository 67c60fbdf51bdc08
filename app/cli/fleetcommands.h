#pragma once

#include "importcommand.h"

// `cisiamo import vehicles|equipment FILE [--dry-run] [--again]` (Colonna
// Mobile, fleet/domain/fleetimport.h). Its reports (vehicles-due,
// equipment-by-organisation, readiness, departure-checklist, deployments)
// come through `cisiamo report`.
QList<CliImporter> fleetImporters();
// `cisiamo deployment record --event E --service S --scope province|
// outside_province|national --requested-by TEXT --from D [--to D]
// [--module ID|NAME]... [--vehicle PLATE[:KM]]... [--equipment SERIAL]...
// [--volunteer ID|CF]... [--comune C] [--place P] [--notes N]
// [--override-reason TEXT]`: the window's fleet::RecordDeployment
// (permission fleet.deploy, the same checks, one transaction, audited).
QList<CliCommand> fleetCommands();

#pragma once

#include "importcommand.h"

// `cisiamo import vehicles|equipment FILE [--dry-run] [--again]` (Colonna
// Mobile, fleet/domain/fleetimport.h). Its reports (vehicles-due,
// equipment-by-organisation) come through `cisiamo report`.
QList<CliImporter> fleetImporters();

#pragma once

#include "importcommand.h"

// `cisiamo import emergency-plans FILE [--dry-run] [--again]`: the states of
// the comuni's emergency plans (room::PlanImporter).
QList<CliImporter> planImporters();

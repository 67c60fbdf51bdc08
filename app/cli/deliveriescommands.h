#pragma once

#include "importcommand.h"

// The Consegne's command line:
// `import requests FILE [--dry-run]`, `import deliveries FILE [--dry-run]`,
// and `allocate --requests FILE --available FILE [--weighting request|population]
// [--format csv|html|pdf] [--out FILE]` (a trial allocation: nothing is written).
QList<CliImporter> deliveriesImporters();
QList<CliCommand> deliveriesCommands();

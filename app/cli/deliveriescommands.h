#pragma once

#include "importcommand.h"

// The Consegne's command line:
// `import requests FILE [--dry-run]`, `import deliveries FILE [--dry-run]`,
// `allocate [--date D] [--weighting W] [--unmet carry-over|close] [--confirm]`
// on the requests waiting in the database (recorded with --confirm),
// `allocate --requests FILE --available FILE [--weighting request|population]
// [--format csv|html|pdf|xlsx] [--out FILE]` (a trial on files: nothing is written),
// and `delivery load|deliver|return|cancel ID` (commands, as the window runs them).
QList<CliImporter> deliveriesImporters();
QList<CliCommand> deliveriesCommands();

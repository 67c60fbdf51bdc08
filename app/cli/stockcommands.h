#pragma once

#include "importcommand.h"

// The Magazzino's importers: `import receipts FILE [--dry-run] [--accept-expired]`.
QList<CliImporter> stockImporters();
// The warehouse's master data: `item|category|donor|location add|edit`.
QList<CliCommand> stockCommands();

#pragma once

#include "importcommand.h"

// The Magazzino's importers: `import receipts FILE [--dry-run] [--accept-expired]`.
QList<CliImporter> stockImporters();

#pragma once

#include "importcommand.h"

// The commands of the Volontari module: attestati (batch production) ...
QList<CliCommand> volunteersCommands();
// ... and what `import` reads for it: volunteers and activations.
QList<CliImporter> volunteersImporters();

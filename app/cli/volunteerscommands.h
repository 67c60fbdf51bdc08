#pragma once

#include "clicommand.h"

// The commands of the Volontari module: attestati (batch production) and
// the imports of volunteers and activations.
QList<CliCommand> volunteersCommands();

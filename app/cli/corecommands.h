#pragma once

#include "clicommand.h"

// demo, check, backup, report: the commands of the foundation.
QList<CliCommand> coreCommands();

#pragma once

#include "clicommand.h"

// sync (export, import, status, conflicts), opendata, restore: the commands
// of synchronisation, open data and recovery (modules/core/sync).
QList<CliCommand> syncCommands();

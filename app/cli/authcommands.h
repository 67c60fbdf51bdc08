#pragma once

#include "clicommand.h"

// accounts, account-add: operator accounts from the command line, for
// scripted installations (administrator, --user).
QList<CliCommand> authCommands();

#include "authcommands.h"
#include "clicommand.h"
#include "corecommands.h"

// Every command of the program, listed in plain code. Modules that add
// commands (imports, attestati, sync...) are appended here.
QList<CliCommand> cliCommands()
{
    QList<CliCommand> commands = coreCommands();
    commands += authCommands();
    return commands;
}

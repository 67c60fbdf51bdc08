#include "clicommand.h"
#include "corecommands.h"
#include "tutoringcommands.h"

// Every command of the program, listed in plain code. Modules that add
// commands (attestati, sync...) are appended here.
QList<CliCommand> cliCommands()
{
    QList<CliCommand> commands = coreCommands();
    return commands;
}

// What `cisiamo import KIND FILE` can read, module by module.
QList<CliImportKind> cliImportKinds()
{
    QList<CliImportKind> kinds;
    kinds.append(tutoringImportKinds());
    return kinds;
}

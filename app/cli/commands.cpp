#include "authcommands.h"
#include "clicommand.h"
#include "comunicommands.h"
#include "corecommands.h"
#include "deliveriescommands.h"
#include "importcommand.h"
#include "stockcommands.h"
#include "tutoringcommands.h"
#include "synccommands.h"
#include "volunteerscommands.h"
#include "fleetcommands.h"
#include "plancommands.h"

// Every command of the program, listed in plain code. Modules that add
// commands (attestati, sync...) are appended here; importers go in
// cliImporters() and share the `import` command.
QList<CliCommand> cliCommands()
{
    QList<CliCommand> commands = coreCommands();
    commands.append(importCommand(cliImporters()));
    commands += syncCommands();
    commands += volunteersCommands();
    commands += authCommands();
    commands += deliveriesCommands();
    commands += tutoringCommands();
    commands += comuniCommands();
    commands += stockCommands();
    commands += fleetCommands();
    return commands;
}

QList<CliImporter> cliImporters()
{
    QList<CliImporter> importers;
    importers += stockImporters();
    importers += tutoringImporters();
    importers += volunteersImporters();
    importers += deliveriesImporters();
    importers += fleetImporters();
    importers += planImporters();
    return importers;
}

#pragma once

#include "clicommand.h"

// The Comuni's command line: `comune set ISTAT [--phone T] [--email T]
// [--pec T] [--cap T] [--zone Z] [--coc-address T] [--coc-contact T]
// [--coc-phone T] [--coc-email T] [--notes T]`: the details form's fields,
// each option changing one of them (an empty value clears it).
QList<CliCommand> comuniCommands();

#pragma once

#include "importcommand.h"

// `cisiamo import pupils|assistants|bookings FILE [--dry-run]` (ConosciAMO).
QList<CliImporter> tutoringImporters();
// `cisiamo lesson book --pupil CODE --subject S --assistant CODE --date D --hour H [--note T]`,
// `lesson outcome ID --outcome given|absent|cancelled [--tutor CODE] [--note T]`,
// `lesson cancel ID --reason T`: the calendar's and the lessons page's
// commands (lessoncommands.h), with the same rules.
QList<CliCommand> tutoringCommands();

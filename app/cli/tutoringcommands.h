#pragma once

#include "clicommand.h"

// `cisiamo import pupils|assistants|bookings FILE [--dry-run]` (ConosciAMO).
QList<CliImportKind> tutoringImportKinds();

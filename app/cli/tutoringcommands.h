#pragma once

#include "importcommand.h"

// `cisiamo import pupils|assistants|bookings FILE [--dry-run]` (ConosciAMO).
QList<CliImporter> tutoringImporters();

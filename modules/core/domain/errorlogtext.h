#pragma once

#include "core/domain/error.h"

#include <QString>

namespace core {

// An Error as the technical log writes it: its code, and its arguments only
// for the areas whose arguments are technical (paths, file names, numbers,
// SQLite's messages and statements, never bound values): db, sync, backup,
// file, report, geojson, reference, command, csv. Any other area's
// arguments may be what a person typed (a codice fiscale refused, a name
// not found), so only their number is written. The place (file, line,
// field) is written too. One line, arguments shortened to 200 characters.
//   "sync.cannot_write(/mnt/sync/3-000012.cisync, No space left on device, disk_full)"
//   "volunteers.bad_tax_code(1 argument) at volunteers.csv:12 tax_code"
QString errorLogText(const Error &error);

} // namespace core

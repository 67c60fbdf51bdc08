#pragma once

#include <QLoggingCategory>

// The areas of the technical log (technicallog.h), one category each, all
// named "cisiamo.<area>": info and above are on by default, debug is off.
// `--log-level debug|info|warning|critical` or QT_LOGGING_RULES
// ("cisiamo.sync.debug=true") choose what is written (HACKING.md).
// What goes into a message: codes, ids, counts, file names and paths, never
// a person's name, phone, codice fiscale, address, note or password.
namespace core::logcat {

Q_DECLARE_LOGGING_CATEGORY(app) // start, quit, window, settings
Q_DECLARE_LOGGING_CATEGORY(db) // opening, migrations, read-only, damage
Q_DECLARE_LOGGING_CATEGORY(auth) // sign-in, sign-out, lock (user names only)
Q_DECLARE_LOGGING_CATEGORY(command) // user actions refused or failed (core::CommandRunner)
Q_DECLARE_LOGGING_CATEGORY(sync) // export, import, relay, prune, room
Q_DECLARE_LOGGING_CATEGORY(syncthing) // the file-sync engine's copies and temporary files in the folder
Q_DECLARE_LOGGING_CATEGORY(opendata) // open data written at each synchronisation
Q_DECLARE_LOGGING_CATEGORY(backup) // automatic and manual backups, restore
Q_DECLARE_LOGGING_CATEGORY(check) // integrity checks in the background
Q_DECLARE_LOGGING_CATEGORY(reports) // reports printed and exported
Q_DECLARE_LOGGING_CATEGORY(import) // CSV imports (counts, never the rows)
Q_DECLARE_LOGGING_CATEGORY(batch) // attestati batches
Q_DECLARE_LOGGING_CATEGORY(ui) // what the window could not do and said only in a message

} // namespace core::logcat

#pragma once

#include <QString>

namespace core {

// The database file outside SQLite, done safely.
//
// The rule: nothing in the program opens the database file, its -wal or
// its -shm with anything but SQLite while a SQLite connection of this
// process may be open on it. On POSIX, closing ANY descriptor of a file
// drops every fcntl lock the process holds on it: SQLite's locks vanish,
// another process takes the database for unused and deletes the -wal the
// connection still writes into (SQLite's "How To Corrupt", section 2.2).
// stat() (QFileInfo::exists/size), rename and unlink open nothing and are
// fine; reading bytes is not.
//
// openDatabase() registers every connection here; the raw reads below are
// done only while no connection of this process is open on the file (under
// one lock, so no connection can open in the meantime). Thread-safe.
namespace DatabaseFile {

// What the first 100 bytes say.
enum class Header {
    Sqlite,     // starts with "SQLite format 3\0" and is as long as it says
    Empty,      // 0 bytes
    Zeroed,     // the header is all zero bytes (a disk or copy failure)
    Truncated,  // a SQLite header, but the file is shorter than its pages
    Foreign,    // something else (a text file, a PDF...)
    Unreadable, // cannot be opened for reading (permissions)
    NotChecked, // a connection of this process is open: not read
};
Header readHeader(const QString &path);

// Bookkeeping of openDatabase()/DbConnection: the key is the canonical path.
QString key(const QString &path);
void connectionOpened(const QString &key);
void connectionClosed(const QString &key);
bool openHere(const QString &path);

// True when another process has a SQLite connection open on the database
// (it holds the shared "DMS" lock of the -shm file). False when nobody does
// or when it cannot be told (no -shm file, a connection open here).
bool openElsewhere(const QString &path);

// The file or its folder cannot be written by this process (permissions or a
// read-only file system): faccessat with the effective ids. Empty when it can.
enum class ReadOnlyBecause { No, File, Folder };
ReadOnlyBecause readOnlyBecause(const QString &path);
// Only the folder (whatever the file): SQLite cannot create the -shm there.
bool folderReadOnly(const QString &path);

} // namespace DatabaseFile
} // namespace core

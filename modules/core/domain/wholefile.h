#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

QT_BEGIN_NAMESPACE
class QSaveFile;
QT_END_NAMESPACE

namespace core {

// A file is written completely or not at all. Every file the program
// writes (sync files, reports, open data, attestati and their index, CSV)
// ends here, because Qt 6.4's QSaveFile::commit() renames its temporary file
// even when the last buffered bytes could not be written (the error of its
// final flush is ignored): on a full disk a 4 KB stub would take the file's
// place and the caller would believe it written.
//
// - writeWholeFile(path, data): a temporary file in the same folder, every
//   byte written and flushed, forced to disk (fsync), renamed over `path`,
//   the folder flushed.
// - commitWholeFile(file): the same ending for a QSaveFile written in pieces
//   (every write() result must still be checked by the caller).
// On failure the temporary file is removed, `path` keeps what it had, and
// the error is file.cannot_write {path, system text, kind}: kind says why
// in a word the UI translates: "disk_full" (ENOSPC, EDQUOT), "too_large"
// (EFBIG: a file size limit, a FAT32 USB key), "io" (EIO: a failing disk,
// a key pulled out) or empty.
Status writeWholeFile(const QString &path, const QByteArray &data);
// A set of files that belong together (the open data: a CSV, its GeoJSON,
// their metadata): every one is written and forced to disk under its
// temporary name before the first is renamed, so a full disk leaves the
// previous set as it was instead of a new file beside old ones.
Status writeWholeFiles(const QList<QPair<QString, QByteArray>> &files);
Status commitWholeFile(QSaveFile &file);
// Abandons a QSaveFile after a failed write (its temporary file is removed)
// and returns the error for it; errnoValue is errno right after the failure.
Error abandonFile(QSaveFile &file, int errnoValue);

// file.cannot_write {path, system text, kind} for errno.
Error writeError(const QString &path, int errnoValue, const QString &fallbackText = {});

} // namespace core

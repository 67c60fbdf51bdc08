#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace core::sync {

struct ExportOptions {
    QString folder;
    // A big backlog (the first export of a busy database) is split into
    // files of at most this many change-log entries.
    int maxChangesPerFile = 20000;
    // Tests only: called at "write" (before the file is written); returning
    // false makes the write fail as a full disk would.
    std::function<bool(const QString &stage)> faultHook;
};

struct ExportedFile {
    QString fileName;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    int changes = 0;
};

struct ExportReport {
    QList<ExportedFile> files;
    QString ackFile; // an acknowledgements file written (nothing to export, acks moved on)
    qint64 position = 0; // the last change now in a file
    int changes() const;
};

// Writes the changes this workstation made since its last export into the
// sync folder, as new files that are never rewritten (see SyncFileName):
// - reads a consistent snapshot of the change log and of the current values
//   of the changed rows (read generically, by table and id: a deletion
//   carries only the id), each row once per file with its latest change;
// - writes the file completely or not at all (core::writeWholeFile: a
//   temporary name, every byte checked, forced to disk, renamed);
// - only then records the file and advances the export position, so a full
//   or read-only disk (sync.cannot_write {path, system text, kind}), or a
//   crash, never loses a change: the next export starts again from the
//   same position.
// Every file carries this workstation's acknowledgements (syncacks.h).
// With nothing to export while they moved on, an acknowledgements file is
// written instead (AckFileName), so that the producers can prune in a
// quiet room: waiting for a next file of changes could keep their files
// for days on a workstation that only reads.
// The sync folder must exist (an unmounted share is not created locally:
// sync.folder_unreachable). Runs on the thread of its connection.
class SyncExporter {
public:
    explicit SyncExporter(const QSqlDatabase &db, const Clock &clock = SystemClock::instance());

    Result<ExportReport> exportTo(const ExportOptions &options);

    // Changes made here and not yet in a file.
    static Result<qint64> pendingChanges(const QSqlDatabase &db);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace core::sync

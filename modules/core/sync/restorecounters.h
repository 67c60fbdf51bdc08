#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace core::sync {

// After a restore from a backup, the restored database knows nothing of
// the ids and document numbers this workstation handed out since the
// backup and already sent to the room: handing them out again would make
// two different rows with one id (the ledger union keeps whichever arrived
// first, for ever). So, before anything else is written, the id allocator
// and every document series are moved past what this workstation's own
// files in the sync folder show, and the copies of them kept beside the
// database (sentArchiveFolder: files pruned from the folder are still
// there while a backup older than them exists, syncprune.h).
//
// When the folder is not reachable (or not configured, for a database that
// has synchronised), or one of its own files cannot be read, they are
// moved past what the restored database knows plus a safety margin: ids by
// idSafetyMargin, each series of this workstation found in the restored
// database by numberSafetyMargin.
constexpr qint64 idSafetyMargin = 1000000;
constexpr qint64 numberSafetyMargin = 1000;

struct CountersMoved {
    enum class Source {
        Nothing, // never synchronised and no folder: nothing was exported
        SyncFolder, // the folder's files of this workstation were read
        SafetyMargin, // the folder is not reachable
    };
    Source source = Source::Nothing;
    QString folder;
    int workstation = 0;
    int filesRead = 0;
    QStringList unreadable; // own files that could not be read: not counted
    qint64 idSequenceBefore = 0; // the allocator's last value, before and after
    qint64 idSequenceAfter = 0;
    int seriesRaised = 0; // document series whose floor was raised
};

// The numbered documents: table and the column holding the number.
struct NumberedColumn {
    QString table;
    QString column;
};
QList<NumberedColumn> numberedColumns();

// Moves the id allocator and the document numbers of this connection's
// workstation past what it exported (see above). Must run inside a
// Transaction; writes an audit entry (kind 'command', code
// restore.counters) under `operatorName`.
Result<CountersMoved> moveCountersPastExports(
    const QSqlDatabase &db, const QString &syncFolder, const QString &operatorName, qint64 nowMs);

} // namespace core::sync

#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"
#include "core/sync/syncfile.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QVariantMap>

namespace core::sync {

// One entry of the conflict log: a value (or a deletion) that lost a merge.
struct SyncConflict {
    struct Difference {
        QString column;
        QVariant kept;
        QVariant discarded;
    };
    qint64 id = 0; // its first entry (merge_conflict.id)
    QString conflictKey; // the same wherever it was found (conflictKey())
    qint64 detectedAt = 0;
    QString table;
    qint64 rowId = 0;
    QString kind; // update, delete, recreated, delete_refused, ledger
    RowVersion kept;
    QString keptOperator;
    RowVersion discarded;
    QString discardedOperator;
    QList<Difference> differences;
    QVariantMap discardedValues; // the losing row (empty when the loser was a deletion)
    QString sourceFile;
    qint64 reviewedAt = 0;
    QString reviewedBy;
    QString resolution; // "", accepted, restored
    bool rowExists = false;

    bool isOpen() const { return resolution.isEmpty(); }
    // The loser was a deletion (nothing of the row to restore but the deletion).
    bool discardedIsDeletion() const;
};

// What names one conflict on every workstation that finds it: the row and
// the versions kept and discarded (who won is decided the same everywhere).
QString conflictKey(const QString &table, qint64 rowId, const RowVersion &kept, const RowVersion &discarded);

// What restoring a conflict does, if it can be done.
enum class RestoreAction { None, RewriteValues, RecreateRow, DeleteRow };

// Reads the conflict log and settles its entries. The log is two ledgers
// that travel like any other (merge_conflict, merge_conflict_review,
// 0017_merge_declarations.sql), so every workstation shows the same list:
// a conflict found on several workstations is one line, and a review made
// on any of them settles it everywhere (the earliest review counts).
// Restoring the discarded values is an ordinary change made by the
// operator here (one logged transaction), so the next export sends it to
// every workstation, where it wins as the newest. Thread of its connection.
class ConflictLog {
public:
    explicit ConflictLog(const QSqlDatabase &db, const Clock &clock = SystemClock::instance());

    Result<int> openCount() const;
    Result<QList<SyncConflict>> list(bool openOnly, int limit = 500) const;
    Result<SyncConflict> conflict(qint64 id) const;

    static RestoreAction restoreAction(const SyncConflict &conflict);
    // A readable name for a record: its name, title or code column, or the
    // name of the row its key refers to (comune_cmm -> comune.name); empty
    // when it has none (or no longer exists).
    Result<QString> recordLabel(const QString &table, qint64 rowId) const;
    Status markReviewed(qint64 id, const QString &operatorName);
    // Restores what lost. For rewritten values, `columns` picks which of
    // the differing columns to restore (empty: all of them): the other
    // side may have changed other fields of the same row on purpose.
    Status restoreDiscarded(qint64 id, const QString &operatorName, const QStringList &columns = {});

private:
    Status settle(qint64 id, const QString &operatorName, const QString &resolution);

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace core::sync

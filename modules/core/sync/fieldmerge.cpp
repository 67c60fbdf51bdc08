// RowApplier's merge of a row edited in place, field by field
// (fieldversions.h): kept apart from rowapplier.cpp, which handles
// insertions, deletions and ledgers.

#include "core/sync/rowapplier.h"

#include "core/sync/conflictlog.h"
#include "core/sync/syncstate.h"

namespace core::sync {

Result<RowApplier::Outcome> RowApplier::applyFields(const SyncTable &table, const SyncChange &change,
    const QString &sourceFile, const LocalRowVersion &local, const QVariantMap &existing, const QVariantMap &incoming)
{
    // Column by column, the later version wins: the incoming value when
    // the change's version of that column is later than the one here.
    // A column whose two versions were made apart by two workstations with
    // different values is a conflict: on the side where the incoming
    // value wins, when the version it replaces is one its author had not
    // seen (later than the version the change was based on: what a
    // workstation has seen of a row is never later than its version of
    // it); on the side where it loses, when the change wrote that column.
    QVariantMap toWrite;
    QVariantMap won; // column -> [incoming (kept), here (discarded)]
    QVariantMap lost; // column -> [here (kept), incoming (discarded)]
    QVariantMap lostValues;
    RowVersion wonKept, wonDiscarded, lostKept, lostDiscarded;
    QHash<QString, RowVersion> merged;
    bool moved = false; // a column's version moved here
    RowVersion rowVersion = std::max(local.recorded, change.version);
    for (const QString &column : table.columns) {
        const RowVersion here = local.fieldVersion(column);
        auto in = incoming.constFind(column);
        if (in == incoming.constEnd() || column == table.key) {
            merged.insert(column, here);
            continue;
        }
        const RowVersion theirs = change.fields.of(column, change.version);
        const QVariant current = existing.value(column);
        const bool differ = !sqlValuesEqual(current, in.value());
        // Two versions of one workstation are never concurrent: the later
        // was made knowing the earlier.
        const bool sameAuthor = here.workstation == theirs.workstation;
        if (theirs > here) {
            merged.insert(column, theirs);
            moved = true;
            if (differ) {
                toWrite.insert(column, in.value());
                if (!sameAuthor && !here.isNull() && change.base < here) {
                    won.insert(column, QVariantList { in.value(), current });
                    wonKept = std::max(wonKept, theirs);
                    wonDiscarded = std::max(wonDiscarded, here);
                }
            }
        } else {
            merged.insert(column, here);
            if (differ && theirs != here && !sameAuthor && change.base < theirs) {
                lost.insert(column, QVariantList { current, in.value() });
                lostValues.insert(column, in.value());
                lostKept = std::max(lostKept, here);
                lostDiscarded = std::max(lostDiscarded, theirs);
            }
        }
        rowVersion = std::max(rowVersion, merged.value(column));
    }

    if (!toWrite.isEmpty()) {
        toWrite.insert(table.key, change.rowId);
        Failure failure;
        if (!updateRow(table, change.rowId, toWrite, &failure))
            return park(change, sourceFile, failure);
        m_changedTables.insert(table.name);
    }
    if (!won.isEmpty()) {
        QVariantMap discardedValues;
        for (auto it = won.constBegin(); it != won.constEnd(); ++it)
            discardedValues.insert(it.key(), it.value().toList().value(1));
        if (auto s = logConflict(QStringLiteral("update"), change, sourceFile, wonKept, change.operatorName,
                wonDiscarded, local.operatorName, won, discardedValues);
            !s)
            return s.error();
    }
    if (!lost.isEmpty())
        if (auto s = logConflict(QStringLiteral("update"), change, sourceFile, lostKept, local.operatorName,
                lostDiscarded, change.operatorName, lost, lostValues);
            !s)
            return s.error();

    if (moved) {
        // Local changes not exported yet stay to be exported (their record
        // position does not move); otherwise the record is the merge's.
        if (auto s = ensureLogSeq(); !s)
            return s.error();
        const qint64 logSeq = local.localIsNewer ? std::max<qint64>(local.recordedLogSeq, 0) : m_logSeq;
        if (auto s = recordRowVersion(m_statements, table.name, change.rowId, rowVersion, change.operatorName, logSeq,
                false, FieldVersions::from(merged, rowVersion));
            !s)
            return s.error();
    }
    if (auto s = keepIdsAhead(change.rowId); !s)
        return s.error();
    if (auto s = dropParked(change); !s)
        return s.error();
    if (!toWrite.isEmpty())
        return Outcome::Applied;
    return moved ? Outcome::Unchanged : Outcome::Discarded;
}

} // namespace core::sync

// RowApplier's merge of a row edited in place, field by field
// (fieldversions.h): kept apart from rowapplier.cpp, which handles
// insertions, deletions and ledgers.

#include "core/sync/rowapplier.h"

#include "core/db/sql.h"
#include "core/sync/conflictlog.h"
#include "core/sync/syncstate.h"
#include "core/sync/tableregistry.h"

#include <QSqlError>

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
    QStringList overwritten; // local edits not exported yet that lost to a later version
    QStringList kept; // ... and those that stay
    RowVersion rowVersion = std::max(local.recorded, change.version);
    // Columns declared to merge as one (TableRegistry::mergedTogether, the
    // columns a CHECK ties together) merge field by field like the others,
    // unless the row that gives would break the CHECK (two halves of two
    // states: "returned" here with "delivered" there). Then, and only then,
    // the group wins whole: each column takes the group's versions, the
    // latest of the group's columns on either side, so the later group wins
    // (never half a state). Decided on the group's own values (a CHECK never
    // ties columns of two groups, tst_tabledeclarations), which are the
    // same on every workstation that merges the same two versions: every
    // workstation keeps the same row.
    QHash<QString, std::pair<RowVersion, RowVersion>> grouped; // column -> (here, theirs)
    for (const QStringList &group : TableRegistry::mergedTogether(table.name)) {
        RowVersion groupHere, groupTheirs;
        bool complete = true;
        bool someTheirs = false, someHere = false;
        QVariantMap fieldLevel; // the group's columns that would change, field by field
        for (const QString &column : group) {
            if (!table.columns.contains(column) || !incoming.contains(column) || column == table.key) {
                complete = false;
                break;
            }
            const RowVersion here = local.fieldVersion(column);
            const RowVersion theirs = change.fields.of(column, change.version);
            groupHere = std::max(groupHere, here);
            groupTheirs = std::max(groupTheirs, theirs);
            if (sqlValuesEqual(existing.value(column), incoming.value(column)))
                continue;
            if (theirs > here) {
                someTheirs = true;
                fieldLevel.insert(column, incoming.value(column));
            } else {
                someHere = true;
            }
        }
        if (!complete || !someTheirs || !someHere)
            continue; // field by field is one side's group as it was: valid
        auto valid = satisfiesChecks(table, change.rowId, fieldLevel);
        if (!valid)
            return valid.error();
        if (*valid)
            continue;
        for (const QString &column : group)
            grouped.insert(column, { groupHere, groupTheirs });
    }
    const QStringList maxColumns = TableRegistry::mergedAsMax(table.name);
    for (const QString &column : table.columns) {
        auto in = incoming.constFind(column);
        if (maxColumns.contains(column) && in != incoming.constEnd() && column != table.key) {
            // Only grows (TableRegistry::declareMergedAsMax): the larger
            // value stays, whichever version is later; the column's version
            // is the later of the two on every side, so all converge.
            const RowVersion here = local.fieldVersion(column);
            const RowVersion theirs = change.fields.of(column, change.version);
            const QVariant current = existing.value(column);
            const bool larger = !in.value().isNull()
                && (current.isNull() || in.value().toLongLong() > current.toLongLong());
            if (larger)
                toWrite.insert(column, in.value());
            const bool pending = local.localIsNewer && (!local.hasRecord() || local.pending.contains(column));
            if (pending)
                (larger ? overwritten : kept).append(column);
            merged.insert(column, std::max(here, theirs));
            moved = moved || theirs > here;
            rowVersion = std::max(rowVersion, merged.value(column));
            continue;
        }
        auto group = grouped.constFind(column);
        const RowVersion here = group != grouped.cend() ? group->first : local.fieldVersion(column);
        if (in == incoming.constEnd() || column == table.key) {
            merged.insert(column, here);
            continue;
        }
        const RowVersion theirs = group != grouped.cend() ? group->second : change.fields.of(column, change.version);
        const QVariant current = existing.value(column);
        const bool differ = !sqlValuesEqual(current, in.value());
        // Two versions of one workstation are never concurrent: the later
        // was made knowing the earlier.
        const bool sameAuthor = here.workstation == theirs.workstation;
        const bool pending = local.localIsNewer && (!local.hasRecord() || local.pending.contains(column));
        if (pending)
            (theirs > here ? overwritten : kept).append(column);
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
        // Local changes not exported yet: when none lost a field, they stay
        // to be exported as they are (the record's position does not
        // move). When some did, the record takes them in (the fields they
        // lost are the merge's) and the fields they still hold are sent
        // again under a new change record.
        if (auto s = ensureLogSeq(); !s)
            return s.error();
        const bool absorb = !local.localIsNewer || !overwritten.isEmpty();
        const qint64 logSeq = absorb ? m_logSeq : std::max<qint64>(local.recordedLogSeq, 0);
        if (auto s = recordRowVersion(m_statements, table.name, change.rowId, rowVersion, change.operatorName, logSeq,
                false, FieldVersions::from(merged, rowVersion));
            !s)
            return s.error();
        if (local.localIsNewer && absorb && !kept.isEmpty())
            if (auto s = resendColumns(table, change.rowId, kept); !s)
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

Result<bool> RowApplier::satisfiesChecks(const SyncTable &table, qint64 rowId, const QVariantMap &values)
{
    // Tried in a savepoint and undone: only a CHECK's refusal counts (a
    // trigger's or a unique index's is the real update's to meet).
    QStringList sets;
    QVariantList binds;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        sets.append(quoteIdentifier(it.key()) + QStringLiteral(" = ?"));
        binds.append(it.value());
    }
    binds.append(rowId);
    if (auto q = runQuery(m_db, QStringLiteral("SAVEPOINT field_merge_check")); !q)
        return q.error();
    QSqlError error;
    const bool ok = m_statements.exec(
        QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
            .arg(quoteIdentifier(table.name), sets.join(QStringLiteral(", ")), quoteIdentifier(table.key)),
        binds, &error);
    if (auto q = runQuery(m_db, QStringLiteral("ROLLBACK TO field_merge_check")); !q)
        return q.error();
    if (auto q = runQuery(m_db, QStringLiteral("RELEASE field_merge_check")); !q)
        return q.error();
    return ok || error.nativeErrorCode().toInt() != 275; // SQLITE_CONSTRAINT_CHECK
}

Status RowApplier::resendColumns(const SyncTable &table, qint64 rowId, const QStringList &columns)
{
    // Written directly: the triggers are off during an import.
    auto q = runQuery(m_db,
        QStringLiteral("INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, "
                       "changed_columns) VALUES (?, ?, 'U', ?, ?, ?, ?)"),
        { table.name, rowId, m_now, m_workstation, m_operator, columns.join(QLatin1Char(',')) + QLatin1Char(',') });
    if (!q)
        return q.error();
    m_logSeq = -1;
    return {};
}

} // namespace core::sync

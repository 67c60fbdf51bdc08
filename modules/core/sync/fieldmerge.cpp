// RowApplier's merge of a row edited in place, field by field
// (fieldversions.h): kept apart from rowapplier.cpp, which handles
// insertions, deletions and ledgers.

#include "core/sync/rowapplier.h"

#include "core/db/sql.h"
#include "core/sync/conflictlog.h"
#include "core/sync/groupmerge.h"
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
    // columns a CHECK ties together) show their field-level winners when
    // together these satisfy the CHECK (tried in a savepoint), else the
    // group's latest snapshot, the group as written by the latest change
    // that wrote any of it (groupmerge.h). Both are maxima over the changes
    // received, kept in merge_group_state between two imports: the row is
    // the same on every workstation that received the same changes, in
    // whatever order (three edits where two break the CHECK and a third
    // repairs them give the winners everywhere). A local edit not exported
    // yet counts as a change of the columns it wrote (of the whole group
    // while the row shows a snapshot: the exporter sends it so).
    struct GroupOutcome {
        GroupState state; // the changes received (and exported), not the local edit
        QVariantMap values; // what the row shows
        QHash<QString, RowVersion> versions;
        QSet<QString> localWrites; // the group's columns the local edit not exported yet wrote
        bool withLocal = false;
    };
    QList<GroupOutcome> outcomes;
    QHash<QString, qsizetype> groupOf; // column -> outcomes
    for (const QStringList &group : TableRegistry::mergedTogether(table.name)) {
        bool complete = true;
        for (const QString &column : group)
            if (!table.columns.contains(column) || !incoming.contains(column) || column == table.key) {
                complete = false;
                break;
            }
        if (!complete)
            continue;
        Result<std::optional<GroupState>> loaded = std::optional<GroupState>();
        if (m_groupStates) // else none is kept yet
            loaded = loadGroupState(m_statements, table.name, change.rowId, group);
        if (!loaded)
            return loaded.error();
        QSet<QString> localWrites;
        if (local.localIsNewer)
            for (const QString &column : group)
                if (!local.hasRecord() || (*loaded && (*loaded)->fallback) || local.pending.contains(column))
                    localWrites.insert(column);
        GroupOutcome o;
        o.state = *loaded ? **loaded
                          : GroupState::fromRow(group, existing, local.recordedFields, local.recorded, localWrites);
        o.state.add(incoming, change.fields, change.version);
        GroupState shown = o.state;
        if (!localWrites.isEmpty()) {
            shown.addWrite(existing, localWrites, local.version);
            o.withLocal = true;
            o.localWrites = localWrites;
        }
        QVariantMap differing; // the winners that are not on the row
        for (const QString &column : group) {
            const GroupState::Winner w = shown.winners.value(column);
            if (!sqlValuesEqual(existing.value(column), w.value))
                differing.insert(column, w.value);
        }
        bool valid = true;
        if (!differing.isEmpty()) {
            auto checked = satisfiesChecks(table, change.rowId, differing);
            if (!checked)
                return checked.error();
            valid = *checked;
        }
        o.state.fallback = !valid;
        for (const QString &column : group) {
            if (valid) {
                const GroupState::Winner w = shown.winners.value(column);
                o.values.insert(column, w.value);
                o.versions.insert(column, w.version);
            } else if (!shown.snapshot.isEmpty()) {
                o.values.insert(column, shown.snapshot.value(column));
                o.versions.insert(column, shown.snapshotVersion);
            } else { // no snapshot known (cannot happen: the change or the local edit is one)
                o.values.insert(column, existing.value(column));
                o.versions.insert(column, local.fieldVersion(column));
            }
            groupOf.insert(column, outcomes.size());
        }
        outcomes.append(std::move(o));
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
        if (auto g = groupOf.constFind(column); g != groupOf.cend() && in != incoming.constEnd()) {
            const GroupOutcome &o = outcomes.at(*g);
            const QVariant target = o.values.value(column);
            const RowVersion targetVersion = o.versions.value(column);
            const RowVersion here = local.fieldVersion(column);
            const RowVersion theirs = change.fields.of(column, change.version);
            const QVariant current = existing.value(column);
            const bool sameAuthor = here.workstation == theirs.workstation;
            const bool pending = local.localIsNewer
                && (!local.hasRecord() || local.pending.contains(column) || o.localWrites.contains(column));
            if (pending)
                (targetVersion != local.version ? overwritten : kept).append(column);
            merged.insert(column, targetVersion);
            moved = moved || targetVersion != here;
            const bool takesTheirs = sqlValuesEqual(target, in.value());
            if (!sqlValuesEqual(current, target)) {
                toWrite.insert(column, target);
                if (takesTheirs && !sameAuthor && !here.isNull() && change.base < here) {
                    won.insert(column, QVariantList { target, current });
                    wonKept = std::max(wonKept, targetVersion);
                    wonDiscarded = std::max(wonDiscarded, here);
                }
            } else if (!takesTheirs && theirs != targetVersion && !sameAuthor && change.base < theirs) {
                lost.insert(column, QVariantList { target, in.value() });
                lostValues.insert(column, in.value());
                lostKept = std::max(lostKept, targetVersion);
                lostDiscarded = std::max(lostDiscarded, theirs);
            }
            rowVersion = std::max(rowVersion, targetVersion);
            continue;
        }
        const RowVersion here = local.fieldVersion(column);
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
    if (!outcomes.isEmpty()) {
        QVariantMap after = existing;
        for (auto it = toWrite.constBegin(); it != toWrite.constEnd(); ++it)
            after.insert(it.key(), it.value());
        const FieldVersions fields = FieldVersions::from(merged, rowVersion);
        m_groupStates = true;
        for (const GroupOutcome &o : std::as_const(outcomes))
            if (auto s = storeGroupState(m_statements, table.name, change.rowId, o.state, after, fields, rowVersion,
                    !o.withLocal);
                !s)
                return s.error();
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

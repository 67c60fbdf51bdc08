#pragma once

#include "core/domain/result.h"
#include "core/sync/fieldversions.h"
#include "core/sync/statementcache.h"

#include <QHash>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace core::sync {

// The merge of a group of columns a CHECK ties together
// (TableRegistry::declareMergedTogether) as a function of the SET of
// changes received, whatever their order (0032_merge_group_state.sql):
// - the winners: per column, the value of its latest version (what the
//   field-level merge of any other column keeps);
// - the snapshot: the group's values in the latest change that wrote any of
//   its columns (what its author saw: it satisfied the CHECK there).
// The row shows the winners when together they satisfy the CHECK, else the
// snapshot. Both are maxima over the changes (a version names one change,
// which carries one value per column), so any order, duplicates and late
// files give the same row.
struct GroupState {
    struct Winner {
        QVariant value;
        RowVersion version; // null: not known (a value this workstation changed before it recorded one)
    };
    QStringList columns;
    QHash<QString, Winner> winners;
    QVariantMap snapshot;
    RowVersion snapshotVersion; // null: none known
    bool fallback = false; // the row shows the snapshot (the winners break a CHECK)
    bool stored = false; // read from merge_group_state

    // What a row with no entry says: each value with its field version, and
    // a snapshot of those values at the latest of them (the row as its
    // changes left it). `unknown` columns (changed here since the recorded
    // version, not exported yet) have no known winner, and then no snapshot
    // is known either.
    static GroupState fromRow(const QStringList &columns, const QVariantMap &row, const FieldVersions &fields,
        const RowVersion &rowVersion, const QSet<QString> &unknown = {});
    // Takes in one change of the row: its values, the version of each of
    // its columns (`fields` of a change whose version is `version`). A
    // snapshot when it wrote a column of the group.
    void add(const QVariantMap &values, const FieldVersions &fields, const RowVersion &version);
    // Takes in a change that wrote `written` (a local edit not exported yet).
    void addWrite(const QVariantMap &values, const QSet<QString> &written, const RowVersion &version);
    QVariantMap winnerValues() const;
    // Whether the entry says nothing the row does not (the row shows the
    // winners, with `fields` as their versions, and the snapshot is them
    // at the latest): then no entry is kept.
    bool derivable(const QVariantMap &row, const FieldVersions &fields, const RowVersion &rowVersion) const;

    QByteArray encodeWinners() const;
    QByteArray encodeSnapshot() const;
};

QString groupKey(const QStringList &columns);

// The stored entry of a row's group, if any.
Result<std::optional<GroupState>> loadGroupState(
    StatementCache &statements, const QString &table, qint64 rowId, const QStringList &columns);
// Keeps `state` (or, when `mayDrop`, removes the entry when the row, with
// `fields` as its versions, says as much).
Status storeGroupState(StatementCache &statements, const QString &table, qint64 rowId, const GroupState &state,
    const QVariantMap &row, const FieldVersions &fields, const RowVersion &rowVersion, bool mayDrop = true);
// The groups of a row that show their snapshot (fallback = 1).
Result<QList<QStringList>> fallbackGroups(StatementCache &statements, const QString &table, qint64 rowId);
// Whether any row shows a snapshot (the exporter asks once per export).
Result<bool> anyFallback(StatementCache &statements);

} // namespace core::sync

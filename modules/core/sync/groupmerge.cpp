#include "core/sync/groupmerge.h"

#include "core/sync/syncfile.h"

#include <QDataStream>
#include <QIODevice>

namespace core::sync {

namespace {

constexpr auto streamVersion = QDataStream::Qt_6_4;

} // namespace

QString groupKey(const QStringList &columns)
{
    return columns.join(QLatin1Char(','));
}

GroupState GroupState::fromRow(const QStringList &columns, const QVariantMap &row, const FieldVersions &fields,
    const RowVersion &rowVersion, const QSet<QString> &unknown)
{
    GroupState state;
    state.columns = columns;
    RowVersion latest;
    for (const QString &column : columns) {
        const RowVersion version = unknown.contains(column) ? RowVersion() : fields.of(column, rowVersion);
        state.winners.insert(column, { row.value(column), version });
        latest = std::max(latest, version);
    }
    if (unknown.isEmpty()) {
        for (const QString &column : columns)
            state.snapshot.insert(column, row.value(column));
        state.snapshotVersion = latest;
    }
    return state;
}

void GroupState::add(const QVariantMap &values, const FieldVersions &fields, const RowVersion &version)
{
    bool wroteGroup = false;
    for (const QString &column : std::as_const(columns)) {
        const RowVersion v = fields.of(column, version);
        wroteGroup = wroteGroup || v == version;
        auto it = winners.find(column);
        if (it == winners.end())
            winners.insert(column, { values.value(column), v });
        else if (v > it->version)
            *it = { values.value(column), v };
    }
    if (wroteGroup && (snapshot.isEmpty() || version > snapshotVersion)) {
        snapshot.clear();
        for (const QString &column : std::as_const(columns))
            snapshot.insert(column, values.value(column));
        snapshotVersion = version;
    }
}

void GroupState::addWrite(const QVariantMap &values, const QSet<QString> &written, const RowVersion &version)
{
    bool wroteGroup = false;
    for (const QString &column : std::as_const(columns)) {
        if (!written.contains(column))
            continue;
        wroteGroup = true;
        auto it = winners.find(column);
        if (it == winners.end() || version > it->version)
            winners.insert(column, { values.value(column), version });
    }
    if (wroteGroup && (snapshot.isEmpty() || version > snapshotVersion)) {
        snapshot.clear();
        for (const QString &column : std::as_const(columns))
            snapshot.insert(column, values.value(column));
        snapshotVersion = version;
    }
}

QVariantMap GroupState::winnerValues() const
{
    QVariantMap values;
    for (auto it = winners.cbegin(); it != winners.cend(); ++it)
        values.insert(it.key(), it->value);
    return values;
}

bool GroupState::derivable(const QVariantMap &row, const FieldVersions &fields, const RowVersion &rowVersion) const
{
    if (fallback)
        return false;
    RowVersion latest;
    for (const QString &column : std::as_const(columns)) {
        auto it = winners.constFind(column);
        if (it == winners.cend() || it->version != fields.of(column, rowVersion)
            || !sqlValuesEqual(it->value, row.value(column)) || !sqlValuesEqual(snapshot.value(column), it->value))
            return false;
        latest = std::max(latest, it->version);
    }
    return snapshotVersion == latest;
}

QByteArray GroupState::encodeWinners() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(streamVersion);
    out << qint32(columns.size());
    for (const QString &column : columns) {
        const Winner w = winners.value(column);
        out << column << w.value << qint64(w.version.at) << qint32(w.version.workstation);
    }
    return bytes;
}

QByteArray GroupState::encodeSnapshot() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(streamVersion);
    out << snapshot;
    return bytes;
}

Result<std::optional<GroupState>> loadGroupState(
    StatementCache &statements, const QString &table, qint64 rowId, const QStringList &columns)
{
    auto row = statements.firstRow(
        QStringLiteral("SELECT winners, snapshot, snapshot_at, snapshot_ws, fallback FROM merge_group_state "
                       "WHERE table_name = ? AND row_id = ? AND group_columns = ?"),
        { table, rowId, groupKey(columns) });
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<GroupState>();
    const QVariantList &r = **row;
    GroupState state;
    state.columns = columns;
    state.stored = true;
    {
        QDataStream in(r.at(0).toByteArray());
        in.setVersion(streamVersion);
        qint32 count = 0;
        in >> count;
        for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
            QString column;
            QVariant value;
            qint64 at = 0;
            qint32 workstation = 0;
            in >> column >> value >> at >> workstation;
            state.winners.insert(column, { value, { at, int(workstation) } });
        }
    }
    {
        QDataStream in(r.at(1).toByteArray());
        in.setVersion(streamVersion);
        in >> state.snapshot;
    }
    state.snapshotVersion = { r.at(2).toLongLong(), r.at(3).toInt() };
    state.fallback = r.at(4).toInt() == 1;
    return std::optional<GroupState>(std::move(state));
}

Status storeGroupState(StatementCache &statements, const QString &table, qint64 rowId, const GroupState &state,
    const QVariantMap &row, const FieldVersions &fields, const RowVersion &rowVersion, bool mayDrop)
{
    QSqlError error;
    if (mayDrop && state.derivable(row, fields, rowVersion)) {
        if (state.stored
            && !statements.exec(QStringLiteral("DELETE FROM merge_group_state WHERE table_name = ? AND row_id = ? "
                                               "AND group_columns = ?"),
                { table, rowId, groupKey(state.columns) }, &error))
            return Error(QStringLiteral("db.query"), { error.text() });
        return {};
    }
    if (!statements.exec(QStringLiteral("INSERT OR REPLACE INTO merge_group_state(table_name, row_id, group_columns, "
                                        "winners, snapshot, snapshot_at, snapshot_ws, fallback) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            { table, rowId, groupKey(state.columns), state.encodeWinners(), state.encodeSnapshot(),
                state.snapshotVersion.at, state.snapshotVersion.workstation, state.fallback ? 1 : 0 },
            &error))
        return Error(QStringLiteral("db.query"), { error.text() });
    return {};
}

Result<QList<QStringList>> fallbackGroups(StatementCache &statements, const QString &table, qint64 rowId)
{
    auto rows = statements.rows(QStringLiteral("SELECT group_columns FROM merge_group_state "
                                               "WHERE table_name = ? AND row_id = ? AND fallback = 1"),
        { table, rowId });
    if (!rows)
        return rows.error();
    QList<QStringList> groups;
    for (const QVariantList &r : std::as_const(*rows))
        groups.append(r.at(0).toString().split(QLatin1Char(',')));
    return groups;
}

Result<bool> anyFallback(StatementCache &statements)
{
    auto any = statements.value(QStringLiteral("SELECT EXISTS (SELECT 1 FROM merge_group_state WHERE fallback = 1)"));
    if (!any)
        return any.error();
    return any->toInt() == 1;
}

} // namespace core::sync

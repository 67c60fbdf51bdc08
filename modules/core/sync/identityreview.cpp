#include "core/sync/identityreview.h"

#include "core/auth/permissions.h"
#include "core/db/connectionstate.h"
#include "core/db/idallocator.h"
#include "core/db/logsuspension.h"
#include "core/db/sql.h"
#include "core/sync/identitymerge.h"
#include "core/sync/naturalkeys.h"
#include "core/sync/rowapplier.h"
#include "core/sync/statementcache.h"
#include "core/sync/syncfile.h"
#include "core/sync/syncschema.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace core::sync {

namespace {

QStringList tableColumns(const QSqlDatabase &db, const QString &table)
{
    QStringList names;
    auto q = runQuery(db, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), { table });
    while (q && q->next())
        names.append(q->value(0).toString());
    return names;
}

Result<std::optional<QVariantMap>> readValues(const QSqlDatabase &db, const QString &table, qint64 id)
{
    const QStringList columns = tableColumns(db, table);
    if (columns.isEmpty())
        return std::optional<QVariantMap>();
    QStringList quoted;
    for (const QString &c : columns)
        quoted.append(quoteIdentifier(c));
    auto q = runQuery(db,
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(quoted.join(QStringLiteral(", ")), quoteIdentifier(table)),
        { id });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QVariantMap>();
    QVariantMap values;
    for (int i = 0; i < columns.size(); ++i)
        values.insert(columns.at(i), q->value(i));
    return std::optional<QVariantMap>(values);
}

QVariantMap parseParkedValues(const QString &json)
{
    QVariantMap values;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        values.insert(it.key(), decodeSqlValue(it.value()));
    return values;
}

QStringList differingColumns(const QVariantMap &a, const QVariantMap &b)
{
    QStringList differing;
    for (auto it = a.constBegin(); it != a.constEnd(); ++it)
        if (it.key() != QLatin1String("id") && b.contains(it.key()) && !sqlValuesEqual(it.value(), b.value(it.key())))
            differing.append(it.key());
    return differing;
}

// The declared key whose columns the parked row's detail names (the
// detail is ours, written by the applier; still matched against the
// declarations, never used as SQL).
std::optional<NaturalKey> declaredKey(const QString &table, const QString &columns)
{
    for (const NaturalKey &k : NaturalKeys::forTable(table))
        if (k.columns.join(QLatin1Char(',')) == columns)
            return k;
    return std::nullopt;
}

} // namespace

QString ReconcileCase::label(const QVariantMap &values)
{
    const QString last = values.value(QStringLiteral("last_name")).toString();
    if (!last.isEmpty())
        return (last + QLatin1Char(' ') + values.value(QStringLiteral("first_name")).toString()).trimmed();
    for (const char *column : { "name", "number", "code" }) {
        const QString v = values.value(QLatin1String(column)).toString();
        if (!v.isEmpty())
            return v;
    }
    return values.value(QStringLiteral("id")).toString();
}

Result<QList<ReconcileCase>> readReconcileList(const QSqlDatabase &db)
{
    QList<ReconcileCase> cases;
    struct Parked {
        QString table;
        qint64 rowId;
        int workstation;
        QString values;
        QString detail;
    };
    QList<Parked> parked;
    auto q = runQuery(db,
        QStringLiteral("SELECT table_name, row_id, workstation, row_values, detail FROM sync_parked "
                       "WHERE reason = 'natural_key' ORDER BY table_name, parked_at, row_id"));
    if (!q)
        return q.error();
    while (q->next())
        parked.append({ q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toInt(), q->value(3).toString(),
            q->value(4).toString() });
    q->finish();
    for (const Parked &p : parked) {
        const auto key = declaredKey(p.table, p.detail);
        if (!key)
            continue;
        ReconcileCase c;
        c.table = p.table;
        c.keyColumns = p.detail;
        c.otherId = p.rowId;
        c.otherWaiting = true;
        c.otherWorkstation = p.workstation;
        c.other = parseParkedValues(p.values);
        QStringList where;
        QVariantList binds;
        for (const QString &column : key->columns) {
            where.append(quoteIdentifier(column) + QStringLiteral(" = ?"));
            binds.append(c.other.value(column));
        }
        binds.append(p.rowId);
        auto here = queryValue(db,
            QStringLiteral("SELECT id FROM %1 WHERE %2 AND id <> ? LIMIT 1")
                .arg(quoteIdentifier(p.table), where.join(QStringLiteral(" AND "))),
            binds);
        if (!here)
            return here.error();
        if (!here->isValid())
            continue; // renamed here meanwhile: the next import inserts it
        c.hereId = here->toLongLong();
        auto values = readValues(db, p.table, c.hereId);
        if (!values)
            return values.error();
        if (!values->has_value())
            continue;
        c.here = **values;
        QStringList keyValues;
        for (const QString &column : key->columns)
            keyValues.append(c.here.value(column).toString());
        c.keyValue = keyValues.join(QLatin1Char(' '));
        c.differing = differingColumns(c.here, c.other);
        cases.append(c);
    }

    // Keys equal once normalised, both rows here.
    for (const NaturalKey &key : NaturalKeys::all()) {
        if (!key.reviewNormalised || key.columns.size() != 1)
            continue;
        auto rows = runQuery(db,
            QStringLiteral("SELECT id, %1 FROM %2 ORDER BY id")
                .arg(quoteIdentifier(key.columns.first()), quoteIdentifier(key.table)));
        if (!rows)
            return rows.error();
        QHash<QString, qint64> first;
        QList<std::pair<qint64, qint64>> pairs;
        while (rows->next()) {
            const QString normalised = NaturalKeys::normalise(rows->value(1));
            if (normalised.isEmpty())
                continue;
            auto it = first.constFind(normalised);
            if (it == first.cend())
                first.insert(normalised, rows->value(0).toLongLong());
            else
                pairs.append({ it.value(), rows->value(0).toLongLong() });
        }
        rows->finish();
        for (const auto &[hereId, otherId] : pairs) {
            auto here = readValues(db, key.table, hereId);
            auto other = readValues(db, key.table, otherId);
            if (!here)
                return here.error();
            if (!other)
                return other.error();
            if (!here->has_value() || !other->has_value())
                continue;
            ReconcileCase c;
            c.table = key.table;
            c.keyColumns = key.columns.first();
            c.hereId = hereId;
            c.otherId = otherId;
            c.otherWorkstation = workstationOfRowId(otherId);
            c.here = **here;
            c.other = **other;
            c.keyValue = c.here.value(key.columns.first()).toString();
            c.differing = differingColumns(c.here, c.other);
            cases.append(c);
        }
    }
    return cases;
}

MergeIdentity::MergeIdentity(QString table, qint64 firstId, qint64 secondId)
    : m_table(std::move(table))
    , m_kept(std::min(firstId, secondId))
    , m_merged(std::max(firstId, secondId))
{
}

QString MergeIdentity::permission() const
{
    return Permission::SyncReconcile;
}

QString MergeIdentity::auditDetail() const
{
    return QStringLiteral("%1 %2").arg(m_kept).arg(m_merged);
}

Status MergeIdentity::check(const CommandContext &) const
{
    if (NaturalKeys::forTable(m_table).isEmpty() || m_kept == m_merged || m_kept <= 0)
        return Error(QStringLiteral("sync.identity_unknown"), { m_table });
    return {};
}

Status MergeIdentity::apply(const CommandContext &context)
{
    const QSqlDatabase &db = context.db;
    auto schema = SyncSchema::read(db);
    if (!schema)
        return schema.error();
    auto kept = readValues(db, m_table, m_kept);
    if (!kept)
        return kept.error();
    auto merged = readValues(db, m_table, m_merged);
    if (!merged)
        return merged.error();
    // The one not here waits in sync_parked.
    auto waitingValues = [&](qint64 id) -> Result<std::optional<QVariantMap>> {
        auto v = queryValue(db, QStringLiteral("SELECT row_values FROM sync_parked WHERE table_name = ? AND row_id = ?"),
            { m_table, id });
        if (!v)
            return v.error();
        if (!v->isValid())
            return std::optional<QVariantMap>();
        return std::optional<QVariantMap>(parseParkedValues(v->toString()));
    };
    std::optional<QVariantMap> keptValues = *kept;
    std::optional<QVariantMap> mergedValues = *merged;
    if (!keptValues) {
        auto w = waitingValues(m_kept);
        if (!w)
            return w.error();
        keptValues = *w;
    }
    if (!mergedValues) {
        auto w = waitingValues(m_merged);
        if (!w)
            return w.error();
        mergedValues = *w;
    }
    if (!keptValues || !mergedValues || (!kept->has_value() && !merged->has_value()))
        return Error(QStringLiteral("sync.identity_gone"), { m_table });
    QStringList keyValues;
    const NaturalKey key = NaturalKeys::forTable(m_table).first();
    for (const QString &column : key.columns)
        keyValues.append(keptValues->value(column).toString());

    const int workstation = sessionWorkstation(db);
    const QString operatorName = sessionOperator(db);
    // The moves are made by every workstation itself: not logged, only the
    // entry is (written into the log by hand, as the import does).
    LogSuspension noLog(db);
    if (!noLog.ok())
        return Error(QStringLiteral("db.query"), { QStringLiteral("log suspension") });
    StatementCache statements(db);
    IdentityMerger merger(db, statements, workstation, context.clock.nowMs(), operatorName);
    if (kept->has_value() && merged->has_value()) {
        if (auto s = merger.mergeRows(
                m_table, m_kept, m_merged, keyValues.join(QLatin1Char(' ')), QStringLiteral("person"));
            !s)
            return s;
        m_changed = merger.changedTables();
        return {};
    }
    // One of the two waits: the entry decides, and the waiting change is
    // applied again as the import would (merged on arrival).
    if (auto s = merger.record(m_table, m_kept, m_merged, keyValues.join(QLatin1Char(' ')), QStringLiteral("person"),
            *mergedValues, true);
        !s)
        return s;
    RowApplier applier(db, *schema, workstation, context.clock.nowMs(), operatorName);
    auto retried = applier.retryParked();
    if (!retried)
        return retried.error();
    auto still = queryValue(db,
        QStringLiteral("SELECT count(*) FROM sync_parked WHERE table_name = ? AND row_id IN (?, ?) "
                       "AND reason = 'natural_key'"),
        { m_table, m_kept, m_merged });
    if (!still)
        return still.error();
    if (still->toInt() > 0)
        return Error(QStringLiteral("sync.identity_merge_refused"), { m_table, QString() });
    m_changed = applier.changedTables();
    m_changed.append(merger.changedTables());
    return {};
}

Result<QList<MergeRecord>> readMergeList(const QSqlDatabase &db)
{
    // The last entry in effect of each two rows (two workstations may have
    // recorded the same merge).
    auto q = runQuery(db,
        QStringLiteral("SELECT m.id, m.table_name, m.kept_id, m.merged_id, m.natural_key, m.decided_by, m.merged_at, "
                       "m.merged_on, m.operator, m.merged_values FROM identity_merge m "
                       "WHERE NOT EXISTS (SELECT 1 FROM identity_merge_undo u WHERE u.merge_id = m.id "
                       "OR (m.decided_by = 'automatic' AND u.table_name = m.table_name "
                       "AND u.merged_id = m.merged_id AND u.kept_id = m.kept_id)) "
                       "ORDER BY m.merged_at DESC, m.id DESC"));
    if (!q)
        return q.error();
    QList<MergeRecord> records;
    QSet<QString> seen;
    while (q->next()) {
        MergeRecord r;
        r.mergeId = q->value(0).toLongLong();
        r.table = q->value(1).toString();
        r.keptId = q->value(2).toLongLong();
        r.mergedId = q->value(3).toLongLong();
        const QString pair = QStringLiteral("%1 %2 %3").arg(r.table).arg(r.keptId).arg(r.mergedId);
        if (seen.contains(pair))
            continue;
        seen.insert(pair);
        r.naturalKey = q->value(4).toString();
        r.byPerson = q->value(5).toString() == QLatin1String("person");
        r.mergedAt = q->value(6).toLongLong();
        r.mergedOn = q->value(7).toInt();
        r.operatorName = q->value(8).toString();
        r.merged = parseParkedValues(q->value(9).toString());
        records.append(r);
    }
    q->finish();
    StatementCache statements(db);
    IdentityMerger merger(db, statements, 0, 0, QString());
    for (MergeRecord &r : records) {
        auto kept = readValues(db, r.table, r.keptId);
        if (!kept)
            return kept.error();
        if (kept->has_value())
            r.kept = **kept;
        auto taken = merger.takenKeys(r.table, r.mergedId, r.merged);
        if (!taken)
            return taken.error();
        r.takenKeys = *taken;
    }
    return records;
}

UndoIdentityMerge::UndoIdentityMerge(qint64 mergeId, QVariantMap newKey)
    : m_mergeId(mergeId)
    , m_newKey(std::move(newKey))
{
}

QString UndoIdentityMerge::permission() const
{
    return Permission::SyncReconcile;
}

QString UndoIdentityMerge::auditDetail() const
{
    const QString pair = m_pair.isEmpty() ? QString::number(m_mergeId) : m_pair;
    return m_keyDetail.isEmpty() ? pair : pair + QLatin1Char(' ') + m_keyDetail;
}

Status UndoIdentityMerge::check(const CommandContext &context) const
{
    auto entry = queryValue(context.db,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM identity_merge WHERE id = ?)"), { m_mergeId });
    if (!entry)
        return entry.error();
    if (entry->toInt() == 0)
        return Error(QStringLiteral("sync.identity_unknown"), { QString::number(m_mergeId) });
    return {};
}

Status UndoIdentityMerge::apply(const CommandContext &context)
{
    const QSqlDatabase &db = context.db;
    auto pair = runQuery(
        db, QStringLiteral("SELECT kept_id, merged_id, table_name FROM identity_merge WHERE id = ?"), { m_mergeId });
    if (!pair)
        return pair.error();
    qint64 mergedId = 0;
    QString table;
    if (pair->next()) {
        m_pair = QStringLiteral("%1 %2").arg(pair->value(0).toLongLong()).arg(pair->value(1).toLongLong());
        mergedId = pair->value(1).toLongLong();
        table = pair->value(2).toString();
    }
    pair->finish();

    // The new key, checked as the module's form checks it, and nobody else's.
    QVariantMap restored;
    QStringList detail;
    for (auto it = m_newKey.constBegin(); it != m_newKey.constEnd(); ++it) {
        std::optional<NaturalKey> key;
        for (const NaturalKey &k : NaturalKeys::forTable(table))
            if (k.columns == QStringList { it.key() })
                key = k;
        if (!key)
            return Error(QStringLiteral("sync.identity_unknown"), { table, it.key() });
        auto checked = key->checkValue(it.value(), context.clock.today());
        if (!checked)
            return checked.error();
        for (auto c = checked->constBegin(); c != checked->constEnd(); ++c)
            restored.insert(c.key(), c.value());
        const QVariant value = checked->value(it.key());
        detail.append(QStringLiteral("%1=%2").arg(it.key(), value.toString()));
        if (value.toString().isEmpty())
            continue; // no key (a request not from the platform)
        auto other = runQuery(db,
            QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND id <> ? LIMIT 1")
                .arg(quoteIdentifier(table), quoteIdentifier(it.key())),
            { value, mergedId });
        if (!other)
            return other.error();
        if (other->next()) {
            auto values = readValues(db, table, other->value(0).toLongLong());
            if (!values)
                return values.error();
            return Error(QStringLiteral("sync.identity_undo_new_key_taken"),
                { table, it.key(), value.toString(),
                    values->has_value() ? ReconcileCase::label(**values) : QString() });
        }
    }
    m_keyDetail = detail.join(QLatin1Char(' '));

    // As the merge: the moves back are every workstation's own work (not
    // logged), the undo entry is logged by hand and travels (with the new key).
    LogSuspension noLog(db);
    if (!noLog.ok())
        return Error(QStringLiteral("db.query"), { QStringLiteral("log suspension") });
    StatementCache statements(db);
    IdentityMerger merger(db, statements, sessionWorkstation(db), context.clock.nowMs(), sessionOperator(db));
    if (auto s = merger.undo(m_mergeId, restored); !s)
        return s;
    m_changed = merger.changedTables();
    return {};
}

} // namespace core::sync

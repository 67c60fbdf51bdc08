#include "core/sync/conflictlog.h"

#include "core/auth/audittext.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/sync/syncschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace core::sync {

namespace {

// One line per conflict however many workstations found it, with the first
// review made anywhere (0017_merge_declarations.sql).
const QString selectColumns = QStringLiteral(
    "id, detected_at, table_name, row_id, kind, kept_at, kept_workstation, kept_operator, discarded_at, "
    "discarded_workstation, discarded_operator, differences, discarded_values, source_file, "
    "coalesce(reviewed_at, 0), reviewed_by, resolution, conflict_key");

SyncConflict fromRow(const QSqlQuery &q)
{
    SyncConflict c;
    c.id = q.value(0).toLongLong();
    c.detectedAt = q.value(1).toLongLong();
    c.table = q.value(2).toString();
    c.rowId = q.value(3).toLongLong();
    c.kind = q.value(4).toString();
    c.kept = { q.value(5).toLongLong(), q.value(6).toInt() };
    c.keptOperator = q.value(7).toString();
    c.discarded = { q.value(8).toLongLong(), q.value(9).toInt() };
    c.discardedOperator = q.value(10).toString();
    const QJsonObject differences = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object();
    for (auto it = differences.constBegin(); it != differences.constEnd(); ++it) {
        const QJsonArray pair = it.value().toArray();
        c.differences.append({ it.key(), decodeSqlValue(pair.at(0)), decodeSqlValue(pair.at(1)) });
    }
    const QJsonObject values = QJsonDocument::fromJson(q.value(12).toString().toUtf8()).object();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        c.discardedValues.insert(it.key(), decodeSqlValue(it.value()));
    c.sourceFile = q.value(13).toString();
    c.reviewedAt = q.value(14).toLongLong();
    c.reviewedBy = q.value(15).toString();
    c.resolution = q.value(16).toString();
    c.conflictKey = q.value(17).toString();
    return c;
}

Result<bool> rowExists(const QSqlDatabase &db, const SyncSchema &schema, const QString &table, qint64 rowId)
{
    const SyncTable *t = schema.table(table);
    if (!t)
        return false;
    auto v = queryValue(db,
        QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?").arg(quoteIdentifier(t->name), quoteIdentifier(t->key)),
        { rowId });
    if (!v)
        return v.error();
    return v->isValid();
}

} // namespace

bool SyncConflict::discardedIsDeletion() const
{
    return kind == QLatin1String("recreated") || kind == QLatin1String("delete_refused")
        || (kind == QLatin1String("delete") && discardedValues.isEmpty());
}

ConflictLog::ConflictLog(const QSqlDatabase &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<int> ConflictLog::openCount() const
{
    auto v = queryValue(m_db, QStringLiteral("SELECT count(*) FROM merge_conflict_list WHERE reviewed_at IS NULL"));
    if (!v)
        return v.error();
    return v->toInt();
}

Result<QList<SyncConflict>> ConflictLog::list(bool openOnly, int limit) const
{
    auto schema = SyncSchema::read(m_db);
    if (!schema)
        return schema.error();
    auto q = runQuery(m_db,
        QStringLiteral("SELECT %1 FROM merge_conflict_list %2 ORDER BY detected_at DESC, id DESC LIMIT ?")
            .arg(selectColumns, openOnly ? QStringLiteral("WHERE reviewed_at IS NULL") : QString()),
        { limit });
    if (!q)
        return q.error();
    QList<SyncConflict> list;
    while (q->next())
        list.append(fromRow(*q));
    for (SyncConflict &c : list) {
        auto exists = rowExists(m_db, *schema, c.table, c.rowId);
        if (!exists)
            return exists.error();
        c.rowExists = *exists;
    }
    return list;
}

Result<SyncConflict> ConflictLog::conflict(qint64 id) const
{
    // Any entry of the conflict (found here or elsewhere) leads to its line.
    auto q = runQuery(m_db,
        QStringLiteral("SELECT %1 FROM merge_conflict_list WHERE conflict_key = "
                       "(SELECT conflict_key FROM merge_conflict WHERE id = ?)")
            .arg(selectColumns),
        { id });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("sync.unknown_conflict"), { QString::number(id) });
    SyncConflict c = fromRow(*q);
    auto schema = SyncSchema::read(m_db);
    if (!schema)
        return schema.error();
    auto exists = rowExists(m_db, *schema, c.table, c.rowId);
    if (!exists)
        return exists.error();
    c.rowExists = *exists;
    return c;
}

QString conflictKey(const QString &table, qint64 rowId, const RowVersion &kept, const RowVersion &discarded)
{
    return QStringLiteral("%1:%2:%3:%4:%5:%6")
        .arg(table)
        .arg(rowId)
        .arg(kept.at)
        .arg(kept.workstation)
        .arg(discarded.at)
        .arg(discarded.workstation);
}

Result<QString> ConflictLog::recordLabel(const QString &table, qint64 rowId) const
{
    // The module's own name for the row (a volunteer's name, an item's
    // name, a delivery's number), read now from its repository's query.
    const QString named = AuditText::rowName(m_db, table, rowId);
    if (!named.isEmpty() && named != AuditText::shortId(rowId))
        return named;
    auto schema = SyncSchema::read(m_db);
    if (!schema)
        return schema.error();
    QString current = table;
    qint64 id = rowId;
    for (int depth = 0; depth < 3; ++depth) {
        const SyncTable *t = schema->table(current);
        if (!t)
            return QString();
        for (const QString &column :
            { QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("number"), QStringLiteral("code") }) {
            if (!t->columns.contains(column))
                continue;
            auto v = queryValue(m_db,
                QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                    .arg(quoteIdentifier(column), quoteIdentifier(t->name), quoteIdentifier(t->key)),
                { id });
            if (!v)
                return v.error();
            return v->toString();
        }
        // The key itself points at another row (comune_cmm.comune_id -> comune.id).
        auto parent = queryValue(m_db,
            QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list(?) WHERE \"from\" = ?"), { t->name, t->key });
        if (!parent)
            return parent.error();
        if (!parent->isValid())
            return QString();
        current = parent->toString();
    }
    return QString();
}

RestoreAction ConflictLog::restoreAction(const SyncConflict &c)
{
    if (!c.isOpen() || c.kind == QLatin1String("ledger"))
        return RestoreAction::None;
    if (c.discardedIsDeletion())
        return c.rowExists ? RestoreAction::DeleteRow : RestoreAction::None;
    if (!c.rowExists)
        return c.discardedValues.isEmpty() ? RestoreAction::None : RestoreAction::RecreateRow;
    return c.differences.isEmpty() ? RestoreAction::None : RestoreAction::RewriteValues;
}

Status ConflictLog::settle(qint64 id, const QString &operatorName, const QString &resolution)
{
    // A review is a new row of a ledger that travels: every workstation
    // then shows the conflict settled, by whom and how.
    auto c = conflict(id);
    if (!c)
        return c.error();
    if (!c->isOpen())
        return Error(QStringLiteral("sync.unknown_conflict"), { QString::number(id) });
    auto reviewId = allocateRowId(m_db);
    if (!reviewId)
        return reviewId.error();
    auto q = runQuery(m_db,
        QStringLiteral("INSERT INTO merge_conflict_review(id, conflict_key, reviewed_at, reviewed_by, resolution) "
                       "VALUES (?, ?, ?, ?, ?)"),
        { *reviewId, c->conflictKey, m_clock.nowMs(), operatorName, resolution });
    if (!q)
        return q.error();
    return {};
}

Status ConflictLog::markReviewed(qint64 id, const QString &operatorName)
{
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (auto s = settle(id, operatorName, QStringLiteral("accepted")); !s)
        return s;
    return tx.commit();
}

Status ConflictLog::restoreDiscarded(qint64 id, const QString &operatorName, const QStringList &chosen)
{
    auto c = conflict(id);
    if (!c)
        return c.error();
    auto schema = SyncSchema::read(m_db);
    if (!schema)
        return schema.error();
    const SyncTable *table = schema->table(c->table);
    const RestoreAction action = restoreAction(*c);
    if (!table || action == RestoreAction::None)
        return Error(QStringLiteral("sync.cannot_restore"), { c->table, QString::number(c->rowId) });

    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    QString sql;
    QVariantList binds;
    const QString name = quoteIdentifier(table->name);
    const QString key = quoteIdentifier(table->key);
    if (action == RestoreAction::RewriteValues) {
        QStringList sets;
        for (const SyncConflict::Difference &d : c->differences) {
            if (!table->columns.contains(d.column) || d.column == table->key
                || (!chosen.isEmpty() && !chosen.contains(d.column)))
                continue;
            sets.append(quoteIdentifier(d.column) + QStringLiteral(" = ?"));
            binds.append(d.discarded);
        }
        if (sets.isEmpty())
            return Error(QStringLiteral("sync.cannot_restore"), { c->table, QString::number(c->rowId) });
        sql = QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?").arg(name, sets.join(QStringLiteral(", ")), key);
        binds.append(c->rowId);
    } else if (action == RestoreAction::RecreateRow) {
        QStringList columns;
        QStringList marks;
        for (auto it = c->discardedValues.constBegin(); it != c->discardedValues.constEnd(); ++it) {
            if (!table->columns.contains(it.key()) || it.key() == table->key)
                continue;
            columns.append(quoteIdentifier(it.key()));
            marks.append(QStringLiteral("?"));
            binds.append(it.value());
        }
        columns.append(key);
        marks.append(QStringLiteral("?"));
        binds.append(c->rowId);
        sql = QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                  .arg(name, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    } else {
        sql = QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(name, key);
        binds.append(c->rowId);
    }
    auto q = runQuery(m_db, sql, binds);
    if (!q)
        return Error(
            QStringLiteral("sync.restore_refused"), { c->table, QString::number(c->rowId), q.error().args.value(0) });
    if (auto s = settle(id, operatorName, QStringLiteral("restored")); !s)
        return s;
    return tx.commit();
}

} // namespace core::sync

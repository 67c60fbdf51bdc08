#include "core/sync/syncstate.h"

#include "core/db/transaction.h"

#include "core/db/connectionstate.h"
#include "core/db/localconfig.h"
#include "core/db/sql.h"

#include <QUuid>

#include <sqlite3.h>

namespace core::sync {

SyncIdentity readIdentity(const QSqlDatabase &db)
{
    SyncIdentity identity;
    identity.databaseId = LocalConfig::value(db, IdentityKeys::databaseId);
    const QString previous = LocalConfig::value(db, IdentityKeys::previousIds);
    identity.previousIds = previous.isEmpty() ? QStringList() : previous.split(QLatin1Char(','));
    identity.originSeq = LocalConfig::value(db, IdentityKeys::originSeq, QStringLiteral("0")).toLongLong();
    identity.workstation = LocalConfig::value(db, IdentityKeys::workstation, QStringLiteral("0")).toInt();
    return identity;
}

namespace {

Status writeIdentity(const QSqlDatabase &db, const SyncIdentity &identity)
{
    const QList<QPair<QString, QString>> values = {
        { IdentityKeys::databaseId, identity.databaseId },
        { IdentityKeys::previousIds, identity.previousIds.join(QLatin1Char(',')) },
        { IdentityKeys::originSeq, QString::number(identity.originSeq) },
        { IdentityKeys::workstation, QString::number(identity.workstation) },
    };
    for (const auto &v : values)
        if (auto s = LocalConfig::setValue(db, v.first, v.second); !s)
            return s;
    return {};
}

Status renewIdentity(const QSqlDatabase &db, SyncIdentity *identity)
{
    if (identity->isValid()) {
        auto position = exportPosition(db, *identity);
        if (!position)
            return position.error();
        identity->previousIds.append(identity->databaseId);
        identity->originSeq = *position;
    }
    identity->databaseId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    identity->workstation = sessionWorkstation(db);
    return writeIdentity(db, *identity);
}

Result<SyncIdentity> ensureIdentityInTransaction(const QSqlDatabase &db)
{
    SyncIdentity identity = readIdentity(db);
    const int workstation = sessionWorkstation(db);
    if (workstation < 1)
        return Error(QStringLiteral("db.bad_workstation"), { QString::number(workstation) });
    if (identity.isValid() && identity.workstation == workstation)
        return identity;
    if (auto s = renewIdentity(db, &identity); !s)
        return s.error();
    return identity;
}

} // namespace

Result<SyncIdentity> ensureIdentity(const QSqlDatabase &db)
{
    Transaction tx(db);
    if (!tx)
        return tx.error();
    auto identity = ensureIdentityInTransaction(db);
    if (!identity)
        return identity.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return identity;
}

Status startNewIdentity(const QSqlDatabase &db)
{
    SyncIdentity identity = readIdentity(db);
    if (!identity.isValid())
        return {}; // never synchronised: the first export makes one
    return renewIdentity(db, &identity);
}

Result<qint64> exportPosition(const QSqlDatabase &db, const SyncIdentity &identity)
{
    auto v = queryValue(
        db, QStringLiteral("SELECT max(last_seq) FROM sync_export WHERE database_id = ?"), { identity.databaseId });
    if (!v)
        return v.error();
    return v->isNull() ? identity.originSeq : std::max(identity.originSeq, v->toLongLong());
}

Result<qint64> lastChangeSeq(const QSqlDatabase &db)
{
    auto v = queryValue(db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<LocalRowVersion> localRowVersion(const QSqlDatabase &db, const QString &table, qint64 rowId)
{
    StatementCache statements(db);
    return localRowVersion(statements, table, rowId);
}

Result<LocalRowVersion> localRowVersion(StatementCache &statements, const QString &table, qint64 rowId)
{
    LocalRowVersion result;
    auto recorded = statements.firstRow(
        QStringLiteral("SELECT changed_at, workstation, log_seq, deleted, operator, fields FROM sync_row_version "
                       "WHERE table_name = ? AND row_id = ?"),
        { table, rowId });
    if (!recorded)
        return recorded.error();
    const bool hasRecord = recorded->has_value();
    if (hasRecord) {
        const QVariantList &r = **recorded;
        result.recorded = { r.at(0).toLongLong(), r.at(1).toInt() };
        result.recordedLogSeq = r.at(2).toLongLong();
        result.deleted = r.at(3).toInt() == 1;
        result.operatorName = r.at(4).toString();
        result.recordedFields = FieldVersions::fromText(r.at(5).toString());
        result.version = result.recorded;
    }
    // The local changes after the record, latest first (usually none or one).
    auto local = statements.rows(
        QStringLiteral("SELECT seq, changed_at, workstation, operation, operator, coalesce(changed_columns, '*') "
                       "FROM change_log "
                       "WHERE table_name = ? AND row_id = ? AND seq > ? ORDER BY seq DESC"),
        { table, rowId, hasRecord ? result.recordedLogSeq : qint64(-1) });
    if (!local)
        return local.error();
    for (const QVariantList &l : std::as_const(*local)) {
        if (!result.localIsNewer) {
            // A local change after the recorded version: it replaced that
            // version, so it must order after it even if this clock is slow.
            result.localSeq = l.at(0).toLongLong();
            const qint64 at = l.at(1).toLongLong();
            result.localIsNewer = true;
            result.version = { hasRecord ? std::max(at, result.recorded.at + 1) : at, l.at(2).toInt() };
            result.deleted = l.at(3).toString() == QLatin1String("D");
            result.operatorName = l.at(4).toString();
        }
        result.pending.add(l.at(5).toString(), l.at(3).toString().front());
    }
    return result;
}

Status recordRowVersion(StatementCache &statements, const QString &table, qint64 rowId, const RowVersion &version,
    const QString &operatorName, qint64 logSeq, bool deleted, const FieldVersions &fields)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO sync_row_version(table_name, row_id, changed_at, workstation, operator, log_seq, deleted, fields) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(table_name, row_id) DO UPDATE SET changed_at = excluded.changed_at, "
        "workstation = excluded.workstation, operator = excluded.operator, log_seq = excluded.log_seq, "
        "deleted = excluded.deleted, fields = excluded.fields WHERE excluded.log_seq >= sync_row_version.log_seq");
    // Once per row of an export or import: bound directly (statementcache.h).
    Error error;
    sqlite3_stmt *s = statements.statement(sql, &error);
    if (!s)
        return error;
    const QByteArray tableUtf8 = table.toUtf8();
    const QByteArray operatorUtf8 = operatorName.toUtf8();
    sqlite3_bind_text(s, 1, tableUtf8.constData(), int(tableUtf8.size()), SQLITE_STATIC);
    sqlite3_bind_int64(s, 2, rowId);
    sqlite3_bind_int64(s, 3, version.at);
    sqlite3_bind_int64(s, 4, version.workstation);
    sqlite3_bind_text(s, 5, operatorUtf8.constData(), int(operatorUtf8.size()), SQLITE_STATIC);
    sqlite3_bind_int64(s, 6, logSeq);
    sqlite3_bind_int(s, 7, deleted ? 1 : 0);
    const QByteArray fieldsUtf8 = fields.toText().toUtf8();
    sqlite3_bind_text(s, 8, fieldsUtf8.constData(), int(fieldsUtf8.size()), SQLITE_STATIC);
    const bool ok = sqlite3_step(s) == SQLITE_DONE;
    Status result;
    if (!ok)
        result = statements.lastError(sql);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return result;
}

} // namespace core::sync

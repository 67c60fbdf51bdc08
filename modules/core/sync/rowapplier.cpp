#include "core/sync/rowapplier.h"
#include "core/sync/tableregistry.h"

#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/sync/conflictlog.h"
#include "core/sync/syncstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace core::sync {

namespace {

QString toJson(const QVariantMap &values)
{
    QJsonObject o;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        o.insert(it.key(), encodeSqlValue(it.value()));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString differencesJson(const QVariantMap &differences)
{
    QJsonObject o;
    for (auto it = differences.constBegin(); it != differences.constEnd(); ++it) {
        const QVariantList pair = it.value().toList();
        o.insert(it.key(), QJsonArray { encodeSqlValue(pair.value(0)), encodeSqlValue(pair.value(1)) });
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QVariantMap parseValues(const QString &json)
{
    QVariantMap values;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        values.insert(it.key(), decodeSqlValue(it.value()));
    return values;
}

} // namespace

QVariantMap rowDifferences(const QVariantMap &kept, const QVariantMap &discarded, const QString &keyColumn)
{
    QVariantMap differences;
    for (auto it = kept.constBegin(); it != kept.constEnd(); ++it) {
        if (it.key() == keyColumn || !discarded.contains(it.key()))
            continue;
        const QVariant other = discarded.value(it.key());
        if (!sqlValuesEqual(it.value(), other))
            differences.insert(it.key(), QVariantList { it.value(), other });
    }
    return differences;
}

RowApplier::RowApplier(
    const QSqlDatabase &db, const SyncSchema &schema, int localWorkstation, qint64 nowMs, QString operatorName)
    : m_db(db)
    , m_statements(db)
    , m_schema(schema)
    , m_workstation(localWorkstation)
    , m_now(nowMs)
    , m_operator(std::move(operatorName))
    , m_identity(db, m_statements, localWorkstation, nowMs, m_operator)
{
    auto parked = queryValue(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_parked)"));
    m_parkedRows = !parked || parked->toInt() != 0; // when unsure, look every time
    auto groups = queryValue(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM merge_group_state)"));
    m_groupStates = !groups || groups->toInt() != 0;
}

bool RowApplier::exec(const QString &sql, const QVariantList &binds, Failure *failure)
{
    QSqlError error;
    if (m_statements.exec(sql, binds, &error))
        return true;
    // SQLite keeps the transaction open after a constraint failure: only the
    // statement is undone, so the rest of the file can still be applied.
    const int code = error.nativeErrorCode().toInt();
    const QString message = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    failure->constraint = (code & 0xff) == 19; // SQLITE_CONSTRAINT and its extended codes
    failure->error = Error(QStringLiteral("db.query"), { message, sql.simplified().left(200) });
    failure->detail = message;
    if (code == 787)
        failure->reason = QStringLiteral("missing_reference");
    else if (code == 2067 || code == 1555)
        failure->reason = QStringLiteral("duplicate_value");
    else
        failure->reason = QStringLiteral("rejected");
    return false;
}

RowApplier::TableSql &RowApplier::sqlFor(const SyncTable &table)
{
    // Built once per table and kept with the prepared statements: an import
    // runs these for every row it receives.
    auto it = m_sql.find(table.name);
    if (it != m_sql.end())
        return it.value();
    TableSql sql;
    QStringList columns;
    for (const QString &c : table.columns) {
        columns.append(quoteIdentifier(c));
        sql.columns.insert(c);
    }
    sql.select = QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                     .arg(columns.join(QStringLiteral(", ")), quoteIdentifier(table.name), quoteIdentifier(table.key));
    sql.remove
        = QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(quoteIdentifier(table.name), quoteIdentifier(table.key));
    return m_sql.insert(table.name, sql).value();
}

Result<std::optional<QVariantMap>> RowApplier::readRow(const SyncTable &table, qint64 rowId)
{
    auto row = m_statements.firstRow(sqlFor(table).select, { rowId });
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<QVariantMap>();
    QVariantMap values;
    for (int i = 0; i < table.columns.size(); ++i)
        values.insert(table.columns.at(i), (*row)->value(i));
    return std::optional<QVariantMap>(values);
}

QStringList RowApplier::changedTables() const
{
    QSet<QString> tables = m_changedTables;
    for (const QString &t : m_identity.changedTables())
        tables.insert(t);
    return QStringList(tables.cbegin(), tables.cend());
}

QVariantMap RowApplier::valuesFor(const SyncTable &table, const SyncChange &change)
{
    // Only columns both schemas know; the key is the change's row id.
    const QSet<QString> &known = sqlFor(table).columns;
    QVariantMap values;
    for (auto it = change.values.constBegin(); it != change.values.constEnd(); ++it)
        if (known.contains(it.key()))
            values.insert(values.cend(), it.key(), it.value());
    values.insert(table.key, change.rowId);
    m_identity.rewriteReferences(table.name, values); // a row merged away: its survivor
    m_identity.applyRestoredKey(table.name, change.version, values); // an undo gave it a new key since
    return values;
}

namespace {

// Whether `values` has exactly the columns `columns` (in map order).
bool sameColumns(const QVariantMap &values, const QStringList &columns)
{
    if (values.size() != columns.size())
        return false;
    auto c = columns.cbegin();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it, ++c)
        if (it.key() != *c)
            return false;
    return true;
}

} // namespace

bool RowApplier::insertRow(const SyncTable &table, const QVariantMap &values, Failure *failure)
{
    TableSql &sql = sqlFor(table);
    if (!sameColumns(values, sql.insertColumns)) {
        QStringList columns;
        QStringList marks;
        sql.insertColumns.clear();
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            sql.insertColumns.append(it.key());
            columns.append(quoteIdentifier(it.key()));
            marks.append(QStringLiteral("?"));
        }
        sql.insert = QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                         .arg(quoteIdentifier(table.name), columns.join(QStringLiteral(", ")),
                             marks.join(QStringLiteral(", ")));
    }
    return exec(sql.insert, values.values(), failure);
}

bool RowApplier::updateRow(const SyncTable &table, qint64 rowId, const QVariantMap &values, Failure *failure)
{
    TableSql &sql = sqlFor(table);
    QVariantList binds;
    binds.reserve(values.size());
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        if (it.key() != table.key)
            binds.append(it.value());
    if (binds.isEmpty())
        return true;
    if (!sameColumns(values, sql.updateColumns)) {
        QStringList sets;
        sql.updateColumns.clear();
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            sql.updateColumns.append(it.key());
            if (it.key() != table.key)
                sets.append(quoteIdentifier(it.key()) + QStringLiteral(" = ?"));
        }
        sql.update = QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
                         .arg(quoteIdentifier(table.name), sets.join(QStringLiteral(", ")), quoteIdentifier(table.key));
    }
    binds.append(rowId);
    return exec(sql.update, binds, failure);
}

bool RowApplier::deleteRow(const SyncTable &table, qint64 rowId, Failure *failure)
{
    return exec(sqlFor(table).remove, { rowId }, failure);
}

Status RowApplier::logConflict(const QString &kind, const SyncChange &change, const QString &sourceFile,
    const RowVersion &kept, const QString &keptOperator, const RowVersion &discarded, const QString &discardedOperator,
    const QVariantMap &differences, const QVariantMap &discardedValues)
{
    // The entry is a row of a synchronised ledger (merge_conflict): every
    // workstation lists it. Found here already (the same versions met
    // again): nothing new to say.
    const QString key = conflictKey(change.table, change.rowId, kept, discarded);
    auto known = m_statements.value(QStringLiteral("SELECT EXISTS (SELECT 1 FROM merge_conflict WHERE conflict_key = ?)"),
        { key });
    if (!known)
        return known.error();
    if (known->toInt() != 0)
        return {};
    auto id = allocateRowId(m_db);
    if (!id)
        return id.error();
    auto q = runQuery(m_db,
        QStringLiteral("INSERT INTO merge_conflict(id, conflict_key, detected_at, detected_on, table_name, row_id, kind, "
                       "kept_at, kept_workstation, kept_operator, discarded_at, discarded_workstation, "
                       "discarded_operator, differences, discarded_values, source_file) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { *id, key, m_now, m_workstation, change.table, change.rowId, kind, kept.at, kept.workstation, keptOperator,
            discarded.at, discarded.workstation, discardedOperator, differencesJson(differences),
            toJson(discardedValues), sourceFile });
    if (!q)
        return q.error();
    // Logging is suspended during an import: the entry is recorded as this
    // workstation's own change by hand, so that the next export sends it.
    auto logged = runQuery(m_db,
        QStringLiteral("INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator) "
                       "VALUES ('merge_conflict', ?, 'I', ?, ?, ?)"),
        { *id, m_now, m_workstation, m_operator });
    if (!logged)
        return logged.error();
    m_logSeq = -1;
    m_changedTables.insert(QStringLiteral("merge_conflict"));
    ++m_conflicts;
    return {};
}

Status RowApplier::ensureLogSeq()
{
    // Logging is suspended during an import: the log only grows by
    // markForResend and logConflict, which forget this.
    if (m_logSeq < 0) {
        auto seq = m_statements.value(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log"));
        if (!seq)
            return seq.error();
        m_logSeq = seq->toLongLong();
    }
    return {};
}

Status RowApplier::keepIdsAhead(qint64 rowId)
{
    // A row with this workstation's number in its id came back from a
    // predecessor of this database (restored from a backup): new ids must
    // start after it.
    if (m_workstation < 1 || workstationOfRowId(rowId) != m_workstation)
        return {};
    const qint64 sequence = rowId & ((qint64(1) << workstationIdShift) - 1);
    Failure failure;
    if (!exec(
            QStringLiteral("INSERT INTO id_allocator(workstation, last_value) VALUES (?, ?) "
                           "ON CONFLICT(workstation) DO UPDATE SET last_value = max(last_value, excluded.last_value)"),
            { m_workstation, sequence }, &failure))
        return failure.error;
    return {};
}

Status RowApplier::markForResend(const SyncTable &table, qint64 rowId)
{
    // A local change record (written directly: the triggers are off during
    // an import), so that the next export sends the row to everybody.
    auto q = runQuery(m_db,
        QStringLiteral("INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator) "
                       "VALUES (?, ?, 'U', ?, ?, ?)"),
        { table.name, rowId, m_now, m_workstation, m_operator });
    if (!q)
        return q.error();
    m_logSeq = -1;
    return {};
}

Result<RowApplier::Outcome> RowApplier::park(
    const SyncChange &change, const QString &sourceFile, const Failure &failure)
{
    if (!failure.constraint)
        return failure.error; // a real database failure (disk, I/O): the import stops
    // Keep the newest change per row.
    auto existing = queryValue(m_db,
        QStringLiteral("SELECT changed_at || ':' || workstation FROM sync_parked WHERE table_name = ? AND row_id = ?"),
        { change.table, change.rowId });
    if (!existing)
        return existing.error();
    if (existing->isValid()) {
        const QStringList parts = existing->toString().split(QLatin1Char(':'));
        const RowVersion parked { parts.value(0).toLongLong(), parts.value(1).toInt() };
        if (parked > change.version)
            return Outcome::Parked;
    }
    auto q = runQuery(m_db,
        QStringLiteral(
            "INSERT OR REPLACE INTO sync_parked(table_name, row_id, operation, changed_at, workstation, operator, "
            "base_at, base_workstation, row_values, source_file, reason, detail, parked_at, fields) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { change.table, change.rowId, QString(change.operation), change.version.at, change.version.workstation,
            change.operatorName, change.base.isNull() ? QVariant() : QVariant(change.base.at),
            change.base.isNull() ? QVariant() : QVariant(change.base.workstation), toJson(change.values), sourceFile,
            failure.reason, failure.detail, m_now, change.fields.toText() });
    if (!q)
        return q.error();
    ++m_parked;
    m_parkedRows = true;
    return Outcome::Parked;
}

Status RowApplier::dropParked(const SyncChange &change)
{
    // Nothing parked (the common case, and always on a first import): no
    // statement per row for it.
    if (!m_parkedRows)
        return {};
    Failure failure;
    if (!exec(QStringLiteral("DELETE FROM sync_parked WHERE table_name = ? AND row_id = ? "
                             "AND (changed_at < ? OR (changed_at = ? AND workstation <= ?))"),
            { change.table, change.rowId, change.version.at, change.version.at, change.version.workstation }, &failure))
        return failure.error;
    return {};
}

Result<RowApplier::Outcome> RowApplier::applyLedger(
    const SyncTable &table, const SyncChange &change, const QString &sourceFile)
{
    auto existing = readRow(table, change.rowId);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        if (change.operation == QLatin1Char('D'))
            return Outcome::Unchanged;
        const QVariantMap differences = rowDifferences(**existing, valuesFor(table, change), table.key);
        if (differences.isEmpty())
            return Outcome::Unchanged;
        // A ledger row is never rewritten: keep ours and show the operator.
        auto local = localRowVersion(m_statements, table.name, change.rowId);
        if (!local)
            return local.error();
        // Received here earlier (ledgers keep no version): it was made by
        // the workstation its id names, not by "workstation 0".
        if (local->version.isNull())
            local->version.workstation = workstationOfRowId(change.rowId);
        if (auto s = logConflict(QStringLiteral("ledger"), change, sourceFile, local->version, local->operatorName,
                change.version, change.operatorName, differences, valuesFor(table, change));
            !s)
            return s.error();
        return Outcome::Discarded;
    }
    if (change.operation == QLatin1Char('D'))
        return Outcome::Ignored; // ledgers are never deleted
    Failure failure;
    if (!insertRow(table, valuesFor(table, change), &failure))
        return park(change, sourceFile, failure);
    m_changedTables.insert(table.name);
    if (table.name == QLatin1String("identity_merge"))
        if (auto s = m_identity.applyReceived(valuesFor(table, change)); !s)
            return s.error();
    if (table.name == QLatin1String("identity_merge_undo")) {
        if (auto s = m_identity.applyUndo(valuesFor(table, change)); !s)
            return s.error();
        // A row the undo could not bring back (its key taken here by a third
        // row): applied as a received row, which meets the third one as on
        // every other workstation (merged, or waiting in "Da riconciliare").
        for (const IdentityMerger::RefusedRestore &r : m_identity.takeRefusedRestores()) {
            SyncChange restored;
            restored.table = r.table;
            restored.rowId = r.rowId;
            restored.operation = QLatin1Char('I');
            restored.version = r.version;
            restored.operatorName = r.operatorName;
            restored.values = r.values;
            auto outcome = apply(restored, sourceFile);
            if (!outcome)
                return outcome.error();
            if (*outcome == Outcome::Discarded)
                if (auto s = m_identity.landed(r.table, r.rowId); !s) // merged on arrival into the third row
                    return s.error();
        }
    }
    if (auto s = keepIdsAhead(change.rowId); !s)
        return s.error();
    if (auto s = dropParked(change); !s)
        return s.error();
    return Outcome::Applied;
}

Result<RowApplier::Outcome> RowApplier::apply(const SyncChange &change, const QString &sourceFile)
{
    const SyncTable *table = m_schema.table(change.table);
    if (!table)
        return Outcome::Ignored; // a table this database does not synchronise
    if (table->kind == TableKind::Ledger)
        return applyLedger(*table, change, sourceFile);
    if (m_identity.isMerged(table->name, change.rowId)) {
        // Merged into another row (one natural key): the kept row's values
        // win, the merged row's are in its identity_merge entry.
        if (auto s = dropParked(change); !s)
            return s.error();
        return Outcome::Ignored;
    }

    auto local = localRowVersion(m_statements, table->name, change.rowId);
    if (!local)
        return local.error();
    auto existingRow = readRow(*table, change.rowId);
    if (!existingRow)
        return existingRow.error();
    const std::optional<QVariantMap> &existing = *existingRow;
    const bool isDelete = change.operation == QLatin1Char('D');
    const QVariantMap incoming = isDelete ? QVariantMap() : valuesFor(*table, change);

    if (change.version == local->version) {
        if (auto s = dropParked(change); !s)
            return s.error();
        return Outcome::Unchanged;
    }
    if (!isDelete && existing && table->kind == TableKind::Mutable)
        return applyFields(*table, change, sourceFile, *local, *existing, incoming);

    // Two versions made by the same workstation are never concurrent: the
    // later one was made knowing the earlier (a workstation sees its own
    // edits). Without this, an edit that reached this workstation through
    // another one's change (1 -> 3 -> 1) was listed as a conflict between
    // workstation 1 and itself.
    const bool sameAuthor = !local->version.isNull() && local->version.workstation == change.version.workstation;

    if (change.version < local->version) {
        // The change lost: what is here is newer. Keep what it would have
        // written, when it differs, for the operator.
        Status logged;
        if (sameAuthor)
            ; // superseded by its own author's later version: nothing lost
        else if (isDelete && existing)
            logged = logConflict(QStringLiteral("delete"), change, sourceFile, local->version, local->operatorName,
                change.version, change.operatorName, {}, {});
        else if (!isDelete && existing) {
            const QVariantMap differences = rowDifferences(*existing, incoming, table->key);
            if (!differences.isEmpty())
                logged = logConflict(QStringLiteral("update"), change, sourceFile, local->version, local->operatorName,
                    change.version, change.operatorName, differences, incoming);
        } else if (!isDelete)
            logged = logConflict(QStringLiteral("delete"), change, sourceFile, local->version, local->operatorName,
                change.version, change.operatorName, {}, incoming);
        if (!logged)
            return logged.error();
        if (auto s = dropParked(change); !s)
            return s.error();
        return Outcome::Discarded;
    }

    // The change wins. It is a conflict when it did not know the version it
    // replaces (a concurrent edit), unless nobody had changed the row.
    const bool concurrent = !local->version.isNull() && change.base != local->version && !sameAuthor;
    if (auto s = ensureLogSeq(); !s)
        return s.error();
    const std::optional<QVariant> logSeq = QVariant(m_logSeq);
    Failure failure;

    if (isDelete) {
        if (existing) {
            if (!deleteRow(*table, change.rowId, &failure)) {
                if (failure.reason != QLatin1String("missing_reference"))
                    return park(change, sourceFile, failure);
                // Still referenced here (a row added offline points at it):
                // keep it, and send it back so that it exists everywhere.
                if (auto s = logConflict(QStringLiteral("delete_refused"), change, sourceFile, local->version,
                        local->operatorName, change.version, change.operatorName, {}, {});
                    !s)
                    return s.error();
                if (auto s = recordRowVersion(m_statements, table->name, change.rowId, change.version,
                        change.operatorName, logSeq->toLongLong(), true);
                    !s)
                    return s.error();
                if (auto s = markForResend(*table, change.rowId); !s)
                    return s.error();
                if (auto s = dropParked(change); !s)
                    return s.error();
                return Outcome::Discarded;
            }
            m_changedTables.insert(table->name);
            if (concurrent)
                if (auto s = logConflict(QStringLiteral("delete"), change, sourceFile, change.version,
                        change.operatorName, local->version, local->operatorName, {}, *existing);
                    !s)
                    return s.error();
        }
    } else if (existing) {
        const QVariantMap differences = rowDifferences(incoming, *existing, table->key);
        if (!differences.isEmpty()) {
            if (!updateRow(*table, change.rowId, incoming, &failure))
                return park(change, sourceFile, failure);
            m_changedTables.insert(table->name);
            if (concurrent)
                if (auto s = logConflict(QStringLiteral("update"), change, sourceFile, change.version,
                        change.operatorName, local->version, local->operatorName, differences, *existing);
                    !s)
                    return s.error();
        }
    } else {
        if (!insertRow(*table, incoming, &failure)) {
            if (failure.reason != QLatin1String("duplicate_value"))
                return park(change, sourceFile, failure);
            // One natural key, two rows: merged, or a person decides.
            auto identity = m_identity.onInsertCollision(*table, incoming);
            if (!identity)
                return identity.error();
            m_logSeq = -1;
            switch (identity->outcome) {
            case IdentityMerger::Collision::NotNatural:
                return park(change, sourceFile, failure);
            case IdentityMerger::Collision::Review:
                failure.reason = QStringLiteral("natural_key");
                failure.detail = identity->keyColumns;
                return park(change, sourceFile, failure);
            case IdentityMerger::Collision::KeptHere:
                if (auto s = dropParked(change); !s)
                    return s.error();
                return Outcome::Discarded;
            case IdentityMerger::Collision::KeptIncoming:
                break; // inserted in place of the row here: recorded below
            }
        }
        m_changedTables.insert(table->name);
        if (auto s = m_identity.landed(table->name, change.rowId); !s) // a restore that waited
            return s.error();
        if (local->deleted)
            if (auto s = logConflict(QStringLiteral("recreated"), change, sourceFile, change.version,
                    change.operatorName, local->version, local->operatorName, {}, {});
                !s)
                return s.error();
    }
    if (m_groupStates && table->kind == TableKind::Mutable && !TableRegistry::mergedTogether(table->name).isEmpty()) {
        // Deleted, or written whole: the row says all its group state.
        QSqlError error;
        if (!m_statements.exec(QStringLiteral("DELETE FROM merge_group_state WHERE table_name = ? AND row_id = ?"),
                { table->name, change.rowId }, &error))
            return Error(QStringLiteral("db.query"), { error.text() });
    }
    if (auto s = recordRowVersion(m_statements, table->name, change.rowId, change.version, change.operatorName,
            logSeq->toLongLong(), isDelete);
        !s)
        return s.error();
    if (auto s = keepIdsAhead(change.rowId); !s)
        return s.error();
    if (auto s = dropParked(change); !s)
        return s.error();
    return Outcome::Applied;
}

Result<int> RowApplier::retryParked()
{
    struct Parked {
        SyncChange change;
        QString sourceFile;
        int rank = 0;
    };
    QList<Parked> parked;
    auto q = runQuery(m_db,
        QStringLiteral("SELECT table_name, row_id, operation, changed_at, workstation, operator, base_at, "
                       "base_workstation, row_values, source_file, fields FROM sync_parked"));
    if (!q)
        return q.error();
    while (q->next()) {
        Parked p;
        p.change.table = q->value(0).toString();
        p.change.rowId = q->value(1).toLongLong();
        p.change.operation = q->value(2).toString().at(0);
        p.change.version = { q->value(3).toLongLong(), q->value(4).toInt() };
        p.change.operatorName = q->value(5).toString();
        if (!q->value(6).isNull())
            p.change.base = { q->value(6).toLongLong(), q->value(7).toInt() };
        p.change.values = parseValues(q->value(8).toString());
        p.sourceFile = q->value(9).toString();
        p.change.fields = FieldVersions::fromText(q->value(10).toString());
        const SyncTable *t = m_schema.table(p.change.table);
        p.rank = t ? t->rank : -1;
        parked.append(p);
    }
    std::sort(parked.begin(), parked.end(), [](const Parked &a, const Parked &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.change.version != b.change.version)
            return a.change.version < b.change.version;
        return a.change.rowId < b.change.rowId;
    });

    int resolved = 0;
    const int parkedBefore = m_parked;
    for (bool progress = true; progress && !parked.isEmpty();) {
        progress = false;
        QList<Parked> still;
        for (const Parked &p : parked) {
            auto removed = runQuery(m_db, QStringLiteral("DELETE FROM sync_parked WHERE table_name = ? AND row_id = ?"),
                { p.change.table, p.change.rowId });
            if (!removed)
                return removed.error();
            auto outcome = apply(p.change, p.sourceFile);
            if (!outcome)
                return outcome.error();
            if (*outcome == Outcome::Parked) {
                still.append(p);
            } else {
                ++resolved;
                progress = true;
            }
        }
        parked = still;
    }
    m_parked = parkedBefore; // a retried change parked again is not a new one
    return resolved;
}

} // namespace core::sync

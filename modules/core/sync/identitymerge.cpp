#include "core/sync/identitymerge.h"

#include "core/sync/postimport.h"

#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/sync/statementcache.h"
#include "core/sync/syncfile.h"
#include "core/sync/syncschema.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QDebug>

#include <algorithm>

namespace core::sync {

namespace {

QString identityValuesJson(const QVariantMap &values)
{
    QJsonObject o;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        o.insert(it.key(), encodeSqlValue(it.value()));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool emptyKeyValue(const QVariant &v)
{
    return v.isNull() || v.toString().trimmed().isEmpty();
}

// An entry of identity_merge (as `m`) still in effect: no undo names it,
// and, when automatic, no undo names its two rows (the same merge found
// apart on another workstation is undone with it).
const char *const mergeInEffect = "NOT EXISTS (SELECT 1 FROM identity_merge_undo u WHERE u.merge_id = m.id "
                                  "OR (m.decided_by = 'automatic' AND u.table_name = m.table_name "
                                  "AND u.merged_id = m.merged_id AND u.kept_id = m.kept_id))";

QVariantMap identityValuesFromJson(const QString &json)
{
    QVariantMap values;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        values.insert(it.key(), decodeSqlValue(it.value()));
    return values;
}

} // namespace

IdentityMerger::IdentityMerger(
    const QSqlDatabase &db, StatementCache &statements, int workstation, qint64 nowMs, QString operatorName)
    : m_db(db)
    , m_statements(statements)
    , m_workstation(workstation)
    , m_now(nowMs)
    , m_operator(std::move(operatorName))
{
}

Status IdentityMerger::load()
{
    if (m_loaded)
        return {};
    m_merged.clear();
    auto q = runQuery(m_db,
        QStringLiteral("SELECT table_name, merged_id, kept_id FROM identity_merge m WHERE %1 ORDER BY id")
            .arg(QLatin1String(mergeInEffect)));
    if (!q)
        return q.error();
    while (q->next()) {
        QHash<qint64, qint64> &merged = m_merged[q->value(0).toString()];
        const qint64 from = q->value(1).toLongLong();
        const qint64 to = q->value(2).toLongLong();
        // Two entries for one merged row (found apart): the lower kept id,
        // as every workstation would choose.
        merged.insert(from, merged.contains(from) ? std::min(merged.value(from), to) : to);
    }
    q->finish();
    // Undos that gave the record brought back a new key (0029): the first
    // one (the earliest undo) decides, as on every workstation.
    m_restoredKeys.clear();
    auto keys = runQuery(m_db,
        QStringLiteral("SELECT table_name, merged_id, restored_key, undone_at, undone_on FROM identity_merge_undo "
                       "WHERE restored_key <> '' ORDER BY undone_at, undone_on, id"));
    if (!keys)
        return keys.error();
    while (keys->next()) {
        QHash<qint64, RestoredKey> &byRow = m_restoredKeys[keys->value(0).toString()];
        const qint64 row = keys->value(1).toLongLong();
        if (byRow.contains(row))
            continue;
        byRow.insert(row,
            { identityValuesFromJson(keys->value(2).toString()),
                RowVersion { keys->value(3).toLongLong(), keys->value(4).toInt() } });
    }
    keys->finish();
    auto pointers = runQuery(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_identity_pointer)"));
    if (!pointers)
        return pointers.error();
    m_anyPointers = pointers->next() && pointers->value(0).toInt() != 0;
    m_loaded = true;
    return {};
}

bool IdentityMerger::isMerged(const QString &table, qint64 rowId)
{
    if (!load())
        return false;
    auto it = m_merged.constFind(table);
    return it != m_merged.cend() && it->contains(rowId);
}

qint64 IdentityMerger::resolve(const QString &table, qint64 rowId)
{
    if (!load())
        return rowId;
    auto it = m_merged.constFind(table);
    if (it == m_merged.cend())
        return rowId;
    qint64 id = rowId;
    for (int hops = 0; hops < 32; ++hops) { // a chain: c into b, then b into a
        auto next = it->constFind(id);
        if (next == it->cend() || next.value() == id)
            break;
        id = next.value();
    }
    return id;
}

const QHash<QString, QString> &IdentityMerger::foreignKeysOf(const QString &table)
{
    auto it = m_foreignKeys.find(table);
    if (it != m_foreignKeys.end())
        return it.value();
    QHash<QString, QString> keys;
    auto q = runQuery(m_db, QStringLiteral("SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?)"), { table });
    while (q && q->next())
        keys.insert(q->value(0).toString(), q->value(1).toString());
    return m_foreignKeys.insert(table, keys).value();
}

void IdentityMerger::rewriteReferences(const QString &table, QVariantMap &values)
{
    if (!load() || m_merged.isEmpty())
        return; // the common case: nothing ever merged
    const QHash<QString, QString> &keys = foreignKeysOf(table);
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        if (!m_merged.contains(it.value()))
            continue;
        auto value = values.find(it.key());
        if (value == values.end() || value->isNull())
            continue;
        const qint64 id = value->toLongLong();
        const qint64 kept = resolve(it.value(), id);
        if (kept == id)
            continue;
        *value = kept;
        // Recorded like the moves of the merge itself (what an undo puts back).
        const QVariant rowId = values.value(QStringLiteral("id"));
        m_anyPointers = m_anyPointers || rowId.isValid();
        if (rowId.isValid())
            (void)m_statements.value(
                QStringLiteral("INSERT OR IGNORE INTO sync_identity_pointer(merge_table, merged_id, kept_id, table_name, "
                               "column_name, row_id, moved_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                { it.value(), id, kept, table, it.key(), rowId, m_now });
    }
}

const QList<IdentityMerger::Reference> &IdentityMerger::referencesTo(const QString &table)
{
    auto it = m_references.find(table);
    if (it != m_references.end())
        return it.value();
    QList<Reference> references;
    auto q = runQuery(m_db,
        QStringLiteral("SELECT m.name, p.\"from\" FROM sqlite_master m, pragma_foreign_key_list(m.name) p "
                       "WHERE m.type = 'table' AND p.\"table\" = ? ORDER BY m.name, p.\"from\""),
        { table });
    while (q && q->next())
        references.append({ q->value(0).toString(), q->value(1).toString(), QString() });
    for (Reference &r : references) {
        // The referencing row's own id, to record which rows moved (tables
        // keyed otherwise are derived, rebuilt from their ledgers).
        auto key = runQuery(m_db,
            QStringLiteral("SELECT name, (SELECT count(*) FROM pragma_table_info(?) WHERE pk > 0) "
                           "FROM pragma_table_info(?) WHERE pk = 1 AND upper(type) = 'INTEGER'"),
            { r.table, r.table });
        if (key && key->next() && key->value(1).toInt() == 1)
            r.key = key->value(0).toString();
    }
    return m_references.insert(table, references).value();
}

Result<std::optional<QVariantMap>> IdentityMerger::readRow(const QString &table, qint64 id)
{
    auto columns = m_columns.find(table);
    if (columns == m_columns.end()) {
        QStringList names;
        auto q = runQuery(m_db, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), { table });
        if (!q)
            return q.error();
        while (q->next())
            names.append(q->value(0).toString());
        columns = m_columns.insert(table, names);
    }
    QStringList quoted;
    for (const QString &c : columns.value())
        quoted.append(quoteIdentifier(c));
    auto row = m_statements.firstRow(
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(quoted.join(QStringLiteral(", ")), quoteIdentifier(table)),
        { id });
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<QVariantMap>();
    QVariantMap values;
    for (int i = 0; i < columns->size(); ++i)
        values.insert(columns->at(i), (*row)->value(i));
    return std::optional<QVariantMap>(values);
}

Result<bool> IdentityMerger::personDecided(const QString &table, qint64 a, qint64 b)
{
    // Any entry for these two rows (a person's, or another workstation's
    // automatic one): it is followed whatever this workstation would think.
    // An undone entry decides nothing.
    auto known = m_statements.value(QStringLiteral("SELECT EXISTS (SELECT 1 FROM identity_merge m WHERE table_name = ? "
                                                   "AND ((kept_id = ? AND merged_id = ?) OR (kept_id = ? AND merged_id = ?)) "
                                                   "AND %1)")
                                        .arg(QLatin1String(mergeInEffect)),
        { table, a, b, b, a });
    if (!known)
        return known.error();
    return known->toInt() != 0;
}

Result<bool> IdentityMerger::pairUndone(const QString &table, qint64 a, qint64 b)
{
    auto undone = m_statements.value(QStringLiteral("SELECT EXISTS (SELECT 1 FROM identity_merge_undo WHERE table_name = ? "
                                                    "AND ((kept_id = ? AND merged_id = ?) OR (kept_id = ? AND merged_id = ?)))"),
        { table, a, b, b, a });
    if (!undone)
        return undone.error();
    return undone->toInt() != 0;
}

Status IdentityMerger::move(
    const QString &table, qint64 kept, qint64 merged, const std::optional<QVariantMap> &keptValues)
{
    auto exec = [this](const QString &sql, const QVariantList &binds = {}) -> Status {
        auto q = runQuery(m_db, sql, binds);
        if (!q)
            return q.error();
        return {};
    };
    if (auto s = exec(QStringLiteral("SAVEPOINT identity_merge")); !s)
        return s;
    auto work = [&]() -> Status {
        // The merged row goes before the kept one comes (they share a
        // unique key), and its references move after: the foreign keys are
        // checked at the end (of the transaction; turned on again for the
        // rest of the import below, each move being checked here).
        if (auto s = exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !s)
            return s;
        if (auto s = exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(quoteIdentifier(table)), { merged }); !s)
            return s;
        if (keptValues) {
            QStringList columns;
            QStringList marks;
            QVariantList binds;
            for (auto it = keptValues->constBegin(); it != keptValues->constEnd(); ++it) {
                columns.append(quoteIdentifier(it.key()));
                marks.append(QStringLiteral("?"));
                binds.append(it.value());
            }
            if (auto s = exec(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                                  .arg(quoteIdentifier(table), columns.join(QStringLiteral(", ")),
                                      marks.join(QStringLiteral(", "))),
                    binds);
                !s)
                return s;
        }
        for (const Reference &r : referencesTo(table)) {
            auto used = m_statements.value(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE %2 = ?)")
                                               .arg(quoteIdentifier(r.table), quoteIdentifier(r.column)),
                { merged });
            if (!used)
                return used.error();
            if (used->toInt() == 0)
                continue;
            // A ledger refuses every UPDATE: its guards step aside for the
            // move and come back in the same transaction.
            QList<std::pair<QString, QString>> guards;
            auto q = runQuery(m_db,
                QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
                               "AND upper(sql) LIKE '%BEFORE UPDATE%' ORDER BY name"),
                { r.table });
            if (!q)
                return q.error();
            while (q->next())
                guards.append({ q->value(0).toString(), q->value(1).toString() });
            q->finish();
            for (const auto &g : guards)
                if (auto s = exec(QStringLiteral("DROP TRIGGER %1").arg(quoteIdentifier(g.first))); !s)
                    return s;
            if (!r.key.isEmpty())
                if (auto s = exec(QStringLiteral("INSERT OR IGNORE INTO sync_identity_pointer(merge_table, merged_id, "
                                                 "kept_id, table_name, column_name, row_id, moved_at) "
                                                 "SELECT ?, ?, ?, ?, ?, %1, ? FROM %2 WHERE %3 = ?")
                                      .arg(quoteIdentifier(r.key), quoteIdentifier(r.table), quoteIdentifier(r.column)),
                        { table, merged, kept, r.table, r.column, m_now, merged });
                    !s)
                    return s;
            if (auto s = exec(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ?")
                                  .arg(quoteIdentifier(r.table), quoteIdentifier(r.column)),
                    { kept, merged });
                !s)
                return s;
            for (const auto &g : guards)
                if (auto s = exec(g.second); !s)
                    return s;
            m_changed.insert(r.table);
        }
        if (auto s = exec(QStringLiteral("DELETE FROM sync_row_version WHERE table_name = ? AND row_id = ?"),
                { table, merged });
            !s)
            return s;
        return exec(QStringLiteral("PRAGMA defer_foreign_keys = OFF"));
    };
    if (Status s = work(); !s) {
        (void)exec(QStringLiteral("ROLLBACK TO identity_merge"));
        (void)exec(QStringLiteral("RELEASE identity_merge"));
        (void)exec(QStringLiteral("PRAGMA defer_foreign_keys = OFF"));
        return s;
    }
    if (auto s = exec(QStringLiteral("RELEASE identity_merge")); !s)
        return s;
    m_anyPointers = true;
    m_merged[table].insert(merged, kept);
    m_changed.insert(table);
    ++m_merges;
    return {};
}

Status IdentityMerger::record(const QString &table, qint64 kept, qint64 merged, const QString &naturalKey,
    const QString &decidedBy, const QVariantMap &mergedValues, bool logByHand)
{
    if (auto s = load(); !s)
        return s;
    m_merged[table].insert(merged, kept);
    auto known = m_statements.value(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM identity_merge m WHERE table_name = ? AND merged_id = ? AND %1)")
            .arg(QLatin1String(mergeInEffect)),
        { table, merged });
    if (!known)
        return known.error();
    if (known->toInt() != 0)
        return {};
    auto id = allocateRowId(m_db);
    if (!id)
        return id.error();
    auto q = runQuery(m_db,
        QStringLiteral("INSERT INTO identity_merge(id, table_name, kept_id, merged_id, natural_key, decided_by, "
                       "merged_at, merged_on, operator, merged_values) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { *id, table, kept, merged, naturalKey, decidedBy, m_now, m_workstation, m_operator,
            identityValuesJson(mergedValues) });
    if (!q)
        return q.error();
    if (logByHand) {
        // Logging is suspended during an import: the entry is recorded as
        // this workstation's own change, so that the next export sends it.
        auto logged = runQuery(m_db,
            QStringLiteral("INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator) "
                           "VALUES ('identity_merge', ?, 'I', ?, ?, ?)"),
            { *id, m_now, m_workstation, m_operator });
        if (!logged)
            return logged.error();
    }
    m_changed.insert(QStringLiteral("identity_merge"));
    return {};
}

Result<IdentityMerger::CollisionResult> IdentityMerger::onInsertCollision(
    const SyncTable &table, const QVariantMap &values)
{
    const qint64 rowId = values.value(table.key).toLongLong();
    for (const NaturalKey &key : NaturalKeys::forTable(table.name)) {
        QStringList where;
        QVariantList binds;
        QStringList keyText;
        bool empty = false;
        for (const QString &c : key.columns) {
            const QVariant v = values.value(c);
            empty = empty || emptyKeyValue(v);
            where.append(quoteIdentifier(c) + QStringLiteral(" = ?"));
            binds.append(v);
            keyText.append(v.toString());
        }
        if (empty)
            continue;
        binds.append(rowId);
        auto other = m_statements.value(QStringLiteral("SELECT %1 FROM %2 WHERE %3 AND %1 <> ? LIMIT 1")
                                            .arg(quoteIdentifier(table.key), quoteIdentifier(table.name),
                                                where.join(QStringLiteral(" AND "))),
            binds);
        if (!other)
            return other.error();
        if (!other->isValid())
            continue;
        const qint64 otherId = other->toLongLong();
        auto local = readRow(table.name, otherId);
        if (!local)
            return local.error();
        if (!local->has_value())
            continue;
        bool automatic = key.automatic;
        for (const QString &c : key.sameColumns)
            if (NaturalKeys::normalise((**local).value(c)) != NaturalKeys::normalise(values.value(c)))
                automatic = false;
        if (automatic) {
            // Merged once and undone: never again without a person.
            auto undone = pairUndone(table.name, otherId, rowId);
            if (!undone)
                return undone.error();
            automatic = !*undone;
        }
        if (!automatic) {
            auto decided = personDecided(table.name, otherId, rowId);
            if (!decided)
                return decided.error();
            automatic = *decided;
        }
        CollisionResult result;
        result.keyColumns = key.columns.join(QLatin1Char(','));
        if (!automatic) {
            result.outcome = Collision::Review;
            return result;
        }
        const QString naturalKey = keyText.join(QLatin1Char(' '));
        if (otherId < rowId) {
            // The row here is kept; the received one never lands.
            if (auto s = record(table.name, otherId, rowId, naturalKey, QStringLiteral("automatic"), values, true); !s)
                return s.error();
            m_changed.insert(table.name);
            ++m_merges;
            result.outcome = Collision::KeptHere;
            return result;
        }
        if (auto s = move(table.name, rowId, otherId, values); !s) {
            // A move that breaks another rule (two renewals of one year):
            // a person looks at it.
            qWarning().noquote() << "identity merge of" << table.name << otherId << "into" << rowId
                                 << "refused:" << s.error().code << s.error().args.join(QLatin1Char(' '));
            result.outcome = Collision::Review;
            return result;
        }
        if (auto s = record(table.name, rowId, otherId, naturalKey, QStringLiteral("automatic"), **local, true); !s)
            return s.error();
        result.outcome = Collision::KeptIncoming;
        return result;
    }
    return CollisionResult {};
}

Status IdentityMerger::applyReceived(const QVariantMap &entry)
{
    if (auto s = load(); !s)
        return s;
    const QString table = entry.value(QStringLiteral("table_name")).toString();
    const qint64 merged = entry.value(QStringLiteral("merged_id")).toLongLong();
    const qint64 keptId = entry.value(QStringLiteral("kept_id")).toLongLong();
    // An automatic merge of two rows whose merge was undone (found apart
    // before this workstation heard of the undo): not in effect.
    auto inEffect = m_statements.value(
        QStringLiteral("SELECT %1 FROM identity_merge m WHERE id = ?").arg(QLatin1String(mergeInEffect)),
        { entry.value(QStringLiteral("id")) });
    if (!inEffect)
        return inEffect.error();
    if (inEffect->isValid() && inEffect->toInt() == 0)
        return {};
    QHash<qint64, qint64> &map = m_merged[table];
    map.insert(merged, map.contains(merged) ? std::min(map.value(merged), keptId) : keptId);
    const qint64 kept = resolve(table, merged);
    if (kept == merged)
        return {};
    auto mergedRow = readRow(table, merged);
    if (!mergedRow)
        return mergedRow.error();
    if (!mergedRow->has_value())
        return {};
    auto keptRow = readRow(table, kept);
    if (!keptRow)
        return keptRow.error();
    if (!keptRow->has_value())
        return {}; // the kept row meets this one on arrival, and follows the entry
    if (auto s = move(table, kept, merged, std::nullopt); !s)
        qWarning().noquote() << "identity merge of" << table << merged << "into" << kept
                             << "refused:" << s.error().code << s.error().args.join(QLatin1Char(' '));
    return {};
}

Status IdentityMerger::mergeRows(
    const QString &table, qint64 kept, qint64 merged, const QString &naturalKey, const QString &decidedBy)
{
    auto mergedRow = readRow(table, merged);
    if (!mergedRow)
        return mergedRow.error();
    if (!mergedRow->has_value())
        return Error(QStringLiteral("sync.identity_gone"), { table, QString::number(merged) });
    if (auto s = move(table, kept, merged, std::nullopt); !s)
        return Error(QStringLiteral("sync.identity_merge_refused"), { table, s.error().args.value(0) });
    return record(table, kept, merged, naturalKey, decidedBy, **mergedRow, true);
}

Status IdentityMerger::stepAsideAndRun(const QString &table, const std::function<Status()> &work)
{
    // A ledger refuses every UPDATE: its guards step aside and come back in
    // the same transaction (as for the moves of a merge).
    QList<std::pair<QString, QString>> guards;
    auto q = runQuery(m_db,
        QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
                       "AND upper(sql) LIKE '%BEFORE UPDATE%' ORDER BY name"),
        { table });
    if (!q)
        return q.error();
    while (q->next())
        guards.append({ q->value(0).toString(), q->value(1).toString() });
    q->finish();
    for (const auto &g : guards)
        if (auto d = runQuery(m_db, QStringLiteral("DROP TRIGGER %1").arg(quoteIdentifier(g.first))); !d)
            return d.error();
    const Status result = work();
    for (const auto &g : guards)
        if (auto c = runQuery(m_db, g.second); !c)
            return c.error();
    return result;
}

Status IdentityMerger::restore(const QString &table, qint64 kept, qint64 merged, bool mustRestore,
    const QVariantMap &restoredKey, const RowVersion &undoVersion)
{
    auto mergedRow = readRow(table, merged);
    if (!mergedRow)
        return mergedRow.error();
    bool restoreRow = !mergedRow->has_value();
    if (restoreRow && !mustRestore) {
        // Neither row here: the merged row's own insert arrives later and
        // lands as it is (the merge is no longer in effect), with the
        // undo's key (applyRestoredKey).
        auto keptRow = readRow(table, kept);
        if (!keptRow)
            return keptRow.error();
        restoreRow = keptRow->has_value();
    }
    if (!restoreRow && mergedRow->has_value() && !restoredKey.isEmpty()) {
        // The merge was never carried out here (the row stayed): it takes
        // the undo's key all the same.
        QStringList sets;
        QVariantList binds;
        for (auto it = restoredKey.constBegin(); it != restoredKey.constEnd(); ++it)
            if (m_columns.value(table).contains(it.key())
                && !sqlValuesEqual((**mergedRow).value(it.key()), it.value())) {
                sets.append(quoteIdentifier(it.key()) + QStringLiteral(" = ?"));
                binds.append(it.value());
            }
        if (!sets.isEmpty()) {
            binds.append(merged);
            (void)runQuery(m_db, QStringLiteral("SAVEPOINT identity_rekey"));
            auto updated = runQuery(m_db,
                QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                    .arg(quoteIdentifier(table), sets.join(QStringLiteral(", "))),
                binds);
            if (!updated) {
                (void)runQuery(m_db, QStringLiteral("ROLLBACK TO identity_rekey"));
                qWarning().noquote() << "undo of identity merge of" << table << merged << "into" << kept
                                     << "could not give the row its new key:"
                                     << updated.error().args.join(QLatin1Char(' '));
            } else {
                m_changed.insert(table);
            }
            (void)runQuery(m_db, QStringLiteral("RELEASE identity_rekey"));
        }
    }
    if (restoreRow) {
        auto json = m_statements.value(QStringLiteral("SELECT merged_values FROM identity_merge WHERE table_name = ? "
                                                      "AND merged_id = ? AND kept_id = ? ORDER BY merged_at, id LIMIT 1"),
            { table, merged, kept });
        if (!json)
            return json.error();
        QVariantMap stored = identityValuesFromJson(json->toString());
        for (auto it = restoredKey.constBegin(); it != restoredKey.constEnd(); ++it)
            if (stored.contains(it.key()))
                stored.insert(it.key(), it.value());
        QVariantMap values;
        for (const QString &c : m_columns.value(table)) // readRow above filled the columns
            if (stored.contains(c))
                values.insert(c, stored.value(c));
        values.insert(QStringLiteral("id"), merged);
        rewriteReferences(table, values); // a parent merged since: its survivor
        QStringList columns;
        QStringList marks;
        QVariantList binds;
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            columns.append(quoteIdentifier(it.key()));
            marks.append(QStringLiteral("?"));
            binds.append(it.value());
        }
        (void)runQuery(m_db, QStringLiteral("SAVEPOINT identity_restore"));
        auto inserted = runQuery(m_db,
            QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                .arg(quoteIdentifier(table), columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
            binds);
        if (!inserted) {
            (void)runQuery(m_db, QStringLiteral("ROLLBACK TO identity_restore"));
            (void)runQuery(m_db, QStringLiteral("RELEASE identity_restore"));
            if (mustRestore) {
                QStringList keyColumns;
                for (const NaturalKey &key : NaturalKeys::forTable(table))
                    keyColumns.append(key.columns.join(QLatin1Char(',')));
                return Error(QStringLiteral("sync.identity_undo_key_taken"),
                    { table, keyColumns.join(QLatin1Char(';')), inserted.error().args.value(0) });
            }
            // Its unique value taken here by a third row meanwhile: the row
            // is handed to the applier, which treats it as a received row
            // (merged with the third one, or waiting in "Da riconciliare"),
            // as every workstation that meets the two does. The references
            // moved onto the kept row stay there until it lands (landed()).
            m_refused.append({ table, merged, values, undoVersion, m_operator });
            return {};
        }
        (void)runQuery(m_db, QStringLiteral("RELEASE identity_restore"));
        m_changed.insert(table);
    }
    return returnPointers(table, kept, merged, merged);
}

Status IdentityMerger::returnPointers(const QString &table, qint64 kept, qint64 merged, qint64 target)
{
    // The references this workstation moved go back, those changed since
    // (pointing elsewhere) stay.
    struct Pointer {
        QString table;
        QString column;
        qint64 row;
    };
    QList<Pointer> pointers;
    auto q = runQuery(m_db,
        QStringLiteral("SELECT table_name, column_name, row_id FROM sync_identity_pointer "
                       "WHERE merge_table = ? AND merged_id = ? ORDER BY table_name, column_name, row_id"),
        { table, merged });
    if (!q)
        return q.error();
    while (q->next())
        pointers.append({ q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong() });
    q->finish();
    const qint64 survivor = resolve(table, kept);
    QHash<QString, QString> keyOf;
    for (const Reference &r : referencesTo(table))
        if (!r.key.isEmpty())
            keyOf.insert(r.table + QLatin1Char('.') + r.column, r.key);
    int i = 0;
    while (i < pointers.size()) {
        const QString referencing = pointers.at(i).table;
        int end = i;
        while (end < pointers.size() && pointers.at(end).table == referencing)
            ++end;
        const Status s = stepAsideAndRun(referencing, [&]() -> Status {
            for (int p = i; p < end; ++p) {
                const QString key = keyOf.value(referencing + QLatin1Char('.') + pointers.at(p).column);
                if (key.isEmpty())
                    continue;
                auto u = runQuery(m_db,
                    QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ? AND %2 IN (?, ?)")
                        .arg(
                            quoteIdentifier(referencing), quoteIdentifier(pointers.at(p).column), quoteIdentifier(key)),
                    { target, pointers.at(p).row, kept, survivor });
                if (!u)
                    return u.error();
            }
            return {};
        });
        if (!s)
            return s;
        m_changed.insert(referencing);
        i = end;
    }
    if (auto d = runQuery(m_db,
            QStringLiteral("DELETE FROM sync_identity_pointer WHERE merge_table = ? AND merged_id = ?"), { table, merged });
        !d)
        return d.error();
    return {};
}

Status IdentityMerger::applyUndo(const QVariantMap &entry)
{
    const QString table = entry.value(QStringLiteral("table_name")).toString();
    const qint64 merged = entry.value(QStringLiteral("merged_id")).toLongLong();
    const qint64 kept = entry.value(QStringLiteral("kept_id")).toLongLong();
    m_loaded = false; // the entries in effect changed
    if (auto s = load(); !s)
        return s;
    m_changed.insert(QStringLiteral("identity_merge_undo"));
    if (auto s = flagSetAsideKeys(table, merged); !s)
        return s;
    if (isMerged(table, merged))
        return {}; // still merged by another entry in effect (a person's later merge)
    // The first undo's key (two undos of one merge made apart: the same on every workstation).
    const RestoredKey key = m_restoredKeys.value(table).value(merged);
    const RowVersion version { entry.value(QStringLiteral("undone_at")).toLongLong(),
        entry.value(QStringLiteral("undone_on")).toInt() };
    return restore(table, kept, merged, false, key.values, version);
}

Status IdentityMerger::flagSetAsideKeys(const QString &table, qint64 merged)
{
    // Two (or more) undos of one merge made apart: the record brought back
    // takes the key of the first undo that gave one (load()), on every
    // workstation. Each other undo whose key choice differs is set aside:
    // a review flag naming both choices (the same line everywhere, written
    // by every workstation that holds both undos).
    auto q = runQuery(m_db,
        QStringLiteral("SELECT restored_key, undone_at, undone_on, operator FROM identity_merge_undo "
                       "WHERE table_name = ? AND merged_id = ? ORDER BY undone_at, undone_on, id"),
        { table, merged });
    if (!q)
        return q.error();
    struct Undo {
        QString key;
        RowVersion version;
        QString operatorName;
    };
    QList<Undo> undos;
    while (q->next())
        undos.append({ q->value(0).toString(), RowVersion { q->value(1).toLongLong(), q->value(2).toInt() },
            q->value(3).toString() });
    q->finish();
    if (undos.size() < 2)
        return {};
    auto applied = std::find_if(undos.cbegin(), undos.cend(), [](const Undo &u) { return !u.key.isEmpty(); });
    if (applied == undos.cend())
        return {}; // none gave a new key: they all mean the same
    const QVariantMap keptKey = identityValuesFromJson(applied->key);
    for (const Undo &other : std::as_const(undos)) {
        if (other.key == applied->key)
            continue;
        const QVariantMap otherKey = identityValuesFromJson(other.key);
        ReviewFlag flag;
        flag.rule = QStringLiteral("sync.undo_key_set_aside");
        flag.table = table;
        flag.rowId = merged;
        flag.kept = applied->version;
        flag.keptOperator = applied->operatorName;
        flag.discarded = other.version;
        flag.discardedOperator = other.operatorName;
        QStringList columns = keptKey.keys() + otherKey.keys();
        columns.removeDuplicates();
        for (const QString &column : std::as_const(columns))
            flag.differences.insert(column, QVariantList { keptKey.value(column), otherKey.value(column) });
        auto written = flagForReview(m_db, flag);
        if (!written)
            return written.error();
        if (*written)
            m_changed.insert(QStringLiteral("merge_conflict"));
    }
    return {};
}

QList<IdentityMerger::RefusedRestore> IdentityMerger::takeRefusedRestores()
{
    QList<RefusedRestore> refused;
    refused.swap(m_refused);
    return refused;
}

void IdentityMerger::applyRestoredKey(const QString &table, const RowVersion &version, QVariantMap &values)
{
    if (!load() || m_restoredKeys.isEmpty())
        return; // the common case
    auto byRow = m_restoredKeys.constFind(table);
    if (byRow == m_restoredKeys.cend())
        return;
    auto key = byRow->constFind(values.value(QStringLiteral("id")).toLongLong());
    if (key == byRow->cend() || !(version < key->version))
        return; // made after the undo (by someone who saw it): its own key
    for (auto it = key->values.constBegin(); it != key->values.constEnd(); ++it)
        if (values.contains(it.key()))
            values.insert(it.key(), it.value());
}

Status IdentityMerger::landed(const QString &table, qint64 rowId)
{
    if (auto s = load(); !s)
        return s;
    if (!m_anyPointers)
        return {};
    auto kept = m_statements.value(QStringLiteral("SELECT kept_id FROM sync_identity_pointer WHERE merge_table = ? "
                                                  "AND merged_id = ? LIMIT 1"),
        { table, rowId });
    if (!kept)
        return kept.error();
    if (!kept->isValid())
        return {};
    // Still merged into the row the pointers name: they are that merge's
    // (what its undo puts back), nothing to do.
    const qint64 target = resolve(table, rowId);
    if (target == resolve(table, kept->toLongLong()))
        return {};
    return returnPointers(table, kept->toLongLong(), rowId, target);
}

Result<QStringList> IdentityMerger::takenKeys(const QString &table, qint64 rowId, const QVariantMap &values)
{
    QStringList taken;
    for (const NaturalKey &key : NaturalKeys::forTable(table)) {
        QStringList where;
        QVariantList binds;
        bool empty = false;
        for (const QString &c : key.columns) {
            empty = empty || emptyKeyValue(values.value(c));
            where.append(quoteIdentifier(c) + QStringLiteral(" = ?"));
            binds.append(values.value(c));
        }
        if (empty)
            continue;
        binds.append(rowId);
        auto other = m_statements.value(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE %2 AND id <> ?)")
                                            .arg(quoteIdentifier(table), where.join(QStringLiteral(" AND "))),
            binds);
        if (!other)
            return other.error();
        if (other->toInt() != 0)
            taken.append(key.columns.join(QLatin1Char(',')));
    }
    return taken;
}

Status IdentityMerger::undo(qint64 mergeId, const QVariantMap &restoredKey)
{
    auto entry = m_statements.firstRow(
        QStringLiteral("SELECT table_name, kept_id, merged_id, %1 FROM identity_merge m WHERE id = ?")
            .arg(QLatin1String(mergeInEffect)),
        { mergeId });
    if (!entry)
        return entry.error();
    if (!entry->has_value())
        return Error(QStringLiteral("sync.identity_unknown"), { QString::number(mergeId) });
    const QString table = (*entry)->value(0).toString();
    const qint64 kept = (*entry)->value(1).toLongLong();
    const qint64 merged = (*entry)->value(2).toLongLong();
    if ((*entry)->value(3).toInt() == 0)
        return Error(QStringLiteral("sync.identity_undo_done"), { table });
    QList<qint64> entries;
    auto q = runQuery(m_db,
        QStringLiteral("SELECT id FROM identity_merge m WHERE table_name = ? AND kept_id = ? AND merged_id = ? AND %1 "
                       "ORDER BY id")
            .arg(QLatin1String(mergeInEffect)),
        { table, kept, merged });
    if (!q)
        return q.error();
    while (q->next())
        entries.append(q->value(0).toLongLong());
    q->finish();
    for (const qint64 undone : entries) {
        auto id = allocateRowId(m_db);
        if (!id)
            return id.error();
        if (auto w = runQuery(m_db,
                QStringLiteral(
                    "INSERT INTO identity_merge_undo(id, merge_id, table_name, kept_id, merged_id, undone_at, "
                    "undone_on, operator, restored_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                { *id, undone, table, kept, merged, m_now, m_workstation, m_operator,
                    restoredKey.isEmpty() ? QString() : identityValuesJson(restoredKey) });
            !w)
            return w.error();
        // The change log is suspended (the moves are every workstation's
        // own work): the entry is recorded by hand, so that it travels.
        if (auto logged = runQuery(m_db,
                QStringLiteral("INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator) "
                               "VALUES ('identity_merge_undo', ?, 'I', ?, ?, ?)"),
                { *id, m_now, m_workstation, m_operator });
            !logged)
            return logged.error();
    }
    m_loaded = false;
    if (auto s = load(); !s)
        return s;
    m_changed.insert(QStringLiteral("identity_merge_undo"));
    if (isMerged(table, merged))
        return {};
    return restore(table, kept, merged, true, restoredKey, RowVersion { m_now, m_workstation });
}

} // namespace core::sync

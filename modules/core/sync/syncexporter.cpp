#include "core/sync/syncexporter.h"

#include "core/db/connectionstate.h"
#include "core/db/localconfig.h"
#include "core/db/migrator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/wholefile.h"
#include "core/sync/copieddatabase.h"
#include "core/sync/groupmerge.h"
#include "core/sync/tableregistry.h"
#include "core/sync/room.h"
#include "core/sync/roommembers.h"
#include "core/sync/syncacks.h"
#include "core/sync/syncarchive.h"
#include "core/sync/syncfile.h"
#include "core/sync/syncimporter.h"
#include "core/sync/syncschema.h"
#include "core/sync/statementcache.h"
#include "core/sync/syncstate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <vector>

namespace core::sync {

int ExportReport::changes() const
{
    int n = 0;
    for (const ExportedFile &f : files)
        n += f.changes;
    return n;
}

namespace {

// A consistent read of the change log and the rows, on this connection.
class ReadSnapshot {
public:
    explicit ReadSnapshot(const QSqlDatabase &db)
        : m_db(db)
    {
        m_ok = QSqlQuery(m_db).exec(QStringLiteral("BEGIN DEFERRED"));
    }
    ~ReadSnapshot()
    {
        if (m_ok)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    bool ok() const { return m_ok; }

private:
    QSqlDatabase m_db;
    bool m_ok = false;
};

// Temporary files QSaveFile left behind when this workstation was killed
// while writing ("<name>.XXXXXX"); only this workstation's, and only old
// ones, so that a concurrent writer is never disturbed.
void removeStaleTemporaries(const QDir &dir, int workstation, const QDateTime &now)
{
    const QString prefix = QStringLiteral("cisiamo-ws%1-").arg(workstation, 4, 10, QLatin1Char('0'));
    for (const QFileInfo &info :
        dir.entryInfoList({ prefix + QStringLiteral("*") + syncFileSuffix + QStringLiteral(".*") }, QDir::Files))
        if (info.lastModified().secsTo(now) > 3600)
            QFile::remove(info.absoluteFilePath());
}

const QString publishedAcksKey = QStringLiteral("sync_acks_published");

QString acksText(const QList<SyncAck> &acks)
{
    QStringList parts;
    for (const SyncAck &a : acks)
        parts.append(QStringLiteral("%1:%2:%3").arg(a.databaseId).arg(a.workstation).arg(a.seq));
    return parts.join(QLatin1Char(','));
}

// This workstation's acknowledgements files other than `keep`, and their
// conflict copies: superseded by any newer file it wrote.
void removeOldAckFiles(const QDir &dir, int workstation, const QString &keep)
{
    const QString prefix = QStringLiteral("cisiamo-ws%1-acks-").arg(workstation, 4, 10, QLatin1Char('0'));
    for (const QString &name : dir.entryList({ prefix + QStringLiteral("*") }, QDir::Files))
        if (name != keep)
            QFile::remove(dir.filePath(name));
}

// The version a master-data row left with, recorded once its file is on disk.
struct Recorded {
    const SyncTable *syncTable = nullptr;
    QString table;
    qint64 rowId = 0;
    RowVersion version;
    QString operatorName;
    qint64 seq = 0;
    bool deleted = false;
    FieldVersions fields;
    QVariantMap groupValues; // the exported values of the columns merged together (groupmerge.h)
};

// A change this workstation exported, taken into its rows' group states
// (groupmerge.h) as the others take it in when they receive it. A row
// without an entry says it already (its values and field versions).
Status recordOwnGroups(StatementCache &statements, const Recorded &r)
{
    if (r.groupValues.isEmpty() || r.deleted)
        return {};
    for (const QStringList &group : TableRegistry::mergedTogether(r.table)) {
        auto loaded = loadGroupState(statements, r.table, r.rowId, group);
        if (!loaded)
            return loaded.error();
        if (!*loaded)
            continue;
        GroupState state = **loaded;
        state.add(r.groupValues, r.fields, r.version);
        bool whole = true; // the change wrote the whole group: it shows what its author saw
        for (const QString &column : group)
            whole = whole && r.fields.of(column, r.version) == r.version;
        state.fallback = state.fallback && !whole;
        if (auto s = storeGroupState(statements, r.table, r.rowId, state, r.groupValues, r.fields, r.version); !s)
            return s;
    }
    return {};
}

// The changes of (position, last] in order.
const QString rangeSql = QStringLiteral(
    "SELECT seq, table_name, row_id, operation, operator, changed_at, workstation "
    "FROM change_log WHERE seq > ?1 AND seq <= ?2 ORDER BY seq");
// What was logged after ?1: which rows, in order.
const QString logTailSql
    = QStringLiteral("SELECT seq, table_name, row_id FROM change_log WHERE seq > ?1 ORDER BY seq");
const QString changeSql = QStringLiteral("SELECT changed_at, workstation FROM change_log WHERE seq = ?1");
const QString recordedSql = QStringLiteral(
    "SELECT changed_at, workstation, log_seq, fields FROM sync_row_version WHERE table_name = ?1 AND row_id = ?2");
// The columns the local changes of a row after its recorded version wrote
// (NULL: every column), for the versions of its fields (fieldversions.h).
const QString changedColumnsSql = QStringLiteral(
    "SELECT operation, coalesce(changed_columns, '*') FROM change_log "
    "WHERE table_name = ?1 AND row_id = ?2 AND seq > ?3 AND seq <= ?4");

using RowKey = QPair<const SyncTable *, qint64>;

// The table of a change-log row's table_name column, without making a
// QString for each row (the log holds runs of one table).
class TableOfColumn {
public:
    explicit TableOfColumn(const SyncSchema &schema)
        : m_schema(schema)
    {
    }
    const SyncTable *operator()(sqlite3_stmt *statement, int column)
    {
        const char *name = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        const int nameBytes = sqlite3_column_bytes(statement, column);
        if (m_bytes.size() != nameBytes || std::memcmp(m_bytes.constData(), name, size_t(nameBytes)) != 0) {
            m_bytes = QByteArray(name, nameBytes);
            m_table = m_schema.table(QString::fromUtf8(m_bytes));
        }
        return m_table;
    }

private:
    const SyncSchema &m_schema;
    QByteArray m_bytes;
    const SyncTable *m_table = nullptr;
};

// The latest change of every row changed after the export's starting
// position, for the length of one export: each file asks it, for every row
// in its range, whether a later change stands for it and which change
// gives its version. Read in one pass over the log and sorted by row, then
// again when changes were logged since (the log only grows at its end),
// instead of one index search per change of a first export (millions); only
// the changes of rows changed more than once are kept for the questions, so
// that answering stays in the processor's cache.
class LatestChanges {
public:
    // Brings the map up to the end of the log as the current read snapshot
    // sees it; `position`, on the first call, is where the export starts.
    Status update(StatementCache &statements, const SyncSchema &schema, qint64 position)
    {
        Error error;
        if (m_readTo < 0)
            m_readTo = position;
        sqlite3_stmt *tail = statements.statement(logTailSql, &error);
        if (!tail)
            return error;
        sqlite3_bind_int64(tail, 1, m_readTo);
        TableOfColumn tableOf(schema);
        const qsizetype before = qsizetype(m_changes.size());
        int rc;
        while ((rc = sqlite3_step(tail)) == SQLITE_ROW) {
            m_readTo = sqlite3_column_int64(tail, 0);
            if (const SyncTable *table = tableOf(tail, 1))
                m_changes.push_back({ table, sqlite3_column_int64(tail, 2), m_readTo });
        }
        const Error stepError = rc != SQLITE_DONE ? statements.lastError(logTailSql) : Error();
        sqlite3_reset(tail);
        if (rc != SQLITE_DONE)
            return stepError;
        if (qsizetype(m_changes.size()) != before)
            index();
        return {};
    }
    // The latest change of the row changed at `seq` (after the start).
    qint64 latest(qint64 seq) const { return m_later.value(seq, seq); }

private:
    struct Change {
        const SyncTable *table;
        qint64 rowId;
        qint64 seq;
    };
    void index()
    {
        std::sort(m_changes.begin(), m_changes.end(), [](const Change &a, const Change &b) {
            return a.table != b.table ? std::less<const SyncTable *>()(a.table, b.table)
                : a.rowId != b.rowId  ? a.rowId < b.rowId
                                      : a.seq < b.seq;
        });
        m_later.clear();
        for (size_t i = 0; i < m_changes.size();) {
            size_t j = i + 1;
            while (j < m_changes.size() && m_changes[j].table == m_changes[i].table
                && m_changes[j].rowId == m_changes[i].rowId)
                ++j;
            for (size_t k = i; k + 1 < j; ++k)
                m_later.insert(m_changes[k].seq, m_changes[j - 1].seq);
            i = j;
        }
    }

    std::vector<Change> m_changes;
    QHash<qint64, qint64> m_later; // seq -> the row's latest, for rows changed again
    qint64 m_readTo = -1;
};

// The versions master-data rows left with in this export's files (those
// still being written included: the next file is read meanwhile), kept
// for the rows changed again later in the log, so that a later file finds
// them without a search in sync_row_version. That table is searched only
// when it held versions before the export (received from others, or
// exported before) or when another connection wrote to the database since
// (PRAGMA data_version): an import may have recorded some, or a row may
// have changed again; then every version of the export is kept here.
class ExportedVersions {
public:
    struct Version {
        RowVersion version;
        qint64 logSeq = 0;
        FieldVersions fields;
    };
    // At the start of every file's read snapshot; true when the table is
    // to be searched from now on, while it was not before.
    Result<bool> check(StatementCache &statements)
    {
        const bool searched = m_searchTable;
        auto dataVersion = statements.value(QStringLiteral("PRAGMA data_version"));
        if (!dataVersion)
            return dataVersion.error();
        if (m_dataVersion < 0) {
            auto any = statements.value(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_row_version)"));
            if (!any)
                return any.error();
            m_searchTable = any->toInt() != 0;
        } else if (dataVersion->toLongLong() != m_dataVersion) {
            m_searchTable = true;
        }
        m_dataVersion = dataVersion->toLongLong();
        return m_searchTable && !searched;
    }
    bool searchTable() const { return m_searchTable; }
    const Version *find(const SyncTable *table, qint64 rowId) const
    {
        auto it = m_versions.constFind({ table, rowId });
        return it == m_versions.constEnd() ? nullptr : &it.value();
    }
    void record(const SyncTable *table, qint64 rowId, const RowVersion &version, qint64 logSeq,
        const FieldVersions &fields)
    {
        m_versions.insert({ table, rowId }, { version, logSeq, fields });
    }

private:
    QHash<RowKey, Version> m_versions;
    qint64 m_dataVersion = -1;
    bool m_searchTable = false;
};

// One row changed in the range: its latest change there (what the file
// says was done, and by whom) and its latest change overall (the version).
struct RangeEntry {
    qint64 seq = 0;
    const SyncTable *table = nullptr;
    qint64 rowId = 0;
    char operation = 0;
    int operatorIndex = 0;
    qint64 latestSeq = 0;
    qint64 at = 0;
    int workstation = 0;
    bool dropped = false;
};

// Reads the range once, keeping for each row the latest of its changes in
// it, in order.
Status readRange(StatementCache &statements, const SyncSchema &schema, const LatestChanges &latest,
    qint64 position, qint64 last, QList<RangeEntry> *entries, QStringList *operators)
{
    Error error;
    sqlite3_stmt *log = statements.statement(rangeSql, &error);
    sqlite3_stmt *change = log ? statements.statement(changeSql, &error) : nullptr;
    if (!change)
        return error;
    sqlite3_bind_int64(log, 1, position);
    sqlite3_bind_int64(log, 2, last);
    QHash<RowKey, qsizetype> later; // rows changed again after `last`
    TableOfColumn tableOf(schema);
    QList<QByteArray> operatorBytes; // as in `operators`: the few names, compared without a QString
    int rc;
    while ((rc = sqlite3_step(log)) == SQLITE_ROW) {
        const SyncTable *table = tableOf(log, 1);
        if (!table)
            continue; // bookkeeping, local-only or a table that no longer exists
        RangeEntry e;
        e.seq = sqlite3_column_int64(log, 0);
        e.table = table;
        e.rowId = sqlite3_column_int64(log, 2);
        e.latestSeq = latest.latest(e.seq);
        if (e.latestSeq <= last && e.seq != e.latestSeq)
            continue; // a later change of the row in this range stands for it
        e.operation = *reinterpret_cast<const char *>(sqlite3_column_text(log, 3));
        const QByteArrayView op(reinterpret_cast<const char *>(sqlite3_column_text(log, 4)), sqlite3_column_bytes(log, 4));
        qsizetype operatorIndex = 0;
        while (operatorIndex < operatorBytes.size() && operatorBytes.at(operatorIndex) != op)
            ++operatorIndex;
        if (operatorIndex == operatorBytes.size()) {
            operatorBytes.append(op.toByteArray());
            operators->append(QString::fromUtf8(op));
        }
        e.operatorIndex = int(operatorIndex);
        e.at = sqlite3_column_int64(log, 5);
        e.workstation = sqlite3_column_int(log, 6);
        if (e.latestSeq > last) {
            // Changed again after the range: the latest of the range stands
            // for it, with the version of its latest change.
            auto it = later.find({ table, e.rowId });
            if (it != later.end())
                (*entries)[it.value()].dropped = true;
            later.insert({ table, e.rowId }, entries->size());
        }
        entries->append(e);
    }
    const Error stepError = rc != SQLITE_DONE ? statements.lastError(rangeSql) : Error();
    sqlite3_reset(log);
    if (rc != SQLITE_DONE)
        return stepError;
    for (auto it = later.constBegin(); it != later.constEnd(); ++it) {
        RangeEntry &e = (*entries)[it.value()];
        sqlite3_bind_int64(change, 1, e.latestSeq);
        rc = sqlite3_step(change);
        if (rc == SQLITE_ROW) {
            e.at = sqlite3_column_int64(change, 0);
            e.workstation = sqlite3_column_int(change, 1);
        }
        if (rc != SQLITE_ROW) {
            const Error stepError = statements.lastError(changeSql);
            sqlite3_reset(change);
            return stepError;
        }
        sqlite3_reset(change);
    }
    return {};
}

// Writes the changes of (position, last] into `payload`: each row once, as
// it is now (a deletion carries only the id), straight from SQLite's
// columns into the file's block. Inside the caller's read snapshot.
Status readChanges(StatementCache &statements, const SyncSchema &schema, const LatestChanges &latest,
    ExportedVersions &exported, qint64 position, qint64 last, SyncPayloadWriter *payload, QList<Recorded> *recorded)
{
    QList<RangeEntry> entries;
    QStringList operators;
    if (auto s = readRange(statements, schema, latest, position, last, &entries, &operators); !s)
        return s;
    Error error;
    sqlite3_stmt *versions = exported.searchTable() ? statements.statement(recordedSql, &error) : nullptr;
    if (exported.searchTable() && !versions)
        return error;
    struct TableStatement {
        sqlite3_stmt *select = nullptr;
        QString sql;
        QByteArray name;
        int rowShape = -1;
        int deleteShape = -1;
        QList<QStringList> groups; // columns merged together (TableRegistry::mergedTogether)
        QList<int> groupColumns; // their positions in table->columns
    };
    QHash<const SyncTable *, TableStatement> tables;
    // Rows that show a group's snapshot (groupmerge.h): an edit of one
    // writes the whole group, what its author saw.
    auto fallbacks = anyFallback(statements);
    if (!fallbacks)
        return fallbacks.error();
    auto fail = [&](sqlite3_stmt *s, const QString &sql) {
        Error e = statements.lastError(sql);
        sqlite3_reset(s);
        return e;
    };
    for (const RangeEntry &e : std::as_const(entries)) {
        if (e.dropped)
            continue;
        const SyncTable *table = e.table;
        const qint64 seq = e.seq;
        const qint64 rowId = e.rowId;
        QChar operation = QLatin1Char(e.operation);
        const QString &operatorName = operators.at(e.operatorIndex);
        TableStatement &t = tables[table];
        if (t.name.isEmpty())
            t.name = table->name.toUtf8();
        // localRowVersion: a local change after the recorded version
        // replaced it, so it orders after it even if this clock is slow.
        RowVersion recordedVersion;
        FieldVersions recordedFields;
        bool hasRecord = false;
        qint64 recordedLogSeq = 0;
        if (versions) {
            sqlite3_bind_text(versions, 1, t.name.constData(), int(t.name.size()), SQLITE_STATIC);
            sqlite3_bind_int64(versions, 2, rowId);
            const int rc = sqlite3_step(versions);
            if (rc != SQLITE_ROW && rc != SQLITE_DONE)
                return fail(versions, recordedSql);
            hasRecord = rc == SQLITE_ROW;
            if (hasRecord) {
                recordedVersion = { sqlite3_column_int64(versions, 0), sqlite3_column_int(versions, 1) };
                recordedLogSeq = sqlite3_column_int64(versions, 2);
                if (sqlite3_column_bytes(versions, 3) > 0)
                    recordedFields = FieldVersions::fromText(QString::fromUtf8(
                        reinterpret_cast<const char *>(sqlite3_column_text(versions, 3)), sqlite3_column_bytes(versions, 3)));
            }
            sqlite3_reset(versions);
        }
        // A version this export gave the row in an earlier file wins as
        // recordRowVersion would make it win (the later change).
        if (const ExportedVersions::Version *mine = exported.find(table, rowId);
            mine && (!hasRecord || mine->logSeq >= recordedLogSeq)) {
            hasRecord = true;
            recordedVersion = mine->version;
            recordedLogSeq = mine->logSeq;
            recordedFields = mine->fields;
        }
        if (hasRecord && e.latestSeq <= recordedLogSeq)
            continue; // overwritten since by a newer change from another workstation
        const RowVersion version { hasRecord ? std::max(e.at, recordedVersion.at + 1) : e.at, e.workstation };
        // Field by field: the columns the local changes since the record
        // wrote get the new version, the others keep theirs. Only rows
        // edited in place after a recorded version (received, or exported
        // before) ask; a new row is written whole.
        FieldVersions fields;
        if (hasRecord && table->kind == TableKind::Mutable && e.operation == 'U') {
            auto changed = statements.rows(changedColumnsSql, { table->name, rowId, recordedLogSeq, e.latestSeq });
            if (!changed)
                return changed.error();
            ChangedColumns columns;
            for (const QVariantList &c : std::as_const(*changed))
                columns.add(c.at(1).toString(), c.at(0).toString().front());
            if (*fallbacks && !TableRegistry::mergedTogether(table->name).isEmpty()) {
                auto shown = fallbackGroups(statements, table->name, rowId);
                if (!shown)
                    return shown.error();
                for (const QStringList &group : std::as_const(*shown))
                    for (const QString &column : group)
                        columns.names.insert(column);
            }
            fields = localFieldVersions(table->columns, recordedFields, recordedVersion, columns, version);
        }

        if (!t.select) {
            QStringList columns;
            for (const QString &column : table->columns)
                columns.append(quoteIdentifier(column));
            t.sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                        .arg(columns.join(QStringLiteral(", ")), quoteIdentifier(table->name),
                            quoteIdentifier(table->key));
            t.select = statements.statement(t.sql, &error);
            if (!t.select)
                return error;
            t.rowShape = payload->shape(table->name, table->columns);
            t.deleteShape = payload->shape(table->name, {});
            if (table->kind == TableKind::Mutable)
                t.groups = TableRegistry::mergedTogether(table->name);
            for (const QStringList &group : std::as_const(t.groups))
                for (const QString &column : group)
                    if (const int i = int(table->columns.indexOf(column)); i >= 0 && !t.groupColumns.contains(i))
                        t.groupColumns.append(i);
        }
        QVariantMap groupValues;
        bool hasRow = false;
        if (operation != QLatin1Char('D')) {
            sqlite3_bind_int64(t.select, 1, rowId);
            const int row = sqlite3_step(t.select);
            if (row != SQLITE_ROW && row != SQLITE_DONE)
                return fail(t.select, t.sql);
            hasRow = row == SQLITE_ROW;
            if (!hasRow) {
                sqlite3_reset(t.select);
                operation = QLatin1Char('D'); // cannot happen in a snapshot; stay safe
            }
        }
        payload->beginChange(hasRow ? t.rowShape : t.deleteShape, seq, rowId, operation, version, operatorName,
            recordedVersion, hasRow ? fields : FieldVersions());
        if (hasRow) {
            const int n = int(table->columns.size());
            for (int i = 0; i < n; ++i) {
                switch (sqlite3_column_type(t.select, i)) {
                case SQLITE_NULL:
                    payload->addNull();
                    break;
                case SQLITE_INTEGER:
                    payload->addInteger(sqlite3_column_int64(t.select, i));
                    break;
                case SQLITE_FLOAT:
                    payload->addReal(sqlite3_column_double(t.select, i));
                    break;
                case SQLITE_BLOB:
                    payload->addBlob(static_cast<const char *>(sqlite3_column_blob(t.select, i)),
                        sqlite3_column_bytes(t.select, i));
                    break;
                default:
                    payload->addText(reinterpret_cast<const char *>(sqlite3_column_text(t.select, i)),
                        sqlite3_column_bytes(t.select, i));
                    break;
                }
            }
            for (const int i : std::as_const(t.groupColumns))
                groupValues.insert(table->columns.at(i), StatementCache::columnValue(t.select, i));
            sqlite3_reset(t.select);
        }
        if (table->kind != TableKind::Ledger) {
            recorded->append({ table, table->name, rowId, version, operatorName, seq, operation == QLatin1Char('D'),
                fields, groupValues });
            // Only a row changed again finds it in a later file, unless
            // the table is searched too (then the file still being written
            // is not there yet).
            if (e.latestSeq > seq || exported.searchTable())
                exported.record(table, rowId, version, seq, fields);
        }
    }
    return {};
}

// Encodes a file (compression, checksum, authenticator) and writes it
// completely or not at all, with the copy kept beside the database; no
// database access, so that it runs beside the reading of the next file.
// The file's checksum (hex), or sync.cannot_write.
Result<QByteArray> writeSyncFile(SyncFileHeader header, std::shared_ptr<const SyncPayloadWriter> payload,
    QString fileName, QString path, QString archive, QByteArray roomKey)
{
    QByteArray sha256;
    const QByteArray data = encodeSyncFile(header, *payload, fileName, roomKey, &sha256);
    if (auto written = writeWholeFile(path, data); !written) // complete, or absent
        return Error(QStringLiteral("sync.cannot_write"), written.error().args);
    // A copy kept beside the database, so that a file lost from the
    // folder can be sent again with the same bytes (sync resend). A file
    // is recorded as sent only with its copy: without one, it is taken
    // back, as if the export had not happened.
    if (!archive.isEmpty()) {
        Status kept = QDir().mkpath(archive)
            ? writeWholeFile(QDir(archive).filePath(fileName), data)
            : Status(Error(QStringLiteral("file.cannot_write"), { archive, QString(), QString() }));
        if (!kept) {
            QFile::remove(path);
            return Error(QStringLiteral("sync.cannot_write"), kept.error().args);
        }
    }
    return sha256;
}

// A file handed to writeSyncFile, recorded once it is on disk.
struct FileInWriting {
    SyncFileHeader header;
    QString fileName;
    QList<Recorded> versions;
    std::future<Result<QByteArray>> written;
};

} // namespace

SyncExporter::SyncExporter(const QSqlDatabase &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<qint64> SyncExporter::pendingChanges(const QSqlDatabase &db)
{
    const SyncIdentity identity = readIdentity(db);
    qint64 position = 0;
    if (identity.isValid()) {
        auto p = exportPosition(db, identity);
        if (!p)
            return p.error();
        position = *p;
    }
    auto n = queryValue(db, QStringLiteral("SELECT count(*) FROM change_log WHERE seq > ?"), { position });
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<ExportReport> SyncExporter::exportTo(const ExportOptions &options)
{
    const QFileInfo folderInfo(options.folder);
    if (options.folder.isEmpty() || !folderInfo.isDir())
        return Error(QStringLiteral("sync.folder_unreachable"), { options.folder });
    const QDir dir(folderInfo.absoluteFilePath());
    // Files nobody in a room could trust are not written at all.
    const QByteArray roomKey = Room::key(m_db);
    if (roomKey.isEmpty())
        return Error(QStringLiteral("sync.no_room"));
    auto schema = SyncSchema::read(m_db);
    if (!schema)
        return schema.error();
    auto schemaVer = schemaVersion(m_db);
    if (!schemaVer)
        return schemaVer.error();
    // A copy of another workstation's database: nothing written (copieddatabase.h).
    auto copied = findCopiedDatabase(m_db, dir.absolutePath());
    if (!copied)
        return copied.error();
    if (copied->has_value()) {
        if (auto s = auditRefusedFile(m_db, (*copied)->args.value(0), (*copied)->code, QStringLiteral("sync.export"), m_clock.nowMs()); !s)
            return s.error();
        return **copied;
    }
    // Not listed yet (joined before the membership list existed): the row
    // leaves with this export.
    if (auto s = ensureOwnMembership(m_db, m_clock.nowMs()); !s)
        return s.error();
    auto ensured = ensureIdentity(m_db);
    if (!ensured)
        return ensured.error();
    const SyncIdentity identity = *ensured;
    removeStaleTemporaries(dir, identity.workstation, m_clock.now());
    const QString workstationName = LocalConfig::value(m_db, LocalConfig::workstationName);
    auto acks = currentAcks(m_db);
    if (!acks)
        return acks.error();

    ExportReport report;
    const LargePageCache cache(m_db);
    StatementCache statements(m_db);
    LatestChanges latest;
    ExportedVersions exported;
    const QString archive = sentArchiveFolder(m_db);
    const QString createdBy = sessionOperator(m_db);
    // One file is compressed, hashed and written on a second thread while
    // the next one is read here; it is recorded here once on disk.
    std::optional<FileInWriting> writing;
    auto recordWritten = [&]() -> Status {
        FileInWriting file = std::move(*writing);
        writing.reset();
        auto sha256 = file.written.get();
        if (!sha256)
            return sha256.error();
        // The file is on disk: now the position may advance.
        Transaction tx(m_db);
        if (!tx)
            return tx.error();
        auto recorded = runQuery(m_db,
            QStringLiteral("INSERT INTO sync_export(file_name, database_id, first_seq, last_seq, change_count, "
                           "sha256, folder, "
                           "exported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            { file.fileName, identity.databaseId, file.header.firstSeq, file.header.lastSeq, file.header.changeCount,
                QString::fromLatin1(*sha256), dir.absolutePath(), file.header.createdAt });
        if (!recorded)
            return recorded.error();
        for (const Recorded &r : std::as_const(file.versions)) {
            if (auto s = recordRowVersion(
                    statements, r.table, r.rowId, r.version, r.operatorName, r.seq, r.deleted, r.fields);
                !s)
                return s.error();
            if (auto s = recordOwnGroups(statements, r); !s)
                return s.error();
        }
        if (auto s = tx.commit(); !s)
            return s.error();
        report.files.append({ file.fileName, file.header.firstSeq, file.header.lastSeq, file.header.changeCount });
        report.position = file.header.lastSeq;
        return {};
    };
    // An error while reading the next file: the file being written is still
    // recorded if it reaches the disk, as it would have been before.
    auto failWith = [&](const Error &error) -> Result<ExportReport> {
        if (writing)
            (void)recordWritten();
        return error;
    };
    qint64 position = -1; // where the next file starts
    for (;;) {
        QList<Recorded> versions;
        auto payload = std::make_shared<SyncPayloadWriter>();
        qint64 last = 0;
        {
            ReadSnapshot snapshot(m_db);
            if (!snapshot.ok())
                return failWith(Error(QStringLiteral("db.query"), { QStringLiteral("BEGIN DEFERRED") }));
            if (position < 0) {
                auto p = exportPosition(m_db, identity);
                if (!p)
                    return p.error();
                position = *p;
                report.position = position;
            }
            auto end = queryValue(m_db,
                QStringLiteral("SELECT seq FROM change_log WHERE seq > ? ORDER BY seq LIMIT 1 OFFSET ?"),
                { position, std::max(1, options.maxChangesPerFile) - 1 });
            if (!end)
                return failWith(end.error());
            if (end->isValid()) {
                last = end->toLongLong();
            } else {
                auto max = lastChangeSeq(m_db);
                if (!max)
                    return failWith(max.error());
                last = *max;
            }
            if (last > position) {
                auto searching = exported.check(statements);
                if (!searching)
                    return failWith(searching.error());
                // The versions of the file still being written are not in
                // the table yet: from now on they are searched here too.
                if (*searching && writing)
                    for (const Recorded &r : std::as_const(writing->versions))
                        exported.record(r.syncTable, r.rowId, r.version, r.seq, r.fields);
                if (auto s = latest.update(statements, *schema, position); !s)
                    return failWith(s.error());
                if (auto s = readChanges(statements, *schema, latest, exported, position, last, payload.get(), &versions);
                    !s)
                    return failWith(s.error());
            }
        }
        if (writing)
            if (auto s = recordWritten(); !s)
                return s.error();
        if (last <= position)
            break;

        SyncFileHeader header;
        header.formatVersion = syncFormatVersion;
        header.schemaVersion = *schemaVer;
        header.databaseId = identity.databaseId;
        header.previousIds = identity.previousIds;
        header.workstation = identity.workstation;
        header.workstationName = workstationName;
        header.originSeq = identity.originSeq;
        header.firstSeq = position + 1;
        header.lastSeq = last;
        header.createdAt = m_clock.nowMs();
        header.createdBy = createdBy;
        header.acks = *acks;
        header.changeCount = payload->changeCount();
        SyncFileName name;
        name.workstation = identity.workstation;
        name.firstSeq = header.firstSeq;
        name.lastSeq = header.lastSeq;
        name.writtenAt = m_clock.now().toUTC();
        name.databaseTag = databaseTag(identity.databaseId);
        const QString fileName = name.toString();
        const QString path = dir.filePath(fileName);
        if (QFileInfo::exists(path))
            return Error(QStringLiteral("file.exists"), { path });
        if (options.faultHook && !options.faultHook(QStringLiteral("write")))
            return Error(QStringLiteral("sync.cannot_write"), { path, QString(), QStringLiteral("disk_full") });
        writing = FileInWriting { header, fileName, std::move(versions),
            std::async(std::launch::async, writeSyncFile, header, payload, fileName, path, archive, roomKey) };
        position = last;
    }

    // The acknowledgements: in the files just written, or in a file of
    // their own when they moved on since they were last published.
    const QString now = acksText(*acks);
    if (report.files.isEmpty() && !acks->isEmpty() && LocalConfig::value(m_db, publishedAcksKey) != now) {
        SyncFileHeader header;
        header.formatVersion = ackFormatVersion;
        header.databaseId = identity.databaseId;
        header.workstation = identity.workstation;
        header.workstationName = workstationName;
        header.createdAt = m_clock.nowMs();
        header.createdBy = sessionOperator(m_db);
        header.acks = *acks;
        AckFileName name;
        name.workstation = identity.workstation;
        name.writtenAt = m_clock.now().toUTC();
        name.databaseTag = databaseTag(identity.databaseId);
        const QString fileName = name.toString();
        if (!dir.exists(fileName)) {
            if (auto written = writeWholeFile(dir.filePath(fileName), encodeAckFile(header, fileName, roomKey));
                !written)
                return Error(QStringLiteral("sync.cannot_write"), written.error().args);
        }
        report.ackFile = fileName;
    }
    if (!report.files.isEmpty() || !report.ackFile.isEmpty()) {
        removeOldAckFiles(dir, identity.workstation, report.ackFile);
        if (auto s = LocalConfig::setValue(m_db, publishedAcksKey, now); !s)
            return s.error();
    }
    return report;
}

} // namespace core::sync

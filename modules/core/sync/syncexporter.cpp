#include "core/sync/syncexporter.h"

#include "core/db/connectionstate.h"
#include "core/db/localconfig.h"
#include "core/db/migrator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/wholefile.h"
#include "core/sync/copieddatabase.h"
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
    QString table;
    qint64 rowId = 0;
    RowVersion version;
    QString operatorName;
    qint64 seq = 0;
    bool deleted = false;
};

// The changes of (position, last] in order, each with the last change of
// its row overall (the index change_log_table_row answers it in one step).
const QString rangeSql = QStringLiteral(
    "SELECT c.seq, c.table_name, c.row_id, c.operation, c.operator, c.changed_at, c.workstation, "
    "(SELECT max(x.seq) FROM change_log x WHERE x.table_name = c.table_name AND x.row_id = c.row_id) "
    "FROM change_log c WHERE c.seq > ?1 AND c.seq <= ?2 ORDER BY c.seq");
const QString changeSql = QStringLiteral("SELECT changed_at, workstation FROM change_log WHERE seq = ?1");
const QString recordedSql = QStringLiteral(
    "SELECT changed_at, workstation, log_seq FROM sync_row_version WHERE table_name = ?1 AND row_id = ?2");

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
// it, in order (what localRowVersion and a QHash of the range gave, without
// a statement per row).
Status readRange(StatementCache &statements, const SyncSchema &schema, qint64 position, qint64 last,
    QList<RangeEntry> *entries, QStringList *operators)
{
    Error error;
    sqlite3_stmt *log = statements.statement(rangeSql, &error);
    sqlite3_stmt *change = log ? statements.statement(changeSql, &error) : nullptr;
    if (!change)
        return error;
    sqlite3_bind_int64(log, 1, position);
    sqlite3_bind_int64(log, 2, last);
    QHash<QPair<const SyncTable *, qint64>, qsizetype> later; // rows changed again after `last`
    QByteArray tableBytes;
    const SyncTable *table = nullptr;
    QByteArray operatorBytes;
    int operatorIndex = -1;
    int rc;
    while ((rc = sqlite3_step(log)) == SQLITE_ROW) {
        const char *name = reinterpret_cast<const char *>(sqlite3_column_text(log, 1));
        const int nameBytes = sqlite3_column_bytes(log, 1);
        if (tableBytes.size() != nameBytes || std::memcmp(tableBytes.constData(), name, size_t(nameBytes)) != 0) {
            tableBytes = QByteArray(name, nameBytes);
            table = schema.table(QString::fromUtf8(tableBytes));
        }
        if (!table)
            continue; // bookkeeping, local-only or a table that no longer exists
        RangeEntry e;
        e.seq = sqlite3_column_int64(log, 0);
        e.table = table;
        e.rowId = sqlite3_column_int64(log, 2);
        e.latestSeq = sqlite3_column_int64(log, 7);
        if (e.latestSeq <= last && e.seq != e.latestSeq)
            continue; // a later change of the row in this range stands for it
        e.operation = *reinterpret_cast<const char *>(sqlite3_column_text(log, 3));
        const char *op = reinterpret_cast<const char *>(sqlite3_column_text(log, 4));
        const int opBytes = sqlite3_column_bytes(log, 4);
        if (operatorIndex < 0 || operatorBytes.size() != opBytes
            || std::memcmp(operatorBytes.constData(), op, size_t(opBytes)) != 0) {
            operatorBytes = QByteArray(op, opBytes);
            const QString operatorName = QString::fromUtf8(operatorBytes);
            const qsizetype known = operators->indexOf(operatorName);
            if (known < 0)
                operators->append(operatorName);
            operatorIndex = int(known < 0 ? operators->size() - 1 : known);
        }
        e.operatorIndex = operatorIndex;
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
Status readChanges(StatementCache &statements, const SyncSchema &schema, qint64 position, qint64 last,
    SyncPayloadWriter *payload, QList<Recorded> *recorded)
{
    QList<RangeEntry> entries;
    QStringList operators;
    if (auto s = readRange(statements, schema, position, last, &entries, &operators); !s)
        return s;
    Error error;
    // Versions recorded for rows (received from others, or exported before):
    // none on a database that never synchronised.
    auto anyRecorded = statements.value(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_row_version)"));
    if (!anyRecorded)
        return anyRecorded.error();
    sqlite3_stmt *versions = anyRecorded->toInt() != 0 ? statements.statement(recordedSql, &error) : nullptr;
    if (anyRecorded->toInt() != 0 && !versions)
        return error;
    struct TableStatement {
        sqlite3_stmt *select = nullptr;
        QString sql;
        QByteArray name;
        int rowShape = -1;
        int deleteShape = -1;
    };
    QHash<const SyncTable *, TableStatement> tables;
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
        bool hasRecord = false;
        if (versions) {
            sqlite3_bind_text(versions, 1, t.name.constData(), int(t.name.size()), SQLITE_STATIC);
            sqlite3_bind_int64(versions, 2, rowId);
            const int rc = sqlite3_step(versions);
            if (rc != SQLITE_ROW && rc != SQLITE_DONE)
                return fail(versions, recordedSql);
            hasRecord = rc == SQLITE_ROW;
            const qint64 recordedLogSeq = hasRecord ? sqlite3_column_int64(versions, 2) : 0;
            if (hasRecord)
                recordedVersion = { sqlite3_column_int64(versions, 0), sqlite3_column_int(versions, 1) };
            sqlite3_reset(versions);
            if (hasRecord && e.latestSeq <= recordedLogSeq)
                continue; // overwritten since by a newer change from another workstation
        }
        const RowVersion version { hasRecord ? std::max(e.at, recordedVersion.at + 1) : e.at, e.workstation };

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
        }
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
            recordedVersion);
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
            sqlite3_reset(t.select);
        }
        if (table->kind != TableKind::Ledger)
            recorded->append({ table->name, rowId, version, operatorName, seq, operation == QLatin1Char('D') });
    }
    return {};
}

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
    for (;;) {
        // What the position advance records for master data (the version
        // each row left with).
        QList<Recorded> versions;
        SyncPayloadWriter payload;
        qint64 position = 0;
        qint64 last = 0;
        {
            ReadSnapshot snapshot(m_db);
            if (!snapshot.ok())
                return Error(QStringLiteral("db.query"), { QStringLiteral("BEGIN DEFERRED") });
            auto p = exportPosition(m_db, identity);
            if (!p)
                return p.error();
            position = *p;
            report.position = position;
            auto end = queryValue(m_db,
                QStringLiteral("SELECT seq FROM change_log WHERE seq > ? ORDER BY seq LIMIT 1 OFFSET ?"),
                { position, std::max(1, options.maxChangesPerFile) - 1 });
            if (!end)
                return end.error();
            if (end->isValid()) {
                last = end->toLongLong();
            } else {
                auto max = lastChangeSeq(m_db);
                if (!max)
                    return max.error();
                last = *max;
            }
            if (last <= position)
                break;
            if (auto s = readChanges(statements, *schema, position, last, &payload, &versions); !s)
                return s.error();
        }

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
        header.createdBy = sessionOperator(m_db);
        header.acks = *acks;
        header.changeCount = payload.changeCount();
        SyncFileName name;
        name.workstation = identity.workstation;
        name.firstSeq = header.firstSeq;
        name.lastSeq = header.lastSeq;
        name.writtenAt = m_clock.now().toUTC();
        name.databaseTag = databaseTag(identity.databaseId);
        const QString fileName = name.toString();
        QByteArray sha256;
        const QByteArray data = encodeSyncFile(header, payload, fileName, roomKey, &sha256);
        const QString path = dir.filePath(fileName);
        if (QFileInfo::exists(path))
            return Error(QStringLiteral("file.exists"), { path });
        if (options.faultHook && !options.faultHook(QStringLiteral("write")))
            return Error(QStringLiteral("sync.cannot_write"), { path, QString(), QStringLiteral("disk_full") });
        if (auto written = writeWholeFile(path, data); !written) // complete, or absent
            return Error(QStringLiteral("sync.cannot_write"), written.error().args);
        // A copy kept beside the database, so that a file lost from the
        // folder can be sent again with the same bytes (sync resend). A file
        // is recorded as sent only with its copy: without one, it is taken
        // back, as if the export had not happened.
        if (const QString archive = sentArchiveFolder(m_db); !archive.isEmpty()) {
            Status kept = QDir().mkpath(archive)
                ? writeWholeFile(QDir(archive).filePath(fileName), data)
                : Status(Error(QStringLiteral("file.cannot_write"), { archive, QString(), QString() }));
            if (!kept) {
                QFile::remove(path);
                return Error(QStringLiteral("sync.cannot_write"), kept.error().args);
            }
        }

        // The file is on disk: now the position may advance.
        {
            Transaction tx(m_db);
            if (!tx)
                return tx.error();
            auto recorded = runQuery(m_db,
                QStringLiteral("INSERT INTO sync_export(file_name, database_id, first_seq, last_seq, change_count, "
                               "sha256, folder, "
                               "exported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                { fileName, identity.databaseId, header.firstSeq, header.lastSeq, payload.changeCount(),
                    QString::fromLatin1(sha256), dir.absolutePath(), header.createdAt });
            if (!recorded)
                return recorded.error();
            for (const Recorded &r : versions)
                if (auto s = recordRowVersion(statements, r.table, r.rowId, r.version, r.operatorName, r.seq, r.deleted);
                    !s)
                    return s.error();
            if (auto s = tx.commit(); !s)
                return s.error();
        }
        report.files.append({ fileName, header.firstSeq, header.lastSeq, payload.changeCount() });
        report.position = last;
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

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
#include "core/sync/syncstate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>

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

struct LogEntry {
    qint64 seq = 0;
    QString table;
    qint64 rowId = 0;
    QChar operation;
    qint64 changedAt = 0;
    int workstation = 0;
    QString operatorName;
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
    StatementCache statements(m_db);
    for (;;) {
        struct Item {
            SyncChange change;
            bool recordVersion = false;
        };
        QList<Item> items;
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

            // The latest change of each row in the range: the file carries
            // the row as it is now.
            auto q = runQuery(m_db,
                QStringLiteral("SELECT seq, table_name, row_id, operation, changed_at, workstation, operator "
                               "FROM change_log WHERE seq > ? AND seq <= ? ORDER BY seq"),
                { position, last });
            if (!q)
                return q.error();
            QHash<QPair<QString, qint64>, LogEntry> latest;
            while (q->next()) {
                LogEntry e { q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong(),
                    q->value(3).toString().at(0), q->value(4).toLongLong(), q->value(5).toInt(),
                    q->value(6).toString() };
                latest.insert({ e.table, e.rowId }, e);
            }
            QList<LogEntry> entries = latest.values();
            std::sort(
                entries.begin(), entries.end(), [](const LogEntry &a, const LogEntry &b) { return a.seq < b.seq; });

            for (const LogEntry &e : entries) {
                const SyncTable *table = schema->table(e.table);
                if (!table)
                    continue; // bookkeeping, local-only or a table that no longer exists
                auto version = localRowVersion(statements, e.table, e.rowId);
                if (!version)
                    return version.error();
                if (!version->localIsNewer)
                    continue; // overwritten since by a newer change from another workstation
                Item item;
                SyncChange &c = item.change;
                c.seq = e.seq;
                c.table = e.table;
                c.rowId = e.rowId;
                c.operation = e.operation;
                c.version = version->version;
                c.base = version->recorded;
                c.operatorName = e.operatorName;
                item.recordVersion = table->kind != TableKind::Ledger;
                if (e.operation != QLatin1Char('D')) {
                    QStringList columns;
                    for (const QString &column : table->columns)
                        columns.append(quoteIdentifier(column));
                    auto row = statements.firstRow(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                                                       .arg(columns.join(QStringLiteral(", ")),
                                                           quoteIdentifier(table->name), quoteIdentifier(table->key)),
                        { e.rowId });
                    if (!row)
                        return row.error();
                    if (row->has_value()) {
                        for (int i = 0; i < table->columns.size(); ++i)
                            c.values.insert(table->columns.at(i), (*row)->value(i));
                    } else {
                        c.operation = QLatin1Char('D'); // cannot happen in a snapshot; stay safe
                    }
                }
                items.append(item);
            }
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
        QList<SyncChange> changes;
        changes.reserve(items.size());
        for (const Item &i : items)
            changes.append(i.change);
        SyncFileName name;
        name.workstation = identity.workstation;
        name.firstSeq = header.firstSeq;
        name.lastSeq = header.lastSeq;
        name.writtenAt = m_clock.now().toUTC();
        name.databaseTag = databaseTag(identity.databaseId);
        const QString fileName = name.toString();
        QByteArray sha256;
        const QByteArray data = encodeSyncFile(header, changes, fileName, roomKey, &sha256);
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
                { fileName, identity.databaseId, header.firstSeq, header.lastSeq, int(changes.size()),
                    QString::fromLatin1(sha256), dir.absolutePath(), header.createdAt });
            if (!recorded)
                return recorded.error();
            for (const Item &i : items) {
                if (!i.recordVersion)
                    continue;
                const SyncChange &c = i.change;
                if (auto s = recordRowVersion(statements, c.table, c.rowId, c.version, c.operatorName, c.seq,
                        c.operation == QLatin1Char('D'));
                    !s)
                    return s.error();
            }
            if (auto s = tx.commit(); !s)
                return s.error();
        }
        report.files.append({ fileName, header.firstSeq, header.lastSeq, int(changes.size()) });
        report.position = last;
    }

    // The acknowledgements: in the files just written, or in a file of
    // their own when they moved on since they were last published.
    const QString now = acksText(*acks);
    if (report.files.isEmpty() && !acks->isEmpty() && LocalConfig::value(m_db, publishedAcksKey) != now) {
        SyncFileHeader header;
        header.formatVersion = syncFormatVersion;
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

#include "core/sync/syncimporter.h"

#include "core/db/derivedtables.h"

#include "core/auth/auditlog.h"
#include "core/db/changenotifier.h"
#include "core/db/connectionstate.h"
#include "core/db/logsuspension.h"
#include "core/db/migrator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/logcategories.h"
#include "core/domain/wholefile.h"
#include "core/sync/copieddatabase.h"
#include "core/sync/hybridclock.h"
#include "core/sync/postimport.h"
#include "core/sync/room.h"
#include "core/sync/roommembers.h"
#include "core/sync/rowapplier.h"
#include "core/sync/statementcache.h"
#include "core/sync/syncacks.h"
#include "core/sync/syncarchive.h"
#include "core/sync/syncfile.h"
#include "core/sync/syncfolder.h"
#include "core/sync/syncschema.h"
#include "core/sync/syncstate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace core::sync {

int ImportReport::appliedChanges() const
{
    int n = 0;
    for (const ImportedFile &f : files)
        n += f.applied;
    return n;
}

namespace {

Error fileError(const QString &code, const QString &fileName, const QStringList &args = {})
{
    Error e(code, QStringList { fileName } + args);
    e.where.file = fileName;
    return e;
}

struct Source {
    bool known = false;
    int workstation = 0;
    qint64 appliedSeq = 0;
};

Result<Source> readSource(const QSqlDatabase &db, const QString &databaseId)
{
    auto q = runQuery(
        db, QStringLiteral("SELECT workstation, applied_seq FROM sync_source WHERE database_id = ?"), { databaseId });
    if (!q)
        return q.error();
    Source s;
    if (q->next()) {
        s.known = true;
        s.workstation = q->value(0).toInt();
        s.appliedSeq = q->value(1).toLongLong();
    }
    return s;
}

// Another database already known here that uses the same workstation
// number, and is neither a predecessor nor a successor of this one.
Result<QString> clashingSource(const QSqlDatabase &db, const SyncFileHeader &header)
{
    auto q = runQuery(db,
        QStringLiteral("SELECT database_id, previous_ids FROM sync_source WHERE workstation = ? AND database_id <> ?"),
        { header.workstation, header.databaseId });
    if (!q)
        return q.error();
    while (q->next()) {
        const QString other = q->value(0).toString();
        const QStringList otherPrevious = q->value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (!header.previousIds.contains(other) && !otherPrevious.contains(header.databaseId))
            return other;
    }
    return QString();
}

Status recordFile(const QSqlDatabase &db, const QString &fileName, const SyncFileContent &content,
    const ImportedFile &result, qint64 now)
{
    const SyncFileHeader &h = content.header;
    auto source = runQuery(db,
        QStringLiteral("INSERT INTO sync_source(database_id, workstation, workstation_name, previous_ids, origin_seq, "
                       "applied_seq, "
                       "file_count, change_count, last_file, last_import_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?) "
                       "ON CONFLICT(database_id) DO UPDATE SET workstation = excluded.workstation, "
                       "workstation_name = excluded.workstation_name, previous_ids = excluded.previous_ids, "
                       "applied_seq = max(applied_seq, excluded.applied_seq), file_count = file_count + 1, "
                       "change_count = change_count + excluded.change_count, last_file = excluded.last_file, "
                       "last_import_at = excluded.last_import_at"),
        { h.databaseId, h.workstation, h.workstationName, h.previousIds.join(QLatin1Char(',')), h.originSeq, h.lastSeq,
            result.applied, fileName, now });
    if (!source)
        return source.error();
    auto file = runQuery(db,
        QStringLiteral(
            "INSERT INTO sync_import(file_name, database_id, workstation, first_seq, last_seq, sha256, change_count, "
            "applied_count, conflict_count, parked_count, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { fileName, h.databaseId, h.workstation, h.firstSeq, h.lastSeq, QString::fromLatin1(content.sha256),
            h.changeCount, result.applied, result.conflicts, result.parked, now });
    if (!file)
        return file.error();
    return recordAcks(db, h.workstation, h.databaseId, h.acks, now);
}

// A conflict copy made by the file-sync engine: nothing when it holds the
// same as its original (in the folder, or as applied or written here), else
// the error that reports it as damaged. Never applied itself.
Result<std::optional<Error>> checkConflictCopy(const QSqlDatabase &db, const QDir &dir, const QString &name)
{
    const QString original = conflictOriginal(name);
    const Error damaged = fileError(QStringLiteral("sync.conflict_copy"), name, { original });
    if (original.isEmpty())
        return std::optional<Error>(damaged);
    QFile copy(dir.filePath(name));
    if (!copy.open(QIODevice::ReadOnly))
        return std::optional<Error>(fileError(QStringLiteral("file.cannot_read"), name, { copy.errorString() }));
    const QByteArray data = copy.readAll();
    QFile originalFile(dir.filePath(original));
    if (originalFile.open(QIODevice::ReadOnly))
        return originalFile.readAll() == data ? std::optional<Error>() : std::optional<Error>(damaged);
    // The original is gone: the same content as the one applied or sent here.
    auto content = decodeSyncFile(data, original, Room::key(db));
    if (!content)
        return std::optional<Error>(damaged);
    auto known = queryValue(db,
        QStringLiteral("SELECT sha256 FROM sync_import WHERE file_name = ? "
                       "UNION ALL SELECT sha256 FROM sync_export WHERE file_name = ?"),
        { original, original });
    if (!known)
        return known.error();
    return known->toString().toLatin1() == content->sha256 ? std::optional<Error>() : std::optional<Error>(damaged);
}

Status auditRefusal(const QSqlDatabase &db, const SkippedFile &file, qint64 now)
{
    return auditRefusedFile(db, file.fileName, file.reason.code, QStringLiteral("sync.import"), now);
}

// Whether a later file of the same workstation in the folder introduces
// it (its membership row travels in the file with its latest changes, not
// always the first one of a newcomer with a long history).
bool introducedLater(
    const QDir &dir, const QList<SyncFileName> &files, const SyncFileName &current, const QByteArray &roomKey)
{
    bool after = false;
    for (const SyncFileName &f : files) {
        if (!after) {
            after = f.toString() == current.toString();
            continue;
        }
        QFile file(dir.filePath(f.toString()));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        auto content = decodeSyncFile(file.readAll(), f.toString(), roomKey);
        if (content && introducesItself(*content))
            return true;
    }
    return false;
}

// Parents before children for rows written; children before parents for
// rows deleted; the order of the source within a table.
void sortForApplying(QList<SyncChange> &changes, const SyncSchema &schema)
{
    // The keys once per change, not per comparison (a file holds 20,000).
    struct Key {
        bool isDelete;
        int rank;
        qint64 seq;
        qsizetype index;
    };
    QList<Key> keys;
    keys.reserve(changes.size());
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const SyncChange &c = changes.at(i);
        const SyncTable *t = schema.table(c.table);
        keys.append({ c.operation == QLatin1Char('D'), t ? t->rank : -1, c.seq, i });
    }
    std::stable_sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        if (a.isDelete != b.isDelete)
            return !a.isDelete;
        if (a.rank != b.rank)
            return a.isDelete ? a.rank > b.rank : a.rank < b.rank;
        return a.seq < b.seq;
    });
    QList<SyncChange> sorted;
    sorted.reserve(changes.size());
    for (const Key &k : keys)
        sorted.append(std::move(changes[k.index]));
    changes = std::move(sorted);
}

} // namespace

SyncImporter::SyncImporter(const QSqlDatabase &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<ImportReport> SyncImporter::importFrom(const QString &folder)
{
    const QFileInfo folderInfo(folder);
    if (folder.isEmpty() || !folderInfo.isDir() || !folderInfo.isReadable())
        return Error(QStringLiteral("sync.folder_unreachable"), { folder });

    // Without the room's key no file can be verified: nothing is read.
    const QByteArray roomKey = Room::key(m_db);
    if (roomKey.isEmpty())
        return Error(QStringLiteral("sync.no_room"));
    auto schema = SyncSchema::read(m_db);
    if (!schema)
        return schema.error();
    auto localSchema = schemaVersion(m_db);
    if (!localSchema)
        return localSchema.error();
    auto ensured = ensureIdentity(m_db);
    if (!ensured)
        return ensured.error();
    const SyncIdentity identity = *ensured;
    const int workstation = sessionWorkstation(m_db);
    const QString operatorName = sessionOperator(m_db);
    // A copy of another workstation's database reads nothing (copieddatabase.h).
    auto copied = findCopiedDatabase(m_db, folder);
    if (!copied)
        return copied.error();
    if (copied->has_value()) {
        if (auto s = auditRefusedFile(m_db, (*copied)->args.value(0), (*copied)->code, QStringLiteral("sync.import"), m_clock.nowMs()); !s)
            return s.error();
        return **copied;
    }

    QSet<QString> applied;
    QSet<QString> own;
    for (auto [sql, set] : { std::pair { QStringLiteral("SELECT file_name FROM sync_import"), &applied },
             std::pair { QStringLiteral("SELECT file_name FROM sync_export"), &own } }) {
        auto q = runQuery(m_db, sql);
        if (!q)
            return q.error();
        while (q->next())
            set->insert(q->value(0).toString());
    }

    ImportReport report;
    const LargePageCache cache(m_db);
    QSet<QString> changedTables;
    // Files by source, read from their names: (workstation, database tag).
    QMap<QString, QList<SyncFileName>> sources;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({ QStringLiteral("*") + syncFileSuffix }, QDir::Files, QDir::Name)) {
        if (classifyFolderEntry(name) == FolderEntry::ConflictCopy) {
            auto damaged = checkConflictCopy(m_db, dir, name);
            if (!damaged)
                return damaged.error();
            if (damaged->has_value())
                report.refused.append({ name, **damaged });
            else
                ++report.ignoredCopies;
            continue;
        }
        if (applied.contains(name)) {
            ++report.alreadyApplied;
            continue;
        }
        if (own.contains(name)) {
            ++report.ownFiles;
            continue;
        }
        const auto parsed = SyncFileName::parse(name);
        if (!parsed) {
            report.refused.append({ name, fileError(QStringLiteral("sync.file_bad_name"), name) });
            continue;
        }
        sources[QStringLiteral("%1-%2").arg(parsed->workstation, 4, 10, QLatin1Char('0')).arg(parsed->databaseTag)]
            .append(*parsed);
    }

    // The acknowledgements files of the other workstations (those of this
    // database are its own, and a copy of it says nothing true).
    for (const QString &name : dir.entryList({ QStringLiteral("*") + ackFileSuffix }, QDir::Files, QDir::Name)) {
        const auto parsed = AckFileName::parse(name);
        if (!parsed)
            continue; // a conflict copy of a superseded file, or another program's
        if (parsed->databaseTag == databaseTag(identity.databaseId))
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue; // removed by its writer meanwhile: a newer one is there
        auto header = decodeAckFile(file.readAll(), name, roomKey);
        if (!header) {
            report.refused.append({ name, header.error() });
            continue;
        }
        if (header->databaseId == identity.databaseId || identity.previousIds.contains(header->databaseId))
            continue;
        Transaction tx(m_db);
        Status s = tx ? recordAcks(m_db, header->workstation, header->databaseId, header->acks, m_clock.nowMs())
                      : Status(tx.error());
        if (s)
            s = tx.commit();
        if (!s)
            return s.error();
    }

    // Applied files of the others are kept beside the database, so that
    // this workstation can send them again for their producer (sync resend
    // --workstation N): the same bytes, which the room key still verifies.
    const QString relayFolder = relayArchiveFolder(m_db);
    if (!relayFolder.isEmpty())
        QDir().mkpath(relayFolder);

    auto applyInTransaction = [&](const std::function<Status(RowApplier &)> &work, RowApplier &applier) -> Status {
        Transaction tx(m_db);
        if (!tx)
            return tx.error();
        {
            LogSuspension noLog(m_db);
            if (!noLog.ok())
                return Error(QStringLiteral("db.query"), { QStringLiteral("log suspension") });
            if (auto s = work(applier); !s)
                return s;
        }
        return tx.commit();
    };

    // Changes parked by earlier runs may fit now (an operator renamed a
    // duplicate, a missing row arrived through another file).
    {
        RowApplier applier(m_db, *schema, workstation, m_clock.nowMs(), operatorName);
        if (auto s = applyInTransaction(
                [&](RowApplier &a) -> Status {
                    auto retried = a.retryParked();
                    if (!retried)
                        return retried.error();
                    report.retried += *retried;
                    return {};
                },
                applier);
            !s)
            return s.error();
        for (const QString &t : applier.changedTables())
            changedTables.insert(t);
        report.conflicts += applier.conflicts();
    }

    for (auto it = sources.begin(); it != sources.end(); ++it) {
        QList<SyncFileName> files = it.value();
        std::sort(files.begin(), files.end(), [](const SyncFileName &a, const SyncFileName &b) {
            if (a.firstSeq != b.firstSeq)
                return a.firstSeq < b.firstSeq;
            if (a.lastSeq != b.lastSeq)
                return a.lastSeq > b.lastSeq;
            return a.writtenAt < b.writtenAt;
        });
        std::optional<Error> gap;
        bool introduced = false; // a newcomer: one of its files here carries its membership row
        for (const SyncFileName &fileName : files) {
            const QString name = fileName.toString();
            if (gap) {
                report.waiting.append({ name, *gap });
                continue;
            }
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                report.refused.append(
                    { name, fileError(QStringLiteral("file.cannot_read"), name, { file.errorString() }) });
                continue;
            }
            const QByteArray data = file.readAll();
            auto content = decodeSyncFile(data, name, roomKey);
            file.close();
            if (!content) {
                report.refused.append({ name, content.error() });
                continue;
            }
            const SyncFileHeader &header = content->header;
            if (header.schemaVersion > *localSchema) {
                report.refused.append({ name,
                    fileError(QStringLiteral("sync.future_schema"), name,
                        { QString::number(header.schemaVersion), QString::number(*localSchema) }) });
                continue;
            }
            if (header.databaseId == identity.databaseId) {
                report.refused.append({ name,
                    fileError(QStringLiteral("sync.cloned_database"), name, { QString::number(header.workstation) }) });
                continue;
            }
            if (!identity.previousIds.contains(header.databaseId)) {
                if (header.workstation == workstation) {
                    report.refused.append({ name,
                        fileError(QStringLiteral("sync.same_workstation"), name,
                            { QString::number(workstation), header.workstationName }) });
                    continue;
                }
                auto clash = clashingSource(m_db, header);
                if (!clash)
                    return clash.error();
                if (!clash->isEmpty()) {
                    report.refused.append({ name,
                        fileError(QStringLiteral("sync.duplicate_workstation"), name,
                            { QString::number(header.workstation), databaseTag(*clash),
                                databaseTag(header.databaseId) }) });
                    continue;
                }
            }
            if (!identity.previousIds.contains(header.databaseId) && !introduced) {
                auto refusal = membershipRefusal(m_db, header, name);
                if (!refusal)
                    return refusal.error();
                if (refusal->has_value() && (*refusal)->code == QLatin1String("sync.unknown_member"))
                    introduced = introducesItself(*content) || introducedLater(dir, files, fileName, roomKey);
                if (refusal->has_value() && !introduced) {
                    report.refused.append({ name, **refusal });
                    continue;
                }
            }
            auto source = readSource(m_db, header.databaseId);
            if (!source)
                return source.error();
            qint64 appliedSeq = source->known ? source->appliedSeq : header.originSeq;
            if (!source->known && identity.previousIds.contains(header.databaseId)) {
                // A predecessor of this database (before a restore): what it
                // exported before the backup was taken is here already.
                auto exported
                    = queryValue(m_db, QStringLiteral("SELECT max(last_seq) FROM sync_export WHERE database_id = ?"),
                        { header.databaseId });
                if (!exported)
                    return exported.error();
                if (!exported->isNull())
                    appliedSeq = std::max(appliedSeq, exported->toLongLong());
            }
            if (header.lastSeq <= appliedSeq) {
                // Covered by files applied before (an export repeated after a crash).
                Transaction tx(m_db);
                Status s = tx ? recordFile(m_db, name, *content, ImportedFile {}, m_clock.nowMs()) : Status(tx.error());
                if (s)
                    s = tx.commit();
                if (!s)
                    return s.error();
                ++report.alreadyApplied;
                continue;
            }
            if (header.firstSeq > appliedSeq + 1) {
                gap = fileError(QStringLiteral("sync.gap"), name,
                    { QString::number(header.workstation), QString::number(appliedSeq + 1),
                        QString::number(header.firstSeq - 1) });
                report.waiting.append({ name, *gap });
                continue;
            }

            QList<SyncChange> changes;
            changes.reserve(content->changes.size());
            for (SyncChange &c : content->changes)
                if (c.seq > appliedSeq)
                    changes.append(std::move(c));
            sortForApplying(changes, *schema);
            ImportedFile result;
            result.fileName = name;
            result.workstation = header.workstation;
            result.changes = int(changes.size());
            RowApplier applier(m_db, *schema, workstation, m_clock.nowMs(), operatorName);
            const Status s = applyInTransaction(
                [&](RowApplier &a) -> Status {
                    for (const SyncChange &c : changes) {
                        auto outcome = a.apply(c, name);
                        if (!outcome)
                            return outcome.error();
                        switch (*outcome) {
                        case RowApplier::Outcome::Applied:
                            ++result.applied;
                            break;
                        case RowApplier::Outcome::Unchanged:
                            ++result.unchanged;
                            break;
                        case RowApplier::Outcome::Discarded:
                            ++result.discarded;
                            break;
                        case RowApplier::Outcome::Parked:
                            break;
                        case RowApplier::Outcome::Ignored:
                            ++result.ignored;
                            break;
                        }
                    }
                    result.parked = a.parkedCount();
                    // The rows of the file, and those waiting that may fit now,
                    // for the modules' reconcilers (postimport.h).
                    ImportedRows rows;
                    for (const SyncChange &c : changes)
                        rows.add(c.table, c.rowId);
                    if (auto waiting = runQuery(m_db, QStringLiteral("SELECT table_name, row_id FROM sync_parked")); !waiting)
                        return waiting.error();
                    else
                        while (waiting->next())
                            rows.add(waiting->value(0).toString(), waiting->value(1).toLongLong());
                    // The hybrid clock moves past what the file carried
                    // (hybridclock.h), but not into a wrong clock's future.
                    if (!changes.isEmpty()) {
                        auto clock = HybridClock::read(m_db);
                        if (!clock)
                            return clock.error();
                        HybridClock hlc(*clock);
                        qint64 ahead = 0;
                        const qint64 now = m_clock.nowMs();
                        for (const SyncChange &c : changes)
                            ahead = std::max(ahead, hlc.receive(c.version.at, now).aheadMs);
                        if (ahead > 0) {
                            report.clockAhead.append({ name, header.workstation, ahead, header.workstationName });
                            qCWarning(logcat::sync).noquote()
                                << "sync.clock_ahead: workstation" << header.workstation << "stamped changes"
                                << ahead / 1000 << "s ahead of this clock in" << name
                                << "(applied; this clock was not moved by them)";
                        }
                        if (hlc.last() > *clock)
                            if (auto s = HybridClock::store(m_db, hlc.last()); !s)
                                return s;
                    }
                    auto retried = a.retryParked();
                    if (!retried)
                        return retried.error();
                    report.retried += *retried;
                    result.conflicts = a.conflicts();
                    auto reconciled = PostImport::runAll(m_db, rows);
                    if (!reconciled)
                        return reconciled.error();
                    for (const QString &t : reconciled->changedTables)
                        changedTables.insert(t);
                    result.conflicts += reconciled->flagged;
                    return recordFile(m_db, name, *content, result, m_clock.nowMs());
                },
                applier);
            if (!s)
                return Error(s.error().code, s.error().args, ErrorLocation { name, 0, {} });
            for (const QString &t : applier.changedTables())
                changedTables.insert(t);
            report.conflicts += result.conflicts;
            report.files.append(result);
            // A missing copy only means this workstation cannot relay it.
            if (!relayFolder.isEmpty() && !writeWholeFile(QDir(relayFolder).filePath(name), data))
                report.relayCopiesMissing.append(name);
        }
    }

    for (const SkippedFile &f : report.refused)
        if (auto s = auditRefusal(m_db, f, m_clock.nowMs()); !s)
            return s.error();

    // The modules' summary tables: their triggers fired for every row
    // applied (only the change-log triggers are off during an import);
    // the rows they marked stale are brought up to date once, here.
    if (!changedTables.isEmpty()) {
        Transaction tx(m_db);
        if (tx) {
            DerivedTables::refresh(m_db);
            if (auto s = tx.commit(); !s)
                return s.error();
        }
    }

    auto parked = queryValue(m_db, QStringLiteral("SELECT count(*) FROM sync_parked"));
    if (!parked)
        return parked.error();
    report.parkedTotal = parked->toInt();
    report.changedTables = QStringList(changedTables.cbegin(), changedTables.cend());
    report.changedTables.sort();
    ChangeNotifier::instance()->notifyChanged(report.changedTables);
    return report;
}

void updateClockAhead(QList<ClockAhead> &known, const ImportReport &report)
{
    // In the order applied: the last file of a workstation decides.
    for (const ImportedFile &file : report.files) {
        auto warned = std::find_if(report.clockAhead.cbegin(), report.clockAhead.cend(),
            [&](const ClockAhead &c) { return c.fileName == file.fileName; });
        auto it = std::find_if(
            known.begin(), known.end(), [&](const ClockAhead &c) { return c.workstation == file.workstation; });
        if (warned != report.clockAhead.cend()) {
            if (it != known.end())
                *it = *warned;
            else
                known.append(*warned);
        } else if (it != known.end() && file.changes > 0) {
            known.erase(it);
        }
    }
}

Status auditRefusedFile(
    const QSqlDatabase &db, const QString &fileName, const QString &code, const QString &permission, qint64 nowMs)
{
    const QString detail = refusalAuditPrefix + fileName + QStringLiteral(": ") + code;
    auto seen = queryValue(db, QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = ? AND detail = ?"),
        { auditKindCode(AuditKind::Denied), detail });
    if (!seen)
        return seen.error();
    if (seen->toLongLong() > 0)
        return {};
    AuditLog::Entry entry;
    entry.kind = AuditKind::Denied;
    entry.username = sessionOperator(db);
    entry.permission = permission;
    entry.detail = detail;
    entry.atMs = nowMs;
    return AuditLog::record(db, entry);
}

} // namespace core::sync

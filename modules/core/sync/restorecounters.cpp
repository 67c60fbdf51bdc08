#include "core/sync/restorecounters.h"

#include "core/sync/syncarchive.h"

#include "core/auth/auditlog.h"
#include "core/db/connectionstate.h"
#include "core/db/idallocator.h"
#include "core/db/numberfloor.h"
#include "core/db/sql.h"
#include "core/sync/room.h"
#include "core/sync/syncfile.h"
#include "core/sync/syncstate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace core::sync {

namespace {

constexpr qint64 sequenceMask = (qint64(1) << workstationIdShift) - 1;

// What this workstation handed out: the highest id sequence, the highest
// number of each series ("table|prefix").
struct HandedOut {
    qint64 idSequence = 0;
    QHash<QString, qint64> numbers;

    void addNumber(const QString &table, const QVariant &value)
    {
        QString prefix;
        qint64 n = 0;
        if (value.isNull() || !splitDocumentNumber(value.toString(), &prefix, &n))
            return;
        qint64 &seen = numbers[table + QLatin1Char('|') + prefix];
        seen = std::max(seen, n);
    }
};

// The own files of the folder (by the workstation number in their name),
// each name once (`seen`).
void readOwnFiles(const QString &folder, const QByteArray &roomKey, int workstation, HandedOut *out,
    CountersMoved *moved, QSet<QString> *seen)
{
    const QHash<QString, QString> columns = [] {
        QHash<QString, QString> h;
        for (const NumberedColumn &c : numberedColumns())
            h.insert(c.table, c.column);
        return h;
    }();
    const QDir dir(folder);
    for (const QString &name : dir.entryList({ QLatin1Char('*') + syncFileSuffix }, QDir::Files, QDir::Name)) {
        const auto parsed = SyncFileName::parse(name);
        if (!parsed || parsed->workstation != workstation || seen->contains(name))
            continue;
        seen->insert(name);
        QFile file(dir.filePath(name));
        Result<SyncFileContent> content = Error(QStringLiteral("file.cannot_read"), { name });
        if (file.open(QIODevice::ReadOnly))
            content = decodeSyncFile(file.readAll(), name, roomKey);
        if (!content) {
            // Damaged or still being copied: named in the report, so that
            // the operator knows what was not counted.
            moved->unreadable.append(name);
            continue;
        }
        ++moved->filesRead;
        for (const SyncChange &change : std::as_const(content->changes)) {
            if (workstationOfRowId(change.rowId) != workstation)
                continue; // a row of another workstation edited here
            out->idSequence = std::max(out->idSequence, change.rowId & sequenceMask);
            if (const QString column = columns.value(change.table); !column.isEmpty())
                out->addNumber(change.table, change.values.value(column));
        }
    }
}

// What the restored database itself knows of this workstation's rows:
// the allocator, the ids its sync state remembers (rows deleted since),
// the numbers in its tables.
Status readRestoredDatabase(const QSqlDatabase &db, int workstation, qint64 allocator, HandedOut *out)
{
    const qint64 low = makeRowId(workstation, 0);
    const qint64 high = makeRowId(workstation + 1, 0);
    auto remembered = queryValue(db,
        QStringLiteral("SELECT coalesce(max(row_id), 0) FROM sync_row_version WHERE row_id >= ? AND row_id < ?"),
        { low, high });
    if (!remembered)
        return remembered.error();
    out->idSequence = std::max(allocator, remembered->toLongLong() & sequenceMask);
    for (const NumberedColumn &c : numberedColumns()) {
        // Names from numberedColumns(), never user text.
        auto q = runQuery(
            db, QStringLiteral("SELECT %1 FROM %2 WHERE id >= ? AND id < ?").arg(c.column, c.table), { low, high });
        if (!q)
            return q.error();
        while (q->next())
            out->addNumber(c.table, q->value(0));
    }
    return {};
}

void addSafetyMargin(HandedOut *h)
{
    h->idSequence += idSafetyMargin;
    for (auto it = h->numbers.begin(); it != h->numbers.end(); ++it)
        it.value() += numberSafetyMargin;
}

} // namespace

QList<NumberedColumn> numberedColumns()
{
    // Receipts, DDT (deliveries, also the "S" ones recorded afterwards),
    // requests, attestati, listening requests, the room's protocol, the
    // Colonna Mobile's deployments: every per-workstation
    // document counter (see numberfloor.h).
    return {
        { QStringLiteral("stock_receipt"), QStringLiteral("number") },
        { QStringLiteral("delivery"), QStringLiteral("number") },
        { QStringLiteral("delivery_request"), QStringLiteral("number") },
        { QStringLiteral("attestato"), QStringLiteral("number") },
        { QStringLiteral("listening_request"), QStringLiteral("code") },
        { QStringLiteral("room_protocol"), QStringLiteral("number") },
        { QStringLiteral("fleet_deployment"), QStringLiteral("number") },
    };
}

Result<CountersMoved> moveCountersPastExports(
    const QSqlDatabase &db, const QString &syncFolder, const QString &operatorName, qint64 nowMs)
{
    CountersMoved moved;
    moved.folder = syncFolder;
    moved.workstation = sessionWorkstation(db);
    if (moved.workstation < 1 || moved.workstation > maxWorkstationNumber)
        return moved; // a database that never had a number never exported
    auto allocator
        = queryValue(db, QStringLiteral("SELECT coalesce(max(last_value), 0) FROM id_allocator WHERE workstation = ?"),
            { moved.workstation });
    if (!allocator)
        return allocator.error();
    moved.idSequenceBefore = moved.idSequenceAfter = allocator->toLongLong();

    const bool reachable = !syncFolder.isEmpty() && QFileInfo(syncFolder).isDir() && QFileInfo(syncFolder).isReadable();
    if (reachable)
        moved.source = CountersMoved::Source::SyncFolder;
    else if (!syncFolder.isEmpty() || readIdentity(db).isValid())
        moved.source = CountersMoved::Source::SafetyMargin;
    else
        return moved;
    HandedOut known; // what the restored database knows by itself
    if (auto s = readRestoredDatabase(db, moved.workstation, moved.idSequenceBefore, &known); !s)
        return s.error();
    HandedOut handedOut;
    QSet<QString> seen;
    if (reachable)
        readOwnFiles(syncFolder, Room::key(db), moved.workstation, &handedOut, &moved, &seen);
    // The copies kept of the files sent: the same bytes, still there when
    // the files left the folder because every member had them (syncprune.h).
    if (const QString sent = sentArchiveFolder(db); !sent.isEmpty() && QFileInfo(sent).isDir())
        readOwnFiles(sent, Room::key(db), moved.workstation, &handedOut, &moved, &seen);
    if (moved.source == CountersMoved::Source::SafetyMargin || !moved.unreadable.isEmpty()) {
        // No folder, or a file of it that cannot be read: what was handed
        // out is unknown, so past what is known plus the margin.
        HandedOut margin = known;
        addSafetyMargin(&margin);
        handedOut.idSequence = std::max(handedOut.idSequence, margin.idSequence);
        for (auto it = margin.numbers.cbegin(); it != margin.numbers.cend(); ++it)
            handedOut.numbers[it.key()] = std::max(handedOut.numbers.value(it.key()), it.value());
    }

    if (handedOut.idSequence > moved.idSequenceBefore) {
        auto q = runQuery(db,
            QStringLiteral("INSERT INTO id_allocator(workstation, last_value) VALUES (?, ?) "
                           "ON CONFLICT(workstation) DO UPDATE SET last_value = max(last_value, excluded.last_value)"),
            { moved.workstation, handedOut.idSequence });
        if (!q)
            return q.error();
        moved.idSequenceAfter = handedOut.idSequence;
    }
    for (auto it = handedOut.numbers.cbegin(); it != handedOut.numbers.cend(); ++it) {
        const qsizetype bar = it.key().indexOf(QLatin1Char('|'));
        const QString table = it.key().left(bar);
        const QString prefix = it.key().mid(bar + 1);
        // A series the restored tables already cover needs no floor.
        if (it.value() <= known.numbers.value(it.key()) || it.value() <= numberFloor(db, table, prefix))
            continue;
        if (auto s = raiseNumberFloor(db, table, prefix, it.value()); !s)
            return s.error();
        ++moved.seriesRaised;
    }

    AuditLog::Entry entry;
    entry.kind = AuditKind::Command;
    entry.username = operatorName;
    entry.detail = QStringLiteral("restore.counters %1 ids %2->%3 series %4 files %5")
                       .arg(moved.source == CountersMoved::Source::SyncFolder ? QStringLiteral("folder")
                                                                              : QStringLiteral("margin"))
                       .arg(moved.idSequenceBefore)
                       .arg(moved.idSequenceAfter)
                       .arg(moved.seriesRaised)
                       .arg(moved.filesRead);
    entry.atMs = nowMs;
    if (auto s = AuditLog::record(db, entry); !s)
        return s.error();
    return moved;
}

} // namespace core::sync

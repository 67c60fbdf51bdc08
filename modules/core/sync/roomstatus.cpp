#include "core/sync/roomstatus.h"

#include "core/db/connectionstate.h"
#include "core/db/sql.h"
#include "core/sync/copieddatabase.h"
#include "core/sync/room.h"
#include "core/sync/syncexporter.h"
#include "core/sync/syncfile.h"

#include <QDir>
#include <QSet>

namespace core::sync {

namespace {

Status readLastFile(const QSqlDatabase &db, MemberStatus *status)
{
    auto q = status->self
        ? runQuery(db,
            QStringLiteral("SELECT file_name, last_seq, exported_at FROM sync_export "
                           "ORDER BY exported_at DESC, last_seq DESC LIMIT 1"))
        : runQuery(db,
            QStringLiteral("SELECT file_name, last_seq, imported_at FROM sync_import WHERE workstation = ? "
                           "ORDER BY imported_at DESC, last_seq DESC LIMIT 1"),
            { status->member.workstation });
    if (!q)
        return q.error();
    if (q->next()) {
        status->lastFile = q->value(0).toString();
        status->lastSeq = q->value(1).toLongLong();
        status->lastAt = q->value(2).toLongLong();
    }
    return {};
}

// The files in the folder the membership list keeps out, from their names.
Result<QList<SkippedFile>> refusedByMembership(const QSqlDatabase &db, const QString &folder, int own)
{
    QSet<QString> known;
    auto q
        = runQuery(db, QStringLiteral("SELECT file_name FROM sync_import UNION ALL SELECT file_name FROM sync_export"));
    if (!q)
        return q.error();
    while (q->next())
        known.insert(q->value(0).toString());
    QList<SkippedFile> refused;
    for (const QString &name :
        QDir(folder).entryList({ QStringLiteral("*") + syncFileSuffix }, QDir::Files, QDir::Name)) {
        if (known.contains(name) || classifyFolderEntry(name) != FolderEntry::SyncFile)
            continue;
        const auto parsed = SyncFileName::parse(name);
        if (!parsed || parsed->workstation == own)
            continue;
        SyncFileHeader header;
        header.workstation = parsed->workstation;
        header.firstSeq = parsed->firstSeq;
        header.lastSeq = parsed->lastSeq;
        auto refusal = membershipRefusal(db, header, name);
        if (!refusal)
            return refusal.error();
        if (refusal->has_value())
            refused.append({ name, **refusal });
    }
    return refused;
}

} // namespace

Result<RoomStatus> readRoomStatus(const QSqlDatabase &db, const QString &folder)
{
    RoomStatus status;
    if (!Room::key(db).isEmpty())
        status.roomName = Room::name(db);
    status.workstation = sessionWorkstation(db);
    auto members = roomMembers(db);
    if (!members)
        return members.error();
    for (const RoomMember &m : *members) {
        MemberStatus s;
        s.member = m;
        s.self = m.workstation == status.workstation;
        if (auto r = readLastFile(db, &s); !r)
            return r.error();
        status.members.append(s);
    }
    auto parked = parkedMembers(db);
    if (!parked)
        return parked.error();
    status.parked = *parked;
    auto pending = SyncExporter::pendingChanges(db);
    if (!pending)
        return pending.error();
    status.pending = *pending;
    if (folder.isEmpty())
        return status;
    status.folder = folder;
    auto missing = findMissingFiles(db, folder);
    if (!missing)
        return missing.error();
    status.missing = *missing;
    auto refused = refusedByMembership(db, folder, status.workstation);
    if (!refused)
        return refused.error();
    status.refused = *refused;
    auto copied = findCopiedDatabase(db, folder);
    if (!copied)
        return copied.error();
    status.copied = *copied;
    return status;
}

} // namespace core::sync

#include "core/db/roommemberrows.h"

#include "core/db/idallocator.h"
#include "core/db/localconfig.h"
#include "core/db/sql.h"

namespace core::RoomMemberRows {

bool inRoom(const QSqlDatabase &db)
{
    // The key's name as core/sync/room.h stores it (Room::keyName).
    return !LocalConfig::value(db, QStringLiteral("room_key")).isEmpty();
}

Status registerSelf(const QSqlDatabase &db, int number, const QString &name, qint64 nowMs)
{
    if (!inRoom(db) || number < 1)
        return {};
    auto row = runQuery(db,
        QStringLiteral("SELECT id, name, removed_at IS NOT NULL FROM room_member WHERE workstation = ?"), { number });
    if (!row)
        return row.error();
    if (row->next()) {
        // Another member's row (a number taken: the caller refuses it), or
        // this one's, removed: left as it is.
        if (row->value(0).toLongLong() != ownRowId(db) || row->value(2).toBool() || row->value(1).toString() == name)
            return {};
        auto renamed = runQuery(
            db, QStringLiteral("UPDATE room_member SET name = ? WHERE id = ?"), { name, row->value(0).toLongLong() });
        return renamed ? Status() : Status(renamed.error());
    }
    auto id = allocateRowId(db);
    if (!id)
        return id.error();
    auto added
        = runQuery(db, QStringLiteral("INSERT INTO room_member(id, workstation, name, joined_at) VALUES (?, ?, ?, ?)"),
            { *id, number, name, nowMs });
    if (!added)
        return added.error();
    return LocalConfig::setValue(db, ownRowKey, QString::number(*id));
}

qint64 ownRowId(const QSqlDatabase &db)
{
    return LocalConfig::value(db, ownRowKey).toLongLong();
}

Status renumberSelf(const QSqlDatabase &db, int oldNumber, int newNumber, const QString &name, qint64 nowMs,
    const QString &operatorName)
{
    if (!inRoom(db))
        return {};
    if (oldNumber != newNumber && oldNumber > 0) {
        // The files of the old number are this database's exports so far.
        auto last = queryValue(db,
            QStringLiteral("SELECT coalesce(max(last_seq), 0) FROM sync_export WHERE database_id = "
                           "(SELECT value FROM local_config WHERE key = 'sync_database_id')"));
        if (!last)
            return last.error();
        auto closed = runQuery(db,
            QStringLiteral("UPDATE room_member SET removed_at = ?, removed_after_seq = ?, removed_by = ? "
                           "WHERE id = ? AND workstation = ? AND removed_at IS NULL"),
            { nowMs, last->toLongLong(), operatorName, ownRowId(db), oldNumber });
        if (!closed)
            return closed.error();
    }
    return registerSelf(db, newNumber, name, nowMs);
}

Result<bool> numberTaken(const QSqlDatabase &db, int number)
{
    auto n = queryValue(db, QStringLiteral("SELECT count(*) FROM room_member WHERE workstation = ?"), { number });
    if (!n)
        return n.error();
    return n->toLongLong() > 0;
}

} // namespace core::RoomMemberRows

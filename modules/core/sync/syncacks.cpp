#include "core/sync/syncacks.h"

#include "core/db/sql.h"

namespace core::sync {

Result<QList<SyncAck>> currentAcks(const QSqlDatabase &db)
{
    auto q = runQuery(
        db, QStringLiteral("SELECT database_id, workstation, applied_seq FROM sync_source ORDER BY database_id"));
    if (!q)
        return q.error();
    QList<SyncAck> acks;
    while (q->next())
        acks.append({ q->value(0).toString(), q->value(1).toInt(), q->value(2).toLongLong() });
    return acks;
}

Status recordAcks(
    const QSqlDatabase &db, int member, const QString &memberDatabaseId, const QList<SyncAck> &acks, qint64 now)
{
    for (const SyncAck &a : acks) {
        if (a.workstation == member)
            continue; // a workstation does not acknowledge itself
        auto q = runQuery(db,
            QStringLiteral("INSERT INTO sync_ack(member, producer_id, producer, seq, member_id, received_at) "
                           "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(member, producer_id) DO UPDATE SET "
                           "seq = excluded.seq, member_id = excluded.member_id, received_at = excluded.received_at "
                           "WHERE excluded.seq > sync_ack.seq"),
            { member, a.databaseId, a.workstation, a.seq, memberDatabaseId, now });
        if (!q)
            return q.error();
    }
    return {};
}

Result<AckBook> AckBook::read(const QSqlDatabase &db)
{
    auto q = runQuery(db, QStringLiteral("SELECT member, producer_id, producer, seq FROM sync_ack"));
    if (!q)
        return q.error();
    AckBook book;
    while (q->next()) {
        book.m_acks.insert({ q->value(0).toInt(), q->value(1).toString() }, q->value(3).toLongLong());
        book.m_producers.insert(q->value(1).toString(), q->value(2).toInt());
    }
    return book;
}

qint64 AckBook::acked(int member, const QString &producerId) const
{
    return m_acks.value({ member, producerId }, -1);
}

qint64 AckBook::highest(const QString &producerId) const
{
    qint64 best = -1;
    for (auto it = m_acks.constBegin(); it != m_acks.constEnd(); ++it)
        if (it.key().second == producerId)
            best = std::max(best, it.value());
    return best;
}

bool AckBook::acknowledgedByAll(
    const QList<RoomMember> &members, int self, const QString &producerId, int producer, qint64 lastSeq) const
{
    bool anyOther = false;
    for (const RoomMember &m : members) {
        if (m.removed || m.workstation == self)
            continue;
        anyOther = true;
        if (m.workstation == producer)
            continue;
        if (acked(m.workstation, producerId) < lastSeq)
            return false;
    }
    return anyOther;
}

} // namespace core::sync

#pragma once

#include "core/domain/result.h"
#include "core/sync/roommembers.h"
#include "core/sync/syncfile.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace core::sync {

// Acknowledgements: every file a workstation writes says how far it has
// applied each producer (SyncAck, in the header); the importers store what
// each member said (sync_ack). A producer removes its files once every
// member has acknowledged them (syncprune.h), and a file lost after another
// member applied it is known to be missing (findMissingFiles).

// What this database has applied of every other producer, to publish: the
// contiguous position of each source (an import stops at a gap).
Result<QList<SyncAck>> currentAcks(const QSqlDatabase &db);

// Stores what `member` (its database `memberDatabaseId`) acknowledged; an
// acknowledgement only moves forward (an older file read late changes
// nothing). In the caller's transaction.
Status recordAcks(
    const QSqlDatabase &db, int member, const QString &memberDatabaseId, const QList<SyncAck> &acks, qint64 now);

// The stored acknowledgements, read once for many questions.
class AckBook {
public:
    static Result<AckBook> read(const QSqlDatabase &db);

    // How far `member` acknowledged producer database `producerId` (-1: never).
    qint64 acked(int member, const QString &producerId) const;
    // The highest sequence of a producer any member acknowledged (-1: none).
    qint64 highest(const QString &producerId) const;
    // Whether every current member but `self` (removed members do not
    // count; the producer has its own files) acknowledged the producer's
    // changes up to `lastSeq`. False when there is no other member: a
    // workstation alone in what it knows of the room keeps everything.
    bool acknowledgedByAll(
        const QList<RoomMember> &members, int self, const QString &producerId, int producer, qint64 lastSeq) const;

    // Producer database id -> its workstation, as acknowledged.
    const QHash<QString, int> &producers() const { return m_producers; }

private:
    QHash<QPair<int, QString>, qint64> m_acks;
    QHash<QString, int> m_producers;
};

} // namespace core::sync

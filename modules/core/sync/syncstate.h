#pragma once

#include "core/domain/result.h"
#include "core/sync/statementcache.h"
#include "core/sync/syncfile.h"

#include <QSqlDatabase>
#include <QStringList>

namespace core::sync {

// Who this database is for the sync engine. The id is random and made the
// first time the database exports; a new one is started when the
// workstation number changes or the database is restored from a backup
// (a restored file replays sequence numbers its predecessor already used),
// and the old ids are remembered as "previous", so that the files the
// predecessor wrote are recognised and can be re-applied.
struct SyncIdentity {
    QString databaseId;
    QStringList previousIds;
    qint64 originSeq = 0; // the change_log sequence this identity's exports start after
    int workstation = 0;

    bool isValid() const { return !databaseId.isEmpty(); }
    bool isOwnOrPrevious(const QString &id) const { return id == databaseId || previousIds.contains(id); }
};

// What the local_config keys of the identity are called.
namespace IdentityKeys {
inline const QString databaseId = QStringLiteral("sync_database_id");
inline const QString previousIds = QStringLiteral("sync_previous_ids");
inline const QString originSeq = QStringLiteral("sync_origin_seq");
inline const QString workstation = QStringLiteral("sync_identity_workstation");
} // namespace IdentityKeys

// The identity as stored (invalid when the database never synchronised).
SyncIdentity readIdentity(const QSqlDatabase &db);
// The identity for this run: made when missing, renewed when this
// database's workstation number is no longer the identity's. In its own
// transaction (a savepoint inside the caller's).
Result<SyncIdentity> ensureIdentity(const QSqlDatabase &db);
// Starts a new identity (after a restore): the current one becomes
// previous, and exports continue from the current export position. Must
// run inside a Transaction.
Status startNewIdentity(const QSqlDatabase &db);

// The last change_log sequence written into a file of this identity.
Result<qint64> exportPosition(const QSqlDatabase &db, const SyncIdentity &identity);
Result<qint64> lastChangeSeq(const QSqlDatabase &db);

// The version a row has here now, as the sync engine orders versions: its
// latest local change (made newer than the version it replaced, so that
// a slow clock never makes an edit lose to the value it overwrote), or the
// version last recorded by an import or an export; null for rows nobody
// changed (reference data).
struct LocalRowVersion {
    RowVersion version;
    RowVersion recorded; // the version in sync_row_version (null when none)
    qint64 recordedLogSeq = -1;
    qint64 localSeq = 0; // latest local change_log seq of the row (0: none)
    bool localIsNewer = false;
    bool deleted = false; // the version is a deletion
    QString operatorName;
    FieldVersions recordedFields; // of `recorded`
    // The columns the local changes after `recorded` wrote (localIsNewer).
    ChangedColumns pending;
    // The version of a column here now: `version` for a column a local
    // change wrote since the record, else the recorded one.
    RowVersion fieldVersion(const QString &column) const
    {
        if (localIsNewer && (!hasRecord() || pending.contains(column)))
            return version;
        return recordedFields.of(column, recorded);
    }
    bool hasRecord() const { return recordedLogSeq >= 0; }
};
Result<LocalRowVersion> localRowVersion(StatementCache &statements, const QString &table, qint64 rowId);
Result<LocalRowVersion> localRowVersion(const QSqlDatabase &db, const QString &table, qint64 rowId);

// Records the version of a row (import, export), with the versions of its
// fields, unless a newer record exists (log_seq decides).
Status recordRowVersion(StatementCache &statements, const QString &table, qint64 rowId, const RowVersion &version,
    const QString &operatorName, qint64 logSeq, bool deleted, const FieldVersions &fields = {});

} // namespace core::sync

#include "core/sync/invitation.h"

#include "core/auth/access.h"
#include "core/auth/auditlog.h"
#include "core/auth/permissions.h"
#include "core/auth/session.h"
#include "core/db/backup.h"
#include "core/db/connectionstate.h"
#include "core/db/database.h"
#include "core/db/idallocator.h"
#include "core/db/localconfig.h"
#include "core/db/roommemberrows.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/diskflush.h"
#include "core/domain/wholefile.h"
#include "core/sync/invitationfile.h"
#include "core/sync/room.h"
#include "core/sync/roommembers.h"
#include "core/sync/syncfile.h"
#include "core/sync/syncstate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QUuid>

#include <sodium.h>

namespace core::sync {

// Named, not anonymous: the sync library is built as unity files.
namespace invitation_detail {

// The temporary files of a step, removed however it ends.
class Scratch {
public:
    explicit Scratch(QString path)
        : m_path(std::move(path))
    {
    }
    ~Scratch() { remove(); }
    const QString &path() const { return m_path; }
    void remove() const
    {
        for (const char *suffix : { "", "-wal", "-shm", "-journal", ".partial", ".partial-journal" })
            QFile::remove(m_path + QLatin1String(suffix));
        // The copy openDatabase() takes before migrating an older snapshot.
        const QFileInfo info(m_path);
        for (const QString &name :
            info.absoluteDir().entryList({ info.fileName() + QStringLiteral(".pre-v*") }, QDir::Files | QDir::Hidden))
            QFile::remove(info.absoluteDir().filePath(name));
    }

private:
    QString m_path;
};

QString randomSuffix()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(12);
}

// A snapshot of the open database, read through SQLite only (VACUUM INTO
// a temporary file, then its bytes): never a second handle on the live file.
Result<QByteArray> snapshot(const QSqlDatabase &db, const QString &nextTo)
{
    const Scratch scratch(nextTo + QStringLiteral(".snapshot-") + randomSuffix());
    if (auto s = backupDatabase(db, scratch.path()); !s)
        return s.error();
    QFile file(scratch.path());
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("file.cannot_read"), { scratch.path(), file.errorString() });
    return file.readAll();
}

// local_config keys that describe the inviter's machine, not the room:
// they are dropped from the new workstation's copy.
bool isInvitersOwn(const QString &key)
{
    static const QStringList own = { LocalConfig::workstationNumber, LocalConfig::workstationName,
        LocalConfig::createdAt, IdentityKeys::databaseId, IdentityKeys::previousIds, IdentityKeys::originSeq,
        IdentityKeys::workstation, Room::keyName, Room::nameName,
        // The inviter's own membership row: the new workstation registers
        // its own (JoinRoom), and must never rename or close the inviter's.
        RoomMemberRows::ownRowKey };
    // The document-number floors of a restore (numberfloor.cpp) are the
    // inviter's own series.
    return own.contains(key) || key.startsWith(QLatin1String("number_floor|"));
}

Status exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    auto q = runQuery(db, sql, values);
    return q ? Status() : Status(q.error());
}

// What the inviter applied stays applied; what it sent (its own files, with
// every identity it had) becomes "applied from the inviter": the snapshot
// holds it, and its next files continue after the snapshot's change log.
Status takeOverInvitersBookkeeping(const QSqlDatabase &db, const SyncIdentity &inviter, int inviterNumber,
    const QString &inviterName, qint64 snapshotSeq, qint64 nowMs)
{
    auto exports = runQuery(db,
        QStringLiteral("SELECT file_name, database_id, first_seq, last_seq, change_count, sha256 FROM sync_export "
                       "ORDER BY id"));
    if (!exports)
        return exports.error();
    struct Sent {
        QString file;
        QString databaseId;
        qint64 first = 0, last = 0;
        int changes = 0;
        QString sha256;
        int workstation = 0;
    };
    QList<Sent> sent;
    while (exports->next()) {
        Sent s { exports->value(0).toString(), exports->value(1).toString(), exports->value(2).toLongLong(),
            exports->value(3).toLongLong(), exports->value(4).toInt(), exports->value(5).toString(), 0 };
        const auto parsed = SyncFileName::parse(s.file);
        s.workstation = parsed ? parsed->workstation : inviterNumber;
        sent.append(s);
    }

    // One source per identity of the inviter: the current one up to the
    // snapshot, the previous ones up to the last file they wrote.
    struct Source {
        int workstation = 0;
        qint64 origin = 0;
        qint64 applied = 0;
    };
    QMap<QString, Source> sources;
    if (inviter.isValid())
        sources.insert(
            inviter.databaseId, { inviterNumber, inviter.originSeq, std::max(snapshotSeq, inviter.originSeq) });
    for (const Sent &s : std::as_const(sent)) {
        if (s.databaseId == inviter.databaseId)
            continue;
        auto it = sources.find(s.databaseId);
        if (it == sources.end())
            it = sources.insert(s.databaseId, { s.workstation, s.first - 1, s.last });
        it->origin = std::min(it->origin, s.first - 1);
        it->applied = std::max(it->applied, s.last);
    }
    for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
        const bool current = it.key() == inviter.databaseId;
        if (auto s = exec(db,
                QStringLiteral("INSERT INTO sync_source(database_id, workstation, workstation_name, previous_ids, "
                               "origin_seq, applied_seq, last_import_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                               "ON CONFLICT(database_id) DO NOTHING"),
                { it.key(), it->workstation, current ? inviterName : QString(),
                    current ? inviter.previousIds.join(QLatin1Char(',')) : QString(), it->origin, it->applied, nowMs });
            !s)
            return s;
    }
    for (const Sent &s : std::as_const(sent))
        if (auto st = exec(db,
                QStringLiteral("INSERT INTO sync_import(file_name, database_id, workstation, first_seq, last_seq, "
                               "sha256, change_count, applied_count, conflict_count, parked_count, imported_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?) ON CONFLICT(file_name) DO NOTHING"),
                { s.file, s.databaseId, s.workstation, s.first, s.last, s.sha256, s.changes, nowMs });
            !st)
            return st;
    return exec(db, QStringLiteral("DELETE FROM sync_export"));
}

// The new workstation's identity: a new sync id whose exports start after
// everything the snapshot holds (the inviter's changes never leave again).
Status installOwnIdentity(const QSqlDatabase &db, int workstation, qint64 snapshotSeq)
{
    const QList<QPair<QString, QString>> values = {
        { IdentityKeys::databaseId, QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { IdentityKeys::previousIds, QString() },
        { IdentityKeys::originSeq, QString::number(snapshotSeq) },
        { IdentityKeys::workstation, QString::number(workstation) },
    };
    for (const auto &v : values)
        if (auto s = LocalConfig::setValue(db, v.first, v.second); !s)
            return s;
    return {};
}

// Everything done to the copy, in one transaction.
Status makeOwn(const QSqlDatabase &db, const JoinRequest &request, const InvitationContent &content, const Clock &clock)
{
    const SyncIdentity inviter = readIdentity(db);
    auto snapshotSeq = lastChangeSeq(db);
    if (!snapshotSeq)
        return snapshotSeq.error();
    // The number must carry no row of the snapshot either (a member the
    // inviter knows only by its rows).
    if (request.workstation == sessionWorkstation(db))
        return Error(
            QStringLiteral("sync.join_number_in_use"), { QString::number(request.workstation), content.inviterName });
    if (auto s = LocalConfig::checkWorkstationNumber(db, request.workstation); !s)
        return s.error().code == QLatin1String("db.workstation_in_use")
            ? Error(QStringLiteral("sync.join_number_in_use"), { QString::number(request.workstation), QString() })
            : s.error();
    auto allocated = queryValue(
        db, QStringLiteral("SELECT count(*) FROM id_allocator WHERE workstation = ?"), { request.workstation });
    if (!allocated)
        return allocated.error();
    if (allocated->toLongLong() > 0)
        return Error(QStringLiteral("sync.join_number_in_use"), { QString::number(request.workstation), QString() });

    // From here on the connection writes as the new workstation.
    connectionState(db).workstation = request.workstation;
    setSessionOperator(db, request.operatorName);
    Transaction tx(db);
    if (!tx)
        return tx.error();
    auto keys = runQuery(db, QStringLiteral("SELECT key FROM local_config"));
    if (!keys)
        return keys.error();
    QStringList drop;
    while (keys->next())
        if (isInvitersOwn(keys->value(0).toString()))
            drop.append(keys->value(0).toString());
    for (const QString &key : std::as_const(drop))
        if (auto s = exec(db, QStringLiteral("DELETE FROM local_config WHERE key = ?"), { key }); !s)
            return s;
    const QList<QPair<QString, QString>> values = {
        { LocalConfig::workstationNumber, QString::number(request.workstation) },
        { LocalConfig::workstationName, request.name.trimmed() },
        { LocalConfig::createdAt, clock.now().toUTC().toString(Qt::ISODate) },
    };
    for (const auto &v : values)
        if (auto s = LocalConfig::setValue(db, v.first, v.second); !s)
            return s;
    if (auto s = installOwnIdentity(db, request.workstation, *snapshotSeq); !s)
        return s;
    if (auto s
        = takeOverInvitersBookkeeping(db, inviter, content.inviter, content.inviterName, *snapshotSeq, clock.nowMs());
        !s)
        return s;

    // The room, through the command that registers a member (its check and
    // apply; the permission is the passphrase: nobody is signed in here).
    JoinRoom join(content.roomName, content.roomKey);
    const CommandContext context { db, clock };
    if (auto s = join.check(context); !s)
        return s;
    if (auto s = join.apply(context); !s)
        return s;

    AuditLog::Entry entry;
    entry.kind = AuditKind::Command;
    entry.username = request.operatorName;
    entry.permission = Permission::SyncManage;
    entry.detail = join.code()
        + QStringLiteral(" by invitation of workstation %1 as workstation %2")
              .arg(content.inviter)
              .arg(request.workstation);
    entry.atMs = clock.nowMs();
    if (auto s = AuditLog::record(db, entry); !s)
        return s;
    return tx.commit();
}

// A file that is there and not empty holds data: never replaced.
bool holdsData(const QString &path)
{
    for (const QString &p : { path, path + QStringLiteral("-wal") }) {
        const QFileInfo info(p);
        if (info.exists() && (!info.isFile() || info.size() > 0))
            return true;
    }
    return false;
}

} // namespace invitation_detail

using namespace invitation_detail;

Result<InviteReport> writeInvitation(
    const QSqlDatabase &db, const QString &outPath, const QString &passphrase, const Clock &clock)
{
    const QString action = QStringLiteral("sync.room.invite");
    if (auto s = Access::require(db, Permission::SyncManage, clock, action); !s)
        return s.error();
    if (auto s = InvitationFile::checkPassphrase(passphrase); !s)
        return s.error();
    InvitationContent content;
    content.roomKey = Room::key(db);
    content.roomName = Room::name(db);
    if (content.roomKey.isEmpty())
        return Error(QStringLiteral("sync.no_room"));
    const QFileInfo out(outPath);
    if (out.exists())
        return Error(QStringLiteral("file.exists"), { outPath });
    // The identity the new workstation will know this one by (made now if
    // this database never exported).
    if (auto identity = ensureIdentity(db); !identity)
        return identity.error();
    auto members = roomMembers(db);
    if (!members)
        return members.error();
    content.members = *members;
    content.inviter = sessionWorkstation(db);
    content.inviterName = LocalConfig::value(db, LocalConfig::workstationName);
    content.createdAt = clock.nowMs();
    // The snapshot's plain copy goes next to the database (the disk that
    // already holds it in clear), not next to the output, which is often a
    // USB key where even a removed file can be read back.
    const QString databaseFile = db.databaseName();
    auto database = snapshot(db,
        databaseFile.isEmpty() || databaseFile == QLatin1String(":memory:")
            ? out.absoluteFilePath()
            : QFileInfo(databaseFile).absoluteFilePath());
    if (!database)
        return database.error();
    content.database = *database;
    auto data = InvitationFile::encode(content, passphrase);
    if (!data)
        return data.error();
    if (auto s = writeWholeFile(out.absoluteFilePath(), *data); !s)
        return s.error();

    const auto account = sessionAccount(db);
    AuditLog::Entry entry;
    entry.kind = AuditKind::Command;
    entry.username = account ? account->username : sessionOperator(db);
    entry.accountId = account ? account->id : 0;
    entry.permission = Permission::SyncManage;
    entry.detail = action + QStringLiteral(" invitation written (%1 members)").arg(content.members.size());
    entry.atMs = clock.nowMs();
    if (auto s = AuditLog::record(db, entry); !s) {
        QFile::remove(out.absoluteFilePath()); // an invitation nobody can account for is not left behind
        return s.error();
    }
    return InviteReport { out.absoluteFilePath(), int(content.members.size()), qint64(data->size()) };
}

Result<JoinReport> joinByInvitation(const JoinRequest &request, const Clock &clock)
{
    if (request.workstation < 1 || request.workstation > maxWorkstationNumber)
        return Error(QStringLiteral("db.bad_workstation"), { QString::number(request.workstation) });
    const QFileInfo target(request.target);
    if (request.target.trimmed().isEmpty())
        return Error(QStringLiteral("db.no_path"));
    if (holdsData(target.absoluteFilePath()))
        return Error(QStringLiteral("sync.join_target_exists"), { target.absoluteFilePath() });

    QFile file(request.invitation);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("file.cannot_read"), { request.invitation, file.errorString() });
    const QByteArray data = file.readAll();
    file.close();
    auto content = InvitationFile::decode(data, request.passphrase, request.invitation);
    if (!content)
        return content.error();
    for (const RoomMember &m : std::as_const(content->members))
        if (m.workstation == request.workstation)
            return Error(QStringLiteral("sync.join_number_in_use"), { QString::number(m.workstation), m.name });
    if (content->roomKey.size() != Room::keyBytes)
        return Error(QStringLiteral("sync.invite_damaged"), { request.invitation });

    const QDir folder = target.absoluteDir();
    if (!folder.exists() && !QDir().mkpath(folder.absolutePath()))
        return Error(QStringLiteral("file.cannot_create_dir"), { folder.absolutePath() });
    Scratch scratch(folder.filePath(QStringLiteral(".%1.joining-%2").arg(target.fileName(), randomSuffix())));
    if (auto s = writeWholeFile(scratch.path(), content->database); !s)
        return s.error();
    sodium_memzero(content->database.data(), size_t(content->database.size()));
    {
        OpenOptions options;
        options.create = false;
        auto connection = openDatabase(scratch.path(), options);
        if (!connection)
            return connection.error().code == QLatin1String("db.not_sqlite") || isDamage(connection.error())
                ? Error(QStringLiteral("sync.invite_damaged"), { request.invitation })
                : connection.error();
        if (isReadOnly(connection->db()))
            return Error(QStringLiteral("db.not_writable"), { target.absoluteFilePath() });
        if (auto s = makeOwn(connection->db(), request, *content, clock); !s)
            return s.error();
        // Everything into the main file before it takes its final name.
        if (auto q = runQuery(connection->db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !q)
            return q.error();
    }
    if (QFileInfo(scratch.path() + QStringLiteral("-wal")).size() > 0)
        return Error(QStringLiteral("file.cannot_write"), { target.absoluteFilePath(), QString(), QString() });
    if (!flushFileToDisk(scratch.path()))
        return Error(QStringLiteral("file.cannot_write"), { target.absoluteFilePath(), QString(), QString() });
    // Checked again: a file may have appeared while this ran.
    if (holdsData(target.absoluteFilePath()))
        return Error(QStringLiteral("sync.join_target_exists"), { target.absoluteFilePath() });
    QFile::remove(target.absoluteFilePath()); // an empty file
    for (const char *suffix : { "-wal", "-shm" })
        QFile::remove(target.absoluteFilePath() + QLatin1String(suffix));
    if (!QFile::rename(scratch.path(), target.absoluteFilePath()))
        return Error(QStringLiteral("file.cannot_write"), { target.absoluteFilePath(), QString(), QString() });
    // (The scratch's own -wal and -shm go with it when it is destroyed.)
    flushFolderToDisk(folder.absolutePath());

    JoinReport report;
    report.roomName = content->roomName;
    report.workstation = request.workstation;
    report.inviter = content->inviter;
    report.inviterName = content->inviterName;
    return report;
}

} // namespace core::sync

#pragma once

#include "core/commands/command.h"
#include "core/domain/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace core::sync {

// The room: the workstations that exchange sync files, and the symmetric
// key they share (a random 32-byte libsodium key). Every sync file carries
// an authenticator made with it (crypto_auth, HMAC-SHA-512-256), so that
// whoever can write to the folder without being a member cannot forge,
// alter or replay a file from another room (HACKING.md, "The room key").
// The key lives in local_config, which never travels in a sync file
// (TableRegistry::isBookkeeping); a new workstation receives it inside an
// invitation protected by a passphrase (invitation.h), and a member's
// database or backup carries it too (they are as sensitive as the key).
namespace Room {
inline const QString keyName = QStringLiteral("room_key"); // base64
inline const QString nameName = QStringLiteral("room_name");
constexpr int keyBytes = 32;

// The room's key, empty when this database belongs to no room yet.
QByteArray key(const QSqlDatabase &db);
QString name(const QSqlDatabase &db);

// Stores name and key (in a savepoint of the caller's transaction, if any),
// and adds this workstation to the room's membership list (roommembers.h; joined at
// joinedAtMs, now when 0). sync.room_bad_key unless the key is keyBytes long.
Status install(const QSqlDatabase &db, const QString &name, const QByteArray &key, qint64 joinedAtMs = 0);

// A new random key.
QByteArray newKey();

// The authenticator of a file (hex): over its name and every byte before
// the trailer (header, changes), so that a renamed file, a changed header
// (workstation, sequences) or a file of another room does not verify.
QByteArray authenticator(const QByteArray &key, const QString &fileName, const QByteArray &body);
bool verify(const QByteArray &key, const QString &fileName, const QByteArray &body, const QByteArray &hexTag);
} // namespace Room

// `room create --name NAME`: makes this database the first member of a
// new room (Permission::SyncManage). Refused when it already has a room
// (sync.room_exists) or without a name (sync.room_name).
class CreateRoom : public Command {
public:
    explicit CreateRoom(QString name);

    QString code() const override;
    QString permission() const override;
    Status check(const CommandContext &context) const override;
    Status apply(const CommandContext &context) override;
    QString auditDetail() const override;

private:
    QString m_name;
};

// `room join --from MEMBER.sqlite`: takes the room of a member's database
// (its name and key, read by the caller from that file; nothing else of it
// is used), for workstations that already hold their own data, e.g. those
// in service before rooms existed. Permission::SyncManage. Refused when
// this database already has another room (sync.room_exists), or the key is
// not a room key (sync.room_bad_key). Joining the same room again only lists
// this workstation in the membership list if it was not yet.
class JoinRoom : public Command {
public:
    JoinRoom(QString name, QByteArray key);

    QString code() const override;
    QString permission() const override;
    Status check(const CommandContext &context) const override;
    Status apply(const CommandContext &context) override;
    QString auditDetail() const override;

private:
    QString m_name;
    QByteArray m_key;
};

} // namespace core::sync

#include "core/sync/room.h"

#include "core/sync/benchmarkonly.h"

#include <atomic>

#include "core/auth/permissions.h"
#include "core/db/connectionstate.h"
#include "core/db/localconfig.h"
#include "core/db/roommemberrows.h"
#include "core/db/transaction.h"
#include "core/domain/clock.h"

#include <sodium.h>

namespace core::sync {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QByteArray mac(const QByteArray &key, const QString &fileName, const QByteArray &body)
{
    // The name first, then a separator no name contains, then the body.
    crypto_auth_hmacsha512256_state state;
    QByteArray tag(crypto_auth_BYTES, '\0');
    const QByteArray name = fileName.toUtf8() + '\n';
    crypto_auth_hmacsha512256_init(
        &state, reinterpret_cast<const unsigned char *>(key.constData()), size_t(key.size()));
    crypto_auth_hmacsha512256_update(
        &state, reinterpret_cast<const unsigned char *>(name.constData()), size_t(name.size()));
    crypto_auth_hmacsha512256_update(
        &state, reinterpret_cast<const unsigned char *>(body.constData()), size_t(body.size()));
    crypto_auth_hmacsha512256_final(&state, reinterpret_cast<unsigned char *>(tag.data()));
    return tag;
}

// This workstation in the room's membership list (its row travels in the
// next sync file: how the others learn of it).
Status registerHere(const CommandContext &context)
{
    return RoomMemberRows::registerSelf(context.db, sessionWorkstation(context.db),
        LocalConfig::value(context.db, LocalConfig::workstationName), context.clock.nowMs());
}

} // namespace

namespace {
// benchmarkonly.h: the sync benchmark's measure without authentication.
std::atomic<bool> authenticationSkipped { false };
} // namespace

namespace benchmarkOnly {
void setAuthenticationSkipped(bool skipped)
{
    authenticationSkipped = skipped;
}
} // namespace benchmarkOnly

namespace Room {

QByteArray key(const QSqlDatabase &db)
{
    const QByteArray k = QByteArray::fromBase64(LocalConfig::value(db, keyName).toLatin1());
    return k.size() == keyBytes ? k : QByteArray();
}

QString name(const QSqlDatabase &db)
{
    return LocalConfig::value(db, nameName);
}

Status install(const QSqlDatabase &db, const QString &roomName, const QByteArray &roomKey, qint64 joinedAtMs)
{
    if (roomKey.size() != keyBytes)
        return Error(QStringLiteral("sync.room_bad_key"));
    Transaction tx(db); // a savepoint inside the caller's
    if (!tx)
        return tx.error();
    if (auto s = LocalConfig::setValue(db, nameName, roomName.trimmed()); !s)
        return s;
    if (auto s = LocalConfig::setValue(db, keyName, QString::fromLatin1(roomKey.toBase64())); !s)
        return s;
    // Its row travels in the next sync file: how the others learn of it.
    if (auto s = RoomMemberRows::registerSelf(db, sessionWorkstation(db),
            LocalConfig::value(db, LocalConfig::workstationName),
            joinedAtMs > 0 ? joinedAtMs : SystemClock::instance().nowMs());
        !s)
        return s;
    return tx.commit();
}

QByteArray newKey()
{
    static_assert(crypto_auth_KEYBYTES == keyBytes);
    QByteArray k(keyBytes, '\0');
    if (sodiumReady())
        crypto_auth_keygen(reinterpret_cast<unsigned char *>(k.data()));
    else
        k.clear();
    return k;
}

QByteArray authenticator(const QByteArray &roomKey, const QString &fileName, const QByteArray &body)
{
    if (authenticationSkipped)
        return {};
    if (roomKey.size() != keyBytes || !sodiumReady())
        return {};
    return mac(roomKey, fileName, body).toHex();
}

bool verify(const QByteArray &roomKey, const QString &fileName, const QByteArray &body, const QByteArray &hexTag)
{
    if (authenticationSkipped)
        return true;
    if (roomKey.size() != keyBytes || !sodiumReady())
        return false;
    const QByteArray given = QByteArray::fromHex(hexTag);
    if (given.size() != crypto_auth_BYTES || given.toHex() != hexTag.toLower())
        return false;
    const QByteArray expected = mac(roomKey, fileName, body);
    return sodium_memcmp(expected.constData(), given.constData(), crypto_auth_BYTES) == 0;
}

} // namespace Room

CreateRoom::CreateRoom(QString name)
    : m_name(std::move(name).trimmed())
{
}

QString CreateRoom::code() const
{
    return QStringLiteral("sync.room.create");
}

QString CreateRoom::permission() const
{
    return Permission::SyncManage;
}

Status CreateRoom::check(const CommandContext &context) const
{
    if (m_name.isEmpty() || m_name.size() > 80)
        return Error(QStringLiteral("sync.room_name"));
    if (!Room::key(context.db).isEmpty())
        return Error(QStringLiteral("sync.room_exists"), { Room::name(context.db) });
    return {};
}

Status CreateRoom::apply(const CommandContext &context)
{
    const QByteArray k = Room::newKey();
    if (k.isEmpty())
        return Error(QStringLiteral("sync.room_bad_key"));
    return Room::install(context.db, m_name, k, context.clock.nowMs());
}

QString CreateRoom::auditDetail() const
{
    return QStringLiteral("room created");
}

JoinRoom::JoinRoom(QString name, QByteArray key) : m_name(std::move(name)), m_key(std::move(key)) { }

QString JoinRoom::code() const
{
    return QStringLiteral("sync.room.join");
}

QString JoinRoom::permission() const
{
    return Permission::SyncManage;
}

Status JoinRoom::check(const CommandContext &context) const
{
    if (m_key.size() != Room::keyBytes)
        return Error(QStringLiteral("sync.room_bad_key"));
    const QByteArray mine = Room::key(context.db);
    if (!mine.isEmpty() && mine != m_key)
        return Error(QStringLiteral("sync.room_exists"), { Room::name(context.db) });
    return {};
}

Status JoinRoom::apply(const CommandContext &context)
{
    if (Room::key(context.db) != m_key)
        return Room::install(context.db, m_name, m_key, context.clock.nowMs());
    return registerHere(context); // already in the room: listed if it was not yet
}

QString JoinRoom::auditDetail() const
{
    return QStringLiteral("room joined");
}

} // namespace core::sync

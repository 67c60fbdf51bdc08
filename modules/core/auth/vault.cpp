#include "core/auth/vault.h"

#include "core/auth/access.h"
#include "core/auth/accountrepository.h"
#include "core/auth/keycrypto.h"
#include "core/auth/permissions.h"
#include "core/auth/session.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"

#include <QtEndian>

namespace core {

namespace {
constexpr char formatVersion = 0x01;
constexpr int headerBytes = 1 + 8;
constexpr char contextSeparator = 0x1f;

Result<QByteArray> vaultPublicKey(const QSqlDatabase &db, qint64 vaultId)
{
    auto v = queryValue(db, QStringLiteral("SELECT public_key FROM data_vault WHERE id = ?"), { vaultId });
    if (!v)
        return v.error();
    if (!v->isValid())
        return Error(QStringLiteral("vault.damaged"));
    return v->toByteArray();
}

// Entitled: active, and the role may read the vault's permission.
bool entitled(const Account &a, const QString &permission)
{
    return a.active && roleAllows(a.role, permission);
}
} // namespace

Result<qint64> Vault::vaultFor(const QSqlDatabase &db, const QString &permission)
{
    auto v = queryValue(db, QStringLiteral("SELECT min(id) FROM data_vault WHERE permission = ?"), { permission });
    if (!v)
        return v.error();
    return v->isNull() ? qint64(0) : v->toLongLong();
}

Result<qint64> Vault::requireVaultFor(const QSqlDatabase &db, const QString &permission)
{
    auto id = vaultFor(db, permission);
    if (id && *id == 0)
        return Error(QStringLiteral("vault.none"), { permission, Access::roleCodes(permission) });
    return id;
}

Result<QByteArray> Vault::seal(const QSqlDatabase &db, qint64 vaultId, const QString &context, const QString &plaintext)
{
    auto publicKey = vaultPublicKey(db, vaultId);
    if (!publicKey)
        return publicKey.error();
    QByteArray message = context.toUtf8();
    message.append(contextSeparator);
    message.append(plaintext.toUtf8());
    auto box = sealFor(*publicKey, message);
    if (!box)
        return box.error();
    QByteArray out(headerBytes, Qt::Uninitialized);
    out[0] = formatVersion;
    qToBigEndian<qint64>(vaultId, out.data() + 1);
    out.append(*box);
    return out;
}

qint64 Vault::vaultOf(const QByteArray &sealed)
{
    if (sealed.size() < headerBytes || sealed.at(0) != formatVersion)
        return 0;
    return qFromBigEndian<qint64>(sealed.constData() + 1);
}

Result<QString> Vault::open(const QSqlDatabase &db, const QByteArray &sealed, const QString &context)
{
    const qint64 vaultId = vaultOf(sealed);
    if (vaultId == 0)
        return Error(QStringLiteral("vault.damaged"));
    const auto key = sessionVaultKey(db, vaultId);
    if (!key)
        return Error(QStringLiteral("vault.locked"));
    auto publicKey = vaultPublicKey(db, vaultId);
    if (!publicKey)
        return publicKey.error();
    auto message = openSealed(sealed.mid(headerBytes), *publicKey, *key);
    if (!message)
        return message.error();
    const int split = message->indexOf(contextSeparator);
    if (split < 0 || QString::fromUtf8(message->left(split)) != context)
        return Error(QStringLiteral("vault.misplaced"), { context });
    return QString::fromUtf8(message->mid(split + 1));
}

bool Vault::canOpen(const QSqlDatabase &db, const QString &permission)
{
    if (!Access::allows(db, permission))
        return false;
    auto id = vaultFor(db, permission);
    return id && *id != 0 && sessionVaultKey(db, *id) != nullptr;
}

Result<qint64> Vault::create(
    const QSqlDatabase &db, const QString &permission, const Account &firstHolder, const QString &byUser, qint64 atMs)
{
    auto pair = generateKeyPair();
    if (!pair)
        return pair.error();
    auto vaultId = allocateRowId(db);
    if (!vaultId)
        return vaultId.error();
    auto insert = runQuery(db,
        QStringLiteral(
            "INSERT INTO data_vault(id, permission, public_key, created_at, created_by) VALUES (?, ?, ?, ?, ?)"),
        { *vaultId, permission, pair->publicKey, atMs, byUser });
    if (!insert)
        return insert.error();
    auto sealedKey = sealSecretFor(firstHolder.publicKey, pair->secretKey);
    if (!sealedKey)
        return sealedKey.error();
    auto grantId = allocateRowId(db);
    if (!grantId)
        return grantId.error();
    auto grant = runQuery(db,
        QStringLiteral(
            "INSERT INTO key_grant(id, vault_id, account_id, account_public_key, sealed_key, granted_at, granted_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { *grantId, *vaultId, firstHolder.id, firstHolder.publicKey, *sealedKey, atMs, byUser });
    if (!grant)
        return grant.error();
    return *vaultId; // the secret key is wiped here: only the grant can open the vault
}

Result<QHash<qint64, std::shared_ptr<const SecretBytes>>> Vault::unlock(
    const QSqlDatabase &db, const Account &account, const SecretBytes &accountSecretKey)
{
    auto q = runQuery(db,
        QStringLiteral("SELECT g.vault_id, g.sealed_key, v.public_key, v.permission FROM key_grant g "
                       "JOIN data_vault v ON v.id = g.vault_id WHERE g.account_id = ? AND g.account_public_key = ?"),
        { account.id, account.publicKey });
    if (!q)
        return q.error();
    QHash<qint64, std::shared_ptr<const SecretBytes>> keys;
    while (q->next()) {
        if (!entitled(account, q->value(3).toString()))
            continue; // a grant left over from a former role is never used
        auto key = openSealedSecret(q->value(1).toByteArray(), account.publicKey, accountSecretKey);
        if (!key)
            continue;
        if (publicKeyOf(*key) != q->value(2).toByteArray())
            continue; // not this vault's key: ignore a tampered grant
        keys.insert(q->value(0).toLongLong(), std::make_shared<const SecretBytes>(std::move(*key)));
    }
    return keys;
}

Result<bool> Vault::createdHere(const QSqlDatabase &db, qint64 accountId)
{
    // Rows received by a sync are written with logging off: only a creation
    // made on this database (or on the member it was copied from) is here.
    auto n = queryValue(db,
        QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'operator_account' AND row_id = ? "
                       "AND operation = 'I'"),
        { accountId });
    if (!n)
        return n.error();
    return n->toLongLong() > 0;
}

Result<bool> Vault::grantTo(const QSqlDatabase &db, qint64 vaultId, const SecretBytes &vaultKey, const Account &a,
    const QString &byUser, qint64 atMs)
{
    auto permission = queryValue(db, QStringLiteral("SELECT permission FROM data_vault WHERE id = ?"), { vaultId });
    if (!permission)
        return permission.error();
    if (!entitled(a, permission->toString()))
        return Error(QStringLiteral("vault.not_entitled"), { a.username });
    auto current = queryValue(db,
        QStringLiteral(
            "SELECT count(*) FROM key_grant WHERE vault_id = ? AND account_id = ? AND account_public_key = ?"),
        { vaultId, a.id, a.publicKey });
    if (!current)
        return current.error();
    if (current->toInt() > 0)
        return false;
    auto sealedKey = sealSecretFor(a.publicKey, vaultKey);
    if (!sealedKey)
        return sealedKey.error();
    auto stale = runQuery(
        db, QStringLiteral("DELETE FROM key_grant WHERE vault_id = ? AND account_id = ?"), { vaultId, a.id });
    if (!stale)
        return stale.error();
    auto id = allocateRowId(db);
    if (!id)
        return id.error();
    auto insert = runQuery(db,
        QStringLiteral("INSERT INTO key_grant(id, vault_id, account_id, account_public_key, sealed_key, "
                       "granted_at, granted_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { *id, vaultId, a.id, a.publicKey, *sealedKey, atMs, byUser });
    if (!insert)
        return insert.error();
    return true;
}

Result<QStringList> Vault::grantPending(
    const QSqlDatabase &db, qint64 vaultId, const SecretBytes &vaultKey, const QString &byUser, qint64 atMs)
{
    auto permission = queryValue(db, QStringLiteral("SELECT permission FROM data_vault WHERE id = ?"), { vaultId });
    if (!permission)
        return permission.error();
    auto accounts = AccountRepository(db).all();
    if (!accounts)
        return accounts.error();
    QStringList granted;
    for (const Account &a : *accounts) {
        if (!entitled(a, permission->toString()))
            continue;
        auto here = createdHere(db, a.id);
        if (!here)
            return here.error();
        if (!*here)
            continue; // arrived by sync: given on purpose (grantTo)
        auto given = grantTo(db, vaultId, vaultKey, a, byUser, atMs);
        if (!given)
            return given.error();
        if (*given)
            granted.append(a.username);
    }
    return granted;
}

Result<QStringList> Vault::revokeUnentitled(const QSqlDatabase &db)
{
    auto q = runQuery(db,
        QStringLiteral(
            "SELECT g.id, a.username, a.role, a.active, v.permission, g.account_public_key = a.public_key "
            "FROM key_grant g JOIN operator_account a ON a.id = g.account_id JOIN data_vault v ON v.id = g.vault_id"));
    if (!q)
        return q.error();
    QList<qint64> drop;
    QStringList revoked;
    while (q->next()) {
        const auto role = roleFromCode(q->value(2).toString());
        const bool keep
            = q->value(3).toInt() != 0 && role && roleAllows(*role, q->value(4).toString()) && q->value(5).toInt() != 0;
        if (!keep) {
            drop.append(q->value(0).toLongLong());
            revoked.append(q->value(1).toString());
        }
    }
    for (qint64 id : drop)
        if (auto d = runQuery(db, QStringLiteral("DELETE FROM key_grant WHERE id = ?"), { id }); !d)
            return d.error();
    revoked.removeDuplicates();
    return revoked;
}

Result<Vault::Holders> Vault::holders(const QSqlDatabase &db, const QString &permission)
{
    auto vaultId = vaultFor(db, permission);
    if (!vaultId)
        return vaultId.error();
    auto accounts = AccountRepository(db).all();
    if (!accounts)
        return accounts.error();
    Holders h;
    for (const Account &a : *accounts) {
        if (!entitled(a, permission))
            continue;
        auto current = queryValue(db,
            QStringLiteral(
                "SELECT count(*) FROM key_grant WHERE vault_id = ? AND account_id = ? AND account_public_key = ?"),
            { *vaultId, a.id, a.publicKey });
        if (!current)
            return current.error();
        (current->toInt() > 0 ? h.holding : h.waiting).append(a.username);
    }
    return h;
}

} // namespace core

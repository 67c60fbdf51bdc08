#include "core/auth/authservice.h"

#include "core/auth/access.h"
#include "core/auth/keycrypto.h"
#include "core/auth/lockoutpolicy.h"
#include "core/auth/permissions.h"
#include "core/auth/session.h"
#include "core/auth/vault.h"
#include "core/db/connectionstate.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/logcategories.h"

#include <optional>

namespace core {

namespace {
// Verified against when the user name does not exist, so that an unknown
// name takes as long as a wrong password (no guessing which names exist).
const QString decoyHash = QStringLiteral(
    "$argon2id$v=19$m=65536,t=2,p=1$huOZotpEWnxSxR9wzVXiQA$Txf5m7k6NZ5ZYRVtmFdpJaje4RaEuj4OJT2+vdNaRmQ");

bool entitledToData(Role role)
{
    for (const QString &p : dataPermissions())
        if (roleAllows(role, p))
            return true;
    return false;
}
} // namespace

AuthService::AuthService(QSqlDatabase db, const Clock &clock, KdfCost cost)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_cost(cost)
{
}

void AuthService::audit(AuditKind kind, const QString &username, qint64 accountId, const QString &detail) const
{
    AuditLog::Entry e;
    e.kind = kind;
    e.username = username;
    e.accountId = accountId;
    e.detail = detail;
    e.atMs = m_clock.nowMs();
    (void)AuditLog::record(m_db, e);
}

Result<bool> AuthService::needsFirstAdministrator() const
{
    auto n = AccountRepository(m_db).count();
    if (!n)
        return n.error();
    return *n == 0;
}

Status AuthService::validateProfile(const QString &displayName) const
{
    if (displayName.simplified().size() < 2 || displayName.size() > 80)
        return Error(QStringLiteral("auth.bad_display_name"));
    return {};
}

Result<AccountSecrets> AuthService::makeSecrets(const QString &password, const SecretBytes &secretKey) const
{
    AccountSecrets s;
    auto hash = hashPassword(password, m_cost);
    if (!hash)
        return hash.error();
    s.passwordHash = *hash;
    s.kdfSalt = randomBytes(kdfSaltBytes);
    s.kdfOps = m_cost.ops;
    s.kdfMemory = qint64(m_cost.memory);
    auto kek = deriveKeyFromPassword(password, s.kdfSalt, m_cost);
    if (!kek)
        return kek.error();
    auto encrypted = encryptSecretKey(secretKey, *kek);
    if (!encrypted)
        return encrypted.error();
    s.encryptedSecretKey = *encrypted;
    return s;
}

Result<Account> AuthService::createFirstAdministrator(
    const QString &typedUsername, const QString &displayName, const QString &password)
{
    auto needed = needsFirstAdministrator();
    if (!needed)
        return needed.error();
    if (!*needed)
        return Error(QStringLiteral("auth.already_set_up"));
    const QString username = AccountRepository::normalizeUsername(typedUsername);
    if (username.isEmpty())
        return Error(QStringLiteral("auth.bad_username"), { typedUsername });
    if (auto s = validateProfile(displayName); !s)
        return s.error();
    if (auto s = checkPasswordPolicy(password, username); !s)
        return s.error();
    auto pair = generateKeyPair();
    if (!pair)
        return pair.error();
    auto secrets = makeSecrets(password, pair->secretKey);
    if (!secrets)
        return secrets.error();

    Account account;
    account.username = username;
    account.displayName = displayName.simplified();
    account.role = Role::Administrator;
    account.publicKey = pair->publicKey;
    account.createdAt = account.updatedAt = m_clock.nowMs();
    setSessionOperator(m_db, username);
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto id = allocateRowId(m_db);
    if (!id)
        return id.error();
    account.id = *id;
    if (auto s = AccountRepository(m_db).insert(account, *secrets); !s)
        return s.error();
    audit(AuditKind::AccountCreated, username, account.id, QStringLiteral("first administrator"));
    audit(AuditKind::SignIn, username, account.id);
    if (auto s = tx.commit(); !s)
        return s.error();
    Session session;
    session.account = { account.id, account.username, account.displayName, account.role };
    session.signedInAtMs = m_clock.nowMs();
    beginSession(m_db, std::move(session));
    return account;
}

Result<qint64> AuthService::waitSeconds(const QString &typedUsername) const
{
    const QString username = typedUsername.trimmed().toLower();
    auto failures = AuditLog::consecutiveFailures(m_db, username);
    if (!failures)
        return failures.error();
    return LockoutPolicy::remainingSecs(failures->count, failures->lastAtMs, m_clock.nowMs());
}

Result<Account> AuthService::signIn(const QString &typedUsername, const QString &password, SuccessRecord record)
{
    const QString username = typedUsername.trimmed().toLower().left(80);
    // One write transaction from reading the failures to logging this try:
    // attempts in parallel (other connections, other processes) wait their
    // turn, so each one sees the failures before it and is delayed by them.
    // A read-only connection can neither count nor log: no turn to take.
    std::optional<Transaction> tx;
    if (!m_db.connectOptions().contains(QLatin1String("QSQLITE_OPEN_READONLY"))) {
        tx.emplace(m_db);
        if (!*tx)
            return tx->error();
    }
    const auto endTurn = [&tx]() -> Status { return tx ? tx->commit() : Status(); };
    auto failures = AuditLog::consecutiveFailures(m_db, username);
    if (!failures)
        return failures.error();
    const qint64 wait = LockoutPolicy::remainingSecs(failures->count, failures->lastAtMs, m_clock.nowMs());
    if (wait > 0) {
        audit(AuditKind::SignInFailed, username, 0, QStringLiteral("throttled"));
        // Ids only: a name typed in the wrong field may be a password.
        qCWarning(logcat::auth) << "sign-in refused: throttled after" << failures->count << "failures, wait" << wait << "s";
        if (auto s = endTurn(); !s)
            return s.error();
        return Error(QStringLiteral("auth.wait"), { QString::number(wait) });
    }

    AccountRepository accounts(m_db);
    auto account = AccountRepository::normalizeUsername(username).isEmpty() ? Result<Account>(Account())
                                                                            : accounts.byUsername(username);
    if (!account)
        return account.error();
    QString hash = decoyHash;
    AccountSecrets secrets;
    if (account->id) {
        auto s = accounts.secrets(account->id);
        if (!s)
            return s.error();
        secrets = *s;
        hash = secrets.passwordHash;
    }
    const bool passwordOk = verifyPassword(hash, password) && account->id != 0;
    if (!passwordOk || !account->active) {
        audit(AuditKind::SignInFailed, username, account->id,
            !account->id      ? QStringLiteral("unknown user")
                : !passwordOk ? QStringLiteral("wrong password")
                              : QStringLiteral("inactive account"));
        qCWarning(logcat::auth).noquote() << "sign-in refused:"
                                          << (!account->id ? QStringLiteral("unknown user")
                                                     : !passwordOk ? QStringLiteral("wrong password for account %1").arg(account->id)
                                                                   : QStringLiteral("inactive account %1").arg(account->id));
        if (auto s = endTurn(); !s)
            return s.error();
        if (passwordOk)
            return Error(QStringLiteral("auth.inactive"), { username });
        return Error(
            QStringLiteral("auth.wrong_password"), { QString::number(LockoutPolicy::delayAfter(failures->count + 1)) });
    }

    // A success is logged after the session begins (under the user's name
    // in the change log); an attempt slipping in before sees the failures
    // still counted: delayed, never let through early. Unlogged, the turn
    // wrote nothing and is simply given back.
    if (record == SuccessRecord::WithTheCommand) {
        if (tx)
            tx->rollback();
    } else if (auto s = endTurn(); !s) {
        return s.error();
    }

    Session session;
    session.account = { account->id, account->username, account->displayName, account->role };
    session.signedInAtMs = m_clock.nowMs();
    if (entitledToData(account->role)) {
        // The password opens the account's secret key, which opens the
        // vault keys granted to it.
        const KdfCost cost { secrets.kdfOps, std::size_t(secrets.kdfMemory) };
        auto kek = deriveKeyFromPassword(password, secrets.kdfSalt, cost);
        if (kek) {
            auto secretKey = decryptSecretKey(secrets.encryptedSecretKey, *kek);
            if (secretKey)
                if (auto keys = Vault::unlock(m_db, *account, *secretKey))
                    session.vaultKeys = *keys;
        }
    }
    beginSession(m_db, std::move(session));
    if (record == SuccessRecord::WithTheCommand)
        return *account;
    audit(AuditKind::SignIn, username, account->id);
    (void)passKeysOn(); // a failure here must not keep the person out
    return *account;
}

Status AuthService::passKeysOn()
{
    const auto me = sessionAccount(m_db);
    if (!me)
        return {};
    const QList<qint64> vaults = sessionVaultIds(m_db);
    if (vaults.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto revoked = Vault::revokeUnentitled(m_db);
    if (!revoked)
        return revoked.error();
    for (const QString &user : *revoked)
        audit(AuditKind::KeyRevoked, user, 0, QStringLiteral("no longer entitled"));
    for (qint64 vaultId : vaults) {
        const auto key = sessionVaultKey(m_db, vaultId);
        auto granted = Vault::grantPending(m_db, vaultId, *key, me->username, m_clock.nowMs());
        if (!granted)
            return granted.error();
        for (const QString &user : *granted)
            audit(AuditKind::KeyGranted, user, 0, QStringLiteral("by %1").arg(me->username));
    }
    return tx.commit();
}

void AuthService::signOut()
{
    if (const auto me = sessionAccount(m_db))
        audit(AuditKind::SignOut, me->username, me->id);
    endSession(m_db);
}

void AuthService::lock()
{
    if (const auto me = sessionAccount(m_db))
        audit(AuditKind::Lock, me->username, me->id);
    endSession(m_db);
}

Status AuthService::ensureVaultsAndGrants(const Account &account)
{
    auto revoked = Vault::revokeUnentitled(m_db);
    if (!revoked)
        return revoked.error();
    for (const QString &user : *revoked)
        audit(AuditKind::KeyRevoked, user, 0, QStringLiteral("no longer entitled"));
    const QString me = sessionAccount(m_db) ? sessionAccount(m_db)->username : QString();
    for (const QString &permission : dataPermissions()) {
        if (!account.active || !roleAllows(account.role, permission))
            continue;
        auto vaultId = Vault::vaultFor(m_db, permission);
        if (!vaultId)
            return vaultId.error();
        if (*vaultId == 0) {
            // The first entitled account: the vault is born with it as its
            // only key holder. Nobody else ever sees the secret key.
            auto created = Vault::create(m_db, permission, account, me, m_clock.nowMs());
            if (!created)
                return created.error();
            audit(AuditKind::VaultCreated, account.username, account.id, permission);
            audit(AuditKind::KeyGranted, account.username, account.id, QStringLiteral("new data key"));
        } else if (const auto key = sessionVaultKey(m_db, *vaultId)) {
            auto granted = Vault::grantPending(m_db, *vaultId, *key, me, m_clock.nowMs());
            if (!granted)
                return granted.error();
            for (const QString &user : *granted)
                audit(AuditKind::KeyGranted, user, 0, QStringLiteral("by %1").arg(me));
        }
    }
    return {};
}

Status AuthService::checkNewAccount(const NewAccount &n) const
{
    const QString username = AccountRepository::normalizeUsername(n.username);
    if (username.isEmpty())
        return Error(QStringLiteral("auth.bad_username"), { n.username });
    if (auto s = validateProfile(n.displayName); !s)
        return s;
    if (auto s = checkPasswordPolicy(n.password, username); !s)
        return s;
    auto existing = AccountRepository(m_db).byUsername(username);
    if (!existing)
        return existing.error();
    if (existing->id)
        return Error(QStringLiteral("auth.username_taken"), { username });
    return {};
}

Result<Account> AuthService::createAccount(const NewAccount &n)
{
    if (auto s = Access::require(m_db, Permission::AccountsManage, m_clock); !s)
        return s.error();
    if (auto s = checkNewAccount(n); !s)
        return s.error();
    const QString username = AccountRepository::normalizeUsername(n.username);
    AccountRepository accounts(m_db);
    auto pair = generateKeyPair();
    if (!pair)
        return pair.error();
    auto secrets = makeSecrets(n.password, pair->secretKey);
    if (!secrets)
        return secrets.error();

    Account account;
    account.username = username;
    account.displayName = n.displayName.simplified();
    account.role = n.role;
    account.mustChangePassword = n.mustChangePassword;
    account.publicKey = pair->publicKey;
    account.createdAt = account.updatedAt = m_clock.nowMs();
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto id = allocateRowId(m_db);
    if (!id)
        return id.error();
    account.id = *id;
    if (auto s = accounts.insert(account, *secrets); !s)
        return s.error();
    audit(AuditKind::AccountCreated, username, account.id, roleCode(account.role));
    if (auto s = ensureVaultsAndGrants(account); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return account;
}

Status AuthService::checkUpdate(qint64 id, const QString &displayName, Role role, bool active) const
{
    if (auto s = validateProfile(displayName); !s)
        return s;
    auto before = AccountRepository(m_db).byId(id);
    if (!before)
        return before.error();
    if (!before->id)
        return Error(QStringLiteral("auth.unknown_account"), { QString::number(id) });
    if (before->role == Role::Administrator && before->active && (role != Role::Administrator || !active)) {
        auto admins = queryValue(
            m_db, QStringLiteral("SELECT count(*) FROM operator_account WHERE role = 'administrator' AND active = 1"));
        if (!admins)
            return admins.error();
        if (admins->toInt() <= 1)
            return Error(QStringLiteral("auth.last_administrator"), { before->username });
    }
    return {};
}

Status AuthService::updateAccount(qint64 id, const QString &displayName, Role role, bool active)
{
    if (auto s = Access::require(m_db, Permission::AccountsManage, m_clock); !s)
        return s;
    if (auto s = checkUpdate(id, displayName, role, active); !s)
        return s;
    AccountRepository accounts(m_db);
    auto before = accounts.byId(id);
    if (!before)
        return before.error();
    Account after = *before;
    after.displayName = displayName.simplified();
    after.role = role;
    after.active = active;
    after.updatedAt = m_clock.nowMs();
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (auto s = accounts.updateProfile(after); !s)
        return s;
    QStringList changes;
    if (before->role != role)
        changes.append(QStringLiteral("role %1 -> %2").arg(roleCode(before->role), roleCode(role)));
    if (before->active != active)
        changes.append(active ? QStringLiteral("reactivated") : QStringLiteral("deactivated"));
    if (before->displayName != after.displayName)
        changes.append(QStringLiteral("name"));
    audit(AuditKind::AccountChanged, after.username, id, changes.join(QStringLiteral("; ")));
    if (auto s = ensureVaultsAndGrants(after); !s)
        return s;
    return tx.commit();
}

Status AuthService::checkReset(qint64 id, const QString &newPassword, bool acceptDataLoss) const
{
    auto account = AccountRepository(m_db).byId(id);
    if (!account)
        return account.error();
    if (!account->id)
        return Error(QStringLiteral("auth.unknown_account"), { QString::number(id) });
    if (auto s = checkPasswordPolicy(newPassword, account->username); !s)
        return s;
    if (!acceptDataLoss) {
        for (const QString &permission : dataPermissions()) {
            auto h = Vault::holders(m_db, permission);
            if (!h)
                return h.error();
            if (h->holding == QStringList { account->username })
                return Error(QStringLiteral("auth.last_key_holder"), { account->username });
        }
    }
    return {};
}

Status AuthService::resetPassword(qint64 id, const QString &newPassword, bool acceptDataLoss)
{
    if (auto s = Access::require(m_db, Permission::AccountsManage, m_clock); !s)
        return s;
    if (auto s = checkReset(id, newPassword, acceptDataLoss); !s)
        return s;
    AccountRepository accounts(m_db);
    auto account = accounts.byId(id);
    if (!account)
        return account.error();
    auto pair = generateKeyPair();
    if (!pair)
        return pair.error();
    auto secrets = makeSecrets(newPassword, pair->secretKey);
    if (!secrets)
        return secrets.error();
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (auto s = accounts.updateSecrets(id, pair->publicKey, *secrets, true, m_clock.nowMs()); !s)
        return s;
    audit(AuditKind::PasswordReset, account->username, id);
    account->publicKey = pair->publicKey;
    if (auto s = ensureVaultsAndGrants(*account); !s)
        return s;
    return tx.commit();
}

Status AuthService::changePassword(const QString &oldPassword, const QString &newPassword)
{
    const auto me = sessionAccount(m_db);
    if (!me)
        return Error(QStringLiteral("auth.not_signed_in"), { QString(), QString() });
    if (auto s = checkPasswordPolicy(newPassword, me->username); !s)
        return s;
    if (oldPassword == newPassword)
        return Error(QStringLiteral("auth.password_unchanged"));
    AccountRepository accounts(m_db);
    auto account = accounts.byId(me->id);
    if (!account)
        return account.error();
    auto old = accounts.secrets(me->id);
    if (!old)
        return old.error();
    if (!verifyPassword(old->passwordHash, oldPassword)) {
        audit(AuditKind::SignInFailed, me->username, me->id, QStringLiteral("wrong password (change password)"));
        return Error(QStringLiteral("auth.wrong_old_password"));
    }
    // Keep the key pair (so the grants stay valid): decrypt the secret key
    // with the old password, encrypt it with the new one.
    const KdfCost oldCost { old->kdfOps, std::size_t(old->kdfMemory) };
    auto oldKek = deriveKeyFromPassword(oldPassword, old->kdfSalt, oldCost);
    if (!oldKek)
        return oldKek.error();
    QByteArray publicKey = account->publicKey;
    SecretBytes secretKey;
    if (auto sk = decryptSecretKey(old->encryptedSecretKey, *oldKek)) {
        secretKey = std::move(*sk);
    } else {
        auto pair = generateKeyPair(); // a damaged key: start again, keys are given anew
        if (!pair)
            return pair.error();
        publicKey = pair->publicKey;
        secretKey = std::move(pair->secretKey);
    }
    auto secrets = makeSecrets(newPassword, secretKey);
    if (!secrets)
        return secrets.error();
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (auto s = accounts.updateSecrets(me->id, publicKey, *secrets, false, m_clock.nowMs()); !s)
        return s;
    audit(AuditKind::PasswordChanged, me->username, me->id);
    return tx.commit();
}

Status AuthService::clearLockout(const QString &username)
{
    if (auto s = Access::require(m_db, Permission::AccountsManage, m_clock); !s)
        return s;
    const auto me = sessionAccount(m_db);
    audit(AuditKind::LockoutCleared, username.trimmed().toLower(), 0,
        QStringLiteral("by %1").arg(me ? me->username : QString()));
    return {};
}

} // namespace core

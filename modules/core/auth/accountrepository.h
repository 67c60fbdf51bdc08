#pragma once

#include "core/auth/roles.h"
#include "core/domain/result.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>

namespace core {

// An operator account (operator_account). The password is never stored:
// only its Argon2id hash, and the account's X25519 secret key encrypted
// under a key derived from it (see keycrypto.h).
struct Account {
    qint64 id = 0;
    QString username; // lower case: a-z 0-9 . _ -
    QString displayName;
    Role role = Role::Operator;
    bool active = true;
    bool mustChangePassword = false;
    QByteArray publicKey;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

struct AccountSecrets {
    QString passwordHash;
    QByteArray kdfSalt;
    quint64 kdfOps = 0;
    qint64 kdfMemory = 0;
    QByteArray encryptedSecretKey;
};

// Reads and writes operator_account rows. No rules here (AuthService has
// them); writes run inside the caller's transaction.
class AccountRepository {
public:
    // The audit log's names of accounts, keys and comuni ("Carla Rossi
    // (crossi)"): registered with core::AuditText at start.
    static void declareAuditNames();

    explicit AccountRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    Result<int> count() const;
    Result<QList<Account>> all() const;
    // Invalid (id 0) when there is no such account.
    Result<Account> byUsername(const QString &username) const;
    Result<Account> byId(qint64 id) const;
    Result<AccountSecrets> secrets(qint64 id) const;

    Status insert(const Account &account, const AccountSecrets &secrets);
    Status updateProfile(const Account &account);
    Status updateSecrets(
        qint64 id, const QByteArray &publicKey, const AccountSecrets &secrets, bool mustChange, qint64 atMs);

    // "Mario.Rossi " -> "mario.rossi"; empty when it has other characters.
    static QString normalizeUsername(const QString &typed);

private:
    QSqlDatabase m_db;
};

} // namespace core

#pragma once

#include "core/auth/secretbytes.h"
#include "core/domain/result.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace core {

struct Account;

// Personal data encrypted at rest (callers' names, phones, notes...).
//
// A data vault is an X25519 key pair (data_vault) for one data permission
// (permissions.h, guardsData). Fields are sealed for its public key, which
// anyone may use, so an operator records a request he cannot read back.
// Its secret key exists on disk only sealed for the public key of each
// entitled account (key_grant), whose own secret key is encrypted under a
// key derived from that account's password. A signed-in session of an
// entitled account therefore holds the vault key in memory; nothing else
// can open the data: not the database file, not a sync file, not a backup.
//
// A sealed field is: 0x01 | vault id (8 bytes, big-endian) | sealed box of
// (context 0x1F text). The context ("listening_request.caller_name:<id>")
// ties the ciphertext to its row and column, so that ciphertexts cannot be
// swapped between rows unnoticed.
class Vault {
public:
    // The vault that guards `permission` (the oldest if a sync brought two),
    // or 0 when none exists yet (no entitled account was ever created).
    static Result<qint64> vaultFor(const QSqlDatabase &db, const QString &permission);
    // Codes: vault.none {permission}.
    static Result<qint64> requireVaultFor(const QSqlDatabase &db, const QString &permission);

    static Result<QByteArray> seal(
        const QSqlDatabase &db, qint64 vaultId, const QString &context, const QString &plaintext);
    // With the session's key. Codes: vault.locked (this session holds no
    // key for it), vault.damaged, vault.misplaced (context mismatch).
    static Result<QString> open(const QSqlDatabase &db, const QByteArray &sealed, const QString &context);
    static qint64 vaultOf(const QByteArray &sealed);
    static bool canOpen(const QSqlDatabase &db, const QString &permission);

    // Key management, inside the caller's transaction (AuthService uses these).
    // A new vault for `permission`, whose key is given to `firstHolder` only.
    static Result<qint64> create(const QSqlDatabase &db, const QString &permission, const Account &firstHolder,
        const QString &byUser, qint64 atMs);
    // The vault keys granted to an account, opened with its secret key.
    static Result<QHash<qint64, std::shared_ptr<const SecretBytes>>> unlock(
        const QSqlDatabase &db, const Account &account, const SecretBytes &accountSecretKey);
    // Gives the vault key to every active account whose role is entitled,
    // that lacks a valid grant (new account, reset password) and that was
    // created on this database. An account that arrived by sync is never
    // given a key automatically (a forged file must not earn one): a holder
    // gives it on purpose with grantTo. Returns the user names.
    static Result<QStringList> grantPending(
        const QSqlDatabase &db, qint64 vaultId, const SecretBytes &vaultKey, const QString &byUser, qint64 atMs);
    // Gives the vault key to one entitled active account, on purpose (an
    // account that arrived by sync). false: it already had a valid grant.
    // vault.not_entitled when its role may not read the vault's data.
    static Result<bool> grantTo(const QSqlDatabase &db, qint64 vaultId, const SecretBytes &vaultKey,
        const Account &account, const QString &byUser, qint64 atMs);
    // Whether the account was created on this database (its creation is in
    // this database's change log), not received through a sync.
    static Result<bool> createdHere(const QSqlDatabase &db, qint64 accountId);
    // Withdraws grants from accounts no longer entitled (role changed,
    // deactivated) and stale ones (the account got a new key pair). Returns
    // the user names that lost a key.
    static Result<QStringList> revokeUnentitled(const QSqlDatabase &db);
    // Active entitled accounts holding a valid key for `permission`'s vault,
    // and those waiting for one.
    struct Holders {
        QStringList holding;
        QStringList waiting;
    };
    static Result<Holders> holders(const QSqlDatabase &db, const QString &permission);
};

} // namespace core

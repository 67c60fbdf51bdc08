#pragma once

#include "core/auth/accountrepository.h"
#include "core/auth/auditlog.h"
#include "core/auth/passwordhash.h"
#include "core/domain/clock.h"
#include "core/domain/result.h"

#include <QSqlDatabase>

namespace core {

struct NewAccount {
    QString username;
    QString displayName;
    Role role = Role::Operator;
    QString password; // initial password, told to the person
    bool mustChangePassword = true; // asked for a new one at the first sign-in
};

// Operator accounts and sign-in, with the rules:
// - passwords: Argon2id hashes (passwordhash.h), at least 8 characters;
// - a wrong password is counted (audit_event) and the next try for that user
//   name must wait (LockoutPolicy), across restarts and workstations;
// - sign-ins, refusals and every change to accounts and keys are written to
//   the audit log; changes to accounts need accounts.manage;
// - the first run creates an administrator (only when there is no account);
// - the last active administrator cannot be demoted or deactivated;
// - signing in an entitled account unlocks its data-vault keys and passes
//   them on to entitled colleagues still waiting for them (vault.h).
// Error codes: auth.* (see core/ui/errortext.cpp). GUI thread's connection,
// or the command line's.
class AuthService {
public:
    explicit AuthService(
        QSqlDatabase db, const Clock &clock = SystemClock::instance(), KdfCost cost = KdfCost::interactive());

    Result<bool> needsFirstAdministrator() const;
    // Creates the first account (administrator) and signs it in.
    Result<Account> createFirstAdministrator(
        const QString &username, const QString &displayName, const QString &password);

    // How a successful sign-in is recorded. The window logs it and passes
    // data keys on to colleagues waiting for them. The command line signs in
    // for one command and records the person with what the command does
    // (the command's own audit entry), so a cron job every few minutes
    // neither fills the room's audit log nor writes a sync file each run.
    // Failures are logged either way.
    enum class SuccessRecord { Logged, WithTheCommand };

    // Signs in on this connection (session.h). auth.wait {seconds} while a
    // delay runs; auth.wrong_password {next delay}; auth.inactive.
    Result<Account> signIn(
        const QString &username, const QString &password, SuccessRecord record = SuccessRecord::Logged);
    // Seconds before this user name may try again (0: now).
    Result<qint64> waitSeconds(const QString &username) const;
    void signOut();
    // Ends the session for an idle workstation (keys wiped); the operator
    // name stays on the connection until the next sign-in.
    void lock();

    // The rules of the account changes below, without writing (a
    // command's check()): user name free and well formed, name, password
    // policy; the account exists and is not the last active administrator;
    // the reset leaves the data keys with someone (auth.last_key_holder).
    Status checkNewAccount(const NewAccount &account) const;
    Status checkUpdate(qint64 id, const QString &displayName, Role role, bool active) const;
    Status checkReset(qint64 id, const QString &newPassword, bool acceptDataLoss) const;

    Result<Account> createAccount(const NewAccount &account);
    Status updateAccount(qint64 id, const QString &displayName, Role role, bool active);
    // A forgotten password: the account gets a new key pair (its old secret
    // key cannot be opened without the old password), so its data keys are
    // given again by the next entitled colleague who signs in. Refused with
    // auth.last_key_holder when nobody else holds them, unless acceptDataLoss.
    Status resetPassword(qint64 id, const QString &newPassword, bool acceptDataLoss = false);
    Status changePassword(const QString &oldPassword, const QString &newPassword);
    // Lets a user name try again at once after wrong passwords.
    Status clearLockout(const QString &username);

private:
    Status validateProfile(const QString &displayName) const;
    Result<AccountSecrets> makeSecrets(const QString &password, const SecretBytes &secretKey) const;
    Status ensureVaultsAndGrants(const Account &account);
    Status passKeysOn();
    void audit(AuditKind kind, const QString &username, qint64 accountId, const QString &detail = {}) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    KdfCost m_cost;
};

} // namespace core

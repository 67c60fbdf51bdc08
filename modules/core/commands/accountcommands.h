#pragma once

#include "core/auth/authservice.h"
#include "core/commands/command.h"

namespace core {

// Changes to operator accounts (accounts.manage), from the accounts dialog
// and the command line. The work and its rules are AuthService's (the last
// administrator, the last holder of a data key); check() runs those rules
// before anything is written, and the service keeps its own Access::require
// as a second lock. Signing in and out, locking and changing one's own
// password are the session itself and stay outside commands.
//
// Not undoable: a password or a key handed over cannot be taken back by a
// compensating entry, and the dialogs have no undo history.

class CreateAccount : public Command {
public:
    explicit CreateAccount(NewAccount account, KdfCost cost = KdfCost::interactive());
    QString code() const override { return QStringLiteral("core.account.create"); }
    QString permission() const override;
    Status check(const CommandContext &context) const override;
    Status apply(const CommandContext &context) override;
    QString auditDetail() const override;

    const Account &created() const { return m_created; }

private:
    NewAccount m_account;
    KdfCost m_cost;
    Account m_created;
};

// Name, role and whether the account may sign in.
class UpdateAccount : public Command {
public:
    UpdateAccount(qint64 id, QString displayName, Role role, bool active);
    QString code() const override { return QStringLiteral("core.account.update"); }
    QString permission() const override;
    Status check(const CommandContext &context) const override;
    Status apply(const CommandContext &context) override;
    QString auditDetail() const override;

private:
    qint64 m_id;
    QString m_displayName;
    Role m_role;
    bool m_active;
};

// A forgotten password: a new temporary one (and a new key pair).
class ResetPassword : public Command {
public:
    ResetPassword(qint64 id, QString newPassword, bool acceptDataLoss = false, KdfCost cost = KdfCost::interactive());
    QString code() const override { return QStringLiteral("core.account.reset_password"); }
    QString permission() const override;
    Status check(const CommandContext &context) const override;
    Status apply(const CommandContext &context) override;
    QString auditDetail() const override;

private:
    qint64 m_id;
    QString m_password;
    bool m_acceptDataLoss;
    KdfCost m_cost;
};

// Lets a user name try again at once after wrong passwords.
class ClearLockout : public Command {
public:
    explicit ClearLockout(QString username);
    QString code() const override { return QStringLiteral("core.account.clear_lockout"); }
    QString permission() const override;
    Status check(const CommandContext &context) const override;
    Status apply(const CommandContext &context) override;

private:
    QString m_username;
};

// Gives the data key of the vault of `vaultPermission` (the callers' data:
// listening.personal.read) to an account that arrived by sync, which never
// gets it automatically (Vault::grantPending). Run by someone who holds the
// key (a coordinator), on purpose; audited as "key_granted" too.
class GrantDataKey : public Command {
public:
    explicit GrantDataKey(QString username, QString vaultPermission = {});
    QString code() const override { return QStringLiteral("core.account.grant_key"); }
    QString permission() const override { return m_permission; }
    Status check(const CommandContext &context) const override;
    Status apply(const CommandContext &context) override;
    QString auditDetail() const override;

    bool granted() const { return m_granted; } // false: it already held the key

private:
    QString m_username;
    QString m_permission;
    qint64 m_accountId = 0;
    bool m_granted = false;
};

} // namespace core

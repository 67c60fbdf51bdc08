#include "core/commands/accountcommands.h"

#include "core/auth/accountrepository.h"
#include "core/auth/auditlog.h"
#include "core/auth/permissions.h"
#include "core/auth/session.h"
#include "core/auth/vault.h"
#include "core/db/connectionstate.h"

namespace core {

CreateAccount::CreateAccount(NewAccount account, KdfCost cost)
    : m_account(std::move(account))
    , m_cost(cost)
{
}

QString CreateAccount::permission() const
{
    return Permission::AccountsManage;
}

Status CreateAccount::check(const CommandContext &context) const
{
    return AuthService(context.db, context.clock, m_cost).checkNewAccount(m_account);
}

Status CreateAccount::apply(const CommandContext &context)
{
    auto created = AuthService(context.db, context.clock, m_cost).createAccount(m_account);
    if (!created)
        return created.error();
    m_created = *created;
    return {};
}

QString CreateAccount::auditDetail() const
{
    return QString::number(m_created.id);
}

UpdateAccount::UpdateAccount(qint64 id, QString displayName, Role role, bool active)
    : m_id(id)
    , m_displayName(std::move(displayName))
    , m_role(role)
    , m_active(active)
{
}

QString UpdateAccount::permission() const
{
    return Permission::AccountsManage;
}

Status UpdateAccount::check(const CommandContext &context) const
{
    return AuthService(context.db, context.clock).checkUpdate(m_id, m_displayName, m_role, m_active);
}

Status UpdateAccount::apply(const CommandContext &context)
{
    return AuthService(context.db, context.clock).updateAccount(m_id, m_displayName, m_role, m_active);
}

QString UpdateAccount::auditDetail() const
{
    return QString::number(m_id);
}

ResetPassword::ResetPassword(qint64 id, QString newPassword, bool acceptDataLoss, KdfCost cost)
    : m_id(id)
    , m_password(std::move(newPassword))
    , m_acceptDataLoss(acceptDataLoss)
    , m_cost(cost)
{
}

QString ResetPassword::permission() const
{
    return Permission::AccountsManage;
}

Status ResetPassword::check(const CommandContext &context) const
{
    return AuthService(context.db, context.clock, m_cost).checkReset(m_id, m_password, m_acceptDataLoss);
}

Status ResetPassword::apply(const CommandContext &context)
{
    return AuthService(context.db, context.clock, m_cost).resetPassword(m_id, m_password, m_acceptDataLoss);
}

QString ResetPassword::auditDetail() const
{
    return QString::number(m_id);
}

ClearLockout::ClearLockout(QString username)
    : m_username(std::move(username))
{
}

QString ClearLockout::permission() const
{
    return Permission::AccountsManage;
}

Status ClearLockout::check(const CommandContext &) const
{
    if (m_username.trimmed().isEmpty())
        return Error(QStringLiteral("auth.bad_username"), { m_username });
    return {};
}

Status ClearLockout::apply(const CommandContext &context)
{
    return AuthService(context.db, context.clock).clearLockout(m_username);
}

GrantDataKey::GrantDataKey(QString username, QString vaultPermission)
    : m_username(std::move(username))
    , m_permission(vaultPermission.isEmpty() ? Permission::ListeningPersonalRead : std::move(vaultPermission))
{
}

Status GrantDataKey::check(const CommandContext &context) const
{
    auto account = AccountRepository(context.db).byUsername(m_username);
    if (!account)
        return account.error();
    if (!account->active || !roleAllows(account->role, m_permission))
        return Error(QStringLiteral("vault.not_entitled"), { m_username });
    auto vaultId = Vault::vaultFor(context.db, m_permission);
    if (!vaultId)
        return vaultId.error();
    if (*vaultId == 0)
        return Error(QStringLiteral("vault.none"));
    if (!sessionVaultKey(context.db, *vaultId))
        return Error(QStringLiteral("vault.locked"));
    return {};
}

Status GrantDataKey::apply(const CommandContext &context)
{
    auto account = AccountRepository(context.db).byUsername(m_username);
    if (!account)
        return account.error();
    auto vaultId = Vault::vaultFor(context.db, m_permission);
    if (!vaultId)
        return vaultId.error();
    const auto key = sessionVaultKey(context.db, *vaultId);
    if (!key)
        return Error(QStringLiteral("vault.locked"));
    const auto me = sessionAccount(context.db);
    const QString byUser = me ? me->username : sessionOperator(context.db);
    auto given = Vault::grantTo(context.db, *vaultId, *key, *account, byUser, context.clock.nowMs());
    if (!given)
        return given.error();
    m_accountId = account->id;
    m_granted = *given;
    if (!m_granted)
        return {};
    AuditLog::Entry entry;
    entry.kind = AuditKind::KeyGranted;
    entry.username = account->username;
    entry.accountId = account->id;
    entry.permission = m_permission;
    entry.detail = QStringLiteral("on purpose by %1").arg(byUser);
    entry.atMs = context.clock.nowMs();
    return AuditLog::record(context.db, entry);
}

QString GrantDataKey::auditDetail() const
{
    return QString::number(m_accountId) + (m_granted ? QString() : QStringLiteral(" already held"));
}

} // namespace core

#include "core/auth/access.h"

#include "core/auth/auditlog.h"
#include "core/auth/session.h"
#include "core/db/connectionstate.h"

namespace core {

bool Access::allows(const QSqlDatabase &db, const QString &permission)
{
    const auto account = sessionAccount(db);
    return account && roleAllows(account->role, permission);
}

QString Access::roleCodes(const QString &permission)
{
    QStringList codes;
    for (Role r : rolesAllowing(permission))
        codes.append(roleCode(r));
    return codes.join(QLatin1Char(','));
}

Status Access::require(const QSqlDatabase &db, const QString &permission, const Clock &clock, const QString &action)
{
    const auto account = sessionAccount(db);
    if (account && roleAllows(account->role, permission))
        return {};
    AuditLog::Entry entry;
    entry.kind = AuditKind::Denied;
    entry.username = account ? account->username : sessionOperator(db);
    entry.accountId = account ? account->id : 0;
    entry.permission = permission;
    entry.detail = account ? roleCode(account->role) : QStringLiteral("not signed in");
    if (!action.isEmpty())
        entry.detail = action + QLatin1Char(' ') + entry.detail;
    entry.atMs = clock.nowMs();
    (void)AuditLog::record(db, entry); // the refusal stands even if it cannot be logged
    if (!account)
        return Error(QStringLiteral("auth.not_signed_in"), { permission, roleCodes(permission) });
    return Error(QStringLiteral("auth.denied"), { permission, roleCodes(permission), account->username });
}

} // namespace core

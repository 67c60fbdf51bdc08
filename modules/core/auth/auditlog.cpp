#include "core/auth/auditlog.h"

#include "core/db/connectionstate.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/clock.h"

#include <QDateTime>

namespace core {

QString auditKindCode(AuditKind kind)
{
    switch (kind) {
    case AuditKind::SignIn:
        return QStringLiteral("sign_in");
    case AuditKind::SignInFailed:
        return QStringLiteral("sign_in_failed");
    case AuditKind::SignOut:
        return QStringLiteral("sign_out");
    case AuditKind::Lock:
        return QStringLiteral("lock");
    case AuditKind::Denied:
        return QStringLiteral("denied");
    case AuditKind::AccountCreated:
        return QStringLiteral("account_created");
    case AuditKind::AccountChanged:
        return QStringLiteral("account_changed");
    case AuditKind::PasswordChanged:
        return QStringLiteral("password_changed");
    case AuditKind::PasswordReset:
        return QStringLiteral("password_reset");
    case AuditKind::LockoutCleared:
        return QStringLiteral("lockout_cleared");
    case AuditKind::VaultCreated:
        return QStringLiteral("vault_created");
    case AuditKind::KeyGranted:
        return QStringLiteral("key_granted");
    case AuditKind::KeyRevoked:
        return QStringLiteral("key_revoked");
    case AuditKind::Command:
        return QStringLiteral("command");
    case AuditKind::CommandUndone:
        return QStringLiteral("command_undone");
    }
    return {};
}

QString AuditKindText::title(const QString &code)
{
    if (code == QLatin1String("sign_in"))
        return tr("Signed in");
    if (code == QLatin1String("sign_in_failed"))
        return tr("Sign-in refused");
    if (code == QLatin1String("sign_out"))
        return tr("Signed out");
    if (code == QLatin1String("lock"))
        return tr("Workstation locked");
    if (code == QLatin1String("denied"))
        return tr("Access denied");
    if (code == QLatin1String("account_created"))
        return tr("Account created");
    if (code == QLatin1String("account_changed"))
        return tr("Account changed");
    if (code == QLatin1String("password_changed"))
        return tr("Password changed");
    if (code == QLatin1String("password_reset"))
        return tr("Password reset");
    if (code == QLatin1String("lockout_cleared"))
        return tr("Sign-in delay cleared");
    if (code == QLatin1String("vault_created"))
        return tr("Data key created");
    if (code == QLatin1String("key_granted"))
        return tr("Data key given");
    if (code == QLatin1String("key_revoked"))
        return tr("Data key withdrawn");
    if (code == QLatin1String("command"))
        return tr("Action");
    if (code == QLatin1String("command_undone"))
        return tr("Action undone");
    return code;
}

Status AuditLog::record(const QSqlDatabase &db, const Entry &entry)
{
    Transaction tx(db);
    if (!tx)
        return tx.error();
    auto id = allocateRowId(db);
    if (!id)
        return id.error();
    const qint64 at = entry.atMs ? entry.atMs : core::SystemClock::instance().nowMs();
    auto q = runQuery(db,
        QStringLiteral(
            "INSERT INTO audit_event(id, occurred_at, workstation, account_id, username, kind, permission, detail) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { *id, at, sessionWorkstation(db), entry.accountId ? QVariant(entry.accountId) : QVariant(),
            entry.username.left(80), auditKindCode(entry.kind), entry.permission, entry.detail.left(500) });
    if (!q)
        return q.error();
    return tx.commit();
}

Result<AuditLog::Failures> AuditLog::consecutiveFailures(const QSqlDatabase &db, const QString &username)
{
    // Failures after the last success or clearing; "throttled" refusals
    // (a try during the delay) are logged but do not lengthen the delay.
    auto q = runQuery(db,
        QStringLiteral("SELECT count(*), max(occurred_at) FROM audit_event "
                       "WHERE username = ? AND kind = 'sign_in_failed' AND detail <> 'throttled' AND occurred_at > "
                       "  coalesce((SELECT max(occurred_at) FROM audit_event "
                       "            WHERE username = ? AND kind IN ('sign_in', 'lockout_cleared')), 0)"),
        { username, username });
    if (!q)
        return q.error();
    Failures f;
    if (q->next()) {
        f.count = q->value(0).toInt();
        f.lastAtMs = q->value(1).toLongLong();
    }
    return f;
}

} // namespace core

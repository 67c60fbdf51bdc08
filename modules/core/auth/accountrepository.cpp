#include "core/auth/accountrepository.h"

#include "core/auth/auditlog.h"
#include "core/auth/audittext.h"

#include "core/db/sql.h"

#include <QRegularExpression>

namespace core {

namespace {
const QString selectColumns = QStringLiteral(
    "SELECT id, username, display_name, role, active, must_change_password, public_key, created_at, updated_at "
    "FROM operator_account ");

Account readAccount(const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.username = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.role = roleFromCode(q.value(3).toString()).value_or(Role::Operator);
    a.active = q.value(4).toInt() != 0;
    a.mustChangePassword = q.value(5).toInt() != 0;
    a.publicKey = q.value(6).toByteArray();
    a.createdAt = q.value(7).toLongLong();
    a.updatedAt = q.value(8).toLongLong();
    return a;
}
} // namespace

QString AccountRepository::normalizeUsername(const QString &typed)
{
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9._-]{2,40}$"));
    const QString name = typed.trimmed().toLower();
    return allowed.match(name).hasMatch() ? name : QString();
}

Result<int> AccountRepository::count() const
{
    auto v = queryValue(m_db, QStringLiteral("SELECT count(*) FROM operator_account"));
    if (!v)
        return v.error();
    return v->toInt();
}

Result<QList<Account>> AccountRepository::all() const
{
    auto q = runQuery(m_db, selectColumns + QStringLiteral("ORDER BY display_name COLLATE NOCASE, id"));
    if (!q)
        return q.error();
    QList<Account> list;
    while (q->next())
        list.append(readAccount(*q));
    return list;
}

Result<Account> AccountRepository::byUsername(const QString &username) const
{
    auto q = runQuery(m_db, selectColumns + QStringLiteral("WHERE username = ?"), { username });
    if (!q)
        return q.error();
    return q->next() ? readAccount(*q) : Account();
}

Result<Account> AccountRepository::byId(qint64 id) const
{
    auto q = runQuery(m_db, selectColumns + QStringLiteral("WHERE id = ?"), { id });
    if (!q)
        return q.error();
    return q->next() ? readAccount(*q) : Account();
}

Result<AccountSecrets> AccountRepository::secrets(qint64 id) const
{
    auto q = runQuery(m_db,
        QStringLiteral(
            "SELECT password_hash, kdf_salt, kdf_ops, kdf_mem, sealed_secret_key FROM operator_account WHERE id = ?"),
        { id });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("auth.unknown_account"), { QString::number(id) });
    AccountSecrets s;
    s.passwordHash = q->value(0).toString();
    s.kdfSalt = q->value(1).toByteArray();
    s.kdfOps = q->value(2).toULongLong();
    s.kdfMemory = q->value(3).toLongLong();
    s.encryptedSecretKey = q->value(4).toByteArray();
    return s;
}

Status AccountRepository::insert(const Account &a, const AccountSecrets &s)
{
    auto q = runQuery(m_db,
        QStringLiteral("INSERT INTO operator_account(id, username, display_name, role, active, password_hash, "
                       "must_change_password, "
                       "kdf_salt, kdf_ops, kdf_mem, public_key, sealed_secret_key, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { a.id, a.username, a.displayName, roleCode(a.role), a.active ? 1 : 0, s.passwordHash,
            a.mustChangePassword ? 1 : 0, s.kdfSalt, qint64(s.kdfOps), s.kdfMemory, a.publicKey, s.encryptedSecretKey,
            a.createdAt, a.updatedAt });
    return q ? Status() : Status(q.error());
}

Status AccountRepository::updateProfile(const Account &a)
{
    auto q = runQuery(m_db,
        QStringLiteral(
            "UPDATE operator_account SET display_name = ?, role = ?, active = ?, updated_at = ? WHERE id = ?"),
        { a.displayName, roleCode(a.role), a.active ? 1 : 0, a.updatedAt, a.id });
    return q ? Status() : Status(q.error());
}

Status AccountRepository::updateSecrets(
    qint64 id, const QByteArray &publicKey, const AccountSecrets &s, bool mustChange, qint64 atMs)
{
    auto q = runQuery(m_db,
        QStringLiteral(
            "UPDATE operator_account SET password_hash = ?, kdf_salt = ?, kdf_ops = ?, kdf_mem = ?, public_key = ?, "
            "sealed_secret_key = ?, must_change_password = ?, updated_at = ? WHERE id = ?"),
        { s.passwordHash, s.kdfSalt, qint64(s.kdfOps), s.kdfMemory, publicKey, s.encryptedSecretKey, mustChange ? 1 : 0,
            atMs, id });
    return q ? Status() : Status(q.error());
}

void AccountRepository::declareAuditNames()
{
    AuditText::setRowQuery(QStringLiteral("operator_account"),
        QStringLiteral("SELECT display_name, username FROM operator_account WHERE id = ?"),
        [] { return AuditText::tr("%1 (%2)"); });
    AuditText::setRowQuery(QStringLiteral("key_grant"),
        QStringLiteral("SELECT a.display_name FROM key_grant g JOIN operator_account a ON a.id = g.account_id "
                       "WHERE g.id = ?"),
        [] { return AuditText::tr("key of %1"); });
    AuditText::setPersonName([](const QSqlDatabase &db, const QString &username) {
        auto name = queryValue(db, QStringLiteral("SELECT display_name FROM operator_account WHERE username = ?"),
            { username });
        return name ? name->toString() : QString();
    });
    // An entry of the audit log itself: what happened, and to whom.
    AuditText::setRowName(QStringLiteral("audit_event"), [](const QSqlDatabase &db, qint64 id) -> QString {
        auto q = runQuery(db, QStringLiteral("SELECT kind, username FROM audit_event WHERE id = ?"), { id });
        if (!q || !q->next())
            return {};
        return AuditText::tr("%1: %2").arg(AuditKindText::title(q->value(0).toString()), q->value(1).toString());
    });
    AuditText::setRowQuery(QStringLiteral("comune"), QStringLiteral("SELECT name FROM comune WHERE id = ?"),
        [] { return QStringLiteral("%1"); });
    AuditText::setRowQuery(QStringLiteral("comune_cmm"),
        QStringLiteral("SELECT c.name FROM comune_cmm m JOIN comune c ON c.id = m.comune_id WHERE m.comune_id = ?"),
        [] { return QStringLiteral("%1"); });
}

} // namespace core

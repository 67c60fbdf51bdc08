#include "core/auth/session.h"

#include "core/db/connectionstate.h"

#include <QMutex>

#include <map>

namespace core {

namespace {
QMutex sessionsMutex;
std::map<QString, Session> &sessions()
{
    static std::map<QString, Session> map;
    return map;
}
} // namespace

void beginSession(const QSqlDatabase &db, Session session)
{
    setSessionOperator(db, session.account.username);
    QMutexLocker lock(&sessionsMutex);
    sessions()[db.connectionName()] = std::move(session);
}

void endSession(const QSqlDatabase &db)
{
    QMutexLocker lock(&sessionsMutex);
    sessions().erase(db.connectionName());
}

bool hasSession(const QSqlDatabase &db)
{
    QMutexLocker lock(&sessionsMutex);
    return sessions().count(db.connectionName()) > 0;
}

std::optional<SessionAccount> sessionAccount(const QSqlDatabase &db)
{
    QMutexLocker lock(&sessionsMutex);
    const auto it = sessions().find(db.connectionName());
    if (it == sessions().end())
        return std::nullopt;
    return it->second.account;
}

QString sessionPersonName(const QSqlDatabase &db)
{
    const auto account = sessionAccount(db);
    if (account && !account->displayName.trimmed().isEmpty())
        return account->displayName.trimmed();
    return account ? account->username : sessionOperator(db);
}

std::shared_ptr<const SecretBytes> sessionVaultKey(const QSqlDatabase &db, qint64 vaultId)
{
    QMutexLocker lock(&sessionsMutex);
    const auto it = sessions().find(db.connectionName());
    if (it == sessions().end())
        return {};
    return it->second.vaultKeys.value(vaultId);
}

std::optional<Session> sessionCopy(const QSqlDatabase &db)
{
    QMutexLocker lock(&sessionsMutex);
    const auto it = sessions().find(db.connectionName());
    if (it == sessions().end())
        return std::nullopt;
    return it->second;
}

QList<qint64> sessionVaultIds(const QSqlDatabase &db)
{
    QMutexLocker lock(&sessionsMutex);
    const auto it = sessions().find(db.connectionName());
    return it == sessions().end() ? QList<qint64>() : it->second.vaultKeys.keys();
}

} // namespace core

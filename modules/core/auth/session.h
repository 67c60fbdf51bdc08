#pragma once

#include "core/auth/roles.h"
#include "core/auth/secretbytes.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace core {

// Who is signed in on a connection.
struct SessionAccount {
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Operator;
};

// The signed-in session of one connection: the account, and the data-vault
// keys its password unlocked (vault id -> X25519 secret key). Set by
// AuthService::signIn, dropped by signOut/lock; the keys live only here, in
// locked memory, and are wiped when the session ends. Like the operator name
// (connectionstate.h), a session belongs to its connection's thread.
struct Session {
    SessionAccount account;
    qint64 signedInAtMs = 0;
    QHash<qint64, std::shared_ptr<const SecretBytes>> vaultKeys;
};

// Starts the session and puts the user name on the connection, so that
// every change is logged with it (setSessionOperator).
void beginSession(const QSqlDatabase &db, Session session);
// Ends it: the keys are wiped; the operator name stays for the log.
void endSession(const QSqlDatabase &db);
bool hasSession(const QSqlDatabase &db);
std::optional<SessionAccount> sessionAccount(const QSqlDatabase &db);
// The person to name on paper ("Stampato ... da", an attestato): the
// signed-in account's full name, else the connection's operator name
// (connectionstate.h: a test's or a tool's label). The change log and the
// audit keep the user name.
QString sessionPersonName(const QSqlDatabase &db);
// The secret key of a vault, when this session holds it; null otherwise.
std::shared_ptr<const SecretBytes> sessionVaultKey(const QSqlDatabase &db, qint64 vaultId);
QList<qint64> sessionVaultIds(const QSqlDatabase &db);
// The whole session of one connection (account and vault keys, shared, not
// copied), to sign in a worker's own connection as the same person.
std::optional<Session> sessionCopy(const QSqlDatabase &db);

} // namespace core

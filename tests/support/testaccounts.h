#pragma once

#include "core/auth/roles.h"
#include "core/domain/clock.h"

#include <QSqlDatabase>
#include <QString>

namespace testsupport {

// Accounts for tests, made with the cheapest Argon2 cost so that a test
// can create several in milliseconds: "admin" (the first administrator),
// "coord", "psy", "oper", "admin2" and "serv" (service), each with the password
// testPassword; the coordinator and the psychologist both hold the key
// to callers' data. Leaves nobody signed in (and "test" as the operator).
inline const QString testPassword = QStringLiteral("correct horse");
bool createRoleAccounts(const QSqlDatabase &db, const core::Clock &clock = core::SystemClock::instance());
// The user name of the test account with that role.
QString usernameFor(core::Role role);
// Signs in on the connection; false (with a warning) when refused.
bool signInAs(
    const QSqlDatabase &db, const QString &username, const core::Clock &clock = core::SystemClock::instance());
void signOut(const QSqlDatabase &db);

} // namespace testsupport

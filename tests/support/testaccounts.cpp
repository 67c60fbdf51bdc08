#include "testaccounts.h"

#include "core/auth/authservice.h"
#include "core/auth/session.h"
#include "core/db/connectionstate.h"

#include <QDebug>

namespace testsupport {

QString usernameFor(core::Role role)
{
    switch (role) {
    case core::Role::Administrator:
        return QStringLiteral("admin");
    case core::Role::Coordinator:
        return QStringLiteral("coord");
    case core::Role::Psychologist:
        return QStringLiteral("psy");
    case core::Role::Operator:
        return QStringLiteral("oper");
    case core::Role::Service:
        return QStringLiteral("serv");
    }
    return {};
}

bool createRoleAccounts(const QSqlDatabase &db, const core::Clock &clock)
{
    core::AuthService auth(db, clock, core::KdfCost::minimum());
    auto admin = auth.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Ada Admin"), testPassword);
    if (!admin) {
        qWarning() << admin.error().code << admin.error().args;
        return false;
    }
    const QList<core::NewAccount> accounts = {
        { QStringLiteral("coord"), QStringLiteral("Carlo Coordinatore"), core::Role::Coordinator, testPassword, false },
        { QStringLiteral("psy"), QStringLiteral("Paola Psicologa"), core::Role::Psychologist, testPassword, false },
        { QStringLiteral("oper"), QStringLiteral("Oscar Operatore"), core::Role::Operator, testPassword, false },
        { QStringLiteral("admin2"), QStringLiteral("Alba Admin"), core::Role::Administrator, testPassword, false },
        { QStringLiteral("serv"), QStringLiteral("Servizio notturno"), core::Role::Service, testPassword, false },
    };
    for (const core::NewAccount &a : accounts) {
        auto created = auth.createAccount(a);
        if (!created) {
            qWarning() << created.error().code << created.error().args;
            return false;
        }
    }
    core::endSession(db);
    // The coordinator got the data key with the vault; his first sign-in
    // passes it on to the psychologist, as in real life.
    if (!signInAs(db, QStringLiteral("coord"), clock))
        return false;
    core::endSession(db);
    core::setSessionOperator(db, QStringLiteral("test"));
    return true;
}

bool signInAs(const QSqlDatabase &db, const QString &username, const core::Clock &clock)
{
    core::AuthService auth(db, clock, core::KdfCost::minimum());
    auto account = auth.signIn(username, testPassword);
    if (!account)
        qWarning() << "sign-in refused:" << account.error().code << account.error().args;
    return account.ok();
}

void signOut(const QSqlDatabase &db)
{
    core::endSession(db);
    core::setSessionOperator(db, QStringLiteral("test"));
}

} // namespace testsupport

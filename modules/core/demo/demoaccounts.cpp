#include "core/demo/demoaccounts.h"

#include "core/auth/authservice.h"
#include "core/auth/session.h"
#include "core/db/connectionstate.h"

namespace core {

QList<DemoAccount> demoAccounts()
{
    return {
        { QStringLiteral("admin"), QStringLiteral("Amministratore (demo)"), Role::Administrator },
        { QStringLiteral("coordinatrice"), QStringLiteral("Carla Coordinatrice (demo)"), Role::Coordinator },
        { QStringLiteral("psicologa"), QStringLiteral("Paola Psicologa (demo)"), Role::Psychologist },
        { QStringLiteral("psicologo"), QStringLiteral("Piero Psicologo (demo)"), Role::Psychologist },
        { QStringLiteral("operatore"), QStringLiteral("Oscar Operatore (demo)"), Role::Operator },
        { QStringLiteral("servizio"), QStringLiteral("Servizio notturno (demo)"), Role::Service },
    };
}

DemoStep demoAccountsStep(KdfCost cost)
{
    return { QStringLiteral("accounts"), [cost](DemoContext &context) -> Status {
                const QString previousOperator = sessionOperator(context.db);
                AuthService auth(context.db, SystemClock::instance(), cost);
                const QList<DemoAccount> accounts = demoAccounts();
                auto admin = auth.createFirstAdministrator(
                    accounts.first().username, accounts.first().displayName, demoPassword);
                if (!admin)
                    return admin.error();
                for (int i = 1; i < accounts.size(); ++i) {
                    const DemoAccount &a = accounts.at(i);
                    auto created = auth.createAccount({ a.username, a.displayName, a.role, demoPassword, false });
                    if (!created)
                        return created.error();
                }
                endSession(context.db);
                setSessionOperator(context.db, previousOperator);
                return {};
            } };
}

} // namespace core

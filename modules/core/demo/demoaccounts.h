#pragma once

#include "core/auth/passwordhash.h"
#include "core/auth/roles.h"
#include "core/db/demo.h"

#include <QList>

namespace core {

// The accounts of a demo database, documented in README.md: one per role,
// all with the password demoPassword, invented names marked "(demo)".
// Never use a demo database for real data.
struct DemoAccount {
    QString username;
    QString displayName;
    Role role;
};
QList<DemoAccount> demoAccounts();
inline const QString demoPassword = QStringLiteral("demo1234");

// The demo step that creates them (first of all steps: modules' steps sign
// in as these accounts). Tests that start many programs on such a database
// pass KdfCost::minimum(): each sign-in then costs microseconds, not 64 MiB.
DemoStep demoAccountsStep(KdfCost cost = KdfCost::interactive());

} // namespace core

#pragma once

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
// in as these accounts).
DemoStep demoAccountsStep();

} // namespace core

#pragma once

#include "core/auth/permissions.h"
#include "core/domain/clock.h"
#include "core/domain/result.h"

#include <QSqlDatabase>

namespace core {

// "May this session do X?" for every module. The session is the one signed
// in on the connection (session.h); without one, nothing protected is
// allowed.
//
//   if (auto s = Access::require(db, Permission::StockEdit); !s)
//       return s.error();           // before opening the transaction
//
// allows() only answers (to grey out a button); require() also writes the
// refusal to the audit log and returns an Error naming the roles that may:
//   auth.not_signed_in {permission, roles}
//   auth.denied        {permission, roles, user}   roles: "coordinator,psychologist"
class Access {
public:
    static bool allows(const QSqlDatabase &db, const QString &permission);
    // `action`: what was refused (a command's code), for the audit entry.
    static Status require(const QSqlDatabase &db, const QString &permission,
        const Clock &clock = SystemClock::instance(), const QString &action = {});
    // The roles of a permission as codes joined by commas, for Error args.
    static QString roleCodes(const QString &permission);
};

} // namespace core

#pragma once

#include "core/domain/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace testsupport {

// One row of the test over the whole permission table
// (tests/app/tst_permissiontable.cpp): an action that needs `permission`.
// For every role, on a fresh database with the test accounts
// (createRoleAccounts) and what prepare() adds, the role's account signs in
// and act() runs: it must succeed when the role has the permission, and
// otherwise be refused (auth.denied), audited, and write nothing else.
//
// Each module lists its probes in tests/<module>/<module>probes.cpp:
// writes are commands run through core::CommandRunner, reads the domain
// query that checks the permission.
struct PermissionProbe {
    QString permission;
    QString what; // the action, for the test's row name
    // Adds the rows the action needs (nobody signed in; may sign in and
    // out to use commands). Optional.
    std::function<bool(const QSqlDatabase &db)> prepare;
    std::function<core::Status(const QSqlDatabase &db)> act;
};

// A hash of every row of every table but the logs (audit_event, change_log,
// session_context) and the id counter the audit entry advances, for
// "nothing was written".
QByteArray contentHash(const QSqlDatabase &db);

} // namespace testsupport

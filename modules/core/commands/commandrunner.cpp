#include "core/commands/commandrunner.h"

#include "core/db/derivedtables.h"

#include "core/auth/access.h"
#include "core/auth/auditlog.h"
#include "core/auth/session.h"
#include "core/db/transaction.h"
#include "core/domain/errorlogtext.h"
#include "core/domain/logcategories.h"

namespace core {

CommandRunner::CommandRunner(QSqlDatabase db, const Clock &clock) : m_context { std::move(db), clock } { }

Status CommandRunner::run(Command &command) const
{
    return execute(command, Step::Apply);
}

Status CommandRunner::undo(Command &command) const
{
    if (!command.undoable())
        return Error(QStringLiteral("command.not_undoable"), { command.code() });
    return execute(command, Step::Revert);
}

Status CommandRunner::execute(Command &command, Step step) const
{
    // Every action refused or failed, window or command line, with its
    // cause; done ones only at debug level (the audit log has them).
    const Status s = executeUnlogged(command, step);
    const char *what = step == Step::Apply ? "" : " (undo)";
    if (!s)
        qCWarning(logcat::command).noquote() << command.code() + QLatin1String(what) << "not done:" << errorLogText(s.error());
    else
        qCDebug(logcat::command).noquote() << command.code() + QLatin1String(what) << "done" << command.auditDetail();
    return s;
}

Status CommandRunner::executeUnlogged(Command &command, Step step) const
{
    const QString permission = step == Step::Apply ? command.permission() : command.revertPermission();
    if (auto s = Access::require(m_context.db, permission, m_context.clock, command.code()); !s)
        return s;
    if (step == Step::Apply)
        if (auto s = command.check(m_context); !s)
            return s;

    Transaction tx(m_context.db, command.joinsCallerTransaction() ? Transaction::Join : Transaction::Savepoint);
    if (!tx)
        return tx.error();
    if (auto s = step == Step::Apply ? command.apply(m_context) : command.revert(m_context); !s)
        return s; // rolled back

    const auto account = sessionAccount(m_context.db);
    AuditLog::Entry entry;
    entry.kind = step == Step::Apply ? AuditKind::Command : AuditKind::CommandUndone;
    entry.username = account->username; // require() passed: there is a session
    entry.accountId = account->id;
    entry.permission = permission;
    const QString detail = command.auditDetail();
    entry.detail = detail.isEmpty() ? command.code() : command.code() + QLatin1Char(' ') + detail;
    entry.atMs = m_context.clock.nowMs();
    if (auto s = AuditLog::record(m_context.db, entry); !s)
        return s; // no action without its audit entry
    DerivedTables::refresh(m_context.db); // the summaries the command's writes made stale
    return tx.commit();
}

} // namespace core

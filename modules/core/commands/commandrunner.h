#pragma once

#include "core/commands/command.h"

namespace core {

// Runs commands, the same way for the window and the command line:
//   1. the permission, from the signed-in session (Access::require): a
//      refusal is written to the audit log with the person, the permission
//      and the command, and returns auth.denied / auth.not_signed_in;
//   2. the command's check(), before anything is written;
//   3. one transaction (BEGIN IMMEDIATE): apply(), then the audit entry
//      ("command", the command's code and detail) under the person, then
//      COMMIT; any error rolls everything back, the audit entry included.
// undo() does the same with revert() and a "command_undone" entry.
//
//   CommandRunner runner(db, clock);
//   RecordReceipt command(receipt);
//   if (auto s = runner.run(command); !s) show(s.error());
//
// Lives on the thread of its connection; cheap to make for each action.
class CommandRunner {
public:
    explicit CommandRunner(QSqlDatabase db, const Clock &clock = SystemClock::instance());

    Status run(Command &command) const;
    Status undo(Command &command) const;

    const CommandContext &context() const { return m_context; }

private:
    enum class Step { Apply, Revert };
    Status execute(Command &command, Step step) const;
    Status executeUnlogged(Command &command, Step step) const;

    CommandContext m_context;
};

} // namespace core

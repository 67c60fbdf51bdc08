#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QString>

namespace core {

// What a command works with while it runs: the connection it writes on
// (signed in) and the clock.
struct CommandContext {
    QSqlDatabase db;
    const Clock &clock;
};

// One user action, from a dialog or from the command line: the only way
// data is written (ARCHITECTURE.md, "Commands: one door for every write").
// A command holds its input, names the permission it needs, checks its
// preconditions before anything is written, and does its work through the
// module's domain services. The CommandRunner (commandrunner.h) checks the
// permission, runs check(), opens the one transaction, calls apply() and
// writes the audit entry; a command never opens the transaction itself.
//
// Undoable commands know their compensating entry: revert() appends the
// reversing ledger row (a cancelled receipt, a returned delivery), never a
// DELETE, and refuses with an Error when it can no longer apply (the goods
// have been issued since). After revert(), apply() may run again (Redo):
// it records a new entry, so a command keeps the ids of its latest apply().
//
// Domain code, QtCore only: error codes, never widget text. Subclasses live
// in each module's domain library (<module>/domain/<module>commands.h).
class Command {
public:
    virtual ~Command();

    // "stock.receipt.record": what the audit log calls this action.
    virtual QString code() const = 0;
    // Permission::..., from the one table (permissions.h). No default.
    virtual QString permission() const = 0;
    // Preconditions that need no write: input rules, referenced rows that
    // must exist. Called before the transaction; an Error means nothing is
    // written and nothing is pushed on an undo stack.
    virtual Status check(const CommandContext &context) const;
    // The work, inside the runner's transaction.
    virtual Status apply(const CommandContext &context) = 0;
    // Ids and counts for the audit entry: never personal data (names,
    // phones, notes), which the change log already ties to the rows.
    virtual QString auditDetail() const;

    // Undo: false unless the action has a compensating entry.
    virtual bool undoable() const;
    // Writes the compensating entry, inside the runner's transaction.
    virtual Status revert(const CommandContext &context);
    // The permission an undo needs: the command's own by default.
    virtual QString revertPermission() const;
    // What the Edit menu says ("Annulla carico 12"): translated, short.
    virtual QString text() const;
    // True: run inside the caller's transaction (an import's ImportOnce)
    // without a savepoint of its own (Transaction::Join): thousands of rows
    // cost in proportion to themselves, not to the pages written before
    // them. A failure leaves the caller's transaction rollback-only. Only
    // for callers that commit nothing else when the command fails.
    virtual bool joinsCallerTransaction() const;
};

} // namespace core

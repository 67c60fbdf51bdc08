#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace core {

// Summary tables a module keeps from its records (the volunteers' backlog
// of the Cruscotto): triggers mark what a write made stale, in the same
// statement; a refresher registered here brings the marked rows up to date
// inside the writer's transaction, so that readers (the Cruscotto's worker,
// on a read-only connection) read a few summary rows instead of the whole
// history. Readers must still give the right answer with rows marked stale
// (a write that never reached a refresher): the marks only cost time.
//
// CommandRunner refreshes before each command commits, SyncImporter once
// after the files of an import, the demo after its steps. A refresher
// returns quickly when nothing is marked; its failure is logged and leaves
// the marks (the command or the import still commits).
namespace DerivedTables {

using Refresher = std::function<Status(const QSqlDatabase &db)>;

// Registers a refresher under a name (registering the name again replaces it).
void registerRefresher(const QString &name, Refresher refresher);

// Runs every refresher on `db`, inside the caller's transaction. Never
// fails: a refresher's error is logged and its marks stay.
void refresh(const QSqlDatabase &db);

} // namespace DerivedTables

} // namespace core

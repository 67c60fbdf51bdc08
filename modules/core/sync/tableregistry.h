#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace core::sync {

// How the sync engine merges a table's rows coming from other workstations.
enum class TableKind {
    // Default. Rows are edited: the newest change wins (last-writer-wins by
    // change time, ties broken by workstation number), and each value it
    // overwrites is kept in the conflict log.
    MasterData,
    // Append-only (stock movements, deliveries, activations, bookings): rows
    // are only ever inserted, so workstations merge by union. A received
    // row that already exists is never overwritten.
    Ledger,
    // Logged for the audit view but never exported (a table that only makes
    // sense on this workstation).
    LocalOnly,
};

// What modules tell the sync engine about their tables. The engine works on
// every table that has change-log triggers without knowing the modules; a
// module only declares its ledgers (and, optionally, a readable title for
// the conflict dialog) from its domain library, e.g.
//
//   void stock::declareSyncTables()
//   {
//       core::sync::TableRegistry::declare(QStringLiteral("stock_movement"), core::sync::TableKind::Ledger,
//                                          [] { return StockTexts::tr("Stock movements"); });
//   }
//
// and app/moduleregistry.cpp calls that function at start (window and
// command line alike). Thread-safe: declared at start, read by the sync
// worker thread.
class TableRegistry {
public:
    using Title = std::function<QString()>;

    static void declare(const QString &table, TableKind kind, Title title = {});
    static void setTitle(const QString &table, Title title);
    static TableKind kind(const QString &table);
    // The readable name of a table for dialogs; the table name when none.
    static QString title(const QString &table);

    // Tables that belong to one database and are never synchronised:
    // local_config, session_context, id_allocator, change_log and every
    // table whose name starts with "sync_".
    static bool isBookkeeping(const QString &table);
};

} // namespace core::sync

#pragma once

#include <QString>
#include <QList>
#include <QPair>
#include <QStringList>

#include <functional>

namespace core::sync {

// How the sync engine merges a table's rows coming from other workstations.
enum class TableKind {
    // Rows are edited in place: the newest change wins (last-writer-wins by
    // change time, ties broken by workstation number), and each value it
    // overwrites is kept in the conflict log. The default of a logged table
    // nobody declared (test tables); every table of the program is declared.
    Mutable,
    MasterData = Mutable, // the former name
    // Append-only (stock movements, deliveries, activations, bookings): rows
    // are only ever inserted, so workstations merge by union. A received
    // row that already exists is never overwritten. Its own triggers refuse
    // UPDATE and DELETE (tests/sync/tst_tabledeclarations checks them).
    Ledger,
    // The members of a set kept per owner (an assistant's subjects, the
    // hours of the week they are free): one row per member, its id made
    // from the owner and the member (core::keyedRowId over the declared
    // key columns), so the same member added on two workstations is one
    // row, and an edit writes only the members added and removed. Two edits
    // of one set merge member by member: what either added is in, what
    // either removed is out (the later of two edits of the same member wins).
    SetMember,
    // Never exported: logged for the audit view only, or not logged at all
    // (derived from other tables by triggers on every workstation). Declared
    // with the reason.
    LocalOnly,
};

// What modules tell the sync engine about their tables. The engine works on
// every table that has change-log triggers without knowing the modules; a
// module declares what each of its tables is (and a readable title for the
// conflict dialog) from its domain library, e.g.
//
//   void stock::declareSyncTables()
//   {
//       core::sync::TableRegistry::declare(QStringLiteral("stock_movement"), core::sync::TableKind::Ledger,
//                                          [] { return StockTexts::tr("Stock movements"); });
//   }
//
// and app/moduleregistry.cpp calls that function at start (window and
// command line alike). Every table of the schema is declared, or is the
// engine's bookkeeping (tests/sync/tst_tabledeclarations). Thread-safe:
// declared at start, read by the sync worker thread.
class TableRegistry {
public:
    using Title = std::function<QString()>;

    static void declare(const QString &table, TableKind kind, Title title = {});
    // A set of members per owner: `keyColumns` (owner first) identify a
    // member, and a UNIQUE index of the table holds them.
    static void declareSet(const QString &table, const QStringList &keyColumns, Title title = {});
    // A table kept out of the exchange, and why (for the declaration test
    // and whoever reads the code).
    static void declareLocal(const QString &table, const QString &reason);
    // Columns of a Mutable table that merge as one field: one state written
    // together and checked together (a delivery's status with its dates,
    // signature and reason: CHECK (status = 'returned') = (returned_on IS
    // NOT NULL)). Merged field by field, two workstations' halves make a
    // row the database refuses (the received change then waited on hold for
    // ever) or a state nobody entered. The group's version is the latest of
    // its columns'; the later group wins whole, and every column of it takes
    // the group's version, so every workstation keeps the same group.
    static void declareMergedTogether(const QString &table, const QStringList &columns);
    static QList<QStringList> mergedTogether(const QString &table);
    // A column of a Mutable table that only grows (a vehicle's odometer,
    // moved by km driven on every workstation): merged as the larger of the
    // two values, whatever their versions, so km recorded on two
    // workstations apart never go backwards, and never a conflict. Every
    // workstation ends with the largest value any of them wrote. A lower
    // value typed to correct an error stays on its workstation until a
    // higher one arrives: correct it by recording the right km above it.
    static void declareMergedAsMax(const QString &table, const QString &column);
    static QStringList mergedAsMax(const QString &table);
    static void setTitle(const QString &table, Title title);
    static TableKind kind(const QString &table);
    static bool isDeclared(const QString &table);
    static QStringList declaredTables();
    static QStringList setKey(const QString &table);
    static QString localReason(const QString &table);
    // The readable name of a table for dialogs; the table name when none.
    static QString title(const QString &table);

    // Readable names of a table's columns, for the conflict dialog's
    // "Field" column and any print of the conflict log ("Data di nascita",
    // not birth_date). Declared by the module that owns the table, beside
    // its title; a column with the same meaning in every table (name,
    // notes, phone) can be declared once for all with
    // declareCommonColumnTitle(). tests/sync/tst_tabledeclarations fails
    // when a column of a synced mutable table has neither.
    static void declareColumnTitles(const QString &table, const QList<QPair<QString, Title>> &titles);
    static void declareCommonColumnTitle(const QString &column, Title title);
    // The table's own title for the column, else the common one, else the
    // column's stored name.
    static QString columnTitle(const QString &table, const QString &column);
    static bool hasColumnTitle(const QString &table, const QString &column);

    // Tables that belong to one database and are never synchronised:
    // local_config, session_context, id_allocator, change_log and every
    // table whose name starts with "sync_".
    static bool isBookkeeping(const QString &table);
};

} // namespace core::sync

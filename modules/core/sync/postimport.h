#pragma once

#include "core/domain/result.h"
#include "core/sync/syncfile.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace core::sync {

// The rows a sync file brought (applied or not), by table: what the modules'
// reconcilers look at after the file.
class ImportedRows {
public:
    void add(const QString &table, qint64 rowId) { m_rows[table].insert(rowId); }
    bool touches(const QString &table) const { return m_rows.contains(table); }
    QSet<qint64> ids(const QString &table) const { return m_rows.value(table); }
    bool isEmpty() const { return m_rows.isEmpty(); }

private:
    QHash<QString, QSet<qint64>> m_rows;
};

// What one reconciler did, for the importer's change notification.
struct Reconciled {
    QStringList changedTables;
    int flagged = 0; // new review flags written
};

// After a sync file is applied, inside the same transaction and with
// logging still suspended, the importer runs every registered reconciler:
// a module's check that the merged ledgers still mean something one
// workstation could have done, and its rule when they do not (issue 15,
// item 3: "state from events"). A reconciler
// - derives state from the ledgers (a delivery's status from its events),
//   the same way on every workstation, so its result needs no exchange;
// - writes only rows that every workstation writes identically: ids from
//   core::keyedRowId over what they stand for, values taken from the
//   ledgers (never the clock, the workstation or the language), so the
//   synchronised tables stay the same everywhere, nothing is counted twice
//   and nothing is exported (logging is off);
// - flags each case a person must look at with flagForReview().
// Registered from the module's declareSyncTables(); runs on the importer's
// thread. A failing reconciler fails the file's transaction.
class PostImport {
public:
    using Reconciler = std::function<Result<Reconciled>(const QSqlDatabase &db, const ImportedRows &rows)>;

    static void registerReconciler(const QString &name, Reconciler reconciler);
    static QStringList reconcilerNames();
    // Runs them all, in the order they were registered.
    static Result<Reconciled> runAll(const QSqlDatabase &db, const ImportedRows &rows);
};

// A case for review found after a merge: an entry of the shared conflict
// log (merge_conflict, kind "ledger": nothing to restore, the rule already
// applied), with an id and values that every workstation that finds it
// writes alike, so it is one line everywhere and travels with nothing.
struct ReviewFlag {
    QString rule; // e.g. "deliveries.delivered_wins"
    QString table; // the record the person opens
    qint64 rowId = 0;
    RowVersion kept; // the operation that stands: time and workstation
    QString keptOperator;
    RowVersion discarded; // the one set aside
    QString discardedOperator;
    // column -> [kept, discarded], as the conflicts window shows them
    QVariantMap differences;
};

// Its conflict_key: "rule:<rule>:" then the table, row and both versions.
QString reviewFlagKey(const ReviewFlag &flag);
bool isReviewFlagKey(const QString &conflictKey);
// The rule named by a flag's key ("" for an ordinary conflict).
QString reviewFlagRule(const QString &conflictKey);
// Writes the flag unless it is already there; true when written.
Result<bool> flagForReview(const QSqlDatabase &db, const ReviewFlag &flag);

} // namespace core::sync

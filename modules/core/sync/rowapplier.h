#pragma once

#include "core/domain/result.h"
#include "core/sync/identitymerge.h"
#include "core/sync/statementcache.h"
#include "core/sync/syncfile.h"
#include "core/sync/syncschema.h"
#include "core/sync/syncstate.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>

namespace core::sync {

// Applies changes received from other workstations to this database, one
// row at a time, inside the importer's transaction (with logging
// suspended, so they are not exported again as this workstation's own):
// - ledgers: the row is inserted when missing, never overwritten;
// - rows edited in place: merged field by field (applyFields): each column
//   takes the value of its latest version (FieldVersions), so that edits
//   of different fields made apart all stay; deletions and rows missing
//   here go by the row's version (last-writer-wins on RowVersion); when
//   the loser was a
//   concurrent edit (the winner did not know it), its values go to the
//   conflict log (merge_conflict, a ledger that travels: every workstation
//   lists the same conflicts; two versions of one workstation are never
//   concurrent);
// - a change that cannot be applied yet (a row it refers to has not
//   arrived, a unique value is taken by another row here, a rule of this
//   database refuses it) is parked in sync_parked and retried later, so
//   that one awkward row never blocks the rest;
// - a deletion of a row still referenced here is refused, and the row is
//   marked changed so that the next export sends it back to everybody;
// - a row whose natural key (naturalkeys.h) is taken here by another row
//   is merged with it (identitymerge.h): the lower id is kept everywhere,
//   references move to it; what a person must decide waits as
//   'natural_key' ("Da riconciliare").
// Owned by the importer; the thread of its connection only.
class RowApplier {
public:
    enum class Outcome { Applied, Unchanged, Discarded, Parked, Ignored };

    RowApplier(
        const QSqlDatabase &db, const SyncSchema &schema, int localWorkstation, qint64 nowMs, QString operatorName);

    Result<Outcome> apply(const SyncChange &change, const QString &sourceFile);
    // Retries every parked change until no more can be applied; returns how
    // many were applied (or found out of date and dropped).
    Result<int> retryParked();

    int conflicts() const { return m_conflicts; }
    int parkedCount() const { return m_parked; }
    QStringList changedTables() const;
    IdentityMerger &identity() { return m_identity; }

private:
    struct Failure {
        bool constraint = false; // a rule of the database refused the statement
        QString reason; // missing_reference, duplicate_value, rejected, natural_key
        QString detail;
        Error error;
    };

    struct TableSql {
        QSet<QString> columns;
        QString select;
        QString remove;
        QStringList insertColumns; // of `insert`, the last one used
        QString insert;
        QStringList updateColumns;
        QString update;
    };
    TableSql &sqlFor(const SyncTable &table);
    Result<Outcome> applyLedger(const SyncTable &table, const SyncChange &change, const QString &sourceFile);
    // An insert or update of a row that exists here, merged field by field
    // (fieldmerge.cpp).
    Result<Outcome> applyFields(const SyncTable &table, const SyncChange &change, const QString &sourceFile,
        const LocalRowVersion &local, const QVariantMap &existing, const QVariantMap &incoming);
    // Whether the row would satisfy the table's CHECK constraints with
    // `values` written (tried and undone): the field-level merge of a group
    // of columns declared together falls back to the group whole when not.
    Result<bool> satisfiesChecks(const SyncTable &table, qint64 rowId, const QVariantMap &values);
    Status ensureLogSeq();
    // A local change record naming the columns to send again (the local
    // edits an import left in place, fieldmerge.cpp).
    Status resendColumns(const SyncTable &table, qint64 rowId, const QStringList &columns);
    Result<std::optional<QVariantMap>> readRow(const SyncTable &table, qint64 rowId);
    QVariantMap valuesFor(const SyncTable &table, const SyncChange &change);
    bool insertRow(const SyncTable &table, const QVariantMap &values, Failure *failure);
    bool updateRow(const SyncTable &table, qint64 rowId, const QVariantMap &values, Failure *failure);
    bool deleteRow(const SyncTable &table, qint64 rowId, Failure *failure);
    bool exec(const QString &sql, const QVariantList &binds, Failure *failure);
    Result<Outcome> park(const SyncChange &change, const QString &sourceFile, const Failure &failure);
    Status dropParked(const SyncChange &change);
    Status logConflict(const QString &kind, const SyncChange &change, const QString &sourceFile, const RowVersion &kept,
        const QString &keptOperator, const RowVersion &discarded, const QString &discardedOperator,
        const QVariantMap &differences, const QVariantMap &discardedValues);
    Status keepIdsAhead(qint64 rowId);
    Status markForResend(const SyncTable &table, qint64 rowId);

    QSqlDatabase m_db;
    StatementCache m_statements;
    const SyncSchema &m_schema;
    int m_workstation = 0;
    qint64 m_now = 0;
    QString m_operator;
    int m_conflicts = 0;
    int m_parked = 0;
    QSet<QString> m_changedTables;
    QHash<QString, TableSql> m_sql;
    qint64 m_logSeq = -1; // max(seq) of change_log, while known
    bool m_parkedRows = true; // sync_parked may hold rows
    bool m_groupStates = true; // merge_group_state may hold rows (groupmerge.h)
    IdentityMerger m_identity; // after m_statements, which it uses
};

// Columns whose values differ: {"column": [kept, discarded]} as JSON-ready
// values, only over the columns present in both maps.
QVariantMap rowDifferences(const QVariantMap &kept, const QVariantMap &discarded, const QString &keyColumn);

} // namespace core::sync

#pragma once

#include "core/domain/result.h"
#include "core/sync/fieldversions.h"
#include "core/sync/naturalkeys.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace core::sync {

class StatementCache;
struct SyncTable;

// One thing, one row: two rows of a table with one natural key
// (naturalkeys.h) made on two workstations become one.
//
// The rule, the same on every workstation whatever the order files arrive
// in: the row with the LOWER id is kept; every reference to the other one
// (every foreign key of the schema that points at its table, found with
// PRAGMA foreign_key_list, ledgers included) is moved to it, the other row
// is deleted, and the merge is written to identity_merge, a ledger that
// travels. So:
// - a row that arrives for a key taken here is merged on arrival (when the
//   key's sameColumns agree, or a person already decided: an entry exists);
// - a row received later that refers to a merged row is written pointing
//   at the kept one, and a change of a merged row is dropped (the kept
//   row's values win; the merged row's are kept in the entry);
// - an entry received from another workstation is carried out here as soon
//   as both rows are here (the kept one may come later: its arrival then
//   meets the merged row's key and follows the entry).
// What cannot be decided (the same codice fiscale under another name)
// waits in sync_parked as 'natural_key' and is listed in "Da riconciliare"
// (identityreview.h), where a person merges it (MergeIdentity).
//
// Reversible: the entry keeps the merged row's values, and
// sync_identity_pointer which references this workstation moved (table,
// column, row): enough to put the row and its references back. An undo is
// an entry of the ledger identity_merge_undo (0028), written by
// UndoIdentityMerge (identityreview.h) and carried out on arrival
// (applyUndo): the merged row comes back with the values it had, every
// reference this workstation moved goes back (unless changed since), and
// the entry is no longer in effect. An automatic entry for the same two
// rows is not in effect either (found apart elsewhere), and two rows whose
// merge was undone are never merged again without a person: their meeting
// goes to "Da riconciliare", where a person's new merge (a new entry)
// joins them again.
//
// The moves are the sync engine's own work, written with the change log
// suspended (every workstation makes them itself); only the entry is
// exported. Ledgers' "never updated" triggers are set aside for the move
// and made again in the same transaction. Runs inside the caller's
// transaction, on its connection's thread.
class IdentityMerger {
public:
    IdentityMerger(const QSqlDatabase &db, StatementCache &statements, int workstation, qint64 nowMs,
        QString operatorName);

    // Whether `rowId` of `table` was merged into another row.
    bool isMerged(const QString &table, qint64 rowId);
    // The row `rowId` became (itself when never merged).
    qint64 resolve(const QString &table, qint64 rowId);
    // Points the references of a received row at the rows kept.
    void rewriteReferences(const QString &table, QVariantMap &values);

    enum class Collision {
        NotNatural, // no natural key of the table is taken: the unique value is something else
        KeptHere, // the row here is kept: the received one is merged into it (nothing to insert)
        KeptIncoming, // the received row was inserted, the row here merged into it
        Review, // a person decides: the received row waits
    };
    struct CollisionResult {
        Collision outcome = Collision::NotNatural;
        QString keyColumns; // "tax_code": the key that met another row (for the review)
    };
    // An insert of a received row (`values`, with its id) refused for a
    // unique value: merges it when its natural key is taken here.
    Result<CollisionResult> onInsertCollision(const SyncTable &table, const QVariantMap &values);
    // An identity_merge row received from another workstation: carried out
    // when both rows are here.
    Status applyReceived(const QVariantMap &entry);

    // Merges row `merged` of `table` into `kept`, both here, with the change
    // log suspended (the entry's record is written by hand). Fails (and
    // writes nothing) when a move would break a rule of the database (two
    // rows then equal under another unique index).
    Status mergeRows(const QString &table, qint64 kept, qint64 merged, const QString &naturalKey,
        const QString &decidedBy);
    // Writes the ledger entry (unless one already names this merged row).
    // `logByHand`: the change log is suspended (an import), its record is
    // written directly so that the next export sends the entry.
    Status record(const QString &table, qint64 kept, qint64 merged, const QString &naturalKey,
        const QString &decidedBy, const QVariantMap &mergedValues, bool logByHand);

    // The undo of a merge: writes an identity_merge_undo entry for every
    // entry in effect for the two rows of entry `mergeId` (logged by hand,
    // as record() does) and carries it out (applyUndo). `restoredKey`
    // (column -> value, already checked by the caller): the record brought
    // back takes these values of its natural key instead of the ones it had
    // (they travel in the entry, restored_key, 0029). Errors:
    // sync.identity_unknown (no such entry), sync.identity_undo_done
    // (already undone), sync.identity_undo_key_taken [table, columns,
    // reason] (the row to restore meets another row's unique value: the
    // kept row's codice fiscale, unchanged since the merge, or a third
    // row's).
    Status undo(qint64 mergeId, const QVariantMap &restoredKey = {});
    // An identity_merge_undo row (received, or just written): the merged row
    // comes back (when the merge was carried out here, or the kept row is
    // here) with the entry's restored key, and every reference this
    // workstation moved goes back. A received undo whose row cannot come
    // back here (its key taken meanwhile by a third row) is not dropped: the
    // row is handed to the applier (takeRefusedRestores) as if it arrived,
    // so it meets the third row as any received row would (merged when
    // what identifies them agrees, else "Da riconciliare"), the same way on
    // every workstation.
    Status applyUndo(const QVariantMap &entry);

    // A row brought back by an undo that could not be inserted here.
    struct RefusedRestore {
        QString table;
        qint64 rowId = 0;
        QVariantMap values;
        RowVersion version; // the undo's (undone_at, undone_on)
        QString operatorName;
    };
    QList<RefusedRestore> takeRefusedRestores();

    // A change of a record whose merge was undone with a new key, made
    // before the undo (it carries the old key): takes the undo's key.
    void applyRestoredKey(const QString &table, const RowVersion &version, QVariantMap &values);
    // A row inserted by the applier (or merged on arrival): when it is a
    // merged row whose merge is no longer in effect (a restore that
    // waited), the references this workstation had moved go back to it (or
    // to the row it was merged into on arrival).
    Status landed(const QString &table, qint64 rowId);

    // The natural keys of `values` (the record to bring back) taken by a
    // row other than `rowId`: the columns ("tax_code"), in declaration
    // order. For the undo dialog (readMergeList) and the undo's check.
    Result<QStringList> takenKeys(const QString &table, qint64 rowId, const QVariantMap &values);

    QStringList changedTables() const { return QStringList(m_changed.cbegin(), m_changed.cend()); }
    int mergeCount() const { return m_merges; }

private:
    struct Reference {
        QString table;
        QString column;
        QString key; // the referencing table's INTEGER PRIMARY KEY column, empty when none
    };
    Status load();
    Result<bool> personDecided(const QString &table, qint64 a, qint64 b);
    Result<bool> pairUndone(const QString &table, qint64 a, qint64 b);
    // Two undos of one merge made apart with different key choices: the
    // choice set aside goes to the shared conflict log (a review flag,
    // rule sync.undo_key_set_aside, naming both choices).
    Status flagSetAsideKeys(const QString &table, qint64 merged);
    struct RestoredKey {
        QVariantMap values;
        RowVersion version;
    };
    Status restore(const QString &table, qint64 kept, qint64 merged, bool mustRestore, const QVariantMap &restoredKey,
        const RowVersion &undoVersion);
    // The references this workstation moved from `merged` onto `kept` point
    // at `target` again (`merged` itself, or what it became since).
    Status returnPointers(const QString &table, qint64 kept, qint64 merged, qint64 target);
    Status stepAsideAndRun(const QString &table, const std::function<Status()> &work);
    const QList<Reference> &referencesTo(const QString &table);
    const QHash<QString, QString> &foreignKeysOf(const QString &table); // column -> parent table
    Result<std::optional<QVariantMap>> readRow(const QString &table, qint64 id);
    Status move(const QString &table, qint64 kept, qint64 merged, const std::optional<QVariantMap> &keptValues);

    QSqlDatabase m_db;
    StatementCache &m_statements;
    int m_workstation = 0;
    qint64 m_now = 0;
    QString m_operator;
    bool m_loaded = false;
    QHash<QString, QHash<qint64, qint64>> m_merged; // table -> merged id -> kept id
    QHash<QString, QHash<qint64, RestoredKey>> m_restoredKeys; // table -> merged id -> the undo's key
    bool m_anyPointers = true; // sync_identity_pointer may hold rows
    QList<RefusedRestore> m_refused;
    QHash<QString, QList<Reference>> m_references;
    QHash<QString, QHash<QString, QString>> m_foreignKeys;
    QHash<QString, QStringList> m_columns;
    QSet<QString> m_changed;
    int m_merges = 0;
};

} // namespace core::sync

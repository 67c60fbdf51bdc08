#pragma once

#include "core/commands/command.h"
#include "core/domain/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantMap>

namespace core::sync {

// One case of "Da riconciliare": two records that may be the same thing
// made on two workstations, which the program does not merge by itself.
// - A received record waits (sync_parked, 'natural_key'): its key (the
//   codice fiscale) is taken here by a row that differs in what identifies
//   it (the name, the date of birth).
// - Two records here whose keys are equal only once normalised (a donor's
//   name with other punctuation): `otherWaiting` false.
struct ReconcileCase {
    QString table;
    QString keyColumns; // "tax_code"
    QString keyValue; // as the row here has it
    qint64 hereId = 0;
    qint64 otherId = 0;
    bool otherWaiting = false;
    int otherWorkstation = 0; // who made the other one
    QVariantMap here;
    QVariantMap other;
    QStringList differing; // columns whose values differ (the id aside)

    // A record's name from its values ("Rossi Mario", the name, the code).
    static QString label(const QVariantMap &values);
};

// Every case, received records first, then normalised names, in table
// order. Reads what grows with the tables that declare a normalised review
// (donors): run it off the GUI thread (core::BackgroundReader).
Result<QList<ReconcileCase>> readReconcileList(const QSqlDatabase &db);

// "Unisci": makes the two records one, as the import would (the lower id is
// kept, every reference moves to it, the merge is recorded in
// identity_merge and travels, so every workstation merges the same two
// rows). Permission::SyncReconcile (coordinator, administrator).
//
// Errors: sync.identity_unknown (no natural key for the table, or the same
// row twice), sync.identity_gone (a record is no longer here or waiting),
// sync.identity_merge_refused [table, reason] (the move breaks a rule of the
// database: two rows would become equal under another unique index).
class MergeIdentity : public Command {
public:
    MergeIdentity(QString table, qint64 firstId, qint64 secondId);
    QString code() const override { return QStringLiteral("sync.identity.merge"); }
    QString permission() const override;
    Status check(const CommandContext &context) const override;
    Status apply(const CommandContext &context) override;
    QString auditDetail() const override;

    qint64 keptId() const { return m_kept; }
    qint64 mergedId() const { return m_merged; }
    // The tables the merge wrote (for the change notifier: the moves are
    // not in the change log).
    QStringList changedTables() const { return m_changed; }

private:
    QString m_table;
    qint64 m_kept = 0;
    qint64 m_merged = 0;
    QStringList m_changed;
};

// A merge in effect, for the list of merges ("Record uniti") where a
// person undoes one: the last entry of the two rows.
struct MergeRecord {
    qint64 mergeId = 0; // identity_merge.id
    QString table;
    qint64 keptId = 0;
    qint64 mergedId = 0;
    QString naturalKey; // the key's value ("RSSMRA80A01F205X")
    bool byPerson = false; // decided in "Da riconciliare" (else automatic)
    qint64 mergedAt = 0; // ms UTC
    int mergedOn = 0; // workstation
    QString operatorName;
    QVariantMap kept; // the kept row as it is now (empty when not here)
    QVariantMap merged; // the merged row as it was (identity_merge.merged_values)
    // The natural keys ("tax_code") of the merged row that another row has
    // now (the kept one, unchanged since the merge, or a third): the undo
    // must give the record brought back a new value for each.
    QStringList takenKeys;
};

// Every merge in effect, the latest first. Small (a merge is rare): still
// read with the reconcile list, off the GUI thread.
Result<QList<MergeRecord>> readMergeList(const QSqlDatabase &db);

// "Annulla unione": undoes a merge (identity_merge entry `mergeId`): the
// merged record comes back as it was, everything the merge moved onto the
// kept record goes back to it, on every workstation (the undo is an
// identity_merge_undo entry that travels), and the two records are never
// merged again without a person. Permission::SyncReconcile, like the merge.
//
// `newKey` (column -> value as typed, e.g. {"tax_code": "..."}): the merged
// record was another person or thing whose key was typed wrong; it comes
// back with this key instead, in the same transaction. Each value is
// checked as the module's form checks it (NaturalKey::check: the codice
// fiscale's check character, and the date of birth it gives) and must not
// be another record's. The new key travels in the undo entry, so every
// workstation ends with the same two records.
//
// Errors: sync.identity_unknown (no such merge, or a column that is not a
// natural key of the table), sync.identity_undo_done (already undone),
// sync.identity_undo_key_taken [table, key columns] (the record kept still
// has the same codice fiscale, code or name: give a new one, or correct it
// there first), sync.identity_undo_new_key_taken [table, column, value,
// record] (the new value is another record's), the module's error for a
// value its form refuses (volunteers.cf_check, stock.empty_code, ...),
// sync.identity_key_empty [column] (an empty value where the module
// declares no rule).
class UndoIdentityMerge : public Command {
public:
    explicit UndoIdentityMerge(qint64 mergeId, QVariantMap newKey = {});
    QString code() const override { return QStringLiteral("sync.identity.undo"); }
    QString permission() const override;
    Status check(const CommandContext &context) const override;
    Status apply(const CommandContext &context) override;
    QString auditDetail() const override;

    QStringList changedTables() const { return m_changed; }

private:
    qint64 m_mergeId = 0;
    QVariantMap m_newKey;
    QString m_pair;
    QString m_keyDetail;
    QStringList m_changed;
};

} // namespace core::sync

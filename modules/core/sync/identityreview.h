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

} // namespace core::sync

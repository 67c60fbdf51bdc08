#pragma once

#include "recoveryplan.h"

#include "core/sync/restorecounters.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

class QWidget;

// What the window does at start about a database it cannot use as it is:
// a quick integrity check, and the dialog of a RecoveryPlan (restore the
// newest intact backup keeping the damaged file aside, create a missing
// file, open another). The decisions are in RecoveryPlan; this shows them.
class DatabaseRecovery {
    Q_DECLARE_TR_FUNCTIONS(DatabaseRecovery)
public:
    // PRAGMA quick_check (and foreign keys) on an open database: the
    // problems found, empty when it is intact.
    static QStringList quickCheck(const QSqlDatabase &db);

    // The newest automatic backup that passes its check (busy cursor).
    static std::optional<core::sync::BackupFile> newestGoodBackup(const QString &databasePath, const QString &backupFolder);

    // Shows the plan; the choice made (Close when the dialog is closed).
    static RecoveryPlan::Choice ask(QWidget *parent, const RecoveryPlan &plan);

    // Restores plan.backup, keeping the damaged file aside ("damaged-..."),
    // and says how it went. The database must be closed in this process.
    static bool restore(QWidget *parent, const RecoveryPlan &plan);

    // A paragraph on the ids and document numbers a restore moved on
    // (empty when it moved nothing), for the message after a restore.
    static QString countersText(const core::sync::CountersMoved &moved);
};

#pragma once

#include "recoveryplan.h"

#include "core/db/database.h"
#include "core/sync/restorecounters.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

class QAbstractButton;
class QMessageBox;
class QWidget;

// What the window does about a database it cannot use as it is: the
// constant-time opening at start, and the dialog of a RecoveryPlan
// (restore the newest intact backup keeping the damaged file aside,
// create a missing file, open another). The decisions are in
// RecoveryPlan; this shows them.
class DatabaseRecovery {
    Q_DECLARE_TR_FUNCTIONS(DatabaseRecovery)
public:
    // What the window does with the file before its first paint, nothing
    // whose cost grows with the file: core::openDatabase() (header, schema
    // version, WAL), the reference data when the file has none yet, and
    // core::startCheck(). The quick and full integrity checks run after
    // the first paint, on a worker (BackgroundCheck).
    struct Opened {
        std::optional<core::DbConnection> connection; // set when it opened
        core::Status status;                          // the error when it did not
        QStringList problems;                         // what the start check found (it opened)
    };
    static Opened openAtStart(const QString &path, const core::OpenOptions &options);

    // The newest automatic backup that passes its check (busy cursor).
    static std::optional<core::sync::BackupFile> newestGoodBackup(const QString &databasePath, const QString &backupFolder);

    // Shows the plan; the choice made (Close when the dialog is closed).
    static RecoveryPlan::Choice ask(QWidget *parent, const RecoveryPlan &plan);
    // The same box, not modal (objectName "databaseDamagedAlert"), shown
    // over the window without stopping what the person is doing; it deletes
    // itself when closed. choiceOf() tells which choice a button stands for.
    static QMessageBox *alert(QWidget *parent, const RecoveryPlan &plan);
    static RecoveryPlan::Choice choiceOf(const QAbstractButton *button);

    // Restores plan.backup, keeping the damaged file aside ("damaged-..."),
    // and says how it went. The database must be closed in this process.
    static bool restore(QWidget *parent, const RecoveryPlan &plan);

    // A paragraph on the ids and document numbers a restore moved on
    // (empty when it moved nothing), for the message after a restore.
    static QString countersText(const core::sync::CountersMoved &moved);
};

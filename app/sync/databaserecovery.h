#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

class QWidget;

// What the program does at start about a damaged database: a quick
// integrity check, and when the file is damaged, the offer to restore the
// newest intact automatic backup, keeping the damaged file aside.
class DatabaseRecovery {
    Q_DECLARE_TR_FUNCTIONS(DatabaseRecovery)
public:
    // PRAGMA quick_check (and foreign keys) on an open database: the
    // problems found, empty when it is intact.
    static QStringList quickCheck(const QSqlDatabase &db);

    enum class Choice { Restored, ContinueAnyway, GiveUp };
    // Explains the damage and offers the newest intact automatic backup.
    // The database must be closed. canContinue: the file opened, so the
    // person may choose to go on with it (to copy data out, for example).
    static Choice offerRestore(QWidget *parent, const QString &databasePath, const QString &problem,
        const QString &backupFolder, bool canContinue);
};

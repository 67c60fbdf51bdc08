#pragma once

#include "core/sync/syncservice.h"

#include <QString>
#include <QStringList>

// The per-user settings of the program (QSettings, "CCV-MI/cisiamo"):
// which database to open, the interface language, the operators who used
// this workstation, the sync folder. The workstation number lives in the
// database itself (local_config), because row ids depend on it.
class AppSettings {
public:
    static QString defaultDatabasePath();
    static QString databasePath();
    static void setDatabasePath(const QString &path);

    static QString language(); // "it" (default) or "en"
    static void setLanguage(const QString &language);
    static QStringList supportedLanguages() { return { QStringLiteral("it"), QStringLiteral("en") }; }

    static QStringList recentOperators();
    static void rememberOperator(const QString &name);

    static QString syncFolder();
    static void setSyncFolder(const QString &path);
    static int syncIntervalMinutes(); // 15 by default, 1..1440
    static void setSyncIntervalMinutes(int minutes);
    static QString openDataFolder(); // empty: "open-data" next to the database
    static void setOpenDataFolder(const QString &path);
    static QString backupFolder(); // empty: "backups" next to the database
    static void setBackupFolder(const QString &path);
    static int keepBackups(); // automatic backups kept, 14 by default
    static void setKeepBackups(int count);

    // Everything the sync service needs, for this database and operator.
    static core::sync::SyncSettings syncSettings(const QString &databasePath, const QString &operatorName);
};

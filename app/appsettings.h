#pragma once

#include "core/sync/syncservice.h"

#include <QString>
#include <QStringList>

// The per-user settings of the program (QSettings, "CCV-MI/cisiamo"):
// which database to open, the interface language, the user names that
// signed in here, the idle lock, the sync folder. The workstation number lives in the
// database itself (local_config), because row ids depend on it.
class AppSettings {
public:
    static QString defaultDatabasePath();
    static QString databasePath();
    static void setDatabasePath(const QString &path);

    // "it" or "en": the saved one, else the system's (translations.h).
    static QString language();
    static QString savedLanguage(); // empty when none was saved (or an unknown one)
    static void setLanguage(const QString &language);
    static QStringList supportedLanguages() { return { QStringLiteral("it"), QStringLiteral("en") }; }

    // The user names that signed in on this workstation, most recent first.
    static QStringList recentOperators();
    static void rememberOperator(const QString &username);

    // Minutes without keyboard or mouse before the workstation locks.
    static constexpr int minIdleLockMinutes = 1;
    static constexpr int maxIdleLockMinutes = 240;
    static constexpr int defaultIdleLockMinutes = 10;
    static int idleLockMinutes();
    static void setIdleLockMinutes(int minutes);

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

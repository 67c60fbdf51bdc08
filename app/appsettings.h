#pragma once

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

    static QString language(); // "it" (default) or "en"
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
};

#include "appsettings.h"

#include "translations.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace {
const QString keyDatabase = QStringLiteral("database/path");
const QString keyLanguage = QStringLiteral("ui/language");
const QString keyOperators = QStringLiteral("operator/recent");
const QString keySyncFolder = QStringLiteral("sync/folder");
const QString keySyncInterval = QStringLiteral("sync/interval_minutes");
const QString keyOpenDataFolder = QStringLiteral("sync/open_data_folder");
const QString keyBackupFolder = QStringLiteral("backup/folder");
const QString keyKeepBackups = QStringLiteral("backup/keep");
const QString keyIdleLock = QStringLiteral("session/idle_lock_minutes");
constexpr int maxRecentOperators = 12;
} // namespace

QString AppSettings::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("cisiamo.sqlite"));
}

QString AppSettings::databasePath()
{
    return QSettings().value(keyDatabase, defaultDatabasePath()).toString();
}

void AppSettings::setDatabasePath(const QString &path)
{
    QSettings().setValue(keyDatabase, path);
}

QString AppSettings::savedLanguage()
{
    const QString lang = QSettings().value(keyLanguage).toString();
    return supportedLanguages().contains(lang) ? lang : QString();
}

QString AppSettings::language()
{
    return chooseLanguage(QString(), savedLanguage(), QLocale::system());
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(keyLanguage, language);
}

QStringList AppSettings::recentOperators()
{
    return QSettings().value(keyOperators).toStringList();
}

void AppSettings::rememberOperator(const QString &username)
{
    QStringList list = recentOperators();
    list.removeAll(username);
    list.prepend(username);
    while (list.size() > maxRecentOperators)
        list.removeLast();
    QSettings().setValue(keyOperators, list);
}

QString AppSettings::syncFolder()
{
    return QSettings().value(keySyncFolder).toString();
}

void AppSettings::setSyncFolder(const QString &path)
{
    QSettings().setValue(keySyncFolder, path);
}

int AppSettings::syncIntervalMinutes()
{
    return std::clamp(QSettings().value(keySyncInterval, 15).toInt(), 1, 1440);
}

void AppSettings::setSyncIntervalMinutes(int minutes)
{
    QSettings().setValue(keySyncInterval, std::clamp(minutes, 1, 1440));
}

QString AppSettings::openDataFolder()
{
    return QSettings().value(keyOpenDataFolder).toString();
}

void AppSettings::setOpenDataFolder(const QString &path)
{
    QSettings().setValue(keyOpenDataFolder, path);
}

QString AppSettings::backupFolder()
{
    return QSettings().value(keyBackupFolder).toString();
}

void AppSettings::setBackupFolder(const QString &path)
{
    QSettings().setValue(keyBackupFolder, path);
}

int AppSettings::keepBackups()
{
    return std::clamp(QSettings().value(keyKeepBackups, 14).toInt(), 1, 365);
}

void AppSettings::setKeepBackups(int count)
{
    QSettings().setValue(keyKeepBackups, std::clamp(count, 1, 365));
}

core::sync::SyncSettings AppSettings::syncSettings(const QString &databasePath, const QString &operatorName)
{
    core::sync::SyncSettings settings;
    settings.databasePath = QFileInfo(databasePath).absoluteFilePath();
    settings.operatorName = operatorName;
    settings.syncFolder = syncFolder();
    settings.openDataFolder = openDataFolder();
    settings.backupFolder = backupFolder();
    settings.intervalMinutes = syncIntervalMinutes();
    settings.keepBackups = keepBackups();
    return settings;
}

int AppSettings::idleLockMinutes()
{
    const int minutes = QSettings().value(keyIdleLock, defaultIdleLockMinutes).toInt();
    return std::clamp(minutes, minIdleLockMinutes, maxIdleLockMinutes);
}

void AppSettings::setIdleLockMinutes(int minutes)
{
    QSettings().setValue(keyIdleLock, std::clamp(minutes, minIdleLockMinutes, maxIdleLockMinutes));
}

#include "core/db/backup.h"

#include "core/db/sql.h"
#include "core/domain/clock.h"
#include "core/domain/diskflush.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace core {

QString preMigrationBackupPath(const QString &databasePath, int fromVersion)
{
    return QStringLiteral("%1.pre-v%2-%3.bak")
        .arg(databasePath)
        .arg(fromVersion)
        .arg(core::SystemClock::instance().now().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

Status backupDatabase(const QSqlDatabase &db, const QString &target)
{
    const QFileInfo info(target);
    if (info.exists())
        return Error(QStringLiteral("backup.target_exists"), { target });
    const QDir dir = info.absoluteDir();
    if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
        return Error(QStringLiteral("file.cannot_create_dir"), { dir.absolutePath() });

    const QString partial = info.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(partial);
    auto vacuum = runQuery(db, QStringLiteral("VACUUM INTO ?"), { partial });
    if (!vacuum) {
        QFile::remove(partial);
        return Error(QStringLiteral("backup.failed"), { target, vacuum.error().args.value(0) });
    }
    if (!flushFileToDisk(partial) || !QFile::rename(partial, info.absoluteFilePath())
        || !flushFolderToDisk(dir.absolutePath())) {
        QFile::remove(partial);
        return Error(QStringLiteral("backup.failed"), { target, QString() });
    }
    return {};
}

} // namespace core

#include "core/db/backup.h"

#include "core/db/sql.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace core {

namespace {

bool flushToDisk(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(f.handle()) == 0;
#else
    return f.flush();
#endif
}

} // namespace

QString preMigrationBackupPath(const QString &databasePath, int fromVersion)
{
    return QStringLiteral("%1.pre-v%2-%3.bak")
        .arg(databasePath)
        .arg(fromVersion)
        .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
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
    if (!flushToDisk(partial) || !QFile::rename(partial, info.absoluteFilePath())) {
        QFile::remove(partial);
        return Error(QStringLiteral("backup.failed"), { target, QString() });
    }
    return {};
}

} // namespace core

#include "core/db/backup.h"

#include "core/db/sql.h"
#include "core/domain/clock.h"
#include "core/domain/diskflush.h"
#include "core/domain/wholefile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>

namespace core {

QString preMigrationBackupPath(const QString &databasePath, int fromVersion)
{
    return QStringLiteral("%1.pre-v%2-%3.bak")
        .arg(databasePath)
        .arg(fromVersion)
        .arg(core::SystemClock::instance().now().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

namespace {

// What SQLite said, as the kind of file.cannot_write (core/domain/wholefile.h):
// its texts for SQLITE_FULL and SQLITE_IOERR are fixed.
QString failureKind(const Error &error)
{
    const QString text = error.args.value(0);
    if (text.contains(QLatin1String("disk is full")))
        return QStringLiteral("disk_full");
    if (text.contains(QLatin1String("I/O error")))
        return QStringLiteral("io");
    return {};
}

} // namespace

Status backupDatabase(const QSqlDatabase &db, const QString &target)
{
    const QFileInfo info(target);
    if (info.exists())
        return Error(QStringLiteral("backup.target_exists"), { target });
    const QDir dir = info.absoluteDir();
    if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
        return Error(QStringLiteral("file.cannot_create_dir"), { dir.absolutePath() });

    const QString partial = info.absoluteFilePath() + QStringLiteral(".partial");
    // A failed VACUUM INTO leaves its rollback journal beside the file.
    const auto removePartial = [&partial] {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
    };
    removePartial();
    auto vacuum = runQuery(db, QStringLiteral("VACUUM INTO ?"), { partial });
    if (!vacuum) {
        removePartial();
        return Error(QStringLiteral("backup.failed"), { target, vacuum.error().args.value(0), failureKind(vacuum.error()) });
    }
    if (!flushFileToDisk(partial)) {
        const int e = errno;
        removePartial();
        return Error(QStringLiteral("backup.failed"), writeError(target, e).args);
    }
    if (!QFile::rename(partial, info.absoluteFilePath()) || !flushFolderToDisk(dir.absolutePath())) {
        removePartial();
        QFile::remove(info.absoluteFilePath());
        return Error(QStringLiteral("backup.failed"), { target, QString() });
    }
    return {};
}

} // namespace core

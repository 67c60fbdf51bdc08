#include "core/db/backup.h"

#include "core/db/database.h"
#include "core/db/databasefile.h"
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

// VACUUM INTO on a read-only connection takes SQLite's slow path (rows
// copied one by one and every index rebuilt: about four times the time,
// and a larger file). When the file itself can be written, a writable
// SQLite connection of our own to it, which only reads, takes the fast
// one. Invalid when the given connection is already writable, or nothing
// may be written there (then the copy stays on the given connection).
DbConnection writableTwin(const QSqlDatabase &db)
{
    const QString path = db.databaseName();
    if (!isReadOnly(db) || path.isEmpty() || path == QLatin1String(":memory:")
        || DatabaseFile::readOnlyBecause(path) != DatabaseFile::ReadOnlyBecause::No)
        return {};
    DbConnection twin(uniqueConnectionName(QStringLiteral("backup")));
    QSqlDatabase rw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), twin.name());
    rw.setDatabaseName(path);
    rw.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!rw.open())
        return {};
    return twin;
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
    const DbConnection twin = writableTwin(db);
    auto vacuum = runQuery(twin.isValid() ? twin.db() : db, QStringLiteral("VACUUM INTO ?"), { partial });
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

#include "core/db/database.h"

#include "core/db/backup.h"
#include "core/db/connectionstate.h"
#include "core/db/idallocator.h"
#include "core/db/localconfig.h"
#include "core/db/migrator.h"
#include "core/db/sql.h"
#include "core/domain/clock.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace core {

DbConnection &DbConnection::operator=(DbConnection &&other) noexcept
{
    if (this != &other) {
        close();
        m_name = std::exchange(other.m_name, QString());
    }
    return *this;
}

void DbConnection::close()
{
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    forgetConnectionState(m_name);
    m_name.clear();
}

QString uniqueConnectionName(const QString &prefix)
{
    static QAtomicInt counter;
    return QStringLiteral("%1-%2").arg(prefix).arg(counter.fetchAndAddRelaxed(1) + 1);
}

namespace {

// Checks the file before SQLite touches it: an existing file must start
// with the SQLite header (an empty file is a new database).
Status probeFile(const QString &path, const OpenOptions &options, bool *isNew)
{
    const QFileInfo info(path);
    *isNew = !info.exists() || (info.isFile() && info.size() == 0);
    if (info.exists()) {
        if (!info.isFile())
            return Error(QStringLiteral("db.not_a_file"), { path });
        if (info.size() > 0) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return Error(QStringLiteral("db.cannot_open"), { path, f.errorString() });
            if (f.read(16) != QByteArray("SQLite format 3\0", 16))
                return Error(QStringLiteral("db.not_sqlite"), { path });
        }
        if (!options.readOnly && !info.isWritable())
            return Error(QStringLiteral("db.not_writable"), { path });
        return {};
    }
    if (!options.create)
        return Error(QStringLiteral("db.missing"), { path });
    const QDir dir = info.absoluteDir();
    if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
        return Error(QStringLiteral("file.cannot_create_dir"), { dir.absolutePath() });
    if (!QFileInfo(dir.absolutePath()).isWritable())
        return Error(QStringLiteral("db.not_writable"), { path });
    return {};
}

Status execPragma(const QSqlDatabase &db, const QString &pragma)
{
    auto q = runQuery(db, pragma);
    return q ? Status() : Status(q.error());
}

Status setUpNewDatabase(const QSqlDatabase &db, int workstation)
{
    auto s = LocalConfig::setValue(db, LocalConfig::workstationNumber, QString::number(workstation));
    if (!s)
        return s;
    return LocalConfig::setValue(db, LocalConfig::createdAt,
                                 core::SystemClock::instance().now().toUTC().toString(Qt::ISODate));
}

} // namespace

Result<DbConnection> openDatabase(const QString &path, const OpenOptions &options)
{
    if (path.trimmed().isEmpty())
        return Error(QStringLiteral("db.no_path"));
    bool isNew = false;
    if (auto probe = probeFile(path, options, &isNew); !probe)
        return probe.error();

    DbConnection connection(uniqueConnectionName());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection.name());
        db.setDatabaseName(path);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
        if (options.readOnly)
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(connectOptions);
        if (!db.open())
            return Error(QStringLiteral("db.cannot_open"), { path, db.lastError().text() });
    }
    const QSqlDatabase db = connection.db();
    const bool createdFile = isNew && !QFileInfo::exists(path + QStringLiteral("-wal"));

    // Reading the header tells a damaged file from a good one without
    // writing anything.
    auto version = schemaVersion(db);
    if (!version)
        return Error(QStringLiteral("db.corrupt"), { path, version.error().args.value(0) });
    auto tableCount = queryValue(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tableCount)
        return Error(QStringLiteral("db.corrupt"), { path, tableCount.error().args.value(0) });
    const int latest = latestSchemaVersion();
    if (*version > latest)
        return Error(QStringLiteral("db.newer_schema"), { path, QString::number(*version), QString::number(latest) });
    if (*version == 0 && tableCount->toInt() > 0)
        return Error(QStringLiteral("db.foreign_database"), { path });

    // temp_store = MEMORY: statement journals (one per statement that
    // fires a change_log trigger inside a transaction) stay in memory
    // instead of a temporary file: bulk writes were spending most of their
    // time in pwrite() of those journals.
    for (const QString &pragma : { QStringLiteral("PRAGMA foreign_keys = ON"),
                                   QStringLiteral("PRAGMA busy_timeout = 10000"),
                                   QStringLiteral("PRAGMA temp_store = MEMORY") }) {
        if (auto s = execPragma(db, pragma); !s)
            return Error(QStringLiteral("db.cannot_open"), { path, s.error().args.value(0) });
    }
    if (!options.readOnly) {
        // WAL: readers never block the writer; synchronous=FULL: a commit is
        // on disk before it returns, because the power goes out in the
        // emergencies this program is used in.
        for (const QString &pragma : { QStringLiteral("PRAGMA journal_mode = WAL"),
                                       QStringLiteral("PRAGMA synchronous = FULL") }) {
            if (auto s = execPragma(db, pragma); !s)
                return Error(QStringLiteral("db.cannot_open"), { path, s.error().args.value(0) });
        }
    }

    if (options.migrate && !options.readOnly && *version < latest) {
        if (*version > 0) {
            if (auto b = backupDatabase(db, preMigrationBackupPath(path, *version)); !b)
                return b.error();
        }
        auto applied = migrate(db);
        if (!applied) {
            if (createdFile) {
                connection.close();
                QFile::remove(path);
                QFile::remove(path + QStringLiteral("-wal"));
                QFile::remove(path + QStringLiteral("-shm"));
            }
            return applied.error();
        }
        if (*version == 0) {
            if (auto s = setUpNewDatabase(db, options.workstationForNew); !s)
                return s.error();
        }
    } else if (*version < latest && !options.readOnly) {
        // Read-only inspection (check, backup) of an older file is fine;
        // writing into an old schema is not.
        return Error(QStringLiteral("db.needs_migration"), { path, QString::number(*version), QString::number(latest) });
    }

    ConnectionState &state = connectionState(db);
    state.workstation = LocalConfig::value(db, LocalConfig::workstationNumber, QStringLiteral("0")).toInt();
    return connection;
}

} // namespace core

#include "core/db/database.h"

#include "core/db/backup.h"
#include "core/db/connectionstate.h"
#include "core/db/databasefile.h"
#include "core/db/idallocator.h"
#include "core/db/localconfig.h"
#include "core/db/migrator.h"
#include "core/db/schemacheck.h"
#include "core/db/sql.h"
#include "core/domain/clock.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <cerrno>
#include <cstring>

namespace core {

DbConnection &DbConnection::operator=(DbConnection &&other) noexcept
{
    if (this != &other) {
        close();
        m_name = std::exchange(other.m_name, QString());
        m_fileKey = std::exchange(other.m_fileKey, QString());
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
    if (!m_fileKey.isEmpty())
        DatabaseFile::connectionClosed(std::exchange(m_fileKey, QString()));
}

void DbConnection::holdFile(const QString &fileKey)
{
    if (fileKey == m_fileKey)
        return;
    DatabaseFile::connectionOpened(fileKey);
    if (!m_fileKey.isEmpty())
        DatabaseFile::connectionClosed(m_fileKey);
    m_fileKey = fileKey;
}

QString uniqueConnectionName(const QString &prefix)
{
    static QAtomicInt counter;
    return QStringLiteral("%1-%2").arg(prefix).arg(counter.fetchAndAddRelaxed(1) + 1);
}

namespace {

// Checks the file before SQLite opens it, with stat() and (only while no
// connection of this process is open on it) a raw read of its header.
// An existing empty file is a damaged database, not a new one: new files
// are created only by asking (options.create, when the file is missing).
Status probeFile(const QString &path, const OpenOptions &options, bool *isNew)
{
    const QFileInfo info(path);
    *isNew = !info.exists();
    if (info.exists()) {
        if (!info.isFile())
            return Error(QStringLiteral("db.not_a_file"), { path });
        switch (DatabaseFile::readHeader(path)) {
        case DatabaseFile::Header::Empty:
            return Error(QStringLiteral("db.empty"), { path });
        case DatabaseFile::Header::Zeroed:
            return Error(QStringLiteral("db.corrupt"), { path, QStringLiteral("header") });
        case DatabaseFile::Header::Truncated:
            return Error(QStringLiteral("db.corrupt"), { path, QStringLiteral("truncated") });
        case DatabaseFile::Header::Foreign:
            return Error(QStringLiteral("db.not_sqlite"), { path });
        case DatabaseFile::Header::Unreadable:
            return Error(QStringLiteral("db.cannot_open"), { path, QString::fromLocal8Bit(strerror(EACCES)) });
        case DatabaseFile::Header::Sqlite:
        case DatabaseFile::Header::NotChecked:
            break;
        }
        if (info.size() == 0) // open here already, and emptied since
            return Error(QStringLiteral("db.empty"), { path });
        return {};
    }
    if (!options.create)
        return Error(QStringLiteral("db.missing"), { path });
    const QDir dir = info.absoluteDir();
    if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
        return Error(QStringLiteral("file.cannot_create_dir"), { dir.absolutePath() });
    if (DatabaseFile::readOnlyBecause(path) != DatabaseFile::ReadOnlyBecause::No)
        return Error(QStringLiteral("db.not_writable"), { path });
    return {};
}

// SQLite's primary result codes that mean the bytes are wrong, as opposed
// to the file being out of reach (permissions, locks, a read-only folder).
bool isDamageCode(const QString &nativeCode)
{
    const int code = nativeCode.toInt() & 0xff;
    return code == 11 /* SQLITE_CORRUPT */ || code == 26 /* SQLITE_NOTADB */;
}

struct FirstRead {
    int version = 0;
    int tables = 0;
};

// The first read of the file: schema version and table count. A damaged
// header or first page fails here, and so does an unreachable -shm (a
// read-only folder), which is not damage.
Result<FirstRead> readFirst(const QSqlDatabase &db, const QString &path)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
        const int version = q.value(0).toInt();
        if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next())
            return FirstRead { version, q.value(0).toInt() };
    }
    const QSqlError error = q.lastError();
    if (isDamageCode(error.nativeErrorCode()))
        return Error(QStringLiteral("db.corrupt"), { path, error.databaseText() });
    return Error(QStringLiteral("db.cannot_open"), { path, error.databaseText() });
}

Status openSqlite(DbConnection &connection, const QString &path, bool readOnly, bool immutable)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection.name());
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
    if (readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (immutable) {
        // A read-only folder without a -shm: SQLite cannot share the
        // wal-index, and nobody can write here either.
        connectOptions += QStringLiteral(";QSQLITE_OPEN_URI");
        db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                           + QStringLiteral("?immutable=1"));
    } else {
        db.setDatabaseName(path);
    }
    db.setConnectOptions(connectOptions);
    if (!db.open())
        return Error(QStringLiteral("db.cannot_open"), { path, db.lastError().text() });
    // The open connection keeps its URI; databaseName() gives the file
    // again, as everywhere else (titles, backups, worker connections).
    if (immutable)
        db.setDatabaseName(path);
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

    // Read-only when asked, or when the file or its folder cannot be
    // written: the person can still look and print.
    QString readOnlyReason = options.readOnly ? QStringLiteral("asked") : QString();
    if (!options.readOnly && !isNew) {
        const auto because = DatabaseFile::readOnlyBecause(path);
        if (because == DatabaseFile::ReadOnlyBecause::File)
            readOnlyReason = QStringLiteral("file");
        else if (because == DatabaseFile::ReadOnlyBecause::Folder)
            readOnlyReason = QStringLiteral("folder");
    }
    const bool readOnly = !readOnlyReason.isEmpty();

    // Another connection of this process on the file (a worker's, the
    // window's) was checked when it opened: the schema is not read again.
    const bool schemaCheckedHere = DatabaseFile::openHere(path);
    DbConnection connection(uniqueConnectionName());
    // Registered before SQLite opens it: no raw read of it from now on.
    connection.holdFile(DatabaseFile::key(path));
    if (auto s = openSqlite(connection, path, readOnly, false); !s)
        return s.error();
    auto first = readFirst(connection.db(), path);
    if (!first && readOnly && first.error().code == QLatin1String("db.cannot_open")
        && DatabaseFile::folderReadOnly(path)
        && !QFileInfo::exists(path + QStringLiteral("-wal"))) {
        connection = DbConnection(uniqueConnectionName());
        connection.holdFile(DatabaseFile::key(path));
        if (auto s = openSqlite(connection, path, true, true); !s)
            return s.error();
        first = readFirst(connection.db(), path);
    }
    if (!first)
        return first.error();
    connection.holdFile(DatabaseFile::key(path)); // a new file has its canonical name now
    const QSqlDatabase db = connection.db();
    const bool createdFile = isNew && !QFileInfo::exists(path + QStringLiteral("-wal"));
    const int version = first->version;
    const int latest = latestSchemaVersion();
    if (version > latest)
        return Error(QStringLiteral("db.newer_schema"), { path, QString::number(version), QString::number(latest) });
    if (version == 0 && first->tables > 0)
        return Error(QStringLiteral("db.foreign_database"), { path });
    // Before anything is written (the journal mode, a backup, a migration):
    // the schema must be what its version says. Reads sqlite_master alone.
    if (version > 0 && options.checkSchema && !schemaCheckedHere) {
        if (auto s = checkSchema(db, version, path); !s)
            return s.error();
    }

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
    if (!readOnly) {
        // WAL: readers never block the writer; synchronous=FULL: a commit is
        // on disk before it returns, because the power goes out in the
        // emergencies this program is used in.
        const QStringList durable = { QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = FULL") };
        const QStringList building = { QStringLiteral("PRAGMA journal_mode = MEMORY"), QStringLiteral("PRAGMA synchronous = OFF"),
                                       QStringLiteral("PRAGMA cache_size = -131072") };
        for (const QString &pragma : options.buildingTemporaryFile ? building : durable) {
            if (auto s = execPragma(db, pragma); !s)
                return Error(QStringLiteral("db.cannot_open"), { path, s.error().args.value(0) });
        }
    }

    if (options.migrate && !readOnly && version < latest) {
        if (version > 0) {
            if (auto b = backupDatabase(db, preMigrationBackupPath(path, version)); !b)
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
        if (version == 0) {
            if (auto s = setUpNewDatabase(db, options.workstationForNew); !s)
                return s.error();
        }
    } else if (version < latest && !options.readOnly) {
        // Read-only inspection (check, backup) of an older file is fine;
        // writing into an old schema is not.
        return Error(QStringLiteral("db.needs_migration"), { path, QString::number(version), QString::number(latest) });
    }

    ConnectionState &state = connectionState(db);
    state.readOnlyReason = readOnlyReason;
    state.workstation = LocalConfig::value(db, LocalConfig::workstationNumber, QStringLiteral("0")).toInt();
    return connection;
}

bool isDamage(const Error &error)
{
    return error.code == QLatin1String("db.empty") || error.code == QLatin1String("db.corrupt")
        || error.code == QLatin1String("db.schema_mismatch");
}

bool isReadOnly(const QSqlDatabase &db)
{
    return !connectionState(db).readOnlyReason.isEmpty();
}

QString readOnlyReason(const QSqlDatabase &db)
{
    return connectionState(db).readOnlyReason;
}

} // namespace core

#include "demobuilder.h"

#include "core/db/derivedtables.h"
#include "core/db/transaction.h"

#include "moduleregistry.h"

#include "core/db/connectionstate.h"
#include "core/db/database.h"
#include "core/db/databasefile.h"
#include "core/db/deferredindexes.h"
#include "core/db/sql.h"
#include "core/domain/clock.h"
#include "core/domain/diskflush.h"
#include "core/reference/referenceloader.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace {

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
        QFile::remove(path + suffix);
}

} // namespace

core::Status createDemoDatabase(const QString &path, const DemoOptions &options)
{
    const QFileInfo target(path);
    if (target.exists() && !options.force)
        return core::Error(QStringLiteral("db.exists"), { path });
    // Replacing a file that a window or a command is using would leave them
    // writing into the file put aside (see core::DatabaseFile).
    if (target.exists() && (core::DatabaseFile::openHere(path) || core::DatabaseFile::openElsewhere(path)))
        return core::Error(QStringLiteral("db.in_use"), { path });
    const QString building = path + QStringLiteral(".building");
    removeDatabaseFiles(building);

    // Builds in a scope of its own: every handle on the connection is gone
    // before the file is renamed.
    const core::Status built = [&]() -> core::Status {
        core::OpenOptions open;
        open.workstationForNew = options.workstation;
        // Renamed only when complete: a crash mid-build loses nothing worth
        // a journal on disk or an fsync per commit.
        open.buildingTemporaryFile = true;
        auto connection = core::openDatabase(building, open);
        if (!connection)
            return connection.error();
        core::setSessionOperator(connection->db(), QStringLiteral("demo"));
        // The change log gets a row for every row the demo writes (1.8
        // million for five years); nothing in the demo reads it by its
        // secondary indexes, built once at the end.
        auto changeLogIndexes = core::DeferredIndexes::drop(connection->db(), { QStringLiteral("change_log") });
        if (!changeLogIndexes)
            return changeLogIndexes.error();
        options.progress(QStringLiteral("reference"));
        if (auto s = core::loadReferenceData(connection->db()); !s)
            return s;
        core::DemoContext context;
        context.db = connection->db();
        context.years = options.years;
        context.today = options.today.isValid() ? options.today : core::SystemClock::instance().today();
        context.progress = options.progress;
        for (const core::DemoStep &step : demoSteps()) {
            options.progress(step.name);
            if (auto s = step.run(context); !s)
                return s;
        }
        // The summaries the steps' rows made stale (the Cruscotto's backlog),
        // as a command would before it commits.
        {
            core::Transaction tx(connection->db());
            if (!tx)
                return tx.error();
            core::DerivedTables::refresh(connection->db());
            if (auto s = tx.commit(); !s)
                return s;
        }
        return changeLogIndexes->restore();
    }(); // the connection closes here
    if (!built) {
        removeDatabaseFiles(building);
        return built;
    }

    // Opened again as the program opens it (WAL, synchronous=FULL), so the
    // finished file is in WAL mode like any other.
    const core::Status folded = [&]() -> core::Status {
        core::OpenOptions open;
        open.create = false;
        auto connection = core::openDatabase(building, open);
        if (!connection)
            return connection.error();
        // Folds the WAL back into the file now, where a full disk is seen:
        // at close a failed checkpoint is silent, and the WAL left beside
        // the ".building" name would not follow it on rename.
        auto folded = core::runQuery(connection->db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        if (!folded)
            return core::Error(QStringLiteral("file.cannot_write"), { building, folded.error().args.value(0) });
        if (!folded->next() || folded->value(0).toInt() != 0)
            return core::Error(QStringLiteral("file.cannot_write"), { building, QString() });
        return {};
    }();
    if (!folded) {
        removeDatabaseFiles(building);
        return folded;
    }
    if (QFileInfo(building + QStringLiteral("-wal")).size() > 0 || !core::flushFileToDisk(building)) {
        removeDatabaseFiles(building);
        return core::Error(QStringLiteral("file.cannot_write"), { building, QString() });
    }

    if (target.exists()) {
        const QString aside = path + QStringLiteral(".replaced-")
            + core::SystemClock::instance().now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(path, aside))
            return core::Error(QStringLiteral("file.cannot_write"), { path, QString() });
        QFile::rename(path + QStringLiteral("-wal"), aside + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    if (!QFile::rename(building, path))
        return core::Error(QStringLiteral("file.cannot_write"), { path, QString() });
    QFile::remove(building + QStringLiteral("-shm"));
    return {};
}

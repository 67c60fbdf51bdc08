#include "demobuilder.h"

#include "moduleregistry.h"

#include "core/db/connectionstate.h"
#include "core/db/database.h"
#include "core/domain/clock.h"
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
    const QString building = path + QStringLiteral(".building");
    removeDatabaseFiles(building);

    // Builds in a scope of its own: every handle on the connection is gone
    // before the file is renamed.
    const core::Status built = [&]() -> core::Status {
        core::OpenOptions open;
        open.workstationForNew = options.workstation;
        auto connection = core::openDatabase(building, open);
        if (!connection)
            return connection.error();
        core::setSessionOperator(connection->db(), QStringLiteral("demo"));
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
        return {};
    }(); // the connection closes here: SQLite folds the WAL back into the file
    if (!built) {
        removeDatabaseFiles(building);
        return built;
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

// Backup of a read-only connection (issue 17, point 3): VACUUM INTO on the
// read-only connection itself (the former backupDatabase(), SQLite's slow
// path) against backupDatabase() now (a writable SQLite connection of its
// own reads the file), beside `sqlite3 DB "VACUUM INTO"` in the same run,
// on the 1- and the 5-year demo (copied first).
// Usage: bench_backupreadonly [runs] (3 by default).

#include "benchratio.h"

#include "core/db/backup.h"
#include "core/db/database.h"
#include "core/db/sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QByteArray(argv[1]).toInt() : 3;
    QTemporaryDir dir;
    for (int years : { 1, 5 }) {
        const QString demo = bench::demoDatabase(years);
        const QString db = dir.filePath(QStringLiteral("demo-%1y.sqlite").arg(years));
        if (demo.isEmpty() || !QFile::copy(demo, db))
            return 1;
        core::OpenOptions options;
        options.create = false;
        options.migrate = false;
        options.readOnly = true;
        auto connection = core::openDatabase(db, options);
        if (!connection)
            return 1;
        const QString out = dir.filePath(QStringLiteral("out.sqlite"));
        const QString floorOut = dir.filePath(QStringLiteral("floor.sqlite"));
        auto floor = [&] {
            QFile::remove(floorOut);
            bench::timeProcess(QStringLiteral("sqlite3"), { db, QStringLiteral("VACUUM INTO '%1'").arg(floorOut) });
        };
        const QString tag = QStringLiteral(" %1y").arg(years);
        auto [former, floorA] = bench::interleaved(runs,
            [&] {
                QFile::remove(out);
                core::runQuery(connection->db(), QStringLiteral("VACUUM INTO ?"), { out });
            },
            floor);
        bench::printRatio(QStringLiteral("VACUUM INTO on the read-only connection (former)") + tag, former,
            QStringLiteral("sqlite3 VACUUM INTO"), floorA);
        auto [now, floorB] = bench::interleaved(runs,
            [&] {
                QFile::remove(out);
                if (!core::backupDatabase(connection->db(), out))
                    std::fprintf(stderr, "backup failed\n");
            },
            floor);
        bench::printRatio(QStringLiteral("backupDatabase of the read-only connection") + tag, now,
            QStringLiteral("sqlite3 VACUUM INTO"), floorB);
        QFile::remove(out);
        QFile::remove(floorOut);
    }
    return 0;
}

// Sync throughput. First, against the floors of issue 17 (benchratio.h):
// the whole demo database (1 year; `bench_sync 5` for the 5-year one)
// exported by one workstation against `sqlite3 DB .dump > file`, imported
// by an empty workstation against replaying that dump into a new database
// (`sqlite3 new.db < dump`), and the files' size against the gzipped dump;
// wall-clock and CPU time, medians of BENCH_SYNC_RUNS interleaved runs (3).
// Then a busy workstation's backlog exported, imported by another,
// imported again (a no-op), the open data written, and what the room key
// costs on 15-minute batches (benchmarkonly.h, this benchmark only).
// Prints figures; asserts nothing about time. BENCH_SYNC_ROWS sets the
// size of the backlog; BENCH_SYNC_DB an existing demo file;
// BENCH_SYNC_NO_DEMO=1 skips the demo part, BENCH_SYNC_ONLY_DEMO=1 the rest;
// BENCH_SYNC_EXPORT_ONLY=1 measures only the demo's export and its floor.
// The tables are declared as the program declares them (declareSyncTables).
// BENCH_SYNC_IMPORT_FROM and BENCH_SYNC_REPLAY: see runImportOnly().

#include "core/db/connectionstate.h"
#include "core/db/database.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/sync/benchmarkonly.h"
#include "core/sync/opendata.h"
#include "core/sync/room.h"
#include "core/sync/syncexporter.h"
#include "core/sync/syncimporter.h"
#include "core/sync/tableregistry.h"
#include "moduleregistry.h"
#include "benchratio.h"
#include "support/testdatabase.h"
#include "support/workstationpair.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

#include <sys/resource.h>

using namespace core;
using namespace core::sync;

namespace {

bool createLedger(const QSqlDatabase &db)
{
    TableRegistry::declare(QStringLiteral("bench_ledger"), TableKind::Ledger);
    return testsupport::createLoggedTable(db, QStringLiteral("bench_ledger"),
               QStringLiteral("id INTEGER PRIMARY KEY, service_id INTEGER NOT NULL REFERENCES volunteer_service(id), "
                              "day TEXT NOT NULL, persons INTEGER NOT NULL, note TEXT NOT NULL DEFAULT ''"))
        && runQuery(db, QStringLiteral("CREATE INDEX bench_ledger_service ON bench_ledger(service_id)"));
}

qint64 folderSize(const QString &folder)
{
    qint64 size = 0;
    for (const QFileInfo &f : QDir(folder).entryInfoList(QDir::Files))
        size += f.size();
    return size;
}

struct Timing {
    qint64 exportNs = 0;
    qint64 importNs = 0;
    qint64 changes = 0;
};

void printComparison(const char *what, const Timing &with, const Timing &without, int runs)
{
    auto ms = [runs](qint64 ns) { return double(ns) / 1e6 / std::max(1, runs); };
    std::printf("%s (%lld changes%s):\n", what, with.changes / std::max(1, runs), runs > 1 ? " each, mean" : "");
    std::printf("  export: %9.1f ms with authentication, %9.1f ms without, ratio %.3f\n", ms(with.exportNs),
        ms(without.exportNs), double(with.exportNs) / std::max<qint64>(1, without.exportNs));
    std::printf("  import: %9.1f ms with authentication, %9.1f ms without, ratio %.3f\n", ms(with.importNs),
        ms(without.importNs), double(with.importNs) / std::max<qint64>(1, without.importNs));
    std::fflush(stdout);
}

// A quarter of an hour in a busy room: person-days and a few edits.
bool recordBatch(const QSqlDatabase &a, const QList<qint64> &services, int round)
{
    Transaction tx(a);
    for (int i = 0; i < 300; ++i)
        if (!runQuery(a,
                QStringLiteral("INSERT INTO bench_ledger(id, service_id, day, persons, note) VALUES (?, ?, ?, ?, ?)"),
                { *allocateRowId(a), services.at(i % services.size()), QStringLiteral("2024-06-01"), 1 + i % 7,
                    QStringLiteral("lotto %1 turno %2").arg(round).arg(i) }))
            return false;
    for (int i = 0; i < 30; ++i)
        if (!runQuery(a, QStringLiteral("UPDATE volunteer_service SET name = ? WHERE id = ?"),
                { QStringLiteral("Servizio %1 (%2)").arg(i).arg(round), services.at(i % services.size()) }))
            return false;
    return bool(tx.commit());
}

// CPU time (user + system) of this process, or of its finished children.
double cpuMs(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

struct DemoRun {
    double exportMs = 0, exportCpu = 0, importMs = 0, importCpu = 0;
    double dumpMs = 0, dumpCpu = 0, replayMs = 0, replayCpu = 0;
    qint64 changes = 0, files = 0, bytes = 0, dumpBytes = 0, gzipBytes = 0;
    double macMs = 0;
};

// The whole demo database of one workstation exported into an empty folder
// and imported by a new workstation; and the floors on the same file.
bool measureDemo(const QString &demoPath, bool measureSizes, DemoRun *run)
{
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/bench_sync-XXXXXX"));
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    if (!QFile::copy(demoPath, path))
        return false;
    const QString dump = dir.filePath(QStringLiteral("dump.sql"));
    // Floor 1: sqlite3 .dump of the same file.
    double cpu = cpuMs(RUSAGE_CHILDREN);
    run->dumpMs = bench::timeProcess(QStringLiteral("sqlite3"), { path, QStringLiteral(".dump") },
        QProcessEnvironment::systemEnvironment(), {}, dump);
    run->dumpCpu = cpuMs(RUSAGE_CHILDREN) - cpu;
    if (run->dumpMs < 0)
        return false;
    run->dumpBytes = QFileInfo(dump).size();

    const QString folder = dir.filePath(QStringLiteral("sync"));
    QDir().mkpath(folder);
    {
        auto a = openDatabase(path);
        if (!a || !testsupport::joinTestRoom(a->db()))
            return false;
        setSessionOperator(a->db(), QStringLiteral("bench"));
        run->changes = SyncExporter::pendingChanges(a->db()).value();
        cpu = cpuMs(RUSAGE_SELF);
        QElapsedTimer t;
        t.start();
        auto exported = SyncExporter(a->db()).exportTo({ folder, 20000, {} });
        run->exportMs = double(t.nsecsElapsed()) / 1e6;
        run->exportCpu = cpuMs(RUSAGE_SELF) - cpu;
        if (!exported) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(exported.error().code));
            return false;
        }
        run->files = exported->files.size();
    }
    run->bytes = folderSize(folder);

    if (qEnvironmentVariableIntValue("BENCH_SYNC_EXPORT_ONLY") == 1)
        return true;
    // Floor 2: the dump replayed into a new database.
    cpu = cpuMs(RUSAGE_CHILDREN);
    run->replayMs = bench::timeProcess(
        QStringLiteral("sqlite3"), { dir.filePath(QStringLiteral("replay.sqlite")), QStringLiteral(".read ") + dump });
    run->replayCpu = cpuMs(RUSAGE_CHILDREN) - cpu;
    QFile::remove(dir.filePath(QStringLiteral("replay.sqlite")));
    if (run->replayMs < 0)
        return false;

    {
        testsupport::TestDatabase b(true, 2);
        cpu = cpuMs(RUSAGE_SELF);
        QElapsedTimer t;
        t.start();
        auto imported = SyncImporter(b.db()).importFrom(folder);
        run->importMs = double(t.nsecsElapsed()) / 1e6;
        run->importCpu = cpuMs(RUSAGE_SELF) - cpu;
        if (!imported || !imported->refused.isEmpty()) {
            std::fprintf(stderr, "import failed: %s\n",
                qPrintable(!imported ? imported.error().code : imported->refused.first().reason.code));
            return false;
        }
    }

    if (measureSizes) {
        QProcess gzip;
        gzip.setStandardInputFile(dump);
        gzip.setStandardOutputFile(dir.filePath(QStringLiteral("dump.sql.gz")));
        gzip.start(QStringLiteral("gzip"), { QStringLiteral("-6"), QStringLiteral("-c") });
        gzip.waitForFinished(-1);
        run->gzipBytes = QFileInfo(dir.filePath(QStringLiteral("dump.sql.gz"))).size();
        // The authenticator alone over every byte of the files.
        const QByteArray key = testsupport::testRoomKey();
        QElapsedTimer mac;
        qint64 macNs = 0;
        for (const QFileInfo &f : QDir(folder).entryInfoList({ QStringLiteral("*.cisync") }, QDir::Files)) {
            QFile file(f.absoluteFilePath());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = file.readAll();
            mac.start();
            (void)Room::authenticator(key, f.fileName(), data);
            macNs += mac.nsecsElapsed();
        }
        run->macMs = macNs / 1e6;
    }
    return true;
}

// BENCH_SYNC_IMPORT_FROM=FOLDER BENCH_SYNC_REPLAY=DUMP: only the import of
// a demo's export kept from an earlier run, and its floor (the dump kept
// with it, replayed), interleaved: to measure a change of the importer
// without exporting and dumping again. Without a dump, the import alone.
int runImportOnly(const QString &folder, const QString &dump, int runs)
{
    QList<double> importMs, importCpu, replayMs, replayCpu;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/bench_sync-XXXXXX"));
        double cpu = cpuMs(RUSAGE_CHILDREN);
        const double replay = dump.isEmpty() ? 0 // the floor measured apart
                                             : bench::timeProcess(QStringLiteral("sqlite3"),
                                                 { dir.filePath(QStringLiteral("replay.sqlite")), QStringLiteral(".read ") + dump });
        if (replay < 0)
            return 1;
        replayMs.append(replay);
        replayCpu.append(cpuMs(RUSAGE_CHILDREN) - cpu);
        testsupport::TestDatabase b(true, 2);
        cpu = cpuMs(RUSAGE_SELF);
        QElapsedTimer t;
        t.start();
        auto imported = SyncImporter(b.db()).importFrom(folder);
        importMs.append(double(t.nsecsElapsed()) / 1e6);
        importCpu.append(cpuMs(RUSAGE_SELF) - cpu);
        if (!imported || !imported->refused.isEmpty()) {
            std::fprintf(stderr, "import failed: %s\n",
                qPrintable(!imported ? imported.error().code : imported->refused.first().reason.code));
            return 1;
        }
        std::fprintf(stderr, "run %d: import %.0f ms (cpu %.0f), replay %.0f (cpu %.0f), %d changes applied\n", i + 1,
            importMs.last(), importCpu.last(), replayMs.last(), replayCpu.last(), imported->appliedChanges());
    }
    bench::printRatio(QStringLiteral("import into an empty workstation"), bench::median(importMs),
        QStringLiteral("sqlite3 new.db < dump"), bench::median(replayMs));
    bench::printRatio(QStringLiteral("import, CPU"), bench::median(importCpu),
        QStringLiteral("sqlite3 new.db < dump, CPU"), bench::median(replayCpu));
    return 0;
}

int runDemo(int years)
{
    QString demoPath = qEnvironmentVariable("BENCH_SYNC_DB");
    if (demoPath.isEmpty())
        demoPath = bench::demoDatabase(years);
    if (demoPath.isEmpty())
        return 1;
    const int runs = qEnvironmentVariableIntValue("BENCH_SYNC_RUNS") > 0 ? qEnvironmentVariableIntValue("BENCH_SYNC_RUNS")
                                                                          : 3;
    QList<double> exportMs, exportCpu, importMs, importCpu, dumpMs, dumpCpu, replayMs, replayCpu;
    DemoRun sizes;
    for (int i = 0; i < runs; ++i) {
        DemoRun run;
        if (!measureDemo(demoPath, i == 0, &run))
            return 1;
        if (i == 0)
            sizes = run;
        exportMs.append(run.exportMs);
        exportCpu.append(run.exportCpu);
        importMs.append(run.importMs);
        importCpu.append(run.importCpu);
        dumpMs.append(run.dumpMs);
        dumpCpu.append(run.dumpCpu);
        replayMs.append(run.replayMs);
        replayCpu.append(run.replayCpu);
        std::fprintf(stderr, "run %d: export %.0f ms (cpu %.0f), dump %.0f (cpu %.0f), import %.0f (cpu %.0f), "
                             "replay %.0f (cpu %.0f)\n",
            i + 1, run.exportMs, run.exportCpu, run.dumpMs, run.dumpCpu, run.importMs, run.importCpu, run.replayMs,
            run.replayCpu);
    }
    const QString demo = QStringLiteral("demo %1y").arg(years);
    bench::printFigure(demo + QStringLiteral(" changes exported"),
        QStringLiteral("%1 in %2 files").arg(sizes.changes).arg(sizes.files));
    bench::printRatio(demo + QStringLiteral(" export"), bench::median(exportMs), QStringLiteral("sqlite3 .dump"),
        bench::median(dumpMs));
    bench::printRatio(demo + QStringLiteral(" export, CPU"), bench::median(exportCpu),
        QStringLiteral("sqlite3 .dump, CPU"), bench::median(dumpCpu));
    if (qEnvironmentVariableIntValue("BENCH_SYNC_EXPORT_ONLY") == 1)
        return 0;
    bench::printRatio(demo + QStringLiteral(" import into an empty workstation"), bench::median(importMs),
        QStringLiteral("sqlite3 new.db < dump"), bench::median(replayMs));
    bench::printRatio(demo + QStringLiteral(" import, CPU"), bench::median(importCpu),
        QStringLiteral("sqlite3 new.db < dump, CPU"), bench::median(replayCpu));
    const double gzipRatio = sizes.gzipBytes > 0 ? double(sizes.bytes) / double(sizes.gzipBytes) : 0;
    bench::printFigure(demo + QStringLiteral(" files vs the dump gzipped (gzip -6)"),
        QStringLiteral("%1 MB vs %2 MB (dump %3 MB), ratio %4")
            .arg(sizes.bytes / 1e6, 0, 'f', 1)
            .arg(sizes.gzipBytes / 1e6, 0, 'f', 1)
            .arg(sizes.dumpBytes / 1e6, 0, 'f', 1)
            .arg(gzipRatio, 0, 'f', 2));
    bench::printFigure(demo + QStringLiteral(" authenticator alone over the files"),
        QStringLiteral("%1 ms").arg(sizes.macMs, 0, 'f', 1));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as soon as it is measured
    const int years = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 1;
    // The tables as the program declares them (main.cpp): ledgers merged by
    // union, natural keys, the modules' reconcilers after each file.
    // Without it every table would be measured as mutable master data.
    declareSyncTables();
    if (const QString folder = qEnvironmentVariable("BENCH_SYNC_IMPORT_FROM"); !folder.isEmpty())
        return runImportOnly(folder, qEnvironmentVariable("BENCH_SYNC_REPLAY"),
            std::max(1, qEnvironmentVariableIntValue("BENCH_SYNC_RUNS")));
    if (qEnvironmentVariableIntValue("BENCH_SYNC_NO_DEMO") != 1)
        if (const int failed = runDemo(years); failed != 0)
            return failed;
    if (qEnvironmentVariableIntValue("BENCH_SYNC_ONLY_DEMO") == 1)
        return 0;
    const int rows
        = qEnvironmentVariableIntValue("BENCH_SYNC_ROWS") > 0 ? qEnvironmentVariableIntValue("BENCH_SYNC_ROWS") : 50000;
    testsupport::WorkstationPair pair;
    if (!pair.isValid() || !createLedger(pair.a()) || !createLedger(pair.b()))
        return 1;
    const QSqlDatabase a = pair.a();
    QElapsedTimer t;
    t.start();
    {
        // A day of work: services, person-days on them, contacts edited.
        Transaction tx(a);
        QList<qint64> services;
        for (int i = 0; i < 50; ++i) {
            const qint64 id = *allocateRowId(a);
            if (!runQuery(a, QStringLiteral("INSERT INTO volunteer_service(id, code, name) VALUES (?, ?, ?)"),
                    { id, QStringLiteral("b%1").arg(i), QStringLiteral("Servizio %1").arg(i) }))
                return 1;
            services.append(id);
        }
        for (int i = 0; i < rows; ++i)
            if (!runQuery(a,
                    QStringLiteral(
                        "INSERT INTO bench_ledger(id, service_id, day, persons, note) VALUES (?, ?, ?, ?, ?)"),
                    { *allocateRowId(a), services.at(i % services.size()),
                        QStringLiteral("2024-05-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0')), 1 + i % 7,
                        QStringLiteral("turno %1").arg(i) }))
                return 1;
        for (int i = 0; i < rows / 10; ++i)
            if (!runQuery(a,
                    QStringLiteral(
                        "UPDATE comune_cmm SET notes = ? WHERE comune_id = (SELECT comune_id FROM comune_cmm "
                        "LIMIT 1 OFFSET ?)"),
                    { QStringLiteral("nota %1").arg(i), i % 133 }))
                return 1;
        if (!tx.commit())
            return 1;
    }
    const qint64 pending = SyncExporter::pendingChanges(a).value();
    std::printf("changes recorded: %lld (%d ledger rows, %d contact edits) in %lld ms\n", pending, rows, rows / 10,
        t.elapsed());

    t.restart();
    auto exported = pair.exportFrom(0);
    if (!exported)
        return 1;
    const qint64 exportMs = t.elapsed();
    std::printf("export: %d files, %d row changes, %.1f MB, %lld ms (%.0f changes/s)\n", int(exported->files.size()),
        exported->changes(), folderSize(pair.folder()) / 1e6, exportMs,
        1000.0 * pending / std::max<qint64>(1, exportMs));

    t.restart();
    auto imported = pair.importInto(1);
    if (!imported)
        return 1;
    const qint64 importMs = t.elapsed();
    std::printf("import: %d files, %d rows written, %lld ms (%.0f rows/s)\n", int(imported->files.size()),
        imported->appliedChanges(), importMs, 1000.0 * imported->appliedChanges() / std::max<qint64>(1, importMs));

    t.restart();
    auto again = pair.importInto(1);
    std::printf("re-import (nothing new): %lld ms\n", t.elapsed());
    const QStringList differing = pair.differingTables();
    std::printf("tables differing after the exchange: %d\n", int(differing.size()));

    QTemporaryDir out;
    t.restart();
    auto openData = OpenDataExporter(pair.b()).writeTo(out.path());
    std::printf("open data (133 comuni, CSV + GeoJSON): %lld ms, %.1f MB\n", t.elapsed(), folderSize(out.path()) / 1e6);
    if (!again || !openData || !differing.isEmpty())
        return 1;

    // What the room key costs on the everyday sync: 15-minute batches,
    // alternately with and without authentication.
    QList<qint64> services;
    auto ids = runQuery(a, QStringLiteral("SELECT id FROM volunteer_service ORDER BY id LIMIT 50"));
    while (ids && ids->next())
        services.append(ids->value(0).toLongLong());
    Timing with;
    Timing without;
    const int runs = 10;
    for (int round = 0; round < 2 * runs; ++round) {
        const bool authenticate = round % 2 == 0;
        Timing &timing = authenticate ? with : without;
        if (!recordBatch(a, services, round))
            return 1;
        timing.changes += SyncExporter::pendingChanges(a).value();
        sync::benchmarkOnly::setAuthenticationSkipped(!authenticate);
        pair.tick();
        QElapsedTimer batch;
        batch.start();
        auto e = pair.exportFrom(0);
        timing.exportNs += batch.nsecsElapsed();
        batch.restart();
        auto i = pair.importInto(1);
        timing.importNs += batch.nsecsElapsed();
        sync::benchmarkOnly::setAuthenticationSkipped(false);
        if (!e || !i || !i->refused.isEmpty())
            return 1;
    }
    printComparison("15-minute batch", with, without, runs);
    return 0;
}

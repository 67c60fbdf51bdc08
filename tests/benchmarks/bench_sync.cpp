// Sync throughput: a busy workstation's backlog exported, imported by
// another, imported again (a no-op), and the open data written; then what
// the room key costs: a 15-minute batch and the whole `demo --years 5`
// database exported and imported with and without authentication
// (benchmarkonly.h, this benchmark only). Prints figures; asserts nothing
// about time. BENCH_SYNC_ROWS sets the size of the backlog; BENCH_SYNC_DB
// an existing `demo --years 5` file (else one is built, about a minute);
// BENCH_SYNC_NO_DEMO=1 skips the demo part.

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
#include "demobuilder.h"
#include "support/testdatabase.h"
#include "support/workstationpair.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

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

// The whole demo database of one workstation exported into an empty folder
// and imported by a new workstation.
bool measureDemo(const QString &demoPath, bool authenticate, Timing *timing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    if (!QFile::copy(demoPath, path))
        return false;
    auto a = openDatabase(path);
    if (!a || !testsupport::joinTestRoom(a->db()))
        return false;
    setSessionOperator(a->db(), QStringLiteral("bench"));
    testsupport::TestDatabase b(true, 2);
    const QString folder = dir.filePath(QStringLiteral("sync"));
    QDir().mkpath(folder);
    timing->changes += SyncExporter::pendingChanges(a->db()).value();
    sync::benchmarkOnly::setAuthenticationSkipped(!authenticate);
    QElapsedTimer t;
    t.start();
    auto exported = SyncExporter(a->db()).exportTo({ folder, 20000, {} });
    timing->exportNs += t.nsecsElapsed();
    t.restart();
    auto imported = SyncImporter(b.db()).importFrom(folder);
    timing->importNs += t.nsecsElapsed();
    sync::benchmarkOnly::setAuthenticationSkipped(false);
    if (authenticate) {
        // The authenticator alone, over every byte of every file: what the
        // room key adds to an export (and again to an import), without the
        // noise of a shared machine.
        const QByteArray key = Room::key(a->db());
        qint64 bytes = 0;
        QElapsedTimer mac;
        qint64 macNs = 0;
        for (const QFileInfo &f : QDir(folder).entryInfoList({ QStringLiteral("*.cisync") }, QDir::Files)) {
            QFile file(f.absoluteFilePath());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = file.readAll();
            bytes += data.size();
            mac.start();
            (void)Room::authenticator(key, f.fileName(), data);
            macNs += mac.nsecsElapsed();
        }
        std::printf("authenticator alone over the demo's files (%.1f MB): %.1f ms\n", bytes / 1e6, macNs / 1e6);
    }
    if (!exported || !imported || !imported->refused.isEmpty())
        std::fprintf(stderr, "demo exchange failed: %s\n",
            qPrintable(!exported ? exported.error().code
                    : !imported  ? imported.error().code
                                 : QStringLiteral("refused")));
    return exported && imported && imported->refused.isEmpty();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as soon as it is measured
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

    if (qEnvironmentVariableIntValue("BENCH_SYNC_NO_DEMO") == 1)
        return 0;
    QTemporaryDir demoDir;
    QString demoPath = qEnvironmentVariable("BENCH_SYNC_DB");
    if (demoPath.isEmpty()) {
        demoPath = demoDir.filePath(QStringLiteral("demo5.sqlite"));
        DemoOptions options;
        options.years = 5;
        t.restart();
        if (auto s = createDemoDatabase(demoPath, options); !s) {
            std::fprintf(stderr, "demo failed: %s\n", qPrintable(s.error().code));
            return 1;
        }
        std::printf("build demo --years 5: %lld ms\n", t.elapsed());
    }
    Timing demoWith;
    Timing demoWithout;
    // BENCH_SYNC_DEMO_FIRST=without reverses the order (the first run warms
    // the caches of the second).
    const bool withoutFirst = qEnvironmentVariable("BENCH_SYNC_DEMO_FIRST") == QLatin1String("without");
    for (const bool authenticate : { !withoutFirst, withoutFirst })
        if (!measureDemo(demoPath, authenticate, authenticate ? &demoWith : &demoWithout))
            return 1;
    printComparison("demo --years 5, whole database", demoWith, demoWithout, 1);
    return 0;
}

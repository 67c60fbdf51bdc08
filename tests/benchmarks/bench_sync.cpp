// Sync throughput: a busy workstation's backlog exported, imported by
// another, imported again (a no-op), and the open data written. Prints
// figures; asserts nothing about time. BENCH_SYNC_ROWS sets the size.

#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/sync/opendata.h"
#include "core/sync/syncexporter.h"
#include "core/sync/syncimporter.h"
#include "core/sync/tableregistry.h"
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
    return (again && openData && differing.isEmpty()) ? 0 : 1;
}

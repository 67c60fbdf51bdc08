// A child process for tst_synccrash, killed with SIGKILL at random moments:
//   synccrashhelper write DB FOLDER   commits rows for ever, exporting and
//                                     backing up now and then, and prints
//                                     "committed <id>" after each commit;
//   synccrashhelper import DB FOLDER  imports the folder (then idles).

#include "core/db/connectionstate.h"
#include "core/db/database.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/sync/backups.h"
#include "core/sync/syncexporter.h"
#include "core/sync/syncimporter.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    core::OpenOptions options;
    options.create = false;
    auto connection = core::openDatabase(args.at(2), options);
    if (!connection) {
        std::fprintf(stderr, "open: %s\n", qPrintable(connection.error().code));
        return 1;
    }
    const QSqlDatabase db = connection->db();
    core::setSessionOperator(db, QStringLiteral("crash"));
    std::printf("ready\n");
    std::fflush(stdout);

    if (args.at(1) == QLatin1String("import")) {
        auto report = core::sync::SyncImporter(db).importFrom(args.at(3));
        std::printf("imported %d\n", report ? int(report->files.size()) : -1);
        std::fflush(stdout);
        for (;;)
            pause(); // until the test kills it
    }

    core::sync::BackupManager backups(args.at(2), QString());
    for (int i = 0;; ++i) {
        qint64 id = 0;
        {
            core::Transaction tx(db);
            auto allocated = core::allocateRowId(db);
            if (!tx || !allocated)
                return 1;
            id = *allocated;
            if (!core::runQuery(db, QStringLiteral("INSERT INTO volunteer_service(id, code, name) VALUES (?, ?, ?)"),
                    { id, QStringLiteral("c%1").arg(id), QStringLiteral("Servizio %1").arg(id) }))
                return 1;
            if (i % 4 == 3
                && !core::runQuery(db, QStringLiteral("UPDATE comune_cmm SET notes = ? WHERE comune_id = 15146"),
                    { QStringLiteral("nota %1").arg(id) }))
                return 1;
            if (!tx.commit())
                return 1;
        }
        std::printf("committed %lld\n", id);
        std::fflush(stdout);
        if (i % 3 == 2) {
            auto exported = core::sync::SyncExporter(db).exportTo(core::sync::ExportOptions { args.at(3), 20000, {} });
            if (!exported) {
                std::fprintf(stderr, "export: %s\n", qPrintable(exported.error().code));
                return 1;
            }
        }
        if (i % 25 == 24)
            (void)backups.takeBackup(db, 2);
    }
}

#include "stockcommands.h"

#include "importcommand.h"

#include "core/auth/permissions.h"
#include "core/domain/units.h"
#include "core/ui/errortext.h"
#include "stock/domain/receiptimport.h"

#include <QLocale>

namespace {

int importReceipts(CliRun &run, const QString &file, bool dryRun)
{
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    stock::ReceiptImportOptions options;
    options.acceptExpired = run.parser().isSet(QStringLiteral("accept-expired"));
    stock::ReceiptImporter importer(connection->db());
    core::ImportOnce once(connection->db(), QStringLiteral("receipts"), file,
        run.parser().isSet(QStringLiteral("again")), core::SystemClock::instance());
    if (!once)
        return failImportOnce(run, once);
    auto plan = importer.planFile(file, options);
    if (!plan)
        return run.fail(plan.error());
    for (const stock::ImportProblem &p : plan->problems)
        run.err() << (p.warning ? CliRun::tr("warning: ") : CliRun::tr("error: ")) << core::ErrorText::describe(p.error) << Qt::endl;
    const QLocale locale;
    if (plan->errorCount() > 0) {
        run.err() << CliRun::tr("%n error(s): nothing was imported.", nullptr, plan->errorCount()) << Qt::endl;
        return ExitFailed;
    }
    if (dryRun) {
        run.out() << CliRun::tr("Dry run: %1 line(s) in %2 receipt(s), %3 kg, %4 new donor(s). Nothing was written.")
                         .arg(plan->lineCount)
                         .arg(plan->receipts.size())
                         .arg(core::kgRounded(plan->grams, locale, 1))
                         .arg(plan->newDonors.size())
                  << Qt::endl;
        return ExitOk;
    }
    auto summary = importer.apply(*plan, options);
    if (summary)
        if (auto s = once.commit(); !s)
            summary = s.error();
    if (!summary) {
        run.err() << CliRun::tr("Nothing was imported.") << Qt::endl;
        return run.fail(summary.error());
    }
    run.out() << CliRun::tr("Imported %1 receipt(s) with %2 line(s), %3 kg; %4 new donor(s); %5 line(s) written off as expired.")
                     .arg(summary->receipts)
                     .arg(summary->lines)
                     .arg(core::kgRounded(summary->grams, locale, 1))
                     .arg(summary->newDonors)
                     .arg(summary->writtenOff)
              << Qt::endl;
    return ExitOk;
}

} // namespace

QList<CliImporter> stockImporters()
{
    return { { QStringLiteral("receipts"), [] { return CliRun::tr("receipts of donated goods (Magazzino)"); },
               { QCommandLineOption(QStringLiteral("accept-expired"),
                                    CliRun::tr("Receive goods already expired on arrival and write them off at once.")) },
               importReceipts, core::Permission::StockEdit } };
}

#include "deliveriescommands.h"

#include "importcommand.h"

#include "core/auth/permissions.h"
#include "core/domain/clock.h"
#include "core/reporting/reportcsv.h"
#include "core/reporting/reportrenderer.h"
#include "core/ui/errortext.h"
#include "deliveries/domain/allocationfiles.h"
#include "deliveries/domain/deliveryimport.h"
#include "deliveries/domain/requestimport.h"

#include <QLocale>

#include <functional>

namespace {

void printProblems(CliRun &run, const QList<deliveries::ImportProblem> &problems)
{
    for (const deliveries::ImportProblem &p : problems)
        run.err() << (p.warning ? CliRun::tr("warning: ") : CliRun::tr("error: ")) << core::ErrorText::describe(p.error)
                  << Qt::endl;
}

QString kg(core::Grams grams)
{
    return core::kgRounded(grams, QLocale(), 1);
}

// Both importers read a file into a plan (every problem listed), then
// write it all in one transaction; only their words differ.
template <typename Importer, typename Plan, typename Summary>
int runImport(CliRun &run, const QString &kind, const QString &file, bool dryRun,
    std::function<QString(const Plan &)> dryRunText, std::function<QString(const Summary &)> doneText)
{
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    Importer importer(connection->db());
    core::ImportOnce once(
        connection->db(), kind, file, run.parser().isSet(QStringLiteral("again")), core::SystemClock::instance());
    if (!once)
        return failImportOnce(run, once);
    auto plan = importer.planFile(file);
    if (!plan)
        return run.fail(plan.error());
    printProblems(run, plan->problems);
    if (plan->errorCount() > 0) {
        run.err() << CliRun::tr("%n error(s): nothing was imported.", nullptr, plan->errorCount()) << Qt::endl;
        return ExitFailed;
    }
    if (dryRun) {
        run.out() << dryRunText(*plan) << Qt::endl;
        return ExitOk;
    }
    auto summary = importer.apply(*plan);
    if (summary)
        if (auto s = once.commit(); !s)
            summary = s.error();
    if (!summary) {
        run.err() << CliRun::tr("Nothing was imported.") << Qt::endl;
        return run.fail(summary.error());
    }
    run.out() << doneText(*summary) << Qt::endl;
    return ExitOk;
}

int importRequests(CliRun &run, const QString &file, bool dryRun)
{
    using namespace deliveries;
    return runImport<RequestImporter, RequestImportPlan, RequestImportSummary>(
        run, QStringLiteral("requests"), file, dryRun,
        [](const RequestImportPlan &plan) {
            return CliRun::tr(
                "Dry run: %1 line(s) in %2 request(s), %3 kg; %4 booking(s) already imported. Nothing was written.")
                .arg(plan.lineCount)
                .arg(plan.requests.size())
                .arg(kg(plan.grams))
                .arg(plan.skipped);
        },
        [](const RequestImportSummary &summary) {
            return CliRun::tr(
                "Imported %1 request(s) with %2 line(s), %3 kg; %4 booking(s) already imported were skipped.")
                .arg(summary.requests)
                .arg(summary.lines)
                .arg(kg(summary.grams))
                .arg(summary.skipped);
        });
}

int importDeliveries(CliRun &run, const QString &file, bool dryRun)
{
    using namespace deliveries;
    return runImport<DeliveryImporter, DeliveryImportPlan, DeliveryImportSummary>(
        run, QStringLiteral("deliveries"), file, dryRun,
        [](const DeliveryImportPlan &plan) {
            return CliRun::tr(
                "Dry run: %1 line(s) in %2 delivery(ies), %3 kg; %4 note(s) already recorded. Nothing was written.")
                .arg(plan.lineCount)
                .arg(plan.deliveries.size())
                .arg(kg(plan.grams))
                .arg(plan.skipped);
        },
        [](const DeliveryImportSummary &summary) {
            return CliRun::tr(
                "Recorded %1 past delivery(ies) with %2 line(s), %3 kg; %4 note(s) already recorded were skipped.")
                .arg(summary.deliveries)
                .arg(summary.lines)
                .arg(kg(summary.grams))
                .arg(summary.skipped);
        });
}

int runAllocate(CliRun &run)
{
    const QString requests = run.parser().value(QStringLiteral("requests"));
    const QString available = run.parser().value(QStringLiteral("available"));
    if (requests.isEmpty() || available.isEmpty())
        return run.usage(CliRun::tr("allocate needs --requests FILE and --available FILE."));
    const QString weighting = run.parser().value(QStringLiteral("weighting")).toLower();
    if (weighting != QLatin1String("request") && weighting != QLatin1String("population"))
        return run.usage(CliRun::tr("--weighting wants request or population."));
    const QString format = run.parser().value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("html") && format != QLatin1String("pdf"))
        return run.usage(CliRun::tr("--format wants csv, html or pdf."));
    const QString outPath = run.parser().value(QStringLiteral("out"));
    if (format == QLatin1String("pdf") && outPath.isEmpty())
        return run.usage(CliRun::tr("A PDF needs a file: add --out FILE."));

    auto connection = run.openDatabase(true);
    if (!connection)
        return run.fail(connection.error());
    auto allocation = deliveries::AllocationFiles::allocate(
        connection->db(), requests, available, deliveries::weightingFromCode(weighting));
    if (!allocation)
        return run.fail(allocation.error());
    printProblems(run, allocation->problems);
    if (allocation->errorCount() > 0) {
        run.err() << CliRun::tr("%n error(s): no allocation.", nullptr, allocation->errorCount()) << Qt::endl;
        return ExitFailed;
    }
    core::ReportRequest request;
    request.operatorName = run.operatorName();
    request.now = core::SystemClock::instance().now();
    request.locale = QLocale();
    const core::ReportDocument document = deliveries::AllocationFiles::document(*allocation, request);
    if (format == QLatin1String("pdf")) {
        if (auto s = core::ReportRenderer(document).writePdf(outPath); !s)
            return run.fail(s.error());
        return ExitOk;
    }
    const QByteArray data = format == QLatin1String("csv") ? core::reportToCsv(document, core::CsvFlavor::Machine)
                                                           : core::ReportRenderer(document).standaloneHtml().toUtf8();
    if (auto s = run.writeOutput(data, outPath); !s)
        return run.fail(s.error());
    return ExitOk;
}

} // namespace

QList<CliImporter> deliveriesImporters()
{
    return { { QStringLiteral("requests"),
                 [] { return CliRun::tr("requests of goods from the booking platform (Consegne)"); }, {},
                 importRequests, core::Permission::DeliveriesEdit },
        { QStringLiteral("deliveries"), [] { return CliRun::tr("past deliveries kept in spreadsheets (Consegne)"); },
            {}, importDeliveries, core::Permission::DeliveriesEdit } };
}

QList<CliCommand> deliveriesCommands()
{
    CliCommand allocate;
    allocate.name = QStringLiteral("allocate");
    allocate.synopsis = QStringLiteral("allocate --requests FILE --available FILE [--weighting request|population] "
                                       "[--format csv|html|pdf] [--out FILE]");
    allocate.summary
        = [] { return CliRun::tr("tries the equitable allocation on two CSV files (nothing is written)"); };
    allocate.options = {
        QCommandLineOption(
            QStringLiteral("requests"), CliRun::tr("CSV of the requests: comune, category, kg."), CliRun::tr("FILE")),
        QCommandLineOption(
            QStringLiteral("available"), CliRun::tr("CSV of what is available: category, kg."), CliRun::tr("FILE")),
        QCommandLineOption(QStringLiteral("weighting"), CliRun::tr("request (default) or population."),
            QStringLiteral("W"), QStringLiteral("request")),
        QCommandLineOption(QStringLiteral("format"), CliRun::tr("csv (default), html or pdf."),
            QStringLiteral("FORMAT"), QStringLiteral("csv")),
        QCommandLineOption(
            QStringLiteral("out"), CliRun::tr("Output file (default: standard output)."), CliRun::tr("FILE")),
    };
    allocate.run = runAllocate;
    allocate.permission = core::Permission::DeliveriesView;
    return { allocate };
}

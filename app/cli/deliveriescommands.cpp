#include "deliveriescommands.h"

#include "importcommand.h"

#include "core/auth/permissions.h"
#include "core/auth/session.h"
#include "core/commands/commandrunner.h"
#include "core/domain/clock.h"
#include "core/reporting/reportcsv.h"
#include "core/reporting/reportrenderer.h"
#include "core/ui/errortext.h"
#include "deliveries/domain/allocationcommands.h"
#include "deliveries/domain/allocationfiles.h"
#include "deliveries/domain/deliverycommands.h"
#include "deliveries/domain/deliveryimport.h"
#include "deliveries/domain/deliverylabels.h"
#include "deliveries/domain/importcommands.h"
#include "deliveries/domain/deliveryrepository.h"
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
template <typename Importer, typename Command, typename Plan, typename Summary>
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
    // The rows, through the command layer, inside the file's ImportOnce.
    Command command(*plan);
    core::Status s = core::CommandRunner(connection->db()).run(command);
    if (s)
        s = once.commit();
    if (!s) {
        run.err() << CliRun::tr("Nothing was imported.") << Qt::endl;
        return run.failNotSignedIn(s.error());
    }
    run.out() << doneText(command.summary()) << Qt::endl;
    return ExitOk;
}

int importRequests(CliRun &run, const QString &file, bool dryRun)
{
    using namespace deliveries;
    return runImport<RequestImporter, ImportRequests, RequestImportPlan, RequestImportSummary>(
        run, QStringLiteral("requests"), file, dryRun,
        [](const RequestImportPlan &plan) {
            return CliRun::tr("Dry run: %1 in %2, %3 kg; %4. Nothing was written.")
                .arg(CliRun::tr("%n line(s)", nullptr, plan.lineCount),
                     CliRun::tr("%n request(s)", nullptr, int(plan.requests.size())), kg(plan.grams),
                     CliRun::tr("%n booking(s) already imported", nullptr, plan.skipped));
        },
        [](const RequestImportSummary &summary) {
            return CliRun::tr("Imported: %1 with %2, %3 kg; %4.")
                .arg(CliRun::tr("%n request(s)", nullptr, summary.requests),
                     CliRun::tr("%n line(s)", nullptr, summary.lines), kg(summary.grams),
                     CliRun::tr("%n booking(s) already imported were skipped", nullptr, summary.skipped));
        });
}

int importDeliveries(CliRun &run, const QString &file, bool dryRun)
{
    using namespace deliveries;
    return runImport<DeliveryImporter, ImportDeliveries, DeliveryImportPlan, DeliveryImportSummary>(
        run, QStringLiteral("deliveries"), file, dryRun,
        [](const DeliveryImportPlan &plan) {
            return CliRun::tr("Dry run: %1 in %2, %3 kg; %4. Nothing was written.")
                .arg(CliRun::tr("%n line(s)", nullptr, plan.lineCount),
                     CliRun::tr("%n delivery(ies)", nullptr, int(plan.deliveries.size())), kg(plan.grams),
                     CliRun::tr("%n note(s) already recorded", nullptr, plan.skipped));
        },
        [](const DeliveryImportSummary &summary) {
            return CliRun::tr("Recorded: %1 with %2, %3 kg; %4.")
                .arg(CliRun::tr("%n past delivery(ies)", nullptr, summary.deliveries),
                     CliRun::tr("%n line(s)", nullptr, summary.lines), kg(summary.grams),
                     CliRun::tr("%n note(s) already recorded were skipped", nullptr, summary.skipped));
        });
}

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')))
        text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return text;
}

// `allocate` on the requests waiting in the database: prints the shares
// (CSV), and records them with --confirm, as the Ripartizione page does.
int runAllocateStored(CliRun &run)
{
    using namespace deliveries;
    const QString weighting = run.parser().value(QStringLiteral("weighting")).toLower();
    if (weighting != QLatin1String("request") && weighting != QLatin1String("population"))
        return run.usage(CliRun::tr("--weighting wants request or population."));
    const QString unmet = run.parser().value(QStringLiteral("unmet")).toLower();
    if (unmet != QLatin1String("carry-over") && unmet != QLatin1String("close"))
        return run.usage(CliRun::tr("--unmet wants carry-over or close."));
    bool badDate = false;
    AllocationSetup setup;
    setup.date = run.dateOption(QStringLiteral("date"), &badDate);
    if (badDate)
        return run.usage(CliRun::tr("Dates are written dd/mm/yyyy or yyyy-mm-dd."));
    setup.weighting = weightingFromCode(weighting);
    setup.unmet = unmet == QLatin1String("close") ? UnmetPolicy::Close : UnmetPolicy::CarryOver;
    const bool confirm = run.parser().isSet(QStringLiteral("confirm"));

    auto connection = run.openDatabase(!confirm);
    if (!connection)
        return run.fail(connection.error());
    const core::Clock &clock = core::SystemClock::instance();
    auto plan = AllocationService(connection->db(), clock).plan(setup);
    if (!plan)
        return run.fail(plan.error());
    QTextStream &out = confirm ? run.err() : run.out(); // with --confirm, stdout says what was recorded
    if (!confirm) {
        // Column names for scripts, the same in every language.
        out << "goods,request,recipient,comune,unit,requested,allocated" << Qt::endl;
        for (const AllocationPoolPlan &pool : plan->pools)
            for (const AllocationLinePlan &l : pool.lines)
                out << QStringList { csvField(pool.label), csvField(l.requestNumber), csvField(l.recipientName),
                           csvField(l.comuneName), pool.byPiece ? QStringLiteral("pcs") : QStringLiteral("kg"),
                           QString::number(l.requested), QString::number(l.allocated) }
                           .join(QLatin1Char(','))
                    << Qt::endl;
        return ExitOk;
    }
    ConfirmAllocation command(*plan, run.parser().value(QStringLiteral("notes")),
        CliRun::tr("Nothing available in the allocation of %1").arg(plan->date.toString(QStringLiteral("dd/MM/yyyy"))));
    if (const int code = run.run(connection->db(), command); code != ExitOk) {
        run.err() << CliRun::tr("Nothing was recorded.") << Qt::endl;
        return code;
    }
    run.out() << CliRun::tr("Allocation %1 recorded: %n request(s).", nullptr, int(plan->requestIds.size()))
                     .arg(command.allocationId())
              << Qt::endl;
    return ExitOk;
}

int runAllocate(CliRun &run)
{
    const QString requests = run.parser().value(QStringLiteral("requests"));
    const QString available = run.parser().value(QStringLiteral("available"));
    if (requests.isEmpty() && available.isEmpty())
        return runAllocateStored(run);
    if (requests.isEmpty() || available.isEmpty())
        return run.usage(CliRun::tr("allocate needs --requests FILE and --available FILE."));
    if (run.parser().isSet(QStringLiteral("confirm")))
        return run.usage(CliRun::tr("--confirm records an allocation of the requests in the database, not of files."));
    const QString weighting = run.parser().value(QStringLiteral("weighting")).toLower();
    if (weighting != QLatin1String("request") && weighting != QLatin1String("population"))
        return run.usage(CliRun::tr("--weighting wants request or population."));
    const QString format = run.parser().value(QStringLiteral("format")).toLower();
    const QString outPath = run.parser().value(QStringLiteral("out"));
    if (const QString problem = CliRun::reportFormatProblem(format, outPath); !problem.isEmpty())
        return run.usage(problem);

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
    request.operatorName = core::sessionPersonName(connection->db()); // on paper: the person's full name
    request.now = core::SystemClock::instance().now();
    request.locale = QLocale();
    const core::ReportDocument document = deliveries::AllocationFiles::document(*allocation, request);
    return run.writeReport(document, format, outPath);
}

// `delivery load|deliver|return|cancel ID`: the Consegne page's actions.
int runDelivery(CliRun &run)
{
    using namespace deliveries;
    const QString action = run.arguments().value(0);
    const QString reason = run.parser().value(QStringLiteral("reason"));
    const QString signedBy = run.parser().value(QStringLiteral("signed-by"));
    bool badDate = false;
    const QDate date = run.dateOption(QStringLiteral("date"), &badDate);
    if (badDate)
        return run.usage(CliRun::tr("Dates are written dd/mm/yyyy or yyyy-mm-dd."));
    if (action != QLatin1String("load") && action != QLatin1String("deliver") && action != QLatin1String("return")
        && action != QLatin1String("cancel"))
        return run.usage(CliRun::tr("delivery wants load, deliver, return or cancel."));
    if ((action == QLatin1String("return") || action == QLatin1String("cancel")) && reason.trimmed().isEmpty())
        return run.usage(CliRun::tr("delivery %1 needs the reason: --reason TEXT.").arg(action));
    if (action == QLatin1String("deliver") && signedBy.trimmed().isEmpty())
        return run.usage(CliRun::tr("delivery deliver needs who signed: --signed-by NAME."));

    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    auto id = DeliveryRepository(connection->db()).idOf(run.arguments().value(1));
    if (!id)
        return run.fail(id.error());
    std::unique_ptr<DeliveryCommand> command;
    if (action == QLatin1String("load"))
        command = std::make_unique<LoadDelivery>(*id);
    else if (action == QLatin1String("deliver"))
        command = std::make_unique<DeliverDelivery>(
            *id, signedBy, date.isValid() ? QDateTime(date, QTime(12, 0)) : QDateTime());
    else if (action == QLatin1String("return"))
        command = std::make_unique<ReturnDelivery>(*id, reason, date);
    else
        command = std::make_unique<CancelDelivery>(*id, reason);
    if (const int code = run.run(connection->db(), *command); code != ExitOk)
        return code;
    auto d = DeliveryRepository(connection->db()).delivery(*id, false);
    if (d)
        run.out() << CliRun::tr("Delivery %1: %2.").arg(d->number, DeliveryLabels::deliveryStatus(d->status))
                  << Qt::endl;
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
    allocate.synopsis = QStringLiteral("allocate [--requests FILE --available FILE] [--weighting request|population] "
                                       "[--format csv|html|pdf|xlsx] [--out FILE] [--date D] [--unmet carry-over|close] "
                                       "[--confirm [--notes TEXT]]");
    allocate.summary = [] {
        return CliRun::tr("the equitable allocation of the requests waiting in the database (recorded with "
                          "--confirm), or a trial on two files (.xlsx or CSV)");
    };
    allocate.options = {
        QCommandLineOption(
            QStringLiteral("requests"), CliRun::tr("Spreadsheet (.xlsx or CSV) of the requests: comune, category, kg."), CliRun::tr("FILE")),
        QCommandLineOption(
            QStringLiteral("available"), CliRun::tr("Spreadsheet (.xlsx or CSV) of what is available: category, kg."), CliRun::tr("FILE")),
        QCommandLineOption(QStringLiteral("weighting"), CliRun::tr("request (default) or population."),
            QStringLiteral("W"), QStringLiteral("request")),
        QCommandLineOption(QStringLiteral("format"), CliRun::tr("csv (default), html, pdf or xlsx (Excel)."),
            QStringLiteral("FORMAT"), QStringLiteral("csv")),
        QCommandLineOption(
            QStringLiteral("out"), CliRun::tr("Output file (default: standard output)."), CliRun::tr("FILE")),
        QCommandLineOption(QStringLiteral("date"), CliRun::tr("Day of the allocation (default: today)."),
            CliRun::tr("DATE")),
        QCommandLineOption(QStringLiteral("unmet"), CliRun::tr("carry-over (default) or close."),
            QStringLiteral("U"), QStringLiteral("carry-over")),
        QCommandLineOption(QStringLiteral("confirm"), CliRun::tr("Records the allocation.")),
        QCommandLineOption(QStringLiteral("notes"), CliRun::tr("Notes of the allocation."), CliRun::tr("TEXT")),
    };
    allocate.run = runAllocate;
    allocate.permission = core::Permission::DeliveriesView;

    CliCommand delivery;
    delivery.name = QStringLiteral("delivery");
    delivery.synopsis = QStringLiteral("delivery load|deliver|return|cancel ID [--reason TEXT] [--signed-by NAME] "
                                       "[--date D]");
    delivery.summary = [] {
        return CliRun::tr("loads, delivers (signed), returns or cancels a delivery, by id or DDT number");
    };
    delivery.options = {
        QCommandLineOption(QStringLiteral("reason"), CliRun::tr("Why (return, cancel)."), CliRun::tr("TEXT")),
        QCommandLineOption(QStringLiteral("signed-by"), CliRun::tr("Who signed for the goods (deliver)."),
            CliRun::tr("NAME")),
        QCommandLineOption(QStringLiteral("date"), CliRun::tr("Day of the signature or of the return (default: today)."),
            CliRun::tr("DATE")),
    };
    delivery.minArguments = 2;
    delivery.maxArguments = 2;
    delivery.run = runDelivery;
    delivery.permission = core::Permission::DeliveriesEdit;
    return { allocate, delivery };
}

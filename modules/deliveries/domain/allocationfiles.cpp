#include "deliveries/domain/allocationfiles.h"

#include "core/db/sql.h"
#include "core/domain/tablefile.h"
#include "core/reporting/reportcatalog.h"
#include "deliveries/domain/deliverylabels.h"

#include <QMap>

#include <cmath>
#include <limits>

namespace deliveries {

using core::ColumnKind;
using core::Error;
using core::Result;

int FileAllocation::errorCount() const
{
    return deliveries::errorCount(problems);
}

namespace {

constexpr qint64 largestKg = std::numeric_limits<qint64>::max();

Error outOfRange(const QString &value, const core::ErrorLocation &where,
    const QString &code = QStringLiteral("deliveries.allocation_out_of_range"))
{
    return Error(code, { value, QString::number(largestKg) }, where);
}

// A whole, non-negative number of kg; records the problem otherwise. Read
// as an integer ("1.250" with Italian grouping too), so that no kg is lost
// to a double and a number too large is refused with its value instead of
// wrapping around.
bool wholeKg(const QString &text, const core::ErrorLocation &where, QList<ImportProblem> &problems, qint64 *kg)
{
    QString digits = text.trimmed();
    digits.remove(QLatin1Char(' ')).remove(QChar(0x00a0));
    bool whole = false;
    const qint64 integer = QLocale(QLocale::Italian, QLocale::Italy).toLongLong(digits, &whole);
    double value = 0;
    if (text.isEmpty())
        problems.append({ Error(QStringLiteral("deliveries.import_empty"), {}, where) });
    else if (whole && integer >= 0) {
        *kg = integer;
        return true;
    } else if (!parseItalianNumber(text, &value))
        problems.append({ Error(QStringLiteral("deliveries.import_bad_number"), { text }, where) });
    else if (value < 0)
        problems.append({ Error(QStringLiteral("deliveries.allocation_negative"), { text }, where) });
    else if (value != std::floor(value))
        problems.append({ Error(QStringLiteral("deliveries.import_not_whole_kg"), { text }, where) });
    else if (value >= 0x1p63) // whole, but beyond 64 bits (10^19): never wrapped into a negative
        problems.append({ outOfRange(text, where) });
    else {
        *kg = qint64(value); // "1250,0"
        return true;
    }
    return false;
}

// a += b for quantities >= 0, refusing a total beyond 64 bits with its value.
bool addKg(qint64 &total, qint64 kg, const core::ErrorLocation &where, QList<ImportProblem> &problems)
{
    if (qint64 sum = 0; !__builtin_add_overflow(total, kg, &sum)) {
        total = sum;
        return true;
    }
    problems.append({ outOfRange(
        wideIntegerText(__int128(total) + kg), where, QStringLiteral("deliveries.allocation_sum_out_of_range")) });
    return false;
}

} // namespace

Result<FileAllocation> AllocationFiles::allocate(
    const QSqlDatabase &db, const QString &requestsPath, const QString &availablePath, Weighting weighting)
{
    auto requests = readImportFile(requestsPath);
    if (!requests)
        return requests.error();
    auto available = readImportFile(availablePath);
    if (!available)
        return available.error();
    return allocate(db, *requests, requestsPath, *available, availablePath, weighting);
}

Result<FileAllocation> AllocationFiles::allocate(const QSqlDatabase &db, const QByteArray &requestsData,
    const QString &requestsName, const QByteArray &availableData, const QString &availableName, Weighting weighting)
{
    FileAllocation result;
    result.weighting = weighting;
    auto requests = core::parseTableFile(requestsData, requestsName);
    if (!requests)
        return requests.error();
    auto available = core::parseTableFile(availableData, availableName);
    if (!available)
        return available.error();
    ImportColumns rc, ac;
    rc.locate(*requests,
        { { "comune",
              { QStringLiteral("comune"), QStringLiteral("municipality"), QStringLiteral("istat_code"),
                  QStringLiteral("codice istat") } },
            { "category", { QStringLiteral("categoria"), QStringLiteral("category") } },
            { "kg",
                { QStringLiteral("kg"), QStringLiteral("quantità"), QStringLiteral("quantity"),
                    QStringLiteral("requested_kg"), QStringLiteral("richiesti") },
                true } },
        requestsName, result.problems);
    if (!rc.has("comune"))
        result.problems.append({ Error(QStringLiteral("deliveries.import_missing_column"),
            { QStringLiteral("comune"), QStringLiteral("istat_code") }, { requestsName, 1, {} }) });
    ac.locate(*available,
        { { "category", { QStringLiteral("categoria"), QStringLiteral("category") } },
            { "kg",
                { QStringLiteral("kg"), QStringLiteral("quantità"), QStringLiteral("disponibile"),
                    QStringLiteral("available"), QStringLiteral("quantity") },
                true } },
        availableName, result.problems);
    if (result.errorCount() > 0)
        return result;
    ImportContext context;
    if (auto s = context.load(db); !s)
        return s.error();

    // What is available, by category.
    for (const core::CsvRecord &record : available->records) {
        qint64 kg = 0;
        const QString category = rc.has("category") ? ac.field(record, "category") : QString();
        if (rc.has("category") && category.isEmpty()) {
            result.problems.append({ Error(QStringLiteral("deliveries.import_empty"), {},
                { availableName, record.line,
                    ac.header("category").isEmpty() ? QStringLiteral("categoria") : ac.header("category") }) });
            continue;
        }
        if (wholeKg(ac.field(record, "kg"), ac.where(availableName, record, "kg"), result.problems, &kg))
            addKg(result.availableKg[core::foldKey(category)], kg, ac.where(availableName, record, "kg"),
                result.problems);
    }
    if (available->records.isEmpty())
        result.problems.append({ Error(QStringLiteral("deliveries.import_no_rows"), {}, { availableName, 1, {} }) });

    // The requests, one claim per comune and category.
    QMap<QString, QMap<QString, FileAllocationRow>> claims; // folded category -> ISTAT code -> row
    QMap<QString, QString> categoryNames;
    qint64 requestedTotal = 0; // of every row: bounds every sum in document()
    for (const core::CsvRecord &record : requests->records) {
        const int errorsBefore = result.errorCount();
        const QString text = rc.field(record, "comune");
        int comuneId = 0;
        if (text.isEmpty())
            result.problems.append(
                { Error(QStringLiteral("deliveries.import_empty"), {}, rc.where(requestsName, record, "comune")) });
        else if (text.size() == 6 && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); }))
            comuneId = text.toInt();
        else
            comuneId = context.resolveComune(text, rc.where(requestsName, record, "comune"), result.problems);
        qint64 kg = 0;
        wholeKg(rc.field(record, "kg"), rc.where(requestsName, record, "kg"), result.problems, &kg);
        const QString category = rc.field(record, "category");
        if (result.errorCount() > errorsBefore || comuneId == 0)
            continue;
        auto comune = core::runQuery(db,
            QStringLiteral("SELECT c.istat_code, c.name, coalesce(m.population, c.population, 0) FROM comune c LEFT "
                           "JOIN comune_cmm m ON m.comune_id = c.id "
                           "WHERE c.id = ?"),
            { comuneId });
        if (!comune)
            return comune.error();
        if (!comune->next()) {
            result.problems.append({ Error(QStringLiteral("deliveries.import_comune_unknown"), { text, QString() },
                rc.where(requestsName, record, "comune")) });
            continue;
        }
        const QString key = core::foldKey(category);
        categoryNames.insert(key, category);
        FileAllocationRow &row = claims[key][comune->value(0).toString()];
        row.comuneId = comuneId;
        row.istatCode = comune->value(0).toString();
        row.comune = comune->value(1).toString();
        row.category = category;
        row.population = comune->value(2).toLongLong();
        // The row's total, and the total of every row (the printed totals
        // by comune and overall are below it): each must fit.
        if (addKg(row.requestedKg, kg, rc.where(requestsName, record, "kg"), result.problems))
            addKg(requestedTotal, kg, rc.where(requestsName, record, "kg"), result.problems);
    }
    if (requests->records.isEmpty())
        result.problems.append({ Error(QStringLiteral("deliveries.import_no_rows"), {}, { requestsName, 1, {} }) });
    for (auto it = claims.constBegin(); it != claims.constEnd(); ++it)
        if (!result.availableKg.contains(it.key()))
            result.problems.append({ Error(QStringLiteral("deliveries.allocation_no_available"),
                { categoryNames.value(it.key()) }, { availableName, 0, {} }) });
    if (result.errorCount() > 0)
        return result;

    for (auto it = claims.constBegin(); it != claims.constEnd(); ++it) {
        QList<FileAllocationRow> rows = it.value().values();
        QList<AllocationClaim> list;
        for (const FileAllocationRow &r : rows)
            list.append({ r.istatCode, r.requestedKg, r.population });
        auto outcome = EquitableAllocation::allocate(list, result.availableKg.value(it.key()), weighting);
        if (!outcome) {
            // A total beyond 64 bits (checked above, so only the population
            // weights): a problem of the requests file, not a failure.
            Error error = outcome.error();
            error.where = { requestsName, 0, {} };
            result.problems.append({ error });
            result.rows.clear();
            return result;
        }
        for (int i = 0; i < rows.size(); ++i) {
            rows[i].share = outcome->shares.at(i);
            result.rows.append(rows.at(i));
        }
    }
    return result;
}

core::ReportDocument AllocationFiles::document(const FileAllocation &allocation, const core::ReportRequest &request)
{
    core::ReportDocument doc = core::newReportDocument(
        QStringLiteral("allocate"), tr("Equitable allocation (trial, nothing recorded)"), request);
    doc.parameters.append({ tr("Method"), DeliveryLabels::weighting(allocation.weighting) });
    // By comune, every category together.
    QMap<QString, FileAllocationRow> byComune;
    for (const FileAllocationRow &r : allocation.rows) {
        FileAllocationRow &c = byComune[r.comune + QLatin1Char('|') + r.istatCode];
        c.istatCode = r.istatCode;
        c.comune = r.comune;
        c.requestedKg += r.requestedKg;
        c.share.allocated += r.share.allocated;
    }
    core::ReportTable table;
    table.columns = { { QStringLiteral("istat_code"), tr("ISTAT code") }, { QStringLiteral("comune"), tr("Comune") },
        { QStringLiteral("requested_kg"), tr("Asked (kg)"), ColumnKind::Integer },
        { QStringLiteral("allocated_kg"), tr("Given (kg)"), ColumnKind::Integer } };
    qint64 requested = 0, given = 0;
    for (const FileAllocationRow &r : byComune) {
        table.rows.append({ r.istatCode, r.comune, r.requestedKg, r.share.allocated });
        requested += r.requestedKg;
        given += r.share.allocated;
    }
    table.totals = { tr("Total"), QVariant(), requested, given };
    doc.addTable(table);
    // Each category's shares, and why.
    QMap<QString, QList<FileAllocationRow>> byCategory;
    for (const FileAllocationRow &r : allocation.rows)
        byCategory[r.category].append(r);
    for (auto it = byCategory.constBegin(); it != byCategory.constEnd(); ++it) {
        qint64 asked = 0, shared = 0;
        for (const FileAllocationRow &r : it.value()) {
            asked += r.requestedKg;
            shared += r.share.allocated;
        }
        doc.addHeading(it.key().isEmpty() ? tr("Shares") : it.key());
        doc.addParagraph(tr("Available %1 kg, asked %2 kg, given %3 kg.")
                             .arg(request.locale.toString(allocation.availableKg.value(core::foldKey(it.key()))),
                                 request.locale.toString(asked), request.locale.toString(shared)));
        core::ReportTable shares;
        shares.columns = { { QStringLiteral("comune"), tr("Comune") },
            { QStringLiteral("requested_kg"), tr("Asked (kg)"), ColumnKind::Integer },
            { QStringLiteral("share"), tr("Exact share (kg)"), ColumnKind::Decimal, 2 },
            { QStringLiteral("allocated_kg"), tr("Given (kg)"), ColumnKind::Integer },
            { QStringLiteral("fill_rate"), tr("Fill rate"), ColumnKind::Percent, 1 },
            { QStringLiteral("why"), tr("Why") } };
        for (const FileAllocationRow &r : it.value())
            shares.rows.append({ r.comune, r.requestedKg, r.share.exactShare, r.share.allocated, r.share.fillRate(),
                DeliveryLabels::shareReason(r.share.reason) });
        doc.addTable(shares);
    }
    return doc;
}

} // namespace deliveries

#include "deliveries/domain/deliveryreports.h"

#include "core/auth/permissions.h"
#include "core/db/sql.h"
#include "core/domain/csv.h"
#include "core/domain/dates.h"
#include "core/reporting/reportcatalog.h"
#include "deliveries/domain/dayplan.h"
#include "deliveries/domain/deliverylabels.h"
#include "deliveries/domain/deliverynotes.h"
#include "deliveries/domain/distributionqueries.h"
#include "deliveries/domain/equitableallocation.h"

#include <QFile>

namespace deliveries {

using core::ColumnKind;
using core::Error;
using core::ReportDocument;
using core::ReportRequest;
using core::ReportTable;
using core::Result;

namespace {

core::DateRange periodOf(const ReportRequest &request)
{
    return { request.from, request.to };
}

QString periodText(const ReportRequest &request)
{
    const QLocale &l = request.locale;
    if (request.from.isValid() && request.to.isValid())
        return QStringLiteral("%1 - %2").arg(l.toString(request.from, QStringLiteral("dd/MM/yyyy")),
            l.toString(request.to, QStringLiteral("dd/MM/yyyy")));
    if (request.from.isValid())
        return DeliveryReports::tr("from %1").arg(l.toString(request.from, QStringLiteral("dd/MM/yyyy")));
    if (request.to.isValid())
        return DeliveryReports::tr("up to %1").arg(l.toString(request.to, QStringLiteral("dd/MM/yyyy")));
    return DeliveryReports::tr("every day recorded");
}

} // namespace

QStringList DeliveryReports::comuneChoices()
{
    static const QStringList names = [] {
        QStringList list;
        QFile file(QStringLiteral(":/reference/comuni_cmm.csv"));
        if (!file.open(QIODevice::ReadOnly))
            return list;
        auto table = core::parseCsv(file.readAll());
        if (!table)
            return list;
        const int name = table->column({ QStringLiteral("name") });
        for (const core::CsvRecord &r : table->records)
            list.append(r.fields.value(name));
        std::sort(list.begin(), list.end(),
            [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
        return list;
    }();
    return names;
}

QList<core::ReportDefinition> DeliveryReports::definitions(const MapImageProvider &map)
{
    using D = core::ReportDefinition;
    QList<D> list;
    list.append({ QStringLiteral("distributions-by-category"), [] { return tr("Distributions by goods category"); },
        D::Period, D::Period, {}, &byCategory,
        core::Permission::ReportsAggregate });
    list.append({ QStringLiteral("distributions-by-comune"),
        [] { return tr("Food distributions by comune, with the map"); }, D::Period, D::Period, {},
        [map](const QSqlDatabase &db, const ReportRequest &r) { return byComune(db, r, map); },
        core::Permission::ReportsAggregate });
    list.append({ QStringLiteral("distributions-by-recipient-type"),
        [] { return tr("Distributions by type of recipient (DPI and kits)"); }, D::Period, D::Period, {},
        &byRecipientType, core::Permission::ReportsAggregate });
    list.append({ QStringLiteral("comune-statement"), [] { return tr("Statement for the mayor of a comune"); },
        D::Period | D::By, D::Period | D::By, comuneChoices(),
        [map](const QSqlDatabase &db, const ReportRequest &r) { return comuneStatement(db, r, map); },
        core::Permission::ReportsAggregate });
    list.last().byLabel = [] { return tr("Co&mune:"); }; // the statement is for one comune, not grouped by
    list.append({ QStringLiteral("deliveries-register"), [] { return tr("Register of deliveries"); }, D::Period,
        D::Period, {}, &deliveriesRegister, core::Permission::DeliveriesView });
    list.append({ QStringLiteral("delivery-notes"), [] { return tr("Delivery notes (DDT) of a day"); }, D::At, D::None,
        {}, &DeliveryNotes::day, core::Permission::DeliveriesView });
    list.append({ QStringLiteral("trip-sheet"), [] { return tr("Trip sheet of a day"); }, D::At, D::None, {},
        [](const QSqlDatabase &db, const ReportRequest &r) { return DayPlan::tripSheet(db, r); },
        core::Permission::DeliveriesView });
    return list;
}

Result<ReportDocument> DeliveryReports::byCategory(const QSqlDatabase &db, const ReportRequest &request)
{
    auto rows = DistributionQueries::byCategory(db, periodOf(request));
    if (!rows)
        return rows.error();
    auto counts = DistributionQueries::distributionsByKind(db, periodOf(request));
    if (!counts)
        return counts.error();
    const int food = counts->first, health = counts->second;
    ReportDocument doc = core::newReportDocument(
        QStringLiteral("distributions-by-category"), tr("Distributions by goods category"), request);
    doc.parameters.append({ tr("Period"), periodText(request) });

    ReportTable foodTable;
    foodTable.columns = { { QStringLiteral("category"), tr("Food category") },
        { QStringLiteral("kg"), tr("kg"), ColumnKind::Grams, 1 },
        { QStringLiteral("distributions"), tr("Distributions"), ColumnKind::Integer } };
    ReportTable otherTable;
    otherTable.columns = { { QStringLiteral("category"), tr("Category") },
        { QStringLiteral("pieces"), tr("Pieces"), ColumnKind::Integer },
        { QStringLiteral("kg"), tr("kg (known weights)"), ColumnKind::Grams, 1 },
        { QStringLiteral("distributions"), tr("Distributions"), ColumnKind::Integer } };
    core::ReportChart chart;
    chart.title = tr("Food distributed by category (kg)");
    chart.unit = tr("kg");
    chart.horizontal = true;
    core::ReportSeries series;
    series.name = tr("kg");
    core::Grams foodGrams = 0, otherGrams = 0;
    qint64 otherPieces = 0;
    for (const CategoryDistribution &c : *rows) {
        if (c.kind == QLatin1String("food")) {
            foodTable.rows.append({ c.name, c.grams, c.distributions });
            chart.categories.append(c.name);
            series.values.append(core::gramsToKg(c.grams));
            if (!core::addChecked(foodGrams, c.grams))
                return core::overflowError(doc.name);
        } else if (c.distributions > 0) {
            otherTable.rows.append({ c.name, c.pieces, c.grams, c.distributions });
            if (!core::addChecked(otherPieces, c.pieces) || !core::addChecked(otherGrams, c.grams))
                return core::overflowError(doc.name);
        }
    }
    foodTable.totals = { tr("Total food"), foodGrams, food };
    otherTable.totals = { tr("Total DPI, kits and other goods"), otherPieces, otherGrams, health };
    if (otherGrams == 0) { // DPI and kits have no known weight: no column of zeros
        otherTable.columns.removeAt(2);
        for (QVariantList &row : otherTable.rows)
            row.removeAt(2);
        otherTable.totals.removeAt(2);
    }
    chart.series.append(series);
    doc.addParagraph(
        tr("Goods delivered in the period (deliveries signed by the recipient; returned and cancelled deliveries "
           "are not counted). A distribution is one delivery: one that carried several categories counts once in "
           "each of them and once in the total."));
    doc.addTable(foodTable);
    doc.addChart(chart, 160);
    doc.addHeading(tr("DPI, kits and other goods"));
    if (otherTable.rows.isEmpty())
        doc.addParagraph(tr("None in the period."));
    else
        doc.addTable(otherTable);
    return doc;
}

Result<ReportDocument> DeliveryReports::byComune(
    const QSqlDatabase &db, const ReportRequest &request, const MapImageProvider &map)
{
    auto rows = DistributionQueries::byComune(db, periodOf(request), GoodsFilter::Food);
    if (!rows)
        return rows.error();
    ReportDocument doc = core::newReportDocument(
        QStringLiteral("distributions-by-comune"), tr("Food distributions by comune"), request);
    doc.parameters.append({ tr("Period"), periodText(request) });
    ReportTable table;
    table.columns = { { QStringLiteral("istat_code"), tr("ISTAT code") }, { QStringLiteral("comune"), tr("Comune") },
        { QStringLiteral("kg"), tr("kg"), ColumnKind::Grams, 1 },
        { QStringLiteral("distributions"), tr("Distributions"), ColumnKind::Integer } };
    core::Grams grams = 0;
    int served = 0;
    MapImageRequest image;
    for (const ComuneDistribution &c : *rows) {
        table.rows.append({ c.istatCode, c.name, c.grams, c.distributions });
        if (!core::addChecked(grams, c.grams))
            return core::overflowError(doc.name);
        if (c.distributions > 0) {
            ++served;
            image.values.insert(c.comuneId, core::gramsToKg(c.grams));
        }
    }
    auto total = DistributionQueries::distributions(db, periodOf(request), GoodsFilter::Food);
    if (!total)
        return total.error();
    table.totals = { QVariant(), tr("Total: %n comuni served", nullptr, served), grams, *total };
    doc.addParagraph(
        tr("Food delivered to the recipients located in each comune (its COC above all), by the day of transport. "
           "The 133 comuni of the metropolitan city are all listed."));
    if (map) {
        const QLocale locale = request.locale;
        image.legendTitle = tr("kg of food delivered");
        image.format = [locale](double kg) { return DeliveryReports::tr("%1 kg").arg(locale.toString(kg, 'f', 0)); };
        const QImage picture = map(db, image);
        if (!picture.isNull())
            doc.addImage(picture, 165, tr("Food delivered per comune in the period: the darker, the more kg."));
    }
    doc.addTable(table);
    return doc;
}

Result<ReportDocument> DeliveryReports::byRecipientType(const QSqlDatabase &db, const ReportRequest &request)
{
    auto kinds = DistributionQueries::byRecipientKind(db, periodOf(request));
    auto details = DistributionQueries::byRecipientKindAndCategory(db, periodOf(request));
    if (!kinds || !details)
        return !kinds ? kinds.error() : details.error();
    ReportDocument doc = core::newReportDocument(
        QStringLiteral("distributions-by-recipient-type"), tr("Distributions by type of recipient"), request);
    doc.parameters.append({ tr("Period"), periodText(request) });
    ReportTable table;
    table.columns = { { QStringLiteral("recipient_type"), tr("Recipients") },
        { QStringLiteral("recipients"), tr("Served"), ColumnKind::Integer },
        { QStringLiteral("deliveries"), tr("Deliveries"), ColumnKind::Integer },
        { QStringLiteral("food_kg"), tr("Food (kg)"), ColumnKind::Grams, 1 },
        { QStringLiteral("dpi_pieces"), tr("DPI (pieces)"), ColumnKind::Integer },
        { QStringLiteral("kit_pieces"), tr("Kits"), ColumnKind::Integer } };
    int recipients = 0, deliveries = 0;
    core::Grams food = 0;
    qint64 dpi = 0, kits = 0;
    for (const RecipientKindDistribution &k : *kinds) {
        table.rows.append({ DeliveryLabels::recipientKindPlural(k.kind), k.recipients, k.deliveries, k.foodGrams,
            k.dpiPieces, k.kitPieces });
        recipients += k.recipients;
        deliveries += k.deliveries;
        if (!core::addChecked(food, k.foodGrams) || !core::addChecked(dpi, k.dpiPieces)
            || !core::addChecked(kits, k.kitPieces))
            return core::overflowError(doc.name);
    }
    table.totals = { tr("Total"), recipients, deliveries, food, dpi, kits };
    doc.addParagraph(tr("Food goes to the COC of the comuni; DPI and kits (swab kits, flu-vaccine kits) to the ATS "
                        "hubs, nursing homes, "
                        "GPs, paediatricians and hospitals."));
    doc.addTable(table);
    ReportTable detail;
    detail.columns = { { QStringLiteral("recipient_type"), tr("Recipients") },
        { QStringLiteral("category"), tr("Category") }, { QStringLiteral("pieces"), tr("Pieces"), ColumnKind::Integer },
        { QStringLiteral("kg"), tr("kg (known weights)"), ColumnKind::Grams, 1 },
        { QStringLiteral("deliveries"), tr("Deliveries"), ColumnKind::Integer } };
    core::Grams detailGrams = 0;
    for (const RecipientKindCategory &r : *details)
        if (r.categoryKind != QLatin1String("food")) {
            detail.rows.append(
                { DeliveryLabels::recipientKindPlural(r.kind), r.category, r.pieces, r.grams, r.deliveries });
            if (!core::addChecked(detailGrams, r.grams))
                return core::overflowError(doc.name);
        }
    if (detailGrams == 0) { // no known weights: no column of zeros
        detail.columns.removeAt(3);
        for (QVariantList &row : detail.rows)
            row.removeAt(3);
    }
    doc.addHeading(tr("DPI and kits by recipient"));
    if (detail.rows.isEmpty())
        doc.addParagraph(tr("None in the period."));
    else
        doc.addTable(detail);
    return doc;
}

Result<ReportDocument> DeliveryReports::comuneStatement(
    const QSqlDatabase &db, const ReportRequest &request, const MapImageProvider &map)
{
    auto comune = core::runQuery(db,
        QStringLiteral("SELECT c.id, c.name, c.istat_code, m.population FROM comune_cmm m JOIN comune c ON c.id = "
                       "m.comune_id WHERE c.name = ? "
                       "OR c.istat_code = ?"),
        { request.by, request.by });
    if (!comune)
        return comune.error();
    if (!comune->next())
        return Error(QStringLiteral("reference.unknown_comune"), { request.by });
    const int comuneId = comune->value(0).toInt();
    const QString name = comune->value(1).toString();
    const qint64 population = comune->value(3).toLongLong();
    auto list = DistributionQueries::comuneDeliveries(db, comuneId, periodOf(request), true, GoodsFilter::All, 100000);
    if (!list)
        return list.error();
    auto categories = core::runQuery(db,
        QStringLiteral("SELECT g.name, g.kind, sum(l.grams), sum(l.pieces), count(DISTINCT d.id) FROM delivery d JOIN "
                       "delivery_line l ON l.delivery_id = d.id "
                       "JOIN goods_category g ON g.id = l.category_id WHERE d.status = 'delivered' AND d.comune_id = ? "
                       "AND d.delivery_date BETWEEN ? AND ? "
                       "GROUP BY g.id ORDER BY g.sort_order"),
        { comuneId, request.from.isValid() ? core::toSqlDate(request.from) : QStringLiteral("0000-01-01"),
            request.to.isValid() ? core::toSqlDate(request.to) : QStringLiteral("9999-12-31") });
    if (!categories)
        return categories.error();
    const QLocale &locale = request.locale;
    ReportDocument doc = core::newReportDocument(
        QStringLiteral("comune-statement"), tr("Statement of the deliveries to the Comune di %1").arg(name), request);
    doc.parameters.append({ tr("Comune"), QStringLiteral("%1 (%2)").arg(name, comune->value(2).toString()) });
    doc.parameters.append({ tr("Period"), periodText(request) });
    doc.addParagraph(tr("To the Mayor of the Comune di %1").arg(name));
    core::Grams food = 0;
    ReportTable byCategory;
    byCategory.columns
        = { { QStringLiteral("category"), tr("Goods") }, { QStringLiteral("kg"), tr("kg"), ColumnKind::Grams, 1 },
              { QStringLiteral("pieces"), tr("Pieces"), ColumnKind::Integer },
              { QStringLiteral("deliveries"), tr("Deliveries"), ColumnKind::Integer } };
    while (categories->next()) {
        const bool isFood = categories->value(1).toString() == QLatin1String("food");
        if (isFood && !core::addChecked(food, categories->value(2).toLongLong()))
            return core::overflowError(doc.name);
        byCategory.rows.append({ categories->value(0), categories->value(2).toLongLong(),
            isFood ? QVariant() : QVariant(categories->value(3).toLongLong()), categories->value(4).toInt() });
    }
    if (auto s = core::queryFinished(*categories); !s)
        return s.error();
    if (list->isEmpty()) {
        doc.addParagraph(tr("In the period the CCV-MI made no deliveries to recipients in the comune."));
    } else {
        doc.addParagraph(tr(
            "In the period the CCV-MI, with the volunteer organisations of the territory, made %n delivery(ies) to the "
            "recipients in the comune, for %1 of food (%2 kg per 1,000 residents). The details follow.",
            nullptr, int(list->size()))
                             .arg(DeliveryLabels::kg(food, locale, 0),
                                 locale.toString(
                                     population > 0 ? core::gramsToKg(food) * 1000.0 / double(population) : 0.0, 'f',
                                     1)));
        if (map) {
            MapImageRequest image;
            image.values.insert(comuneId, core::gramsToKg(food));
            image.legendTitle = tr("Comune di %1").arg(name);
            image.format
                = [locale](double kg) { return DeliveryReports::tr("%1 kg").arg(locale.toString(kg, 'f', 0)); };
            image.size = QSize(1200, 1000);
            const QImage picture = map(db, image);
            if (!picture.isNull())
                doc.addImage(picture, 95);
        }
        doc.addHeading(tr("By kind of goods"));
        doc.addTable(byCategory);
        doc.addHeading(tr("Deliveries"));
        ReportTable table;
        table.columns
            = { { QStringLiteral("date"), tr("Date"), ColumnKind::Date }, { QStringLiteral("number"), tr("DDT") },
                  { QStringLiteral("recipient"), tr("Recipient") }, { QStringLiteral("goods"), tr("Goods") },
                  { QStringLiteral("packages"), tr("Packages"), ColumnKind::Integer },
                  { QStringLiteral("kg"), tr("kg"), ColumnKind::Grams, 1 } };
        core::Grams grams = 0;
        int packages = 0;
        for (int i = int(list->size()) - 1; i >= 0; --i) { // oldest first
            const DeliverySummary &s = list->at(i);
            table.rows.append({ s.date, s.number, s.recipientName, s.goods, s.packages, s.grams });
            if (!core::addChecked(grams, s.grams))
                return core::overflowError(doc.name);
            packages += s.packages;
        }
        table.totals = { tr("Total"), QVariant(), QVariant(), QVariant(), packages, grams };
        doc.addTable(table);
    }
    doc.addParagraph(
        tr("The delivery notes signed on receipt are kept at the CCV-MI operations room, Parco Idroscalo."));
    doc.addSignatures({ tr("For the CCV-MI operations room") });
    return doc;
}

Result<ReportDocument> DeliveryReports::deliveriesRegister(const QSqlDatabase &db, const ReportRequest &request)
{
    auto list = DistributionQueries::deliveries(db, periodOf(request));
    if (!list)
        return list.error();
    ReportDocument doc
        = core::newReportDocument(QStringLiteral("deliveries-register"), tr("Register of deliveries"), request);
    doc.landscape = true;
    doc.parameters.append({ tr("Period"), periodText(request) });
    ReportTable table;
    table.columns = { { QStringLiteral("date"), tr("Date"), ColumnKind::Date }, { QStringLiteral("number"), tr("DDT") },
        { QStringLiteral("recipient"), tr("Recipient") }, { QStringLiteral("recipient_type"), tr("Type") },
        { QStringLiteral("comune"), tr("Comune") }, { QStringLiteral("status"), tr("Status") },
        { QStringLiteral("goods"), tr("Goods") }, { QStringLiteral("packages"), tr("Packages"), ColumnKind::Integer },
        { QStringLiteral("kg"), tr("kg"), ColumnKind::Grams, 1 }, { QStringLiteral("vehicle"), tr("Vehicle") },
        { QStringLiteral("driver"), tr("Driver") } };
    core::Grams grams = 0;
    int delivered = 0;
    for (const DeliverySummary &s : *list) {
        table.rows.append(
            { s.date, s.number, s.recipientName, DeliveryLabels::recipientKind(s.recipientKind), s.comuneName,
                DeliveryLabels::deliveryStatus(s.status), s.goods, s.packages, s.grams, s.vehicle, s.driver });
        if (s.status == DeliveryStatus::Delivered) {
            if (!core::addChecked(grams, s.grams))
                return core::overflowError(doc.name);
            ++delivered;
        }
    }
    table.totals = { tr("Delivered: %n", nullptr, delivered), QVariant(), QVariant(), QVariant(), QVariant(),
        QVariant(), QVariant(), QVariant(), grams, QVariant(), QVariant() };
    doc.addTable(table);
    return doc;
}

Result<ReportDocument> DeliveryReports::allocationSheet(
    const QSqlDatabase &db, qint64 allocationId, const ReportRequest &request)
{
    auto head = core::runQuery(db,
        QStringLiteral(
            "SELECT allocated_on, weighting, unmet, notes, operator, created_at FROM delivery_allocation WHERE id = ?"),
        { allocationId });
    if (!head)
        return head.error();
    if (!head->next())
        return Error(QStringLiteral("deliveries.unknown_allocation"), { QString::number(allocationId) });
    const QLocale &locale = request.locale;
    const QDate date = core::fromSqlDate(head->value(0).toString());
    ReportDocument doc = core::newReportDocument(QStringLiteral("allocation"),
        tr("Allocation of %1").arg(locale.toString(date, QStringLiteral("dd/MM/yyyy"))), request);
    doc.landscape = true;
    doc.parameters.append({ tr("Method"), DeliveryLabels::weighting(weightingFromCode(head->value(1).toString())) });
    doc.parameters.append(
        { tr("Unmet demand"), DeliveryLabels::unmetPolicy(unmetPolicyFromCode(head->value(2).toString())) });
    doc.parameters.append({ tr("Confirmed by"), head->value(4).toString() });
    if (!head->value(3).toString().isEmpty())
        doc.addParagraph(head->value(3).toString());
    doc.addParagraph(
        tr("When the goods are not enough for every request, each request gets a share in proportion to its weight "
           "(the request, or the residents of the comune), never more than it asked, in whole units: the whole "
           "part of each share first, then one unit each to the largest remainders (ties: larger weight, then "
           "request number)."));
    auto pools = core::runQuery(db,
        QStringLiteral("SELECT p.id, coalesce(i.name, g.name), p.unit, p.in_stock, p.available, p.requested, "
                       "p.allocated, i.unit = 'pcs' "
                       "FROM delivery_allocation_pool p LEFT JOIN goods_category g ON g.id = p.category_id LEFT JOIN "
                       "stock_item i ON i.id = p.item_id "
                       "WHERE p.allocation_id = ? ORDER BY coalesce(g.sort_order, 1000), p.id"),
        { allocationId });
    if (!pools)
        return pools.error();
    struct Pool {
        qint64 id, unit, inStock, available, requested, allocated;
        QString label;
        bool byPiece;
    };
    QList<Pool> list;
    while (pools->next())
        list.append({ pools->value(0).toLongLong(), pools->value(2).toLongLong(), pools->value(3).toLongLong(),
            pools->value(4).toLongLong(), pools->value(5).toLongLong(), pools->value(6).toLongLong(),
            pools->value(1).toString(), pools->value(7).toBool() });
    bool first = true;
    for (const Pool &p : list) {
        if (!first)
            doc.addPageBreak();
        first = false;
        doc.addHeading(p.label);
        doc.addKeyValues({ { tr("In stock"), DeliveryLabels::units(p.inStock / p.unit, p.byPiece, locale) },
            { tr("Shared"), DeliveryLabels::units(p.available / p.unit, p.byPiece, locale) },
            { tr("Asked"), DeliveryLabels::units(p.requested / p.unit, p.byPiece, locale) },
            { tr("Given"),
                tr("%1 (%2 of what was asked)")
                    .arg(DeliveryLabels::units(p.allocated / p.unit, p.byPiece, locale),
                        locale.toString(
                            p.requested > 0 ? 100.0 * double(p.allocated) / double(p.requested) : 100.0, 'f', 1)
                            + locale.percent()) } });
        auto lines = core::runQuery(db,
            QStringLiteral(
                "SELECT c.istat_code, c.name, r.name, q.number, a.requested, a.exact_share, a.computed, a.allocated, "
                "a.reason, a.override_reason "
                "FROM delivery_allocation_line a JOIN delivery_request_line l ON l.id = a.request_line_id "
                "JOIN delivery_request q ON q.id = l.request_id JOIN delivery_recipient r ON r.id = q.recipient_id "
                "JOIN comune c ON c.id = r.comune_id WHERE a.pool_id = ? ORDER BY c.name, q.number"),
            { p.id });
        if (!lines)
            return lines.error();
        ReportTable table;
        const QString unit = p.byPiece ? tr("pcs") : tr("kg");
        table.columns
            = { { QStringLiteral("istat_code"), tr("ISTAT code") }, { QStringLiteral("comune"), tr("Comune") },
                  { QStringLiteral("recipient"), tr("Recipient") }, { QStringLiteral("request"), tr("Request") },
                  { QStringLiteral("requested"), tr("Asked (%1)").arg(unit), ColumnKind::Decimal, 0 },
                  { QStringLiteral("share"), tr("Exact share (%1)").arg(unit), ColumnKind::Decimal, 2 },
                  { QStringLiteral("allocated"), tr("Given (%1)").arg(unit), ColumnKind::Decimal, 0 },
                  { QStringLiteral("fill_rate"), tr("Fill rate"), ColumnKind::Percent, 1 },
                  { QStringLiteral("why"), tr("Why") } };
        const double unitSize = double(p.unit);
        while (lines->next()) {
            const qint64 requested = lines->value(4).toLongLong();
            const qint64 allocated = lines->value(7).toLongLong();
            QString why = DeliveryLabels::shareReason(shareReasonFromCode(lines->value(8).toString()));
            if (!lines->value(9).toString().isEmpty())
                why = tr("Changed by hand from %1 to %2: %3")
                          .arg(locale.toString(double(lines->value(6).toLongLong()) / unitSize, 'f', 0),
                              locale.toString(double(allocated) / unitSize, 'f', 0), lines->value(9).toString());
            table.rows.append({ lines->value(0), lines->value(1), lines->value(2), lines->value(3),
                double(requested) / unitSize, lines->value(5).toDouble() / unitSize, double(allocated) / unitSize,
                requested > 0 ? double(allocated) / double(requested) : 1.0, why });
        }
        table.totals = { tr("Total"), QVariant(), QVariant(), QVariant(), double(p.requested) / unitSize, QVariant(),
            double(p.allocated) / unitSize, p.requested > 0 ? double(p.allocated) / double(p.requested) : 1.0,
            QVariant() };
        doc.addTable(table);
    }
    return doc;
}

} // namespace deliveries

#include "stock/domain/stockreports.h"

#include "core/auth/permissions.h"
#include "core/db/sql.h"
#include "core/domain/clock.h"
#include "core/domain/dates.h"
#include "core/reporting/reportcatalog.h"
#include "stock/domain/countservice.h"
#include "stock/domain/stockcatalog.h"
#include "stock/domain/stocklabels.h"
#include "stock/domain/stockqueries.h"

#include <QSqlQuery>

namespace stock {

using core::ColumnKind;
using core::Error;
using core::ReportColumn;
using core::ReportDocument;
using core::ReportRequest;
using core::ReportTable;
using core::Result;

namespace {

QDate atDate(const ReportRequest &request)
{
    if (request.at.isValid())
        return request.at;
    return (request.now.isValid() ? request.now : core::SystemClock::instance().now()).date();
}

QVariant piecesOrEmpty(Unit unit, qint64 quantity)
{
    return unit == Unit::Pieces ? QVariant(quantity) : QVariant();
}

} // namespace

QList<core::ReportDefinition> StockReports::definitions()
{
    using D = core::ReportDefinition;
    QList<D> list;
    list.append({ QStringLiteral("stock-by-category"), [] { return tr("Stock by category (kg)"); }, D::At, D::None, {},
        &byCategory, core::Permission::ReportsAggregate });
    list.append(
        { QStringLiteral("stock-by-lot"), [] { return tr("Stock by item and lot"); }, D::At, D::None, {}, &byLot,
          core::Permission::StockView });
    list.append({ QStringLiteral("stock-expiring"), [] { return tr("Expiring and expired lots"); }, D::At, D::None, {},
        &expiring, core::Permission::StockView });
    list.append({ QStringLiteral("stock-movements"), [] { return tr("Stock movements in a period"); }, D::Period,
        D::Period, {}, &movements, core::Permission::StockView });
    list.append({ QStringLiteral("stock-donations"), [] { return tr("Donations by donor"); }, D::Period, D::Period, {},
        &donations, core::Permission::StockView });
    return list;
}

Result<ReportDocument> StockReports::byCategory(const QSqlDatabase &db, const ReportRequest &request)
{
    const QDate at = atDate(request);
    auto rows = StockQueries::byCategory(db, at);
    if (!rows)
        return rows.error();
    ReportDocument doc = core::newReportDocument(QStringLiteral("stock-by-category"), tr("Stock by category"), request);
    doc.parameters.append({ tr("Position at"), core::toItalianDate(at) });

    ReportTable food;
    food.columns
        = { { QStringLiteral("category"), tr("Category") }, { QStringLiteral("kg"), tr("kg"), ColumnKind::Grams, 1 } };
    ReportTable other;
    other.columns = { { QStringLiteral("category"), tr("Category") },
        { QStringLiteral("pieces"), tr("Pieces"), ColumnKind::Integer },
        { QStringLiteral("kg"), tr("kg (known weights)"), ColumnKind::Grams, 1 } };
    core::ReportChart chart;
    chart.title = tr("Food in stock by category (kg)");
    chart.unit = tr("kg");
    chart.horizontal = true;
    core::ReportSeries series;
    series.name = tr("kg");
    core::Grams totalFood = 0, expiredFood = 0;
    qint64 totalPieces = 0;
    core::Grams totalOther = 0;
    for (const CategoryStock &c : *rows) {
        if (c.kind == QLatin1String("food")) {
            food.rows.append({ c.name, c.grams });
            chart.categories.append(c.name);
            series.values.append(core::gramsToKg(c.grams));
            if (!core::addChecked(totalFood, c.grams) || !core::addChecked(expiredFood, c.expiredGrams))
                return core::overflowError(doc.name);
        } else {
            other.rows.append({ c.name, c.pieces, c.grams });
            if (!core::addChecked(totalPieces, c.pieces) || !core::addChecked(totalOther, c.grams))
                return core::overflowError(doc.name);
        }
    }
    food.totals = { tr("Total food"), totalFood };
    other.totals = { tr("Total other goods"), totalPieces, totalOther };
    chart.series.append(series);
    doc.addParagraph(
        tr("Goods in every location at the end of the day, food in kilograms (items counted by the piece are "
           "converted with their weight per piece)."));
    doc.addTable(food);
    if (expiredFood > 0)
        doc.addParagraph(tr("Of the food, %1 is past its expiry date and waiting to be written off.")
                             .arg(StockLabels::quantity(expiredFood, Unit::Grams, request.locale)));
    doc.addChart(chart, 150);
    doc.addHeading(tr("DPI, kits and other goods"));
    doc.addTable(other);
    return doc;
}

Result<ReportDocument> StockReports::byLot(const QSqlDatabase &db, const ReportRequest &request)
{
    const QDate at = atDate(request);
    auto lots = StockQueries::lots(db, at);
    if (!lots)
        return lots.error();
    ReportDocument doc = core::newReportDocument(QStringLiteral("stock-by-lot"), tr("Stock by item and lot"), request);
    doc.landscape = true;
    doc.parameters.append({ tr("Position at"), core::toItalianDate(at) });
    ReportTable table;
    table.columns = { { QStringLiteral("item_code"), tr("Code") }, { QStringLiteral("item"), tr("Item") },
        { QStringLiteral("category"), tr("Category") }, { QStringLiteral("lot"), tr("Lot") },
        { QStringLiteral("expiry"), tr("Expiry"), ColumnKind::Date }, { QStringLiteral("location"), tr("Location") },
        { QStringLiteral("donor"), tr("Donor") }, { QStringLiteral("pieces"), tr("Pieces"), ColumnKind::Integer },
        { QStringLiteral("kg"), tr("kg"), ColumnKind::Grams, 1 } };
    core::Grams grams = 0;
    for (const LotPosition &p : *lots) {
        table.rows.append(
            { p.itemCode, p.itemName, p.categoryName, p.lotCode, p.expiry.isValid() ? QVariant(p.expiry) : QVariant(),
                p.locationName, p.donorName, piecesOrEmpty(p.unit, p.quantity), p.grams });
        if (!core::addChecked(grams, p.grams))
            return core::overflowError(doc.name);
    }
    table.totals = { tr("Total: %n lot(s)", nullptr, int(lots->size())), {}, {}, {}, {}, {}, {}, {}, grams };
    doc.sayOnceIfSame(table, 5); // the location
    doc.addTable(table);
    return doc;
}

Result<ReportDocument> StockReports::expiring(const QSqlDatabase &db, const ReportRequest &request)
{
    const QDate at = atDate(request);
    auto days = StockCatalog(db).expiryWarningDays();
    if (!days)
        return days.error();
    auto lots = StockQueries::expiring(db, at, *days, true);
    if (!lots)
        return lots.error();
    ReportDocument doc
        = core::newReportDocument(QStringLiteral("stock-expiring"), tr("Expiring and expired lots"), request);
    doc.landscape = true;
    doc.parameters.append({ tr("Date"), core::toItalianDate(at) });
    doc.parameters.append({ tr("Expiring within"), tr("%n day(s)", nullptr, *days) });
    ReportTable table;
    table.columns = { { QStringLiteral("expiry"), tr("Expiry"), ColumnKind::Date },
        { QStringLiteral("days_left"), tr("Days left"), ColumnKind::Integer }, { QStringLiteral("item"), tr("Item") },
        { QStringLiteral("lot"), tr("Lot") }, { QStringLiteral("location"), tr("Location") },
        { QStringLiteral("pieces"), tr("Pieces"), ColumnKind::Integer },
        { QStringLiteral("kg"), tr("kg"), ColumnKind::Grams, 1 }, { QStringLiteral("donor"), tr("Donor") } };
    int expired = 0;
    for (const LotPosition &p : *lots) {
        const qint64 left = at.daysTo(p.expiry);
        expired += left < 0 ? 1 : 0;
        table.rows.append({ p.expiry, left, p.itemName, p.lotCode, p.locationName, piecesOrEmpty(p.unit, p.quantity),
            p.grams, p.donorName });
    }
    doc.addParagraph(tr("Past their expiry date (negative days left, to be written off): %n lot(s).", nullptr, expired)
        + QLatin1Char(' ') + tr("Expiring within the period: %n lot(s).", nullptr, int(lots->size()) - expired));
    doc.sayOnceIfSame(table, 4); // the location
    doc.addTable(table);
    return doc;
}

QString StockReports::movementReference(const QString &refType, const QString &receiptNumber, qint64 line,
    const QString &ddtNumber, const QDate &countedOn)
{
    if (refType.isEmpty())
        return {};
    if (refType == QLatin1String("receipt"))
        return tr("receipt %1, line %2").arg(receiptNumber).arg(line);
    if (refType == QLatin1String("delivery"))
        return ddtNumber.isEmpty() ? tr("delivery note") : tr("delivery note %1").arg(ddtNumber);
    if (refType == QLatin1String("count"))
        return countedOn.isValid() ? tr("stock count of %1").arg(core::toItalianDate(countedOn)) : tr("stock count");
    if (refType == QLatin1String("kit_assembly"))
        return tr("kit assembly");
    return refType;
}

Result<ReportDocument> StockReports::movements(const QSqlDatabase &db, const ReportRequest &request)
{
    auto q = core::runQuery(db,
        QStringLiteral(
            "SELECT m.moved_on, m.kind, i.name, c.name, l.lot_code, l.expiry_on, s.name, i.unit, m.quantity, m.grams, "
            "m.reason, "
            "m.ref_type, m.ref_id, m.ref_line, m.reverses_id, coalesce(nullif(a.display_name, ''), m.operator), "
            "r.number, d.number, k.counted_on "
            "FROM stock_movement m JOIN stock_item i ON i.id = m.item_id JOIN goods_category c ON c.id = m.category_id "
            "JOIN stock_lot l ON l.id = m.lot_id JOIN stock_location s ON s.id = m.location_id "
            "LEFT JOIN stock_receipt r ON m.ref_type = 'receipt' AND r.id = m.ref_id "
            // The documents the operator knows: the DDT's number, the stock count's day.
            "LEFT JOIN delivery d ON m.ref_type = 'delivery' AND d.id = m.ref_id "
            "LEFT JOIN stock_count k ON m.ref_type = 'count' AND k.id = m.ref_id "
            "LEFT JOIN operator_account a ON a.username = m.operator "
            "WHERE m.moved_on BETWEEN ? AND ? ORDER BY m.moved_on, m.id"),
        { core::toSqlDate(request.from), core::toSqlDate(request.to) });
    if (!q)
        return q.error();
    ReportDocument doc = core::newReportDocument(QStringLiteral("stock-movements"), tr("Stock movements"), request);
    doc.landscape = true;
    doc.parameters.append({ tr("Period"),
        QStringLiteral("%1 – %2").arg(core::toItalianDate(request.from), core::toItalianDate(request.to)) });
    ReportTable table;
    table.columns = { { QStringLiteral("date"), tr("Date"), ColumnKind::Date },
        { QStringLiteral("kind"), tr("Movement") }, { QStringLiteral("item"), tr("Item") },
        { QStringLiteral("category"), tr("Category") }, { QStringLiteral("lot"), tr("Lot") },
        { QStringLiteral("expiry"), tr("Expiry"), ColumnKind::Date }, { QStringLiteral("location"), tr("Location") },
        { QStringLiteral("pieces"), tr("Pieces"), ColumnKind::Integer },
        { QStringLiteral("kg"), tr("kg"), ColumnKind::Grams, 1 }, { QStringLiteral("reason"), tr("Reason") },
        { QStringLiteral("reference"), tr("Reference") }, { QStringLiteral("operator"), tr("Operator") } };
    core::Grams in = 0, out = 0;
    while (q->next()) {
        const Unit unit = unitFromCode(q->value(7).toString());
        const qint64 quantity = q->value(8).toLongLong();
        const core::Grams grams = q->value(9).toLongLong();
        if (!core::addChecked(grams > 0 ? in : out, grams))
            return core::overflowError(doc.name);
        QString kind = StockLabels::movementKind(q->value(1).toString());
        if (!q->value(14).isNull())
            kind = tr("%1 (reversal)").arg(kind);
        const QString reference = movementReference(q->value(11).toString(), q->value(16).toString(),
            q->value(13).toLongLong(), q->value(17).toString(), core::fromSqlDate(q->value(18).toString()));
        const QDate expiry = core::fromSqlDate(q->value(5).toString());
        table.rows.append({ core::fromSqlDate(q->value(0).toString()), kind, q->value(2), q->value(3), q->value(4),
            expiry.isValid() ? QVariant(expiry) : QVariant(), q->value(6), piecesOrEmpty(unit, quantity), grams,
            q->value(10), reference, q->value(15) });
    }
    table.totals = { tr("Total: %n movement(s)", nullptr, int(table.rows.size())), {}, {}, {}, {}, {}, {}, {}, in + out,
        {}, {}, {} };
    doc.sayOnceIfSame(table, 6); // the location: one warehouse, usually
    doc.addKeyValues({ { tr("Weight in"), StockLabels::quantity(in, Unit::Grams, request.locale) },
        { tr("Weight out"), StockLabels::quantity(-out, Unit::Grams, request.locale) } });
    doc.addTable(table);
    return doc;
}

Result<ReportDocument> StockReports::donations(const QSqlDatabase &db, const ReportRequest &request)
{
    auto q = core::runQuery(db,
        QStringLiteral(
            "SELECT d.name, d.kind, count(DISTINCT m.ref_id), sum(m.grams), sum(CASE WHEN i.unit = 'pcs' THEN "
            "m.quantity ELSE 0 END) "
            "FROM stock_movement m JOIN stock_donor d ON d.id = m.donor_id JOIN stock_item i ON i.id = m.item_id "
            "WHERE m.kind = 'receipt' AND m.moved_on BETWEEN ? AND ? "
            "GROUP BY d.id HAVING sum(m.quantity) <> 0 ORDER BY sum(m.grams) DESC, d.name"),
        { core::toSqlDate(request.from), core::toSqlDate(request.to) });
    if (!q)
        return q.error();
    ReportDocument doc = core::newReportDocument(QStringLiteral("stock-donations"), tr("Donations by donor"), request);
    doc.parameters.append({ tr("Period"),
        QStringLiteral("%1 – %2").arg(core::toItalianDate(request.from), core::toItalianDate(request.to)) });
    ReportTable table;
    table.columns = { { QStringLiteral("donor"), tr("Donor") }, { QStringLiteral("donor_kind"), tr("Kind") },
        { QStringLiteral("receipts"), tr("Receipts"), ColumnKind::Integer },
        { QStringLiteral("kg"), tr("kg"), ColumnKind::Grams, 1 },
        { QStringLiteral("pieces"), tr("Pieces"), ColumnKind::Integer } };
    core::Grams grams = 0;
    qint64 receipts = 0, pieces = 0;
    core::ReportChart chart;
    chart.title = tr("Donated kg by donor");
    chart.unit = tr("kg");
    chart.horizontal = true;
    core::ReportSeries series;
    series.name = tr("kg");
    while (q->next()) {
        table.rows.append({ q->value(0), StockLabels::donorKind(donorKindFromCode(q->value(1).toString())),
            q->value(2).toLongLong(), q->value(3).toLongLong(), q->value(4).toLongLong() });
        if (!core::addChecked(receipts, q->value(2).toLongLong()) || !core::addChecked(grams, q->value(3).toLongLong())
            || !core::addChecked(pieces, q->value(4).toLongLong()))
            return core::overflowError(doc.name);
        if (chart.categories.size() < 12 && q->value(3).toLongLong() > 0) {
            chart.categories.append(q->value(0).toString());
            series.values.append(core::gramsToKg(q->value(3).toLongLong()));
        }
    }
    if (auto s = core::queryFinished(*q); !s)
        return s.error();
    table.totals = { tr("Total: %n donor(s)", nullptr, int(table.rows.size())), {}, receipts, grams, pieces };
    chart.series.append(series);
    doc.addParagraph(
        tr("Goods received in the period, net of corrections; weights of items counted by the piece from their "
           "weight per piece."));
    doc.addTable(table);
    if (!chart.categories.isEmpty())
        doc.addChart(chart, 150);
    return doc;
}

Result<ReportDocument> StockReports::donationReceipt(
    const QSqlDatabase &db, qint64 receiptId, const ReportRequest &request)
{
    auto h = core::runQuery(db,
        QStringLiteral("SELECT r.number, r.received_on, r.document_ref, r.notes, d.name, d.tax_code, d.address, "
                       "coalesce(c.name, ''), r.operator "
                       "FROM stock_receipt r JOIN stock_donor d ON d.id = r.donor_id LEFT JOIN comune c ON c.id = "
                       "d.comune_id WHERE r.id = ?"),
        { receiptId });
    if (!h)
        return h.error();
    if (!h->next())
        return Error(QStringLiteral("stock.unknown_receipt"), { QString::number(receiptId) });
    const QDate date = core::fromSqlDate(h->value(1).toString());
    ReportDocument doc = core::newReportDocument(
        QStringLiteral("stock-donation-receipt"), tr("Donation receipt no. %1").arg(h->value(0).toString()), request);
    QString donor = h->value(4).toString();
    if (!h->value(5).toString().isEmpty())
        donor += QStringLiteral(" · ") + tr("tax code %1").arg(h->value(5).toString());
    QString address = h->value(6).toString();
    if (!h->value(7).toString().isEmpty())
        address += (address.isEmpty() ? QString() : QStringLiteral(", ")) + h->value(7).toString();
    QList<QPair<QString, QString>> pairs { { tr("Donor"), donor } };
    if (!address.isEmpty())
        pairs.append({ tr("Address"), address });
    pairs.append({ tr("Date received"), core::toItalianDate(date) });
    if (!h->value(2).toString().isEmpty())
        pairs.append({ tr("Donor's document"), h->value(2).toString() });
    pairs.append({ tr("Received at"), tr("CCV-MI warehouse, Parco Idroscalo") });
    doc.addKeyValues(pairs);
    doc.addParagraph(
        tr("The Comitato di Coordinamento dei Volontari di Protezione Civile della Città metropolitana di Milano "
           "(CCV-MI) acknowledges with thanks having received free of charge the following goods, which will be "
           "distributed to the comuni of the metropolitan city for people in need."));

    auto q = core::runQuery(db,
        QStringLiteral(
            "SELECT i.name, c.name, l.lot_code, l.expiry_on, i.unit, sum(m.quantity), sum(m.grams) "
            "FROM stock_movement m JOIN stock_item i ON i.id = m.item_id JOIN goods_category c ON c.id = i.category_id "
            "JOIN stock_lot l ON l.id = m.lot_id WHERE m.ref_type = 'receipt' AND m.ref_id = ? AND m.kind = 'receipt' "
            "GROUP BY m.lot_id HAVING sum(m.quantity) <> 0 ORDER BY min(m.ref_line)"),
        { receiptId });
    if (!q)
        return q.error();
    ReportTable table;
    table.columns = { { QStringLiteral("item"), tr("Goods") }, { QStringLiteral("category"), tr("Category") },
        { QStringLiteral("lot"), tr("Lot") }, { QStringLiteral("expiry"), tr("Expiry"), ColumnKind::Date },
        { QStringLiteral("pieces"), tr("Pieces"), ColumnKind::Integer },
        { QStringLiteral("kg"), tr("kg"), ColumnKind::Grams, 1 } };
    core::Grams grams = 0;
    while (q->next()) {
        const QDate expiry = core::fromSqlDate(q->value(3).toString());
        const Unit unit = unitFromCode(q->value(4).toString());
        table.rows.append({ q->value(0), q->value(1), q->value(2), expiry.isValid() ? QVariant(expiry) : QVariant(),
            piecesOrEmpty(unit, q->value(5).toLongLong()), q->value(6).toLongLong() });
        if (!core::addChecked(grams, q->value(6).toLongLong()))
            return core::overflowError(doc.name);
    }
    if (auto s = core::queryFinished(*q); !s)
        return s.error();
    table.totals = { tr("Total"), {}, {}, {}, {}, grams };
    doc.addTable(table);
    if (table.rows.isEmpty())
        doc.addParagraph(tr("This receipt was cancelled: no goods remain recorded on it."));
    if (!h->value(3).toString().isEmpty())
        doc.addParagraph(tr("Notes: %1").arg(h->value(3).toString()));
    doc.addParagraph(tr("Peschiera Borromeo, %1").arg(core::toItalianDate(date)));
    doc.addSignatures({ tr("For the CCV-MI (%1)").arg(h->value(8).toString()), tr("For the donor") });
    return doc;
}

Result<ReportDocument> StockReports::countSheet(const QSqlDatabase &db, qint64 countId, const ReportRequest &request)
{
    auto c = CountService(db).count(countId);
    if (!c)
        return c.error();
    const bool open = c->status == QLatin1String("open");
    ReportDocument doc = core::newReportDocument(
        QStringLiteral("stock-count"), open ? tr("Stock count sheet") : tr("Stock count result"), request);
    doc.landscape = true;
    doc.parameters.append({ tr("Location"), c->locationName });
    doc.parameters.append({ tr("Count date"), core::toItalianDate(c->date) });
    doc.parameters.append({ tr("Category"), c->categoryId ? c->categoryName : tr("all") });
    doc.parameters.append({ tr("Status"), StockLabels::countStatus(c->status) });
    ReportTable table;
    table.columns = { { QStringLiteral("category"), tr("Category") }, { QStringLiteral("item"), tr("Item") },
        { QStringLiteral("lot"), tr("Lot") }, { QStringLiteral("expiry"), tr("Expiry"), ColumnKind::Date },
        { QStringLiteral("unit"), tr("Unit") }, { QStringLiteral("book"), tr("Book quantity"), ColumnKind::Decimal, 3 },
        { QStringLiteral("counted"), tr("Counted"), ColumnKind::Decimal, 3 },
        { QStringLiteral("difference"), tr("Difference"), ColumnKind::Decimal, 3 },
        { QStringLiteral("reason"), tr("Reason") } };
    int differences = 0;
    auto shown
        = [](qint64 quantity, Unit unit) { return unit == Unit::Grams ? core::gramsToKg(quantity) : double(quantity); };
    for (const CountLine &line : c->lines) {
        differences += line.difference() != 0 ? 1 : 0;
        table.rows.append({ line.categoryName, line.itemName, line.lotCode,
            line.expiry.isValid() ? QVariant(line.expiry) : QVariant(), StockLabels::unit(line.unit),
            shown(line.bookQuantity, line.unit),
            line.counted ? QVariant(shown(line.countedQuantity, line.unit)) : QVariant(),
            line.counted ? QVariant(shown(line.difference(), line.unit)) : QVariant(), line.reason });
    }
    table.totals = { tr("%n lot(s)", nullptr, int(c->lines.size())), {}, {}, {}, {}, {}, {}, {}, {} };
    if (open)
        doc.addParagraph(
            tr("Write the quantity found on the shelves for each lot (kg for goods by weight, pieces for the rest), "
               "and the reason of any difference. Lots found that are not listed go at the bottom."));
    else
        doc.addParagraph(tr("%n lot(s) with a difference, recorded as count adjustments.", nullptr, differences));
    if (!c->notes.isEmpty())
        doc.addParagraph(tr("Notes: %1").arg(c->notes));
    doc.addTable(table);
    doc.addSignatures({ tr("Counted by"), tr("Checked by") });
    return doc;
}

} // namespace stock

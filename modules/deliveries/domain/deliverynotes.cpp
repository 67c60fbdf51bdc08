#include "deliveries/domain/deliverynotes.h"

#include "core/db/sql.h"
#include "core/domain/clock.h"
#include "core/domain/dates.h"
#include "core/reporting/reportcatalog.h"
#include "deliveries/domain/deliverylabels.h"
#include "deliveries/domain/deliveryrepository.h"

namespace deliveries {

using core::ColumnKind;
using core::ReportDocument;
using core::ReportRequest;
using core::ReportTable;
using core::Result;

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString lines(const QStringList &parts)
{
    QStringList escaped;
    for (const QString &p : parts)
        if (!p.trimmed().isEmpty())
            escaped.append(esc(p));
    return escaped.join(QStringLiteral("<br/>"));
}

ReportDocument newDocument(const QString &title, const ReportRequest &request)
{
    ReportDocument doc = core::newReportDocument(QStringLiteral("delivery-notes"), title, request);
    doc.letterhead = false; // each note carries the sender's heading itself
    doc.titleBlock = false;
    return doc;
}

} // namespace

ReportTable DeliveryNotes::goodsTable(const Delivery &d)
{
    ReportTable table;
    table.columns = { { QStringLiteral("line"), tr("No."), ColumnKind::Integer },
        { QStringLiteral("goods"), tr("Description of the goods") },
        { QStringLiteral("pieces"), tr("Pieces"), ColumnKind::Integer },
        { QStringLiteral("packages"), tr("Packages"), ColumnKind::Integer },
        { QStringLiteral("kg"), tr("Weight (kg)"), ColumnKind::Grams, 1 } };
    const QLocale locale;
    qint64 pieces = 0;
    core::Grams grams = 0;
    bool unknownWeight = false;
    const bool notLoaded = d.status == DeliveryStatus::Planned || d.status == DeliveryStatus::Cancelled;
    for (const DeliveryLine &l : d.lines) {
        // What is on the pallet: item, lot and quantity of each lot issued.
        QStringList description;
        for (const LineLot &lot : l.lotsByLot()) {
            if (lot.isReturn)
                continue;
            QString text = tr("%1 – lot %2 – %3")
                               .arg(lot.itemName.isEmpty() ? l.itemName : lot.itemName,
                                   lot.lotCode.isEmpty() ? tr("without code") : lot.lotCode,
                                   DeliveryLabels::quantity(lot.quantity, lot.byPiece, locale));
            if (lot.expiry.isValid())
                text += tr(" (expires %1)").arg(locale.toString(lot.expiry, QStringLiteral("dd/MM/yyyy")));
            description.append(text);
        }
        if (description.isEmpty()) {
            // Nothing issued: what was planned, and that it is not loaded yet.
            const QString what = l.itemId ? l.itemName : l.categoryName;
            const QString quantity = DeliveryLabels::quantity(l.quantity, l.itemId && l.byPiece, locale);
            if (notLoaded)
                description.append(l.itemId ? tr("%1 – %2 – not loaded yet (lot chosen when loading)").arg(what, quantity)
                                            : tr("%1 – %2 – not loaded yet (item and lot chosen when loading)")
                                                  .arg(what, quantity));
            else
                description.append(tr("%1 – %2").arg(what, quantity));
        }
        if (!l.description.isEmpty())
            description.append(l.description);
        const bool weightKnown = l.grams > 0 || (!l.byPiece && l.quantity > 0);
        unknownWeight = unknownWeight || !weightKnown;
        table.rows.append({ l.lineNo, description.join(QLatin1Char('\n')),
            l.pieces > 0 ? QVariant(l.pieces) : QVariant(), l.packages > 0 ? QVariant(l.packages) : QVariant(),
            weightKnown ? QVariant(l.grams) : QVariant(QStringLiteral("—")) });
        pieces += l.pieces;
        grams += l.grams;
    }
    table.totals = { QVariant(), unknownWeight ? tr("Total (weight of the goods whose weight is known)") : tr("Total"),
        pieces > 0 ? QVariant(pieces) : QVariant(), d.totalPackages() > 0 ? QVariant(d.totalPackages()) : QVariant(),
        grams };
    return table;
}

void DeliveryNotes::append(ReportDocument &doc, const Delivery &d, const QLocale &locale)
{
    if (!doc.blocks.isEmpty())
        doc.addSectionBreak(); // each note counts its own pages
    const QString date = locale.toString(d.date, QStringLiteral("dd/MM/yyyy"));
    // The sender's heading and the document's number and date.
    doc.addHtml(QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td valign=\"top\">"
        "<p style=\"font-size: 8pt; color: #555f6a; margin: 0;\">%1</p>"
        "<p style=\"font-size: 11.5pt; font-weight: bold; color: #123a61; margin: 0;\">%2</p>"
        "<p style=\"font-size: 8pt; color: #555f6a; margin: 0;\">%3</p></td>"
        "<td align=\"right\" valign=\"top\"><p style=\"font-size: 13pt; font-weight: bold; margin: 0;\">%4</p>"
        "<p style=\"margin: 0;\">%5</p><p style=\"margin: 0;\">%6</p></td></tr></table><hr/>")
                    .arg(esc(tr("CITTÀ METROPOLITANA DI MILANO · PROTEZIONE CIVILE")),
                        esc(tr("CCV-MI · Comitato di Coordinamento dei Volontari di Protezione Civile")),
                        esc(tr("Warehouse and operations room: Parco Idroscalo, via circonvallazione Idroscalo, "
                               "Peschiera Borromeo (MI) · tel. 335 79.09.412")),
                        esc(tr("DELIVERY NOTE (DDT)")), esc(tr("No. %1").arg(d.number)), esc(tr("of %1").arg(date))));
    // Sender and recipient side by side.
    const Recipient &r = d.recipient;
    QStringList recipient { r.name };
    recipient.append(r.address.trimmed().isEmpty() ? tr("Address: ____________________ (not recorded)") : r.address);
    const QString comune = r.isCoc() ? tr("Comune di %1").arg(r.comuneName) : r.comuneName;
    recipient.append(r.cap.trimmed().isEmpty() ? comune : QStringLiteral("%1 %2").arg(r.cap.trimmed(), comune));
    recipient.append(tr("Contact: %1").arg(r.contact.trimmed().isEmpty() ? QStringLiteral("____________________")
                                                                          : r.contact.trimmed()));
    recipient.append(tr("Phone: %1").arg(r.phone.trimmed().isEmpty() ? QStringLiteral("____________________")
                                                                      : r.phone.trimmed()));
    if (!r.email.trimmed().isEmpty())
        recipient.append(tr("E-mail: %1").arg(r.email.trimmed()));
    const QStringList sender {
        tr("CCV-MI · Comitato di Coordinamento dei Volontari di Protezione Civile della Città metropolitana di Milano"),
        d.locationName.isEmpty() ? tr("Magazzino Idroscalo") : d.locationName,
        tr("Parco Idroscalo, via circonvallazione Idroscalo, Peschiera Borromeo (MI)")
    };
    doc.addHtml(QStringLiteral("<table width=\"100%\" cellspacing=\"6\" cellpadding=\"6\"><tr>"
                               "<td width=\"50%\" valign=\"top\" style=\"border: 1px solid #9aa5b1;\"><span "
                               "class=\"muted\">%1</span><br/><b>%2</b></td>"
                               "<td width=\"50%\" valign=\"top\" style=\"border: 1px solid #9aa5b1;\"><span "
                               "class=\"muted\">%3</span><br/><b>%4</b></td>"
                               "</tr></table>")
                    .arg(esc(tr("Sender")), lines(sender), esc(tr("Recipient")), lines(recipient)));
    QList<QPair<QString, QString>> transport;
    transport.append({ tr("Reason for transport"), DeliveryLabels::transportReason(d.reason) });
    QStringList carrier;
    if (!d.organisation.isEmpty())
        carrier.append(d.organisation);
    if (!d.driver.isEmpty())
        carrier.append(tr("driver %1").arg(d.driver));
    transport.append({ tr("Transport by"), carrier.isEmpty() ? tr("the sender") : carrier.join(QStringLiteral(", ")) });
    if (!d.vehicle.isEmpty())
        transport.append({ tr("Vehicle"), d.vehicle });
    transport.append({ tr("Start of transport"),
        d.time.isValid() ? tr("%1 at %2").arg(date, locale.toString(d.time, QStringLiteral("HH:mm")))
                         : tr("%1, time: ________").arg(date) });
    if (!d.requestNumber.isEmpty())
        transport.append({ tr("Request"), d.requestNumber });
    doc.addKeyValues(transport);
    if (d.status == DeliveryStatus::Planned && !d.lines.isEmpty())
        doc.addParagraph(tr("The goods are not loaded yet: this note lists what is planned. Print it again after "
                            "loading to show the items and lots on the pallet."));
    doc.addTable(goodsTable(d));
    QList<QPair<QString, QString>> totals;
    totals.append({ tr("Packages"),
        d.totalPackages() > 0 ? QString::number(d.totalPackages()) : tr("________ (write them by hand)") });
    totals.append({ tr("Gross weight"), DeliveryLabels::kg(d.grams(), locale, 1) });
    totals.append({ tr("Appearance of the goods"), tr("boxes and packs, sealed") });
    doc.addKeyValues(totals);
    if (!d.notes.isEmpty())
        doc.addParagraph(tr("Notes: %1").arg(d.notes));
    if (d.status == DeliveryStatus::Delivered && d.deliveredAt.isValid())
        doc.addParagraph(tr("Delivered on %1 at %2, received and signed by %3.")
                             .arg(locale.toString(d.deliveredAt.date(), QStringLiteral("dd/MM/yyyy")),
                                 locale.toString(d.deliveredAt.time(), QStringLiteral("HH:mm")),
                                 d.signedBy.isEmpty() ? tr("(not recorded)") : d.signedBy));
    else if (d.status == DeliveryStatus::Returned)
        doc.addParagraph(
            tr("Returned on %1: %2").arg(locale.toString(d.returnedOn, QStringLiteral("dd/MM/yyyy")), d.statusReason));
    else if (d.status == DeliveryStatus::Cancelled)
        doc.addParagraph(tr("CANCELLED: %1").arg(d.statusReason));
    doc.addSignatures({ tr("Sender's signature (CCV-MI)"), tr("Driver's signature"),
        tr("Recipient's signature (name in block letters, date and time)") });
    doc.addParagraph(
        tr("Goods handed over free of charge for civil-protection assistance to the population; no invoice follows."));
}

ReportDocument DeliveryNotes::note(const Delivery &delivery, const ReportRequest &request)
{
    ReportDocument doc = newDocument(tr("Delivery note %1").arg(delivery.number), request);
    append(doc, delivery, request.locale);
    return doc;
}

Result<ReportDocument> DeliveryNotes::notes(
    const QSqlDatabase &db, const QList<qint64> &deliveryIds, const ReportRequest &request)
{
    ReportDocument doc = newDocument(tr("Delivery notes"), request);
    DeliveryRepository repository(db);
    for (qint64 id : deliveryIds) {
        auto d = repository.delivery(id, false);
        if (!d)
            return d.error();
        append(doc, *d, request.locale);
    }
    return doc;
}

Result<ReportDocument> DeliveryNotes::day(const QSqlDatabase &db, const ReportRequest &request)
{
    const QDate date
        = request.at.isValid() ? request.at : (request.now.isValid() ? request.now.date() : core::SystemClock::instance().today());
    auto deliveries = DeliveryRepository(db).deliveriesOn(date, true);
    if (!deliveries)
        return deliveries.error();
    ReportDocument doc = newDocument(
        tr("Delivery notes of %1").arg(request.locale.toString(date, QStringLiteral("dd/MM/yyyy"))), request);
    doc.parameters.append({ tr("Day"), request.locale.toString(date, QStringLiteral("dd/MM/yyyy")) });
    for (const Delivery &d : *deliveries)
        append(doc, d, request.locale);
    if (deliveries->isEmpty()) {
        doc.letterhead = true;
        doc.titleBlock = true;
        doc.addParagraph(tr("No deliveries on this day."));
    }
    return doc;
}

} // namespace deliveries

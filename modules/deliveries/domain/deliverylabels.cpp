#include "deliveries/domain/deliverylabels.h"

#include "core/domain/units.h"

namespace deliveries {

QString DeliveryLabels::recipientKind(RecipientKind kind)
{
    switch (kind) {
    case RecipientKind::Coc:
        return tr("COC");
    case RecipientKind::AtsHub:
        return tr("ATS hub");
    case RecipientKind::Rsa:
        return tr("Nursing home (RSA)");
    case RecipientKind::Mmg:
        return tr("GP (MMG)");
    case RecipientKind::Pls:
        return tr("Paediatrician (PLS)");
    case RecipientKind::Hospital:
        return tr("Hospital");
    case RecipientKind::Other:
        break;
    }
    return tr("Other");
}

QString DeliveryLabels::recipientKindPlural(RecipientKind kind)
{
    switch (kind) {
    case RecipientKind::Coc:
        return tr("COC of the comuni");
    case RecipientKind::AtsHub:
        return tr("ATS hubs");
    case RecipientKind::Rsa:
        return tr("Nursing homes (RSA)");
    case RecipientKind::Mmg:
        return tr("GPs (MMG)");
    case RecipientKind::Pls:
        return tr("Paediatricians (PLS)");
    case RecipientKind::Hospital:
        return tr("Hospitals");
    case RecipientKind::Other:
        break;
    }
    return tr("Other recipients");
}

QString DeliveryLabels::requestStatus(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Received:
        return tr("Received");
    case RequestStatus::Allocated:
        return tr("Allocated");
    case RequestStatus::Scheduled:
        return tr("Scheduled");
    case RequestStatus::Delivered:
        return tr("Delivered");
    case RequestStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString DeliveryLabels::deliveryStatus(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Planned:
        return tr("Planned");
    case DeliveryStatus::Loaded:
        return tr("Loaded");
    case DeliveryStatus::Delivered:
        return tr("Delivered");
    case DeliveryStatus::Returned:
        return tr("Returned");
    case DeliveryStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString DeliveryLabels::transportReason(TransportReason reason)
{
    return reason == TransportReason::Donation ? tr("Donation") : tr("Free transfer");
}

QString DeliveryLabels::origin(DeliveryOrigin origin)
{
    switch (origin) {
    case DeliveryOrigin::Manual:
        return tr("Entered by hand");
    case DeliveryOrigin::Allocation:
        return tr("From an allocation");
    case DeliveryOrigin::Import:
        return tr("Imported");
    case DeliveryOrigin::History:
        return tr("Recorded from past records");
    }
    return {};
}

QString DeliveryLabels::weighting(Weighting weighting)
{
    return weighting == Weighting::Population ? tr("In proportion to residents") : tr("In proportion to the request");
}

QString DeliveryLabels::unmetPolicy(UnmetPolicy policy)
{
    return policy == UnmetPolicy::Close ? tr("Close what is not given") : tr("Carry over what is not given");
}

QString DeliveryLabels::event(const QString &code)
{
    if (code == QLatin1String("planned"))
        return tr("Planned");
    if (code == QLatin1String("edited"))
        return tr("Edited");
    if (code == QLatin1String("loaded"))
        return tr("Loaded: goods issued from stock");
    if (code == QLatin1String("delivered"))
        return tr("Delivered and signed");
    if (code == QLatin1String("returned"))
        return tr("Returned: goods back in stock");
    if (code == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (code == QLatin1String("recorded"))
        return tr("Recorded from past records");
    return code;
}

QString DeliveryLabels::shareReason(ShareReason reason)
{
    switch (reason) {
    case ShareReason::Full:
        return tr("Enough for everyone: what was asked");
    case ShareReason::Share:
        return tr("Proportional share, rounded down");
    case ShareReason::LargestRemainder:
        return tr("Proportional share, plus one unit for one of the largest remainders");
    case ShareReason::Capped:
        return tr("Share per resident above the request: the request");
    case ShareReason::Nothing:
        break;
    }
    return tr("Share below one unit");
}

QString DeliveryLabels::quantity(qint64 quantity, bool byPiece, const QLocale &locale)
{
    if (byPiece)
        return tr("%1 pcs").arg(locale.toString(quantity));
    return tr("%1 kg").arg(core::kgRounded(quantity, locale, quantity % 1000 == 0 ? 0 : 1));
}

QString DeliveryLabels::kg(core::Grams grams, const QLocale &locale, int decimals)
{
    return tr("%1 kg").arg(core::kgRounded(grams, locale, decimals));
}

QString DeliveryLabels::units(qint64 units, bool byPiece, const QLocale &locale)
{
    return byPiece ? tr("%1 pcs").arg(locale.toString(units)) : tr("%1 kg").arg(locale.toString(units));
}

QString DeliveryLabels::address(const Recipient &r, bool withComune)
{
    QStringList place { r.cap.trimmed() };
    if (withComune)
        place.append(r.comuneName);
    place.removeAll(QString());
    QStringList parts { r.address.trimmed(), place.join(QLatin1Char(' ')) };
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

QString DeliveryLabels::warningHtml(const QString &title, const QStringList &lines)
{
    QStringList escaped;
    for (const QString &line : lines)
        escaped.append(line.toHtmlEscaped());
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr>"
                          "<td style=\"border: 2px solid #b71c1c; background-color: #fdecea;\">"
                          "<b style=\"color: #b71c1c;\">%1</b><br/>%2</td></tr></table>")
        .arg(title.toHtmlEscaped(), escaped.join(QStringLiteral("<br/>")));
}

} // namespace deliveries

#include "deliveries/domain/deliverytypes.h"

#include <algorithm>

namespace deliveries {

namespace {

template <typename E> struct Code {
    E value;
    const char *code;
};

const Code<RecipientKind> recipientKinds[] = {
    { RecipientKind::Coc, "coc" },
    { RecipientKind::AtsHub, "ats_hub" },
    { RecipientKind::Rsa, "rsa" },
    { RecipientKind::Mmg, "mmg" },
    { RecipientKind::Pls, "pls" },
    { RecipientKind::Hospital, "hospital" },
    { RecipientKind::Other, "other" },
};
const Code<RequestStatus> requestStatuses[] = {
    { RequestStatus::Received, "received" },
    { RequestStatus::Allocated, "allocated" },
    { RequestStatus::Scheduled, "scheduled" },
    { RequestStatus::Delivered, "delivered" },
    { RequestStatus::Cancelled, "cancelled" },
};
const Code<DeliveryStatus> deliveryStatuses[] = {
    { DeliveryStatus::Planned, "planned" },
    { DeliveryStatus::Loaded, "loaded" },
    { DeliveryStatus::Delivered, "delivered" },
    { DeliveryStatus::Returned, "returned" },
    { DeliveryStatus::Cancelled, "cancelled" },
};

template <typename E, size_t N> QString codeOf(const Code<E> (&table)[N], E value)
{
    for (const Code<E> &c : table)
        if (c.value == value)
            return QLatin1String(c.code);
    return QLatin1String(table[0].code);
}

template <typename E, size_t N> bool valueOf(const Code<E> (&table)[N], const QString &code, E *value)
{
    for (const Code<E> &c : table)
        if (code == QLatin1String(c.code)) {
            *value = c.value;
            return true;
        }
    return false;
}

} // namespace

QString recipientKindCode(RecipientKind kind)
{
    return codeOf(recipientKinds, kind);
}

bool recipientKindFromCode(const QString &code, RecipientKind *kind)
{
    return valueOf(recipientKinds, code, kind);
}

QList<RecipientKind> allRecipientKinds()
{
    QList<RecipientKind> kinds;
    for (const auto &c : recipientKinds)
        kinds.append(c.value);
    return kinds;
}

QString requestStatusCode(RequestStatus status)
{
    return codeOf(requestStatuses, status);
}

RequestStatus requestStatusFromCode(const QString &code)
{
    RequestStatus status = RequestStatus::Received;
    valueOf(requestStatuses, code, &status);
    return status;
}

QList<RequestStatus> allRequestStatuses()
{
    QList<RequestStatus> list;
    for (const auto &c : requestStatuses)
        list.append(c.value);
    return list;
}

QString deliveryStatusCode(DeliveryStatus status)
{
    return codeOf(deliveryStatuses, status);
}

DeliveryStatus deliveryStatusFromCode(const QString &code)
{
    DeliveryStatus status = DeliveryStatus::Planned;
    valueOf(deliveryStatuses, code, &status);
    return status;
}

QList<DeliveryStatus> allDeliveryStatuses()
{
    QList<DeliveryStatus> list;
    for (const auto &c : deliveryStatuses)
        list.append(c.value);
    return list;
}

QString transportReasonCode(TransportReason reason)
{
    return reason == TransportReason::Donation ? QStringLiteral("donation") : QStringLiteral("free_transfer");
}

TransportReason transportReasonFromCode(const QString &code)
{
    return code == QLatin1String("donation") ? TransportReason::Donation : TransportReason::FreeTransfer;
}

QString deliveryOriginCode(DeliveryOrigin origin)
{
    switch (origin) {
    case DeliveryOrigin::Manual:
        return QStringLiteral("manual");
    case DeliveryOrigin::Allocation:
        return QStringLiteral("allocation");
    case DeliveryOrigin::Import:
        return QStringLiteral("import");
    case DeliveryOrigin::History:
        return QStringLiteral("history");
    }
    return QStringLiteral("manual");
}

DeliveryOrigin deliveryOriginFromCode(const QString &code)
{
    if (code == QLatin1String("allocation"))
        return DeliveryOrigin::Allocation;
    if (code == QLatin1String("import"))
        return DeliveryOrigin::Import;
    if (code == QLatin1String("history"))
        return DeliveryOrigin::History;
    return DeliveryOrigin::Manual;
}

QString weightingCode(Weighting weighting)
{
    return weighting == Weighting::Population ? QStringLiteral("population") : QStringLiteral("request");
}

Weighting weightingFromCode(const QString &code)
{
    return code == QLatin1String("population") ? Weighting::Population : Weighting::Request;
}

QString unmetPolicyCode(UnmetPolicy policy)
{
    return policy == UnmetPolicy::Close ? QStringLiteral("close") : QStringLiteral("carry_over");
}

UnmetPolicy unmetPolicyFromCode(const QString &code)
{
    return code == QLatin1String("close") ? UnmetPolicy::Close : UnmetPolicy::CarryOver;
}

QList<LineLot> DeliveryLine::lotsByLot() const
{
    QList<LineLot> merged;
    for (const LineLot &lot : lots) {
        auto same = std::find_if(merged.begin(), merged.end(),
            [&](const LineLot &o) { return o.lotId == lot.lotId && o.isReturn == lot.isReturn; });
        if (same == merged.end()) {
            merged.append(lot);
        } else {
            same->quantity += lot.quantity;
            same->grams += lot.grams;
        }
    }
    return merged;
}

core::Grams Delivery::grams() const
{
    core::Grams total = 0;
    for (const DeliveryLine &l : lines)
        total += l.grams;
    return total;
}

int Delivery::totalPackages() const
{
    if (packages > 0)
        return packages;
    int total = 0;
    for (const DeliveryLine &l : lines)
        total += l.packages;
    return total;
}

} // namespace deliveries

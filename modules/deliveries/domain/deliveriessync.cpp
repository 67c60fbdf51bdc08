#include "deliveries/domain/deliveriessync.h"

#include "core/auth/audittext.h"
#include "core/sync/opendata.h"
#include "core/sync/postimport.h"
#include "deliveries/domain/deliverymerge.h"
#include "deliveries/domain/deliveryrepository.h"
#include "core/sync/naturalkeys.h"
#include "core/sync/tableregistry.h"
#include "deliveries/domain/distributionqueries.h"

#include <QCoreApplication>

namespace deliveries {

namespace {
struct DeliveriesSyncTexts {
    Q_DECLARE_TR_FUNCTIONS(deliveries::DeliveriesSyncTexts)
};
} // namespace

void declareSyncTables()
{
    using core::sync::TableKind;
    using core::sync::TableRegistry;
    TableRegistry::declare(QStringLiteral("delivery_line_lot"), TableKind::Ledger,
        [] { return DeliveriesSyncTexts::tr("Lots of delivered goods"); });
    TableRegistry::declare(QStringLiteral("delivery_event"), TableKind::Ledger,
        [] { return DeliveriesSyncTexts::tr("Delivery history"); });
    TableRegistry::declare(QStringLiteral("delivery_allocation_override"), TableKind::Ledger,
        [] { return DeliveriesSyncTexts::tr("Allocation overrides"); });
    TableRegistry::declare(QStringLiteral("delivery_recipient"), TableKind::Mutable, [] { return DeliveriesSyncTexts::tr("Recipients"); });
    TableRegistry::declareMergedTogether(
        QStringLiteral("delivery_recipient"), { QStringLiteral("lat"), QStringLiteral("lon") });
    TableRegistry::declareMergedTogether(
        QStringLiteral("delivery_recipient"), { QStringLiteral("kind"), QStringLiteral("comune_id") });
    TableRegistry::declare(QStringLiteral("delivery_request"), TableKind::Mutable, [] { return DeliveriesSyncTexts::tr("Requests"); });
    TableRegistry::declareMergedTogether(
        QStringLiteral("delivery_request"), { QStringLiteral("source"), QStringLiteral("carried_from_id") });
    // One request per booking of the platform (PRN-777), wherever it was
    // typed in (core/sync/identitymerge.h); for another recipient, a person
    // decides.
    core::sync::NaturalKeys::declare(
        { QStringLiteral("delivery_request"), { QStringLiteral("external_ref") }, { QStringLiteral("recipient_id") },
            true, false, [] { return DeliveriesSyncTexts::tr("booking id on the platform"); },
            // A new booking id typed in the undo of a merge: trimmed, as the
            // request form keeps it; empty means a request not from the platform.
            [](const QVariant &typed, const QDate &) -> core::Result<QVariantMap> {
                return QVariantMap { { QStringLiteral("external_ref"), typed.toString().trimmed() } };
            } });
    TableRegistry::declare(QStringLiteral("delivery_request_line"), TableKind::Mutable, [] { return DeliveriesSyncTexts::tr("Request lines"); });
    TableRegistry::declareMergedTogether(QStringLiteral("delivery_request_line"),
        { QStringLiteral("category_id"), QStringLiteral("item_id"), QStringLiteral("quantity") });
    TableRegistry::declare(QStringLiteral("delivery_allocation"), TableKind::Mutable, [] { return DeliveriesSyncTexts::tr("Allocations"); });
    TableRegistry::declare(QStringLiteral("delivery_allocation_pool"), TableKind::Mutable, [] { return DeliveriesSyncTexts::tr("Allocated goods"); });
    TableRegistry::declareMergedTogether(
        QStringLiteral("delivery_allocation_pool"), { QStringLiteral("category_id"), QStringLiteral("item_id") });
    TableRegistry::declareMergedTogether(
        QStringLiteral("delivery_allocation_pool"), { QStringLiteral("requested"), QStringLiteral("allocated") });
    TableRegistry::declare(QStringLiteral("delivery_allocation_line"), TableKind::Mutable, [] { return DeliveriesSyncTexts::tr("Allocation shares"); });
    TableRegistry::declareMergedTogether(QStringLiteral("delivery_allocation_line"),
        { QStringLiteral("requested"), QStringLiteral("computed"), QStringLiteral("allocated"),
            QStringLiteral("override_reason") });
    TableRegistry::declare(QStringLiteral("delivery"), TableKind::Mutable, [] { return DeliveriesSyncTexts::tr("Deliveries"); });
    TableRegistry::declare(QStringLiteral("delivery_line"), TableKind::Mutable, [] { return DeliveriesSyncTexts::tr("Delivery lines"); });
    // A state and what goes with it merge as one (CHECKs tie them; the
    // reconciler derives them from the events, deliverymerge.h): merged
    // field by field, a status from one workstation and a return date from
    // another made a row the database refuses, left on hold on one side only.
    TableRegistry::declareMergedTogether(QStringLiteral("delivery"),
        { QStringLiteral("status"), QStringLiteral("issued_on"), QStringLiteral("delivered_at"),
            QStringLiteral("signed_by"), QStringLiteral("returned_on"), QStringLiteral("status_reason"),
            QStringLiteral("origin") });
    TableRegistry::declareMergedTogether(
        QStringLiteral("delivery_request"), { QStringLiteral("status"), QStringLiteral("cancel_reason") });
    // The open data for the public map: what each comune has received.
    core::sync::OpenDataSources::setDistributionQuery(&DistributionQueries::totalsByComune);
    // States from events after every sync file (deliverymerge.h).
    core::sync::PostImport::registerReconciler(QStringLiteral("deliveries"), &DeliveryMerge::reconcile);
    // The columns in words, for the conflict dialog ("Field") and the
    // prints of the conflict log; the common ones (name, notes...) are
    // declared once in app/columntitles.cpp.
    TableRegistry::declareColumnTitles(QStringLiteral("delivery_request"),
        { { QStringLiteral("requested_on"), [] { return DeliveriesSyncTexts::tr("Requested on"); } },
            { QStringLiteral("needed_by"), [] { return DeliveriesSyncTexts::tr("Needed by"); } },
            { QStringLiteral("source"), [] { return DeliveriesSyncTexts::tr("Source"); } },
            { QStringLiteral("external_ref"), [] { return DeliveriesSyncTexts::tr("Platform reference"); } },
            { QStringLiteral("carried_from_id"), [] { return DeliveriesSyncTexts::tr("Carried over from"); } },
            { QStringLiteral("cancel_reason"), [] { return DeliveriesSyncTexts::tr("Reason for cancelling"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("delivery_allocation"),
        { { QStringLiteral("allocated_on"), [] { return DeliveriesSyncTexts::tr("Allocated on"); } },
            { QStringLiteral("weighting"), [] { return DeliveriesSyncTexts::tr("Weighting"); } },
            { QStringLiteral("unmet"), [] { return DeliveriesSyncTexts::tr("Not allocated"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("delivery_allocation_pool"),
        { { QStringLiteral("in_stock"), [] { return DeliveriesSyncTexts::tr("In stock"); } },
            { QStringLiteral("available"), [] { return DeliveriesSyncTexts::tr("Available"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("delivery_allocation_line"),
        { { QStringLiteral("pool_id"), [] { return DeliveriesSyncTexts::tr("Goods allocated"); } },
            { QStringLiteral("weight"), [] { return DeliveriesSyncTexts::tr("Weight"); } },
            { QStringLiteral("exact_share"), [] { return DeliveriesSyncTexts::tr("Exact share"); } },
            { QStringLiteral("computed"), [] { return DeliveriesSyncTexts::tr("Computed"); } },
            { QStringLiteral("override_reason"), [] { return DeliveriesSyncTexts::tr("Reason for the change"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("delivery"),
        { { QStringLiteral("recipient_kind"), [] { return DeliveriesSyncTexts::tr("Recipient type"); } },
            { QStringLiteral("delivery_date"), [] { return DeliveriesSyncTexts::tr("Delivery date"); } },
            { QStringLiteral("delivery_time"), [] { return DeliveriesSyncTexts::tr("Delivery time"); } },
            { QStringLiteral("vehicle"), [] { return DeliveriesSyncTexts::tr("Vehicle"); } },
            { QStringLiteral("driver"), [] { return DeliveriesSyncTexts::tr("Driver"); } },
            { QStringLiteral("organisation"), [] { return DeliveriesSyncTexts::tr("Carrier"); } },
            { QStringLiteral("transport_reason"), [] { return DeliveriesSyncTexts::tr("Reason for transport"); } },
            { QStringLiteral("origin"), [] { return DeliveriesSyncTexts::tr("Origin"); } },
            { QStringLiteral("issued_on"), [] { return DeliveriesSyncTexts::tr("Issued on"); } },
            { QStringLiteral("delivered_at"), [] { return DeliveriesSyncTexts::tr("Delivered on"); } },
            { QStringLiteral("signed_by"), [] { return DeliveriesSyncTexts::tr("Signed for by"); } },
            { QStringLiteral("returned_on"), [] { return DeliveriesSyncTexts::tr("Returned on"); } },
            { QStringLiteral("status_reason"), [] { return DeliveriesSyncTexts::tr("Reason for the status"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("delivery_line"),
        { { QStringLiteral("delivery_id"), [] { return DeliveriesSyncTexts::tr("Delivery"); } },
            { QStringLiteral("line_no"), [] { return DeliveriesSyncTexts::tr("Line"); } },
            { QStringLiteral("grams"), [] { return DeliveriesSyncTexts::tr("Grams"); } },
            { QStringLiteral("pieces"), [] { return DeliveriesSyncTexts::tr("Pieces"); } } });
}

void declareAuditTexts()
{
    using core::AuditText;
    DeliveryRepository::declareAuditNames();
    const QString delivery = QStringLiteral("delivery"), request = QStringLiteral("delivery_request");
    AuditText::setCommand(QStringLiteral("deliveries.allocation.confirm"), [] { return DeliveriesSyncTexts::tr("Allocation confirmed"); },
        QStringLiteral("delivery_allocation"));
    AuditText::setCommand(QStringLiteral("deliveries.allocation.deliveries"),
        [] { return DeliveriesSyncTexts::tr("Deliveries planned from an allocation"); }, QStringLiteral("delivery_allocation"));
    AuditText::setCommand(QStringLiteral("deliveries.delivery.cancel"), [] { return DeliveriesSyncTexts::tr("Delivery cancelled"); }, delivery);
    AuditText::setCommand(QStringLiteral("deliveries.delivery.deliver"), [] { return DeliveriesSyncTexts::tr("Delivery signed for"); }, delivery);
    AuditText::setCommand(QStringLiteral("deliveries.delivery.load"), [] { return DeliveriesSyncTexts::tr("Delivery loaded"); }, delivery);
    AuditText::setCommand(QStringLiteral("deliveries.delivery.return"), [] { return DeliveriesSyncTexts::tr("Delivery returned"); }, delivery);
    AuditText::setCommand(QStringLiteral("deliveries.delivery.save"), [] { return DeliveriesSyncTexts::tr("Delivery saved"); }, delivery);
    AuditText::setCommand(QStringLiteral("deliveries.import.deliveries"), [] { return DeliveriesSyncTexts::tr("Deliveries imported"); });
    AuditText::setCommand(QStringLiteral("deliveries.import.requests"), [] { return DeliveriesSyncTexts::tr("Requests imported"); });
    AuditText::setCommand(QStringLiteral("deliveries.recipient.save"), [] { return DeliveriesSyncTexts::tr("Recipient saved"); },
        QStringLiteral("delivery_recipient"));
    AuditText::setCommand(QStringLiteral("deliveries.request.cancel"), [] { return DeliveriesSyncTexts::tr("Request cancelled"); }, request);
    AuditText::setCommand(QStringLiteral("deliveries.request.create"), [] { return DeliveriesSyncTexts::tr("Request recorded"); }, request);
    AuditText::setCommand(QStringLiteral("deliveries.request.edit"), [] { return DeliveriesSyncTexts::tr("Request changed"); }, request);
}

} // namespace deliveries

#include "deliveries/domain/deliveriessync.h"

#include "core/sync/opendata.h"
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
    TableRegistry::setTitle(QStringLiteral("delivery_recipient"), [] { return DeliveriesSyncTexts::tr("Recipients"); });
    TableRegistry::setTitle(QStringLiteral("delivery_request"), [] { return DeliveriesSyncTexts::tr("Requests"); });
    TableRegistry::setTitle(
        QStringLiteral("delivery_request_line"), [] { return DeliveriesSyncTexts::tr("Request lines"); });
    TableRegistry::setTitle(
        QStringLiteral("delivery_allocation"), [] { return DeliveriesSyncTexts::tr("Allocations"); });
    TableRegistry::setTitle(
        QStringLiteral("delivery_allocation_pool"), [] { return DeliveriesSyncTexts::tr("Allocated goods"); });
    TableRegistry::setTitle(
        QStringLiteral("delivery_allocation_line"), [] { return DeliveriesSyncTexts::tr("Allocation shares"); });
    TableRegistry::setTitle(QStringLiteral("delivery"), [] { return DeliveriesSyncTexts::tr("Deliveries"); });
    TableRegistry::setTitle(QStringLiteral("delivery_line"), [] { return DeliveriesSyncTexts::tr("Delivery lines"); });
    // The open data for the public map: what each comune has received.
    core::sync::OpenDataSources::setDistributionQuery(&DistributionQueries::totalsByComune);
}

} // namespace deliveries

#include "stock/domain/stocksync.h"

#include "core/sync/tableregistry.h"

#include <QCoreApplication>

namespace stock {

namespace {
struct StockSyncTexts {
    Q_DECLARE_TR_FUNCTIONS(stock::StockSyncTexts)
};
} // namespace

void declareSyncTables()
{
    using core::sync::TableKind;
    using core::sync::TableRegistry;
    TableRegistry::declare(QStringLiteral("stock_movement"), TableKind::Ledger, [] { return StockSyncTexts::tr("Stock movements"); });
    TableRegistry::declare(QStringLiteral("stock_lot"), TableKind::Ledger, [] { return StockSyncTexts::tr("Lots"); });
    TableRegistry::declare(QStringLiteral("stock_receipt"), TableKind::Ledger, [] { return StockSyncTexts::tr("Receipts"); });
    TableRegistry::setTitle(QStringLiteral("stock_item"), [] { return StockSyncTexts::tr("Items"); });
    TableRegistry::setTitle(QStringLiteral("stock_donor"), [] { return StockSyncTexts::tr("Donors"); });
    TableRegistry::setTitle(QStringLiteral("stock_location"), [] { return StockSyncTexts::tr("Locations"); });
    TableRegistry::setTitle(QStringLiteral("stock_kit_component"), [] { return StockSyncTexts::tr("Kit recipes"); });
    TableRegistry::setTitle(QStringLiteral("stock_count"), [] { return StockSyncTexts::tr("Stock counts"); });
    TableRegistry::setTitle(QStringLiteral("stock_count_line"), [] { return StockSyncTexts::tr("Stock count lines"); });
    TableRegistry::setTitle(QStringLiteral("stock_setting"), [] { return StockSyncTexts::tr("Warehouse settings"); });
}

} // namespace stock

#include "stock/domain/stocksync.h"

#include "core/auth/audittext.h"
#include "core/sync/naturalkeys.h"
#include "core/sync/tableregistry.h"
#include "stock/domain/stockcatalog.h"

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
    TableRegistry::declareLocal(QStringLiteral("stock_balance"),
        QStringLiteral("derived from stock_movement by its trigger on every workstation"));
    TableRegistry::declareLocal(QStringLiteral("stock_snapshot"),
        QStringLiteral("a cache of past month-end stock, rebuilt from the ledger on demand"));
    TableRegistry::declareLocal(QStringLiteral("stock_snapshot_day"),
        QStringLiteral("the days stock_snapshot holds, a cache like it"));
    TableRegistry::declare(QStringLiteral("stock_item"), TableKind::Mutable, [] { return StockSyncTexts::tr("Items"); });
    TableRegistry::declareMergedTogether(QStringLiteral("stock_item"),
        { QStringLiteral("unit"), QStringLiteral("grams_per_piece"), QStringLiteral("pieces_per_package") });
    TableRegistry::declare(QStringLiteral("stock_donor"), TableKind::Mutable, [] { return StockSyncTexts::tr("Donors"); });
    // One item per code, one donor per name (core/sync/identitymerge.h):
    // an item's code in another unit, or a name that two items share, is
    // for a person; donors' names that differ only in punctuation or
    // accents are listed for review.
    using core::sync::NaturalKeys;
    // A new key typed in the undo of a merge is checked as StockCatalog's
    // forms check it: the code trimmed in upper case, names simplified,
    // neither empty.
    auto required = [](const QString &column, const QString &emptyError, bool upper) {
        return [column, emptyError, upper](const QVariant &typed, const QDate &) -> core::Result<QVariantMap> {
            QString text = upper ? typed.toString().trimmed().toUpper() : typed.toString().simplified();
            if (text.isEmpty())
                return core::Error(emptyError);
            return QVariantMap { { column, text } };
        };
    };
    NaturalKeys::declare({ QStringLiteral("stock_item"), { QStringLiteral("code") }, { QStringLiteral("unit") }, true,
        false, [] { return StockSyncTexts::tr("code"); },
        required(QStringLiteral("code"), QStringLiteral("stock.empty_code"), true) });
    NaturalKeys::declare({ QStringLiteral("stock_item"), { QStringLiteral("name") }, {}, false, false,
        [] { return StockSyncTexts::tr("name"); },
        required(QStringLiteral("name"), QStringLiteral("stock.empty_name"), false) });
    NaturalKeys::declare({ QStringLiteral("stock_donor"), { QStringLiteral("name") }, {}, true, true,
        [] { return StockSyncTexts::tr("name"); },
        required(QStringLiteral("name"), QStringLiteral("stock.empty_name"), false) });
    TableRegistry::declare(QStringLiteral("stock_location"), TableKind::Mutable, [] { return StockSyncTexts::tr("Locations"); });
    TableRegistry::declareMergedTogether(
        QStringLiteral("stock_location"), { QStringLiteral("is_default"), QStringLiteral("active") });
    TableRegistry::declare(QStringLiteral("stock_kit_component"), TableKind::Mutable, [] { return StockSyncTexts::tr("Kit recipes"); });
    TableRegistry::declareMergedTogether(
        QStringLiteral("stock_kit_component"), { QStringLiteral("kit_item_id"), QStringLiteral("component_item_id") });
    TableRegistry::declare(QStringLiteral("stock_count"), TableKind::Mutable, [] { return StockSyncTexts::tr("Stock counts"); });
    TableRegistry::declareMergedTogether(
        QStringLiteral("stock_count"), { QStringLiteral("status"), QStringLiteral("closed_at") });
    TableRegistry::declare(QStringLiteral("stock_count_line"), TableKind::Mutable, [] { return StockSyncTexts::tr("Stock count lines"); });
    TableRegistry::declare(QStringLiteral("stock_setting"), TableKind::Mutable, [] { return StockSyncTexts::tr("Warehouse settings"); });
    // The columns in words, for the conflict dialog ("Field") and the
    // prints of the conflict log; the common ones (name, notes...) are
    // declared once in app/columntitles.cpp.
    TableRegistry::declareColumnTitles(QStringLiteral("stock_item"),
        { { QStringLiteral("grams_per_piece"), [] { return StockSyncTexts::tr("Grams per piece"); } },
            { QStringLiteral("pieces_per_package"), [] { return StockSyncTexts::tr("Pieces per package"); } },
            { QStringLiteral("min_level"), [] { return StockSyncTexts::tr("Minimum stock"); } },
            { QStringLiteral("tracks_expiry"), [] { return StockSyncTexts::tr("Tracks expiry dates"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("stock_location"),
        { { QStringLiteral("is_default"), [] { return StockSyncTexts::tr("Default location"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("stock_kit_component"),
        { { QStringLiteral("kit_item_id"), [] { return StockSyncTexts::tr("Kit"); } },
            { QStringLiteral("component_item_id"), [] { return StockSyncTexts::tr("Component"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("stock_count"),
        { { QStringLiteral("counted_on"), [] { return StockSyncTexts::tr("Counted on"); } },
            { QStringLiteral("closed_at"), [] { return StockSyncTexts::tr("Closed on"); } },
            { QStringLiteral("closed_by"), [] { return StockSyncTexts::tr("Closed by"); } },
            { QStringLiteral("operation_id"), [] { return StockSyncTexts::tr("Stock adjustment"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("stock_count_line"),
        { { QStringLiteral("count_id"), [] { return StockSyncTexts::tr("Stock count"); } },
            { QStringLiteral("lot_id"), [] { return StockSyncTexts::tr("Lot"); } },
            { QStringLiteral("book_quantity"), [] { return StockSyncTexts::tr("Book quantity"); } },
            { QStringLiteral("counted_quantity"), [] { return StockSyncTexts::tr("Counted quantity"); } } });
}

void declareAuditTexts()
{
    using core::AuditText;
    StockCatalog::declareAuditNames();
    AuditText::setCommand(QStringLiteral("stock.category.add"), [] { return StockSyncTexts::tr("Goods category added"); }, QStringLiteral("goods_category"));
    AuditText::setCommand(QStringLiteral("stock.donor.add"), [] { return StockSyncTexts::tr("Donor added"); }, QStringLiteral("stock_donor"));
    AuditText::setCommand(QStringLiteral("stock.item.add"), [] { return StockSyncTexts::tr("Item added"); }, QStringLiteral("stock_item"));
    AuditText::setCommand(QStringLiteral("stock.location.add"), [] { return StockSyncTexts::tr("Location added"); }, QStringLiteral("stock_location"));
    AuditText::setCommand(QStringLiteral("stock.count.cancel"), [] { return StockSyncTexts::tr("Stock count cancelled"); }, QStringLiteral("stock_count"));
    AuditText::setCommand(QStringLiteral("stock.count.close"), [] { return StockSyncTexts::tr("Stock count closed"); }, QStringLiteral("stock_count"));
    AuditText::setCommand(QStringLiteral("stock.count.open"), [] { return StockSyncTexts::tr("Stock count opened"); }, QStringLiteral("stock_count"));
    AuditText::setCommand(QStringLiteral("stock.count.record"), [] { return StockSyncTexts::tr("Counted quantities recorded"); }, QStringLiteral("stock_count"));
    AuditText::setCommand(QStringLiteral("stock.donor.edit"), [] { return StockSyncTexts::tr("Donor saved"); }, QStringLiteral("stock_donor"));
    AuditText::setCommand(QStringLiteral("stock.item.edit"), [] { return StockSyncTexts::tr("Item saved"); }, QStringLiteral("stock_item"));
    AuditText::setCommand(QStringLiteral("stock.kit.assemble"), [] { return StockSyncTexts::tr("Kits assembled"); });
    AuditText::setCommand(QStringLiteral("stock.kit.recipe"), [] { return StockSyncTexts::tr("Kit recipe saved"); }, QStringLiteral("stock_item"));
    AuditText::setCommand(QStringLiteral("stock.movement.correct"), [] { return StockSyncTexts::tr("Movement corrected"); }, QStringLiteral("stock_movement"));
    AuditText::setCommand(QStringLiteral("stock.receipt.cancel"), [] { return StockSyncTexts::tr("Receipt cancelled"); }, QStringLiteral("stock_receipt"));
    AuditText::setCommand(QStringLiteral("stock.receipt.import"), [] { return StockSyncTexts::tr("Receipts imported"); });
    AuditText::setCommand(QStringLiteral("stock.receipt.record"), [] { return StockSyncTexts::tr("Receipt recorded"); }, QStringLiteral("stock_receipt"));
    AuditText::setCommand(QStringLiteral("stock.setting.warning_days"), [] { return StockSyncTexts::tr("Expiry warning days changed"); });
    AuditText::setCommand(QStringLiteral("stock.transfer"), [] { return StockSyncTexts::tr("Goods moved between locations"); });
    AuditText::setCommand(QStringLiteral("stock.write_off"), [] { return StockSyncTexts::tr("Goods written off"); });
    AuditText::setCommand(QStringLiteral("stock.category.edit"), [] { return StockSyncTexts::tr("Goods category saved"); }, QStringLiteral("goods_category"));
    AuditText::setCommand(QStringLiteral("stock.location.edit"), [] { return StockSyncTexts::tr("Location saved"); }, QStringLiteral("stock_location"));
}

} // namespace stock

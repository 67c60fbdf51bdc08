#include "stock/domain/kitservice.h"

#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "stock/domain/stockcatalog.h"

namespace stock {

using core::Error;
using core::Result;

KitService::KitService(const QSqlDatabase &db, const core::Clock &clock) : m_db(db), m_clock(clock) { }

Result<qint64> KitService::assemblable(qint64 kitItemId, qint64 locationId, const QDate &date)
{
    StockCatalog catalog(m_db);
    auto recipe = catalog.kitRecipe(kitItemId);
    if (!recipe)
        return recipe.error();
    if (recipe->isEmpty())
        return qint64(0);
    StockService service(m_db, m_clock);
    qint64 kits = std::numeric_limits<qint64>::max();
    for (const KitComponent &c : *recipe) {
        auto available = service.available({ c.componentItemId, 0, locationId, date });
        if (!available)
            return available.error();
        kits = std::min(kits, *available / c.quantity);
    }
    return kits;
}

Result<Assembly> KitService::assemble(const AssemblyRequest &request)
{
    if (request.kits <= 0)
        return Error(QStringLiteral("stock.bad_quantity"), { QString::number(request.kits) });
    if (!request.date.isValid())
        return Error(QStringLiteral("stock.bad_date"));
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    StockCatalog catalog(m_db);
    auto kit = catalog.item(request.kitItemId);
    if (!kit)
        return kit.error();
    auto recipe = catalog.kitRecipe(request.kitItemId);
    if (!recipe)
        return recipe.error();
    if (recipe->isEmpty())
        return Error(QStringLiteral("stock.kit_without_recipe"), { kit->name });

    StockService service(m_db, m_clock);
    StockLedger &ledger = service.ledger();
    auto location = request.locationId ? Result<qint64>(request.locationId) : ledger.defaultLocationId();
    if (!location)
        return location.error();
    auto operation = ledger.newOperationId();
    if (!operation)
        return operation.error();
    const Reference reference{ QStringLiteral("kit_assembly"), *operation, 0 };

    Assembly assembly;
    assembly.operationId = *operation;
    // Plan every component first: a shortfall anywhere refuses the whole assembly.
    QList<QPair<Item, FefoPlan>> plans;
    for (const KitComponent &c : *recipe) {
        auto component = ledger.item(c.componentItemId);
        if (!component)
            return component.error();
        auto lots = ledger.candidates({ c.componentItemId, 0, *location }, request.date);
        if (!lots)
            return lots.error();
        const qint64 needed = c.quantity * request.kits;
        const FefoPlan plan = Fefo::planItem(*lots, needed, request.date);
        if (plan.shortfall > 0)
            return Error(QStringLiteral("stock.insufficient"),
                         { component->name, unitCode(component->unit), QString::number(needed), QString::number(plan.totalAvailable),
                           QString::number(plan.shortfall), core::toSqlDate(request.date) });
        plans.append({ *component, plan });
    }
    for (const auto &[component, plan] : plans) {
        for (const LotPick &pick : plan.picks) {
            MovementDraft draft;
            draft.date = request.date;
            draft.kind = MovementKind::KitConsume;
            draft.itemId = component.id;
            draft.lotId = pick.lot.lotId;
            draft.locationId = *location;
            draft.quantity = -pick.quantity;
            draft.operationId = *operation;
            draft.reason = request.reason;
            draft.reference = reference;
            auto id = ledger.append(draft);
            if (!id)
                return id.error();
            assembly.consumed.append({ *id, pick.lot.lotId, component.id, component.name, pick.lot.lotCode, pick.lot.expiry, *location,
                                       pick.quantity, pick.grams });
            if (pick.lot.expiry.isValid() && (!assembly.kitExpiry.isValid() || pick.lot.expiry < assembly.kitExpiry))
                assembly.kitExpiry = pick.lot.expiry;
        }
    }
    auto lotId = core::allocateRowId(m_db);
    if (!lotId)
        return lotId.error();
    const QString lotCode = request.lotCode.trimmed().isEmpty()
        ? QStringLiteral("KIT-%1").arg(request.date.toString(QStringLiteral("yyyyMMdd")))
        : request.lotCode.trimmed();
    auto lot = core::runQuery(m_db, QStringLiteral(
        "INSERT INTO stock_lot(id, item_id, lot_code, expiry_on, received_on, origin) VALUES (?, ?, ?, ?, ?, 'kit')"),
        { *lotId, kit->id, lotCode, assembly.kitExpiry.isValid() ? QVariant(core::toSqlDate(assembly.kitExpiry)) : QVariant(),
          core::toSqlDate(request.date) });
    if (!lot)
        return lot.error();
    MovementDraft produced;
    produced.date = request.date;
    produced.kind = MovementKind::KitProduce;
    produced.itemId = kit->id;
    produced.lotId = *lotId;
    produced.locationId = *location;
    produced.quantity = request.kits;
    produced.operationId = *operation;
    produced.reason = request.reason;
    produced.reference = reference;
    if (auto id = ledger.append(produced); !id)
        return id.error();
    assembly.kitLotId = *lotId;
    if (auto s = tx.commit(); !s)
        return s.error();
    return assembly;
}

} // namespace stock

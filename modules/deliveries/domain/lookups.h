#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QString>

namespace deliveries {

// One kind of goods a request or a delivery line can name: a goods category
// ("c<id>", any of its items, in kg) or an item in use ("i<id>").
struct GoodsChoice {
    QString key;
    QString name;
    QString categoryKind; // food, dpi, kit, other
    bool isCategory = true;
    bool byPiece = false;
};

// Small read-only lists for the module's screens.
namespace Lookups {

// Active categories by their order, then active items by category and name.
core::Result<QList<GoodsChoice>> goods(const QSqlDatabase &db);
// Requests of an allocation that received something and have no delivery yet.
core::Result<int> requestsWithoutDelivery(const QSqlDatabase &db, qint64 allocationId);

} // namespace Lookups

} // namespace deliveries

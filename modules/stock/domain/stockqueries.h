#pragma once

#include "core/domain/result.h"
#include "core/domain/units.h"
#include "stock/domain/stocktypes.h"

#include <QSqlDatabase>

namespace stock {

struct CategoryStock {
    qint64 categoryId = 0;
    QString name;
    QString kind; // food, dpi, kit, other
    core::Grams grams = 0; // weight of what is in stock (known weights only)
    qint64 pieces = 0; // pieces of items counted by the piece
    core::Grams expiredGrams = 0; // of which expired on the date
};

struct LotPosition {
    qint64 lotId = 0;
    qint64 itemId = 0;
    QString itemCode;
    QString itemName;
    QString categoryName;
    Unit unit = Unit::Grams;
    qint64 gramsPerPiece = 0;
    QString lotCode;
    QDate expiry;
    QDate receivedOn;
    QString donorName;
    qint64 locationId = 0;
    QString locationName;
    qint64 quantity = 0;
    core::Grams grams = 0;
};

struct ItemShortage {
    qint64 itemId = 0;
    QString itemName;
    QString categoryName;
    Unit unit = Unit::Grams;
    qint64 available = 0; // usable (not expired) on the date, every location
    qint64 minLevel = 0;
};

struct StockAlerts {
    int expiringLots = 0; // usable lots expiring within the warning days
    int expiredLots = 0; // lots still in stock past their expiry
    int underMinimum = 0;
    // Lot balances below zero: goods issued from the same lot on two
    // workstations while they were apart, which the merge of their ledgers
    // revealed (each issue was right on its own). The shelf must be counted.
    int overdrawnLots = 0;
    int warningDays = 7;
    QDate firstExpiry; // earliest expiry among the expiring lots
};

// One stock count in the list of counts.
struct CountSummary {
    qint64 id = 0;
    QDate date;
    QString locationName;
    QString categoryName; // empty: every category
    QString status;       // open, closed, cancelled
    int lines = 0;
    int differences = 0;  // counted lines that differ from the book
    QString notes;
};

// A comune to choose for a donor or a location.
struct ComuneChoice {
    int id = 0;
    QString name;
};

// Read-only views of the stock for screens, reports and the Cruscotto.
// Positions at a date are today's balances minus the rows dated after it,
// so that the usual question (now, or a recent date) reads few rows.
namespace StockQueries {

// Every active category, in reference order (zero rows included).
core::Result<QList<CategoryStock>> byCategory(const QSqlDatabase &db, const QDate &date);
// Every lot and location holding something at the end of the date.
core::Result<QList<LotPosition>> lots(const QSqlDatabase &db, const QDate &date, qint64 locationId = 0);
// Lots holding something and expiring within `days` of the date (and those
// already expired when `includeExpired`), earliest first.
core::Result<QList<LotPosition>> expiring(
    const QSqlDatabase &db, const QDate &date, int days, bool includeExpired = true);
core::Result<QList<ItemShortage>> underMinimum(const QSqlDatabase &db, const QDate &date);
// Lot balances below zero (see StockAlerts::overdrawnLots).
core::Result<int> overdrawnLots(const QSqlDatabase &db);
core::Result<StockAlerts> alerts(const QSqlDatabase &db, const QDate &today);
// One lot at one location with what it holds there today (the write-off
// and transfer dialogs); stock.unknown_lot when there is no such lot.
core::Result<LotPosition> lotAt(const QSqlDatabase &db, qint64 lotId, qint64 locationId);
// The latest counts, newest first.
core::Result<QList<CountSummary>> counts(const QSqlDatabase &db, int limit = 500);
// The 133 comuni of the metropolitan city, by name (donors, locations).
core::Result<QList<ComuneChoice>> metropolitanComuni(const QSqlDatabase &db);
// Any comune's name; empty when unknown (or 0).
core::Result<QString> comuneName(const QSqlDatabase &db, int comuneId);

} // namespace StockQueries

} // namespace stock

#pragma once

#include "core/domain/dates.h"
#include "core/domain/result.h"
#include "core/sync/opendata.h"
#include "deliveries/domain/deliverytypes.h"

#include <QHash>
#include <QSqlDatabase>

namespace deliveries {

// Figures read from the delivered deliveries (status delivered, by the
// day of transport): returned and cancelled deliveries do not count, and
// nothing is read from a stored total. A "distribution" is one delivery:
// a delivery with three food categories counts once among the food
// distributions and once in each of the three categories.

struct CategoryDistribution {
    qint64 categoryId = 0;
    QString code;
    QString name;
    QString kind; // food, dpi, kit, other
    core::Grams grams = 0; // weight delivered
    qint64 pieces = 0; // pieces of goods counted by the piece
    int distributions = 0; // deliveries that carried this category
};

struct ComuneDistribution {
    int comuneId = 0;
    QString istatCode;
    QString name;
    bool metropolitan = true;
    qint64 population = 0;
    core::Grams grams = 0;
    qint64 pieces = 0;
    int distributions = 0;
};

struct RecipientKindDistribution {
    RecipientKind kind = RecipientKind::Coc;
    int recipients = 0; // distinct recipients served
    int deliveries = 0;
    core::Grams foodGrams = 0;
    qint64 dpiPieces = 0;
    qint64 kitPieces = 0;
};

struct RecipientKindCategory {
    RecipientKind kind = RecipientKind::Coc;
    QString category;
    QString categoryKind;
    core::Grams grams = 0;
    qint64 pieces = 0;
    int deliveries = 0;
};

// One delivery as a line of a list (statements, registers, the map's panel).
struct DeliverySummary {
    qint64 id = 0;
    QString number;
    QDate date;
    QString recipientName;
    RecipientKind recipientKind = RecipientKind::Coc;
    int comuneId = 0;
    QString comuneName;
    DeliveryStatus status = DeliveryStatus::Planned;
    core::Grams grams = 0;
    qint64 pieces = 0;
    int packages = 0;
    QString goods; // "Bevande, Pasta e riso"
    QString vehicle;
    QString driver;
};

// The Cruscotto's figures.
struct DeliveryFigures {
    int today = 0; // deliveries of the day, not cancelled nor returned
    int deliveredToday = 0;
    int onTheRoad = 0; // loaded, not yet signed
    int waitingRequests = 0;
    core::Grams foodThisYear = 0;
};

namespace DistributionQueries {

core::Result<DeliveryFigures> figures(const QSqlDatabase &db, const QDate &today);

// Every active goods category, in reference order (zero rows included).
core::Result<QList<CategoryDistribution>> byCategory(const QSqlDatabase &db, const core::DateRange &period);
// Distinct deliveries carrying goods of the filter.
core::Result<int> distributions(const QSqlDatabase &db, const core::DateRange &period, GoodsFilter goods);
// The same for food and for DPI and kits, in one pass: {food, health goods}.
core::Result<QPair<int, int>> distributionsByKind(const QSqlDatabase &db, const core::DateRange &period);

// What each comune received in the period, by the recipients located in it.
// The 133 comuni of the metropolitan city always appear (zero rows
// included, by name); other comuni follow when they received something.
// This is also the open-data source "distributions per comune" (kg and
// number of distributions per comune for a period), for the publication
// in the open-data folder.
core::Result<QList<ComuneDistribution>> byComune(
    const QSqlDatabase &db, const core::DateRange &period, GoodsFilter goods);

// The source of the open data of distributions per comune (the public map):
// one entry per comune that received something, totals of every delivered
// delivery to date by category, read on the connection given (a worker's
// is fine). Registered with core::sync::OpenDataSources by
// declareSyncTables() (deliveriessync.h).
core::Result<QList<core::sync::ComuneDistributions>> totalsByComune(const QSqlDatabase &db);

core::Result<QList<RecipientKindDistribution>> byRecipientKind(const QSqlDatabase &db, const core::DateRange &period);
core::Result<QList<RecipientKindCategory>> byRecipientKindAndCategory(
    const QSqlDatabase &db, const core::DateRange &period);

// Deliveries of a comune (recipients located in it) in the period, newest
// first; `deliveredOnly` leaves out the planned, returned and cancelled.
core::Result<QList<DeliverySummary>> comuneDeliveries(const QSqlDatabase &db, int comuneId,
    const core::DateRange &period, bool deliveredOnly, GoodsFilter goods = GoodsFilter::All, int limit = 500);
// Deliveries of a period for the register, by date and number.
core::Result<QList<DeliverySummary>> deliveries(const QSqlDatabase &db, const core::DateRange &period);

} // namespace DistributionQueries

} // namespace deliveries

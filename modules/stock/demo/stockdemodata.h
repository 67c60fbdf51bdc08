#pragma once

#include "stock/domain/stocktypes.h"

#include <QList>

namespace stock::demo {

// The items of the demo warehouse: what a food bank and a DPI store hold.
// share: weight of the item within its category in the demo receipts;
// shelf: days from receipt to expiry (0: does not expire).
struct ItemSpec {
    const char *code;
    const char *name;
    const char *category; // goods_category.code
    Unit unit;
    int gramsPerPiece;
    int piecesPerPackage;
    int shelfMin;
    int shelfMax;
    int share;
    qint64 minLevel; // item's unit (grams or pieces)
};

struct DonorSpec {
    const char *name;
    DonorKind kind;
    const char *comune; // name, empty: none
    const char *taxCode;
    const char *contact;
    QList<const char *> categories; // goods_category codes it usually gives
};

const QList<ItemSpec> &itemSpecs();
const QList<DonorSpec> &donorSpecs();
// The published kg distributed by category, 01/12/2020 - 19/03/2021.
const QList<QPair<const char *, qint64>> &publishedKg();
// Operators who appear in the invented ledger.
const QStringList &demoOperators();

} // namespace stock::demo

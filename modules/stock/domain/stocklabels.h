#pragma once

#include "stock/domain/stocktypes.h"

#include <QCoreApplication>
#include <QLocale>

namespace stock {

// Translated names of the module's codes, shared by reports and screens.
class StockLabels {
    Q_DECLARE_TR_FUNCTIONS(stock::StockLabels)
public:
    static QString movementKind(MovementKind kind);
    static QString movementKind(const QString &code);
    static QString unit(Unit unit); // "kg" or "pz"
    static QString donorKind(DonorKind kind);
    static QString locationKind(LocationKind kind);
    // A goods category's kind: food, dpi, kit, other.
    static QString categoryKind(const QString &code);
    static QStringList categoryKinds(); // the codes, in order
    static QString countStatus(const QString &code);
    // "12,5 kg" for weight, "40 pz" for pieces.
    static QString quantity(qint64 quantity, Unit unit, const QLocale &locale = QLocale());
};

} // namespace stock

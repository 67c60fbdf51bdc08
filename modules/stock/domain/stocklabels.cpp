#include "stock/domain/stocklabels.h"

namespace stock {

QString StockLabels::movementKind(MovementKind kind)
{
    switch (kind) {
    case MovementKind::Receipt:
        return tr("Receipt");
    case MovementKind::Issue:
        return tr("Issue");
    case MovementKind::Return:
        return tr("Return");
    case MovementKind::Transfer:
        return tr("Transfer");
    case MovementKind::Adjustment:
        return tr("Count adjustment");
    case MovementKind::WriteOff:
        return tr("Write-off");
    case MovementKind::KitConsume:
        return tr("Used for kits");
    case MovementKind::KitProduce:
        return tr("Kit assembly");
    }
    return {};
}

QString StockLabels::movementKind(const QString &code)
{
    MovementKind kind;
    return movementKindFromCode(code, &kind) ? movementKind(kind) : code;
}

QString StockLabels::unit(Unit unit)
{
    return unit == Unit::Grams ? tr("kg") : tr("pcs");
}

QString StockLabels::donorKind(DonorKind kind)
{
    switch (kind) {
    case DonorKind::Company:
        return tr("Company");
    case DonorKind::Charity:
        return tr("Charity");
    case DonorKind::Collection:
        return tr("Collection (spesa sospesa)");
    case DonorKind::PublicBody:
        return tr("Public body");
    case DonorKind::Person:
        return tr("Private person");
    case DonorKind::Other:
        break;
    }
    return tr("Other");
}

QString StockLabels::categoryKind(const QString &code)
{
    if (code == QLatin1String("food"))
        return tr("Food");
    if (code == QLatin1String("dpi"))
        return tr("Protective equipment (DPI)");
    if (code == QLatin1String("kit"))
        return tr("Kit");
    return tr("Other");
}

QStringList StockLabels::categoryKinds()
{
    return { QStringLiteral("food"), QStringLiteral("dpi"), QStringLiteral("kit"), QStringLiteral("other") };
}

QString StockLabels::locationKind(LocationKind kind)
{
    switch (kind) {
    case LocationKind::Warehouse:
        return tr("Warehouse");
    case LocationKind::Pole:
        return tr("Colonna Mobile pole");
    case LocationKind::Coc:
        return tr("COC");
    case LocationKind::Other:
        break;
    }
    return tr("Other");
}

QString StockLabels::countStatus(const QString &code)
{
    if (code == QLatin1String("open"))
        return tr("open");
    if (code == QLatin1String("closed"))
        return tr("closed");
    return tr("cancelled");
}

QString StockLabels::quantity(qint64 quantity, Unit unit, const QLocale &locale)
{
    if (unit == Unit::Grams)
        return core::kgFull(quantity, locale) + QLatin1Char(' ') + tr("kg");
    return tr("%1 pcs").arg(locale.toString(quantity));
}

} // namespace stock

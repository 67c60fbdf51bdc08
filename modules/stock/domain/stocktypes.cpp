#include "stock/domain/stocktypes.h"

namespace stock {

QString unitCode(Unit unit)
{
    return unit == Unit::Grams ? QStringLiteral("g") : QStringLiteral("pcs");
}

Unit unitFromCode(const QString &code)
{
    return code == QLatin1String("pcs") ? Unit::Pieces : Unit::Grams;
}

namespace {
struct KindName {
    MovementKind kind;
    const char *code;
};
constexpr KindName movementKinds[] = {
    { MovementKind::Receipt, "receipt" },       { MovementKind::Issue, "issue" },
    { MovementKind::Return, "return" },         { MovementKind::Transfer, "transfer" },
    { MovementKind::Adjustment, "adjustment" }, { MovementKind::WriteOff, "write_off" },
    { MovementKind::KitConsume, "kit_consume" }, { MovementKind::KitProduce, "kit_produce" },
};
} // namespace

QString movementKindCode(MovementKind kind)
{
    for (const KindName &k : movementKinds)
        if (k.kind == kind)
            return QLatin1String(k.code);
    return {};
}

bool movementKindFromCode(const QString &code, MovementKind *kind)
{
    for (const KindName &k : movementKinds)
        if (code == QLatin1String(k.code)) {
            *kind = k.kind;
            return true;
        }
    return false;
}

QList<MovementKind> allMovementKinds()
{
    QList<MovementKind> list;
    for (const KindName &k : movementKinds)
        list.append(k.kind);
    return list;
}

QString locationKindCode(LocationKind kind)
{
    switch (kind) {
    case LocationKind::Warehouse:
        return QStringLiteral("warehouse");
    case LocationKind::Pole:
        return QStringLiteral("pole");
    case LocationKind::Coc:
        return QStringLiteral("coc");
    case LocationKind::Other:
        break;
    }
    return QStringLiteral("other");
}

LocationKind locationKindFromCode(const QString &code)
{
    if (code == QLatin1String("warehouse"))
        return LocationKind::Warehouse;
    if (code == QLatin1String("pole"))
        return LocationKind::Pole;
    if (code == QLatin1String("coc"))
        return LocationKind::Coc;
    return LocationKind::Other;
}

QString donorKindCode(DonorKind kind)
{
    switch (kind) {
    case DonorKind::Company:
        return QStringLiteral("company");
    case DonorKind::Charity:
        return QStringLiteral("charity");
    case DonorKind::Collection:
        return QStringLiteral("collection");
    case DonorKind::PublicBody:
        return QStringLiteral("public_body");
    case DonorKind::Person:
        return QStringLiteral("person");
    case DonorKind::Other:
        break;
    }
    return QStringLiteral("other");
}

DonorKind donorKindFromCode(const QString &code)
{
    for (DonorKind k : allDonorKinds())
        if (donorKindCode(k) == code)
            return k;
    return DonorKind::Other;
}

QList<DonorKind> allDonorKinds()
{
    return { DonorKind::Company, DonorKind::Charity, DonorKind::Collection, DonorKind::PublicBody, DonorKind::Person,
             DonorKind::Other };
}

} // namespace stock

#include "fleet/domain/fleettypes.h"

#include <array>

namespace fleet {

namespace {

template <typename E, std::size_t N> QString codeOf(const std::array<const char *, N> &codes, E value)
{
    return QString::fromLatin1(codes.at(std::size_t(value)));
}

template <typename E, std::size_t N> bool fromCode(const std::array<const char *, N> &codes, const QString &code, E *value)
{
    for (std::size_t i = 0; i < N; ++i)
        if (code == QLatin1String(codes.at(i))) {
            *value = E(i);
            return true;
        }
    return false;
}

template <std::size_t N> QStringList allCodes(const std::array<const char *, N> &codes)
{
    QStringList list;
    for (const char *c : codes)
        list.append(QString::fromLatin1(c));
    return list;
}

const std::array<const char *, 3> siteKinds { "headquarters", "pole", "other" };
const std::array<const char *, 3> siteStates { "operational", "planned", "closed" };
const std::array<const char *, 3> assetStates { "operational", "maintenance", "out_of_service" };
const std::array<const char *, 9> vehicleTypes { "car", "off_road", "van", "minibus", "truck", "pickup", "trailer",
    "motorcycle", "special" };
const std::array<const char *, 3> owners { "metropolitan_city", "ccv_mi", "organisation" };
const std::array<const char *, 8> equipmentTypes { "tent", "generator", "pump", "lighting_tower", "field_kitchen",
    "radio", "chainsaw", "other" };
const std::array<const char *, 4> conditions { "good", "worn", "damaged", "lost" };

} // namespace

QString siteKindCode(Site::Kind kind) { return codeOf(siteKinds, kind); }
bool siteKindFromCode(const QString &code, Site::Kind *kind) { return fromCode(siteKinds, code, kind); }
QString siteStateCode(Site::State state) { return codeOf(siteStates, state); }
bool siteStateFromCode(const QString &code, Site::State *state) { return fromCode(siteStates, code, state); }
QString assetStateCode(AssetState state) { return codeOf(assetStates, state); }
bool assetStateFromCode(const QString &code, AssetState *state) { return fromCode(assetStates, code, state); }
QString vehicleTypeCode(Vehicle::Type type) { return codeOf(vehicleTypes, type); }
bool vehicleTypeFromCode(const QString &code, Vehicle::Type *type) { return fromCode(vehicleTypes, code, type); }
QString ownerCode(Vehicle::Owner owner) { return codeOf(owners, owner); }
bool ownerFromCode(const QString &code, Vehicle::Owner *owner) { return fromCode(owners, code, owner); }
QString equipmentTypeCode(Equipment::Type type) { return codeOf(equipmentTypes, type); }
bool equipmentTypeFromCode(const QString &code, Equipment::Type *type) { return fromCode(equipmentTypes, code, type); }
QString conditionCode(ReturnCondition condition) { return codeOf(conditions, condition); }
bool conditionFromCode(const QString &code, ReturnCondition *condition) { return fromCode(conditions, code, condition); }
QStringList vehicleTypeCodes() { return allCodes(vehicleTypes); }
QStringList equipmentTypeCodes() { return allCodes(equipmentTypes); }

QString FleetText::siteKind(const QString &code)
{
    if (code == QLatin1String("headquarters"))
        return tr("Headquarters");
    if (code == QLatin1String("pole"))
        return tr("Colonna Mobile pole");
    return code == QLatin1String("other") ? tr("Other place") : code;
}

QString FleetText::siteState(const QString &code)
{
    if (code == QLatin1String("operational"))
        return tr("Operational");
    if (code == QLatin1String("planned"))
        return tr("Planned");
    return code == QLatin1String("closed") ? tr("Closed") : code;
}

QString FleetText::assetState(const QString &code)
{
    if (code == QLatin1String("operational"))
        return tr("Operational");
    if (code == QLatin1String("maintenance"))
        return tr("In maintenance");
    return code == QLatin1String("out_of_service") ? tr("Out of service") : code;
}

QString FleetText::vehicleType(const QString &code)
{
    if (code == QLatin1String("car"))
        return tr("Car");
    if (code == QLatin1String("off_road"))
        return tr("Off-road vehicle");
    if (code == QLatin1String("van"))
        return tr("Van");
    if (code == QLatin1String("minibus"))
        return tr("Minibus");
    if (code == QLatin1String("truck"))
        return tr("Truck");
    if (code == QLatin1String("pickup"))
        return tr("Pick-up");
    if (code == QLatin1String("trailer"))
        return tr("Trailer");
    if (code == QLatin1String("motorcycle"))
        return tr("Motorcycle");
    return code == QLatin1String("special") ? tr("Special vehicle") : code;
}

QString FleetText::owner(const QString &code)
{
    if (code == QLatin1String("metropolitan_city"))
        return tr("Metropolitan City");
    if (code == QLatin1String("ccv_mi"))
        return tr("CCV-MI");
    return code == QLatin1String("organisation") ? tr("Organisation") : code;
}

QString FleetText::equipmentType(const QString &code)
{
    if (code == QLatin1String("tent"))
        return tr("Tent");
    if (code == QLatin1String("generator"))
        return tr("Generator");
    if (code == QLatin1String("pump"))
        return tr("Pump");
    if (code == QLatin1String("lighting_tower"))
        return tr("Lighting tower");
    if (code == QLatin1String("field_kitchen"))
        return tr("Field kitchen");
    if (code == QLatin1String("radio"))
        return tr("Radio");
    if (code == QLatin1String("chainsaw"))
        return tr("Chainsaw");
    return code == QLatin1String("other") ? tr("Other equipment") : code;
}

QString FleetText::condition(const QString &code)
{
    if (code == QLatin1String("good"))
        return tr("Good");
    if (code == QLatin1String("worn"))
        return tr("Worn");
    if (code == QLatin1String("damaged"))
        return tr("Damaged");
    return code == QLatin1String("lost") ? tr("Lost") : code;
}

} // namespace fleet

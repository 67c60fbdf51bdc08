#include "core/reference/geojson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace core {

namespace {

bool readPolygon(const QJsonArray &rings, GeoPolygon *polygon)
{
    for (const QJsonValue &ringValue : rings) {
        GeoRing ring;
        for (const QJsonValue &pointValue : ringValue.toArray()) {
            const QJsonArray p = pointValue.toArray();
            if (p.size() < 2 || !p.at(0).isDouble() || !p.at(1).isDouble())
                return false;
            ring.append(QPointF(p.at(0).toDouble(), p.at(1).toDouble()));
        }
        if (ring.size() < 4)
            return false;
        polygon->append(ring);
    }
    return !polygon->isEmpty();
}

} // namespace

Result<QList<GeoPolygon>> parseGeoJsonGeometry(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error(QStringLiteral("geojson.invalid"), { parseError.errorString() });
    const QJsonObject geometry = doc.object();
    const QString type = geometry.value(QLatin1String("type")).toString();
    const QJsonArray coordinates = geometry.value(QLatin1String("coordinates")).toArray();
    QList<GeoPolygon> polygons;
    if (type == QLatin1String("Polygon")) {
        GeoPolygon polygon;
        if (!readPolygon(coordinates, &polygon))
            return Error(QStringLiteral("geojson.invalid"), { type });
        polygons.append(polygon);
    } else if (type == QLatin1String("MultiPolygon")) {
        for (const QJsonValue &part : coordinates) {
            GeoPolygon polygon;
            if (!readPolygon(part.toArray(), &polygon))
                return Error(QStringLiteral("geojson.invalid"), { type });
            polygons.append(polygon);
        }
    } else {
        return Error(QStringLiteral("geojson.unsupported"), { type });
    }
    return polygons;
}

} // namespace core

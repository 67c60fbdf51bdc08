#pragma once

#include "core/domain/result.h"

#include <QList>
#include <QPointF>

namespace core {

// A polygon as GeoJSON stores it: the outer ring first, then its holes;
// points are (x = longitude, y = latitude) in degrees.
using GeoRing = QList<QPointF>;
using GeoPolygon = QList<GeoRing>;

// Reads a GeoJSON Polygon or MultiPolygon geometry object (RFC 7946).
Result<QList<GeoPolygon>> parseGeoJsonGeometry(const QByteArray &json);

} // namespace core

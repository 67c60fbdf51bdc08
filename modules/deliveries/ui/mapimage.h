#pragma once

#include "deliveries/domain/deliveryreports.h"

namespace deliveries {

// The MapImageProvider of the printed reports: an offscreen
// core::ComuniMapWidget, loaded from the database, coloured with the
// report's values and rendered with its legend. Needs a QApplication
// (the window's, or the command line's offscreen one); GUI thread only.
QImage renderDistributionMap(const QSqlDatabase &db, const MapImageRequest &request);

} // namespace deliveries

#pragma once

#include "deliveries/domain/deliveryreports.h"

namespace deliveries {

// The MapImageProvider of the printed reports: an offscreen
// core::ComuniMapWidget, loaded from the database, coloured with the
// report's values and rendered with its legend. Needs a QApplication
// (the window's, or the command line's offscreen one). On a worker (a
// report built by core::buildReportInBackground) it reads the outlines
// there and leaves the drawing to the GUI thread (core::DeferredImages);
// elsewhere off the GUI thread, no map.
QImage renderDistributionMap(const QSqlDatabase &db, const MapImageRequest &request);

} // namespace deliveries

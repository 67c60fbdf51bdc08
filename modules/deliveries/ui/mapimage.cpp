#include "deliveries/ui/mapimage.h"

#include "core/ui/comunimapwidget.h"

#include <QApplication>

namespace deliveries {

QImage renderDistributionMap(const QSqlDatabase &db, const MapImageRequest &request)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return {}; // no widgets without a QApplication: the report goes without its map
    core::ComuniMapWidget map;
    map.resize(request.size / 2);
    if (!map.load(db))
        return {};
    map.setValues(request.values, request.legendTitle, request.format);
    return map.renderToImage(request.size);
}

} // namespace deliveries

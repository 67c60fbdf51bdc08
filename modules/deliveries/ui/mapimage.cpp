#include "deliveries/ui/mapimage.h"

#include "core/ui/comunimapwidget.h"

namespace deliveries {

QImage renderDistributionMap(const QSqlDatabase &db, const MapImageRequest &request)
{
    return core::ComuniMapWidget::renderForReport(db, request.size, [request](core::ComuniMapWidget &map) {
        map.setValues(request.values, request.legendTitle, request.format);
    });
}

} // namespace deliveries

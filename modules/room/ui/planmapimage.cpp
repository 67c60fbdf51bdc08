#include "room/ui/planmapimage.h"

#include "core/ui/comunimapwidget.h"

namespace room {

QImage renderPlanMap(const QSqlDatabase &db, const PlanMapRequest &request)
{
    return core::ComuniMapWidget::renderForReport(db, request.size, [request](core::ComuniMapWidget &map) {
        QList<core::ComuniMapWidget::Category> categories;
        for (const auto &[colour, label] : request.categories)
            categories.append({ QColor(QRgb(colour)), label });
        map.setCategories(request.categoryOf, categories, request.legendTitle);
    });
}

} // namespace room

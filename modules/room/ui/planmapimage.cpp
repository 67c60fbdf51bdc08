#include "room/ui/planmapimage.h"

#include "core/ui/comunimapwidget.h"

#include <QApplication>

namespace room {

QImage renderPlanMap(const QSqlDatabase &db, const PlanMapRequest &request)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return {}; // no widgets without a QApplication: the report goes without its map
    core::ComuniMapWidget map;
    map.resize(request.size / 2);
    if (!map.load(db))
        return {};
    QList<core::ComuniMapWidget::Category> categories;
    for (const auto &[colour, label] : request.categories)
        categories.append({ QColor(QRgb(colour)), label });
    map.setCategories(request.categoryOf, categories, request.legendTitle);
    return map.renderToImage(request.size);
}

} // namespace room

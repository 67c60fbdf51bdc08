#include "room/ui/planmapimage.h"

#include "core/reporting/deferredimages.h"
#include "core/ui/comunimapwidget.h"

#include <QApplication>
#include <QThread>

namespace room {

namespace {
QImage drawMap(const core::ComuniMapWidget::Outlines &outlines, const PlanMapRequest &request)
{
    core::ComuniMapWidget map;
    map.resize(request.size / 2);
    if (!map.load(outlines))
        return {};
    QList<core::ComuniMapWidget::Category> categories;
    for (const auto &[colour, label] : request.categories)
        categories.append({ QColor(QRgb(colour)), label });
    map.setCategories(request.categoryOf, categories, request.legendTitle);
    return map.renderToImage(request.size);
}
} // namespace

QImage renderPlanMap(const QSqlDatabase &db, const PlanMapRequest &request)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!qobject_cast<QApplication *>(app))
        return {}; // no widgets without a QApplication: the report goes without its map
    auto outlines = core::ComuniMapWidget::readOutlines(db);
    if (!outlines)
        return {};
    if (QThread::currentThread() != app->thread())
        // A report built on a worker: the outlines read here, the widget
        // drawn on the GUI thread when the document arrives.
        return core::DeferredImages::defer([outlines = *outlines, request] { return drawMap(outlines, request); });
    return drawMap(*outlines, request);
}

} // namespace room

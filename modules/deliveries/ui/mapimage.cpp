#include "deliveries/ui/mapimage.h"

#include "core/reporting/deferredimages.h"
#include "core/ui/comunimapwidget.h"

#include <QApplication>
#include <QThread>

namespace deliveries {

namespace {
QImage drawMap(const core::ComuniMapWidget::Outlines &outlines, const MapImageRequest &request)
{
    core::ComuniMapWidget map;
    map.resize(request.size / 2);
    if (!map.load(outlines))
        return {};
    map.setValues(request.values, request.legendTitle, request.format);
    return map.renderToImage(request.size);
}
} // namespace

QImage renderDistributionMap(const QSqlDatabase &db, const MapImageRequest &request)
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

} // namespace deliveries

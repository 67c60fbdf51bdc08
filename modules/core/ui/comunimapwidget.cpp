#include "core/ui/comunimapwidget.h"

#include "core/db/backgroundreader.h"
#include "core/db/sql.h"
#include "core/domain/wholefile.h"
#include "core/reference/comunerepository.h"
#include "core/reference/geojson.h"
#include "core/reporting/deferredimages.h"
#include "core/ui/errortext.h"
#include "core/ui/mapclasses.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QGraphicsEllipseItem>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QMutex>
#include <QPainter>
#include <QScrollBar>
#include <QThread>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace core {

namespace {

// Equirectangular projection around the metropolitan city: at this scale
// (60 km) it is indistinguishable from a conformal one.
constexpr double referenceLat = 45.45;
constexpr double unitsPerDegree = 1000.0;
const double lonScale = std::cos(referenceLat * M_PI / 180.0);

QPointF project(const QPointF &lonLat)
{
    return QPointF(lonLat.x() * lonScale * unitsPerDegree, -lonLat.y() * unitsPerDegree);
}

QPainterPath pathOf(const QList<GeoPolygon> &polygons)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const GeoPolygon &polygon : polygons)
        for (const GeoRing &ring : polygon) {
            QPolygonF projected;
            projected.reserve(ring.size());
            for (const QPointF &p : ring)
                projected.append(project(p));
            path.addPolygon(projected);
            path.closeSubpath();
        }
    return path;
}

// A comune's projected outline, parsed once per process and per GeoJSON
// text: the maps of a window (two in the Consegne tab, one per other tab)
// and their reloads reuse it; a geometry changed by a sync is another text.
Result<QPainterPath> projectedPath(const QByteArray &geometry)
{
    static QMutex mutex;
    static QHash<QByteArray, QPainterPath> parsed;
    const QMutexLocker lock(&mutex);
    if (auto it = parsed.constFind(geometry); it != parsed.constEnd())
        return *it;
    auto polygons = parseGeoJsonGeometry(geometry);
    if (!polygons)
        return polygons.error();
    const QPainterPath path = pathOf(*polygons);
    parsed.insert(geometry, path);
    return path;
}

// The outer border of the metropolitan city (a resource: read once).
const QList<QPainterPath> &cityOutline()
{
    static const QList<QPainterPath> outline = [] {
        QList<QPainterPath> paths;
        QFile file(QStringLiteral(":/reference/cmm_outline.geojson"));
        if (!file.open(QIODevice::ReadOnly))
            return paths;
        const QJsonArray features
            = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("features")).toArray();
        for (const QJsonValue &f : features) {
            const QByteArray geometry = QJsonDocument(f.toObject().value(QLatin1String("geometry")).toObject()).toJson();
            if (auto polygons = parseGeoJsonGeometry(geometry))
                paths.append(pathOf(*polygons));
        }
        return paths;
    }();
    return outline;
}

const QColor noValueColour(0xf1, 0xf1, 0xee);
const QList<QColor> classColours = { QColor(0xde, 0xeb, 0xf7), QColor(0x9e, 0xca, 0xe1), QColor(0x6b, 0xae, 0xd6),
    QColor(0x31, 0x82, 0xbd), QColor(0x08, 0x51, 0x9c) };
constexpr int comuneIdKey = 0;
constexpr double labelZoomThreshold = 2.2; // show names when zoomed this much past "fit"

} // namespace

ComuniMapWidget::ComuniMapWidget(QWidget *parent)
    : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setBackgroundBrush(QColor(0xfa, 0xfb, 0xfc));
    setMouseTracking(true);
    setMinimumSize(320, 260);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Map of the comuni of the metropolitan city"));
}

Result<ComuniMapWidget::Outlines> ComuniMapWidget::readOutlines(const QSqlDatabase &db)
{
    ComuneRepository repository(db);
    auto comuni = repository.metropolitanComuni();
    if (!comuni)
        return comuni.error();
    auto geometries = repository.geometries();
    if (!geometries)
        return geometries.error();
    Outlines outlines;
    outlines.comuni = *comuni;
    outlines.geometries = *geometries;
    if (auto idroscalo = repository.referencePoint(QStringLiteral("idroscalo")))
        outlines.idroscalo = *idroscalo;
    return outlines;
}

Status ComuniMapWidget::load(const QSqlDatabase &db)
{
    auto outlines = readOutlines(db);
    if (!outlines)
        return outlines.error();
    return load(*outlines);
}

void ComuniMapWidget::parseOutlines(const Outlines &outlines)
{
    for (const Comune &c : outlines.comuni)
        (void)projectedPath(outlines.geometries.value(c.id));
    (void)cityOutline();
}

void ComuniMapWidget::loadInBackground(
    BackgroundReader *reader, const QString &databasePath, std::function<void(const Status &)> done)
{
    const int asked = ++m_loadsAsked;
    scene()->clear();
    m_items.clear();
    m_labels.clear();
    m_names.clear();
    auto *loading = scene()->addSimpleText(tr("Loading the map…"));
    loading->setBrush(QColor(0x55, 0x5f, 0x6a));
    scene()->setSceneRect(loading->boundingRect().adjusted(-20, -20, 20, 20));
    resetTransform();
    auto outlines = std::make_shared<Result<Outlines>>(Outlines());
    reader->read(
        databasePath,
        [outlines](const QSqlDatabase &db) {
            *outlines = readOutlines(db);
            if (*outlines)
                parseOutlines(**outlines);
        },
        [this, asked, outlines, done = std::move(done)](const Error &openError) {
            if (asked != m_loadsAsked)
                return; // asked again meanwhile
            m_loadsDone = asked;
            const Status status = !openError.code.isEmpty() ? Status(openError)
                : !*outlines                               ? Status(outlines->error())
                                                           : load(**outlines);
            if (!status) {
                scene()->clear();
                m_items.clear();
                m_labels.clear();
                m_names.clear();
                auto *text = scene()->addSimpleText(ErrorText::describe(status.error()));
                text->setBrush(QColor(0xb7, 0x1c, 0x1c));
                scene()->setSceneRect(text->boundingRect().adjusted(-20, -20, 20, 20));
            }
            if (done)
                done(status);
        });
}

Status ComuniMapWidget::load(const Outlines &outlines)
{
    scene()->clear();
    m_items.clear();
    m_labels.clear();
    m_names.clear();

    QRectF bounds;
    for (const Comune &c : outlines.comuni) {
        auto path = projectedPath(outlines.geometries.value(c.id));
        if (!path)
            return path.error();
        auto *item = scene()->addPath(*path);
        item->setData(comuneIdKey, c.id);
        item->setZValue(1);
        m_items.insert(c.id, item);
        m_names.insert(c.id, c.name);
        bounds = bounds.united(item->boundingRect());

        auto *label = scene()->addSimpleText(c.name);
        QFont f = label->font();
        f.setPointSizeF(c.id == milanoComuneId ? 9 : 7.5);
        f.setBold(c.id == milanoComuneId);
        label->setFont(f);
        label->setBrush(QColor(0x33, 0x33, 0x33));
        label->setFlag(QGraphicsItem::ItemIgnoresTransformations);
        label->setZValue(4);
        const QPointF centre = project(QPointF(c.coordinate.longitude(), c.coordinate.latitude()));
        const QRectF r = label->boundingRect();
        label->setPos(centre);
        label->setTransform(QTransform::fromTranslate(-r.width() / 2, -r.height() / 2));
        m_labels.insert(c.id, label);
    }

    // The outer border of the metropolitan city, over the comuni.
    for (const QPainterPath &path : cityOutline()) {
        QPen pen(QColor(0x23, 0x3d, 0x5a), 2.2);
        pen.setCosmetic(true);
        auto *border = scene()->addPath(path, pen);
        border->setZValue(2);
        border->setAcceptedMouseButtons(Qt::NoButton);
    }

    if (const auto &idroscalo = outlines.idroscalo) {
        const QPointF p = project(QPointF(idroscalo->coordinate.longitude(), idroscalo->coordinate.latitude()));
        auto *marker = scene()->addEllipse(-6, -6, 12, 12, QPen(Qt::white, 2), QColor(0xd3, 0x2f, 0x2f));
        marker->setPos(p);
        marker->setFlag(QGraphicsItem::ItemIgnoresTransformations);
        marker->setZValue(5);
        marker->setToolTip(tr("Idroscalo: CCV-MI operations room and warehouse"));
        auto *text = scene()->addSimpleText(tr("Idroscalo (CCV-MI)"));
        QFont f = text->font();
        f.setPointSizeF(8.5);
        f.setBold(true);
        text->setFont(f);
        text->setBrush(QColor(0xb7, 0x1c, 0x1c));
        text->setPos(p);
        text->setTransform(QTransform::fromTranslate(9, -7));
        text->setFlag(QGraphicsItem::ItemIgnoresTransformations);
        text->setZValue(5);
    }

    m_bounds = bounds;
    scene()->setSceneRect(
        bounds.adjusted(-bounds.width() * 0.6, -bounds.height() * 0.6, bounds.width() * 0.6, bounds.height() * 0.6));
    for (int id : m_items.keys())
        restyle(id);
    m_userZoomed = false;
    fitAll();
    return {};
}

QString ComuniMapWidget::formatValue(double v) const
{
    return m_format ? m_format(v) : QLocale().toString(v, 'f', 0);
}

void ComuniMapWidget::setValues(
    const QHash<int, double> &values, const QString &legendTitle, std::function<QString(double)> format)
{
    m_categorical = false;
    m_categoryOf.clear();
    m_categories.clear();
    m_values = values;
    m_legendTitle = legendTitle;
    m_format = std::move(format);
    m_breaks = mapClassBreaks(values.values());
    m_hasPositive = std::any_of(values.cbegin(), values.cend(), [](double v) { return v > 0; });
    for (int id : m_items.keys())
        restyle(id);
    viewport()->update();
}

void ComuniMapWidget::setCategories(
    const QHash<int, int> &categoryOf, const QList<Category> &categories, const QString &legendTitle)
{
    m_categorical = true;
    m_categoryOf = categoryOf;
    m_categories = categories;
    m_values.clear();
    m_breaks.clear();
    m_hasPositive = false;
    m_legendTitle = legendTitle;
    for (int id : m_items.keys())
        restyle(id);
    viewport()->update();
}

int ComuniMapWidget::colourClass(int comuneId) const
{
    const double v = m_values.value(comuneId);
    if (v <= 0 || !m_hasPositive)
        return 0;
    int cls = 1;
    for (double b : m_breaks)
        if (v > b)
            ++cls;
    return std::min(cls, 5);
}

QColor ComuniMapWidget::fillFor(int comuneId) const
{
    if (m_categorical) {
        const int c = m_categoryOf.value(comuneId, -1);
        return c >= 0 && c < m_categories.size() ? m_categories.at(c).colour : noValueColour;
    }
    const int cls = colourClass(comuneId);
    if (m_values.isEmpty())
        return QColor(0xe4, 0xec, 0xf3);
    return cls == 0 ? noValueColour : classColours.at(cls - 1);
}

void ComuniMapWidget::restyle(int comuneId)
{
    QGraphicsPathItem *item = m_items.value(comuneId);
    if (!item)
        return;
    QPen pen(QColor(0x7d, 0x8a, 0x96), 0.7);
    double z = 1;
    if (comuneId == m_selected) {
        pen = QPen(QColor(0xe0, 0x6c, 0x00), 3);
        z = 3;
    } else if (comuneId == m_hovered) {
        pen = QPen(QColor(0x1b, 0x1f, 0x23), 2);
        z = 2.5;
    }
    pen.setCosmetic(true);
    item->setPen(pen);
    QColor fill = fillFor(comuneId);
    if (comuneId == m_hovered)
        fill = fill.darker(112);
    item->setBrush(fill);
    item->setZValue(z);
}

void ComuniMapWidget::setSelectedComune(int comuneId)
{
    if (comuneId == m_selected)
        return;
    const int previous = m_selected;
    m_selected = m_items.contains(comuneId) ? comuneId : 0;
    restyle(previous);
    restyle(m_selected);
}

QPoint ComuniMapWidget::viewportPointOf(int comuneId) const
{
    const QGraphicsPathItem *item = m_items.value(comuneId);
    if (!item)
        return {};
    // The polygon's label point (area centroid, inside the polygon).
    const QGraphicsSimpleTextItem *label = m_labels.value(comuneId);
    return mapFromScene(label ? label->pos() : item->boundingRect().center());
}

int ComuniMapWidget::comuneAt(const QPoint &viewportPos) const
{
    const QPointF scenePos = mapToScene(viewportPos);
    for (QGraphicsItem *item : scene()->items(scenePos)) {
        const QVariant id = item->data(comuneIdKey);
        if (id.isValid() && static_cast<QGraphicsPathItem *>(item)->path().contains(scenePos))
            return id.toInt();
    }
    return 0;
}

void ComuniMapWidget::setHovered(int comuneId)
{
    if (comuneId == m_hovered)
        return;
    const int previous = m_hovered;
    m_hovered = comuneId;
    restyle(previous);
    restyle(m_hovered);
    emit comuneHovered(comuneId);
}

void ComuniMapWidget::mouseMoveEvent(QMouseEvent *event)
{
    QGraphicsView::mouseMoveEvent(event);
    const int id = comuneAt(event->position().toPoint());
    setHovered(id);
    if (id == 0) {
        QToolTip::hideText();
        return;
    }
    QString tip = QStringLiteral("<b>%1</b>").arg(m_names.value(id).toHtmlEscaped());
    if (m_categorical) {
        const int c = m_categoryOf.value(id, -1);
        if (c >= 0 && c < m_categories.size())
            tip += QStringLiteral("<br/>%1: %2").arg(m_legendTitle.toHtmlEscaped(), m_categories.at(c).label.toHtmlEscaped());
    } else if (!m_values.isEmpty())
        tip += QStringLiteral("<br/>%1: %2")
                   .arg(m_legendTitle.toHtmlEscaped(), formatValue(m_values.value(id)).toHtmlEscaped());
    QToolTip::showText(event->globalPosition().toPoint(), tip, this);
}

void ComuniMapWidget::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void ComuniMapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    // A click, not the end of a drag.
    if (event->button() == Qt::LeftButton && (event->position().toPoint() - m_pressPos).manhattanLength() < 5) {
        const int id = comuneAt(event->position().toPoint());
        if (id) {
            setSelectedComune(id);
            emit comuneClicked(id);
        }
    }
}

void ComuniMapWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int id = comuneAt(event->position().toPoint());
    if (id)
        emit comuneActivated(id);
    else
        QGraphicsView::mouseDoubleClickEvent(event);
}

void ComuniMapWidget::leaveEvent(QEvent *event)
{
    setHovered(0);
    QGraphicsView::leaveEvent(event);
}

void ComuniMapWidget::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    const double factor = std::pow(1.25, steps);
    const double current = transform().m11();
    const double fit = std::min(
        viewport()->width() / std::max(1.0, m_bounds.width()), viewport()->height() / std::max(1.0, m_bounds.height()));
    if ((factor > 1 && current > fit * 40) || (factor < 1 && current < fit * 0.5))
        return;
    m_userZoomed = true;
    scale(factor, factor);
    updateLabels();
}

void ComuniMapWidget::zoomIn()
{
    m_userZoomed = true;
    scale(1.25, 1.25);
    updateLabels();
}

void ComuniMapWidget::zoomOut()
{
    m_userZoomed = true;
    scale(0.8, 0.8);
    updateLabels();
}

void ComuniMapWidget::fitAll()
{
    if (m_bounds.isEmpty())
        return;
    m_userZoomed = false;
    fitInView(m_bounds.adjusted(-m_bounds.width() * 0.03, -m_bounds.height() * 0.03, m_bounds.width() * 0.03,
                  m_bounds.height() * 0.03),
        Qt::KeepAspectRatio);
    updateLabels();
}

void ComuniMapWidget::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
    case Qt::Key_Home:
        fitAll();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void ComuniMapWidget::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (!m_userZoomed)
        fitAll();
}

void ComuniMapWidget::updateLabels()
{
    const double fit = std::min(
        viewport()->width() / std::max(1.0, m_bounds.width()), viewport()->height() / std::max(1.0, m_bounds.height()));
    const bool showAll = transform().m11() > fit * labelZoomThreshold;
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        it.value()->setVisible(showAll || it.key() == milanoComuneId);
}

void ComuniMapWidget::drawLegend(QPainter *painter, const QRectF &area, double scale) const
{
    if (m_values.isEmpty() && !m_categorical)
        return;
    QFont font = painter->font();
    font.setPointSizeF(8 * scale);
    painter->setFont(font);
    const QFontMetricsF fm(font);
    const double line = fm.height() + 4 * scale;
    const double pad = 8 * scale;
    QStringList rows;
    QList<QColor> colours;
    double lower = 0;
    // One row per class there is (fewer than five when values repeat).
    const int classes = m_hasPositive ? int(m_breaks.size()) + 1 : 0;
    for (int cls = 1; cls <= classes; ++cls) {
        const double upper
            = cls <= m_breaks.size() ? m_breaks.at(cls - 1) : *std::max_element(m_values.cbegin(), m_values.cend());
        rows.append(cls == 1 ? QStringLiteral("≤ %1").arg(formatValue(upper))
                             : QStringLiteral("%1 – %2").arg(formatValue(lower), formatValue(upper)));
        lower = upper;
        colours.append(classColours.at(cls - 1));
    }
    if (m_categorical) {
        for (const Category &c : m_categories) {
            rows.append(c.label);
            colours.append(c.colour);
        }
    } else {
        rows.append(tr("nothing"));
        colours.append(noValueColour);
    }
    QFont bold = font;
    bold.setBold(true);
    double width = QFontMetricsF(bold).horizontalAdvance(m_legendTitle);
    for (const QString &r : rows)
        width = std::max(width, fm.horizontalAdvance(r) + line + 6 * scale);
    const QRectF box(area.left() + 10 * scale, area.bottom() - 10 * scale - line * (rows.size() + 1) - pad,
        width + 2 * pad, line * (rows.size() + 1) + pad);
    painter->setPen(QColor(0xaa, 0xaa, 0xaa));
    painter->setBrush(QColor(255, 255, 255, 230));
    painter->drawRoundedRect(box, 4 * scale, 4 * scale);
    painter->setPen(Qt::black);
    painter->setFont(bold);
    painter->drawText(QRectF(box.left() + pad, box.top() + pad / 2, width, line), Qt::AlignVCenter, m_legendTitle);
    painter->setFont(font);
    for (int i = 0; i < rows.size(); ++i) {
        const double y = box.top() + pad / 2 + line * (i + 1);
        painter->setPen(QColor(0x7d, 0x8a, 0x96));
        painter->setBrush(colours.at(i));
        painter->drawRect(QRectF(box.left() + pad, y + 3 * scale, line - 6 * scale, line - 6 * scale));
        painter->setPen(Qt::black);
        painter->drawText(QRectF(box.left() + pad + line, y, width, line), Qt::AlignVCenter, rows.at(i));
    }
}

void ComuniMapWidget::drawForeground(QPainter *painter, const QRectF &rect)
{
    Q_UNUSED(rect);
    painter->save();
    painter->resetTransform();
    drawLegend(painter, QRectF(viewport()->rect()));
    painter->restore();
}

QImage ComuniMapWidget::renderToImage(const QSize &size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // Names are too many for a whole-city picture: keep only Milano's.
    QHash<QGraphicsSimpleTextItem *, bool> wasVisible;
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        wasVisible.insert(it.value(), it.value()->isVisible());
        it.value()->setVisible(it.key() == milanoComuneId);
    }
    // Pictures are shrunk to about 700 pixels' worth on paper: the names and
    // the Idroscalo marker, drawn at screen size whatever the zoom, grow by
    // as much, or "Milano" printed at 3 pt.
    const double scale = std::max(1.0, size.width() / 700.0);
    QHash<QGraphicsItem *, QTransform> screenTransforms;
    for (QGraphicsItem *item : scene()->items())
        if (item->flags() & QGraphicsItem::ItemIgnoresTransformations) {
            screenTransforms.insert(item, item->transform());
            item->setTransform(item->transform() * QTransform::fromScale(scale, scale));
        }
    const QRectF source = m_bounds.adjusted(
        -m_bounds.width() * 0.02, -m_bounds.height() * 0.02, m_bounds.width() * 0.02, m_bounds.height() * 0.02);
    scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source, Qt::KeepAspectRatio);
    for (auto it = screenTransforms.cbegin(); it != screenTransforms.cend(); ++it)
        it.key()->setTransform(it.value());
    for (auto it = wasVisible.cbegin(); it != wasVisible.cend(); ++it)
        it.key()->setVisible(it.value());
    drawLegend(&painter, QRectF(QPointF(0, 0), QSizeF(size)), scale);
    painter.end();
    return image;
}

Status ComuniMapWidget::exportPng(const QString &path) const
{
    const QImage image = renderToImage(QSize(1800, 1500));
    QByteArray png;
    QBuffer buffer(&png);
    if (!buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG"))
        return Error(QStringLiteral("file.cannot_write"), { path, QString() });
    return writeWholeFile(path, png);
}

QImage ComuniMapWidget::renderForReport(const QSqlDatabase &db, const QSize &size,
    std::function<void(ComuniMapWidget &)> colour)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!qobject_cast<QApplication *>(app))
        return {}; // no widgets without a QApplication
    auto outlines = readOutlines(db);
    if (!outlines)
        return {};
    auto draw = [outlines = *outlines, size, colour = std::move(colour)] {
        ComuniMapWidget map;
        map.resize(size / 2);
        if (!map.load(outlines))
            return QImage();
        colour(map);
        return map.renderToImage(size);
    };
    if (QThread::currentThread() != app->thread())
        // A report built on a worker: the outlines read here, the widget
        // drawn on the GUI thread when the document arrives.
        return DeferredImages::defer(std::move(draw));
    return draw();
}

} // namespace core

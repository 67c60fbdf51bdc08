#pragma once

#include "core/domain/result.h"
#include "core/reference/comunerepository.h"

#include <QGraphicsView>
#include <QColor>
#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class QGraphicsPathItem;
class QGraphicsSimpleTextItem;

namespace core {

class BackgroundReader;

// The offline map of the 133 comuni of the metropolitan city, drawn from
// the polygons in the database (no network tiles), with the Idroscalo
// marked. Zoom with the wheel or the +/- keys, pan by dragging; hovering
// and clicking a comune emit signals and show its name and value.
// Other modules colour it with their data (setValues) and embed it in
// reports (renderToImage). GUI thread only.
class ComuniMapWidget : public QGraphicsView {
    Q_OBJECT
public:
    explicit ComuniMapWidget(QWidget *parent = nullptr);

    // What the map draws, as read from the database: constant-size rows
    // (the 133 comuni, their outlines, the Idroscalo), read on a worker's
    // connection or on the GUI thread's.
    struct Outlines {
        QList<Comune> comuni;
        QHash<int, QByteArray> geometries;
        std::optional<ReferencePoint> idroscalo;
    };
    static Result<Outlines> readOutlines(const QSqlDatabase &db);
    // Reads polygons, names and the Idroscalo from the database.
    Status load(const QSqlDatabase &db);
    // The same from rows already read (no SQL).
    Status load(const Outlines &outlines);
    // Parses the outlines' polygons into the process's cache (any thread;
    // a worker does it after readOutlines, so that load() only builds the
    // scene).
    static void parseOutlines(const Outlines &outlines);
    // A map for a report, `size` pixels: the outlines read on db's thread,
    // the map coloured by `colour` and drawn on the GUI thread (deferred
    // until the document arrives when the report is built on a worker,
    // core/reporting/deferredimages.h). Empty without a QApplication or
    // outlines: the report goes without its map.
    static QImage renderForReport(const QSqlDatabase &db, const QSize &size,
        std::function<void(ComuniMapWidget &)> colour);
    // Reads and parses the outlines on `reader`'s worker (its own
    // connection to `databasePath`), then loads them here: the map says
    // it is loading meanwhile and isLoading() is true; an answer to an
    // earlier call is dropped. `done` (optional) runs after the load, with
    // its status. Values and categories set meanwhile are drawn when
    // the outlines arrive.
    void loadInBackground(BackgroundReader *reader, const QString &databasePath,
        std::function<void(const Status &)> done = {});
    bool isLoading() const { return m_loadsAsked != m_loadsDone; }
    int comuneCount() const { return int(m_items.size()); }
    QString comuneName(int comuneId) const { return m_names.value(comuneId); }

    // Colours each comune by its value in five classes (quantiles of the
    // values above zero); comuni without a value stay neutral. `format`
    // writes a value for the legend and the tooltip.
    void setValues(
        const QHash<int, double> &values, const QString &legendTitle, std::function<QString(double)> format = {});
    double value(int comuneId) const { return m_values.value(comuneId); }
    // The colour class (0..5, 0 = no value) a comune is drawn in.
    int colourClass(int comuneId) const;
    QList<double> classBreaks() const { return m_breaks; }

    // Colours each comune by a category instead (a plan's state): the index
    // into `categories` (colour and legend text, in legend order); comuni
    // without one stay neutral. setValues() goes back to classes.
    struct Category {
        QColor colour;
        QString label;
    };
    void setCategories(const QHash<int, int> &categoryOf, const QList<Category> &categories, const QString &legendTitle);
    // The comune's category, -1 when none (or the map shows values).
    int category(int comuneId) const { return m_categorical ? m_categoryOf.value(comuneId, -1) : -1; }

    void setSelectedComune(int comuneId);
    int selectedComune() const { return m_selected; }
    // Centre of a comune in viewport coordinates (tests and tours).
    QPoint viewportPointOf(int comuneId) const;

    // The whole map with its legend, for reports and PNG export.
    QImage renderToImage(const QSize &size) const;
    Status exportPng(const QString &path) const;

public slots:
    void zoomIn();
    void zoomOut();
    void fitAll();

signals:
    void comuneHovered(int comuneId); // 0 when the pointer leaves the comuni
    void comuneClicked(int comuneId);
    void comuneActivated(int comuneId); // double click

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    int comuneAt(const QPoint &viewportPos) const;
    void setHovered(int comuneId);
    void restyle(int comuneId);
    QColor fillFor(int comuneId) const;
    void updateLabels();
    // scale > 1 for pictures larger than the screen (printed reports), so
    // that the legend stays readable once the picture is shrunk onto paper.
    void drawLegend(QPainter *painter, const QRectF &area, double scale = 1.0) const;
    QString formatValue(double v) const;

    QHash<int, QGraphicsPathItem *> m_items;
    QHash<int, QGraphicsSimpleTextItem *> m_labels;
    QHash<int, QString> m_names;
    QHash<int, double> m_values;
    QList<double> m_breaks; // upper bounds of the classes but the last (mapclasses.h)
    bool m_hasPositive = false; // some comune has a value: at least one class
    QString m_legendTitle;
    bool m_categorical = false;
    QHash<int, int> m_categoryOf;
    QList<Category> m_categories;
    std::function<QString(double)> m_format;
    QRectF m_bounds;
    int m_hovered = 0;
    int m_selected = 0;
    bool m_userZoomed = false;
    QPoint m_pressPos;
    int m_loadsAsked = 0;
    int m_loadsDone = 0;
};

} // namespace core

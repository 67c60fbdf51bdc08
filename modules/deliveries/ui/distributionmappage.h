#pragma once

#include "deliveries/domain/distributionqueries.h"

#include "core/domain/result.h"
#include "core/reporting/reportdocument.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace core {
class BackgroundReader;
class DateField;
class ComuniMapWidget;
struct AppContext;
} // namespace core

namespace deliveries {

// The distribution map: the comuni coloured by what they received in a
// period (kg, or number of deliveries; food, DPI and kits, or everything),
// with the legend. Hovering a comune shows its figures; clicking it lists
// its deliveries, which open in the Deliveries page. Exports the map as PNG
// and prints the report by comune with the map. The figures are read on a
// worker (core::BackgroundReader): the page shows at once and colours the
// map when they arrive (the latest period asked wins).
class DistributionMapPage : public QWidget {
    Q_OBJECT
public:
    enum class Measure { Kg, Deliveries };
    DistributionMapPage(core::AppContext &context, QWidget *parent = nullptr);

    void setPeriod(const QDate &from, const QDate &to);
    void setMeasure(Measure measure);
    void setGoods(GoodsFilter goods);
    // Reads the figures of the period on the worker, then colours the map.
    void recolour();
    // Figures asked for have not arrived yet (tests).
    bool isReading() const { return m_reading; }
    // Selects a comune (a click on the map) and lists its deliveries of
    // the period, read on the worker: "reading" meanwhile.
    void selectComune(int comuneId);
    // The selected comune's deliveries asked for have not arrived (tests).
    bool isReadingComune() const { return m_readingComune; }
    QLabel *comuneDeliveriesNote() const { return m_deliveriesNote; }
    // Builds the report by comune of the period, with the map, on the
    // worker ("Print the report..." says it prepares it and takes no second
    // click meanwhile); `done` gets it on the GUI thread. False when one is
    // on its way.
    bool prepareReport(std::function<void(const core::Result<core::ReportDocument> &)> done);
    bool isPreparingReport() const { return m_preparingReport; }
    QPushButton *printButton() const { return m_print; }

    core::ComuniMapWidget *map() const { return m_map; }
    QLabel *totalsLabel() const { return m_totals; }
    QLabel *comuneLabel() const { return m_comune; }
    QTableWidget *comuneDeliveries() const { return m_deliveries; }
    const QList<ComuneDistribution> &figures() const { return m_figures; }
    int selectedComune() const { return m_selected; }

signals:
    void openComuneDeliveries(int comuneId, const QDate &from, const QDate &to);
    void openDelivery(qint64 deliveryId);

private:
    void showFigures(const QList<ComuneDistribution> &figures, GoodsFilter goods, bool kg);
    void showComune(int comuneId);
    void readComuneDeliveries();
    void showComuneDeliveries(const QList<DeliverySummary> &list);
    void exportPng();
    void printReport();

    core::AppContext &m_context;
    core::DateField *m_from = nullptr;
    core::DateField *m_to = nullptr;
    QComboBox *m_measure = nullptr;
    QComboBox *m_goods = nullptr;
    core::ComuniMapWidget *m_map = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_comune = nullptr;
    QTableWidget *m_deliveries = nullptr;
    QLabel *m_deliveriesNote = nullptr; // "reading...", or why the list is empty
    QList<ComuneDistribution> m_figures;
    QHash<int, int> m_index; // comune id -> row in m_figures
    int m_selected = 0;
    core::BackgroundReader *m_reader = nullptr;
    core::BackgroundReader *m_reportReader = nullptr; // the report's build, apart from the figures' reads
    QPushButton *m_print = nullptr;
    bool m_preparingReport = false;
    int m_read = 0; // the latest read asked: older answers are dropped
    bool m_reading = false;
    int m_comuneRead = 0; // the latest comune's list asked: older answers are dropped
    bool m_readingComune = false;
};

} // namespace deliveries

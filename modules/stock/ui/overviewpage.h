#pragma once

#include "stock/domain/stockqueries.h"

#include <QDate>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace core {
class BackgroundReader;
class DateField;
struct AppContext;
class CommandStack;
}

namespace stock {

// The first page of the Magazzino: stock by category in kg with a chart
// (at any date), and the alerts: lots expiring within the warning days,
// expired lots waiting for a write-off, items under their minimum level.
class OverviewPage : public QWidget {
    Q_OBJECT
public:
    OverviewPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent = nullptr);

    void refresh();
    QTableWidget *categoryTable() const { return m_categories; }
    QTableWidget *expiringTable() const { return m_expiring; }
    QTableWidget *shortageTable() const { return m_shortages; }
    QChart *chart() const { return m_chart; }
    QLabel *totalsLabel() const { return m_totals; }
    QLabel *alertSummary() const { return m_alertSummary; }
    // The stock by category and the alerts are read on a worker (the
    // movement ledger and every lot), "reading" meanwhile; true until both
    // have arrived (tests).
    bool isReading() const { return m_categoriesRead != m_categoriesShown || m_alertsRead != m_alertsShown; }

signals:
    void writeOffRequested(qint64 lotId, qint64 locationId);

private:
    // What the alerts show, read together on the worker.
    struct Alerts {
        int days = 0;
        bool daysRead = false;
        core::Result<QList<LotPosition>> lots { QList<LotPosition>() };
        core::Result<QList<ItemShortage>> shortages { QList<ItemShortage>() };
        core::Result<int> overdrawn { 0 };
    };
    void refreshCategories();
    void showCategories(const core::Result<QList<CategoryStock>> &rows, const QDate &at);
    void refreshAlerts();
    void showAlerts(const Alerts &alerts);
    void warningDaysChanged(int days);

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    core::DateField *m_at = nullptr;
    QTableWidget *m_categories = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QLabel *m_totals = nullptr;
    QSpinBox *m_warningDays = nullptr;
    QTableWidget *m_expiring = nullptr;
    QTableWidget *m_shortages = nullptr;
    QLabel *m_alertSummary = nullptr;
    core::BackgroundReader *m_reader = nullptr;
    // The latest read asked and the latest shown: an older answer is dropped.
    int m_categoriesRead = 0, m_categoriesShown = 0;
    int m_alertsRead = 0, m_alertsShown = 0;
};

} // namespace stock

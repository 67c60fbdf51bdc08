#pragma once

#include <QDate>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace core {
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

signals:
    void writeOffRequested(qint64 lotId, qint64 locationId);

private:
    void refreshCategories();
    void refreshAlerts();
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
};

} // namespace stock

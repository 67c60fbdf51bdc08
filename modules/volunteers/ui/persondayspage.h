#pragma once

#include "core/reporting/reportcatalog.h"
#include "volunteers/ui/tabpage.h"

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace core {
class BackgroundReader;
class DateField;
}

namespace volunteers {

// Giornate/persona for any period, by month (bar chart), service,
// organisation or comune, counted from the ledger; with the two published
// periods one click away, and print preview, PDF and CSV of the same
// report the command line produces, built on a worker. GUI thread.
class PersonDaysPage : public TabPage {
    Q_OBJECT
public:
    PersonDaysPage(core::AppContext &context, QWidget *parent);
    void tablesChanged(const QStringList &tables) override;
    // Builds the figures again on a worker (core::BackgroundReader); the
    // table and the chart follow when they arrive (the latest asked wins).
    void refresh();
    // A read asked for has not arrived (tests).
    bool isLoading() const { return m_loading; }
    bool isPreparingReport() const { return m_preparingReport; }
    void setPeriod(const QDate &from, const QDate &to);
    void setGrouping(const QString &by);

    // For tests.
    QTableWidget *table() const { return m_table; }
    QChartView *chartView() const { return m_chart; }
    QLabel *totalLabel() const { return m_total; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    core::ReportRequest request() const;
    void act(void (*action)(QWidget *, const core::ReportDocument &));
    void showDocument(const core::Result<core::ReportDocument> &doc);

    core::DateField *m_from = nullptr;
    core::DateField *m_to = nullptr;
    QComboBox *m_by = nullptr;
    QChartView *m_chart = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_total = nullptr;
    bool m_stale = true;
    core::BackgroundReader *m_reader = nullptr;
    QList<QPushButton *> m_outputs; // print, PDF, CSV, Excel: disabled while one is prepared
    int m_read = 0; // the latest read asked: older answers are dropped
    bool m_loading = false;
    bool m_preparingReport = false;
};

} // namespace volunteers

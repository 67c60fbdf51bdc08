#pragma once

#include "core/reporting/reportcatalog.h"
#include "volunteers/ui/tabpage.h"

class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;

namespace core {
class DateField;
}

namespace volunteers {

// Giornate/persona for any period, by month (bar chart), service,
// organisation or comune, counted from the ledger; with the two published
// periods one click away, and print preview, PDF and CSV of the same
// report the command line produces. GUI thread.
class PersonDaysPage : public TabPage {
    Q_OBJECT
public:
    PersonDaysPage(core::AppContext &context, QWidget *parent);
    void tablesChanged(const QStringList &tables) override;
    void refresh();
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

    core::DateField *m_from = nullptr;
    core::DateField *m_to = nullptr;
    QComboBox *m_by = nullptr;
    QChartView *m_chart = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_total = nullptr;
    bool m_stale = true;
};

} // namespace volunteers

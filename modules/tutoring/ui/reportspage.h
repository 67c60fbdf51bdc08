#pragma once

#include "core/reporting/reportcatalog.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;

class QChartView;

namespace core {
class DateField;
struct AppContext;
}

namespace tutoring {

// The "Reports" page: the figures of the service computed from the
// records (hours booked, of which BES, given; pupils; assistants and the
// course), booked vs given by week on a chart, and the module's reports to
// preview, print, save as PDF or CSV; the PCTO statement of one school.
class ReportsPage : public QWidget {
    Q_OBJECT
public:
    explicit ReportsPage(core::AppContext &context, QWidget *parent = nullptr);

    void refresh();
    void showPctoStatement(int schoolId);
    core::ReportRequest request() const;
    QString figureText(const QString &key) const;

private:
    void run(const QString &reportName, int action);

    core::AppContext &m_context;
    QCheckBox *m_usePeriod = nullptr;
    core::DateField *m_from = nullptr;
    core::DateField *m_to = nullptr;
    QGridLayout *m_figures = nullptr;
    QHash<QString, QLabel *> m_values;
    QChartView *m_chart = nullptr;
    QComboBox *m_school = nullptr;
};

} // namespace tutoring

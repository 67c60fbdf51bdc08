#pragma once

#include "core/domain/error.h"
#include "core/reporting/reportcatalog.h"
#include "tutoring/domain/tutoringfigures.h"

#include <optional>

#include <QThread>
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

class BackgroundReader;

// What the page shows: the figures and the weekly report behind its chart,
// or why they could not be read.
struct ReportsData {
    TutoringFigures figures;
    std::optional<core::ReportDocument> weeks;
    std::optional<core::Error> error;
    Qt::HANDLE thread = nullptr; // where the SQL ran (tests)

    // Reads them on the connection given, in the calling thread.
    static ReportsData read(const QSqlDatabase &db, const core::ReportRequest &request);
};

// The "Reports" page: the figures of the service computed from the
// records (hours booked, of which BES, given; pupils; assistants and the
// course), booked vs given by week on a chart, and the module's reports to
// preview, print, save as PDF or CSV; the PCTO statement of one school.
class ReportsPage : public QWidget {
    Q_OBJECT
public:
    explicit ReportsPage(core::AppContext &context, QWidget *parent = nullptr);

    // Asks for the figures and the chart again; they are read on a worker
    // thread and shown when they arrive (isLoading() until then).
    void refresh();
    bool isLoading() const;
    // The thread that read the figures shown (tests).
    Qt::HANDLE loadedOn() const { return m_loadedOn; }
    void showPctoStatement(int schoolId);
    core::ReportRequest request() const;
    QString figureText(const QString &key) const;
    // The bars of the weekly chart (tests).
    int chartSeriesCount() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void run(const QString &reportName, int action);
    void showData(const ReportsData &data);
    void buildChart();

    core::AppContext &m_context;
    QCheckBox *m_usePeriod = nullptr;
    core::DateField *m_from = nullptr;
    core::DateField *m_to = nullptr;
    QGridLayout *m_figures = nullptr;
    QHash<QString, QLabel *> m_values;
    QChartView *m_chart = nullptr;
    QComboBox *m_school = nullptr;
    BackgroundReader *m_reader = nullptr;
    Qt::HANDLE m_loadedOn = nullptr;
    std::optional<core::ReportDocument> m_weeks; // for the chart, built when shown
    bool m_chartStale = false;
};

} // namespace tutoring

#pragma once

#include "core/reporting/reportcatalog.h"
#include "volunteers/domain/limitmonitor.h"
#include "volunteers/ui/tabpage.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace core {
class BackgroundReader;
class DateField;
}

namespace volunteers {

// Volunteers beyond the art. 39 limits (consecutive days, days in the
// year, by event type), with the days that exceed: what must be looked at
// before attestati are issued. Computed from the ledger when the page is
// shown or the period changes, on a worker (core::BackgroundReader: the
// summary says it reads meanwhile; the latest asked wins), and printed
// from a worker too. GUI thread.
class LimitsPage : public TabPage {
    Q_OBJECT
public:
    LimitsPage(core::AppContext &context, QWidget *parent);
    void tablesChanged(const QStringList &tables) override;
    // Reads the list again on the worker; the rows follow when it arrives.
    void refresh();
    // A read asked for has not arrived (tests).
    bool isLoading() const { return m_loading; }
    bool isPreparingReport() const { return m_preparingReport; }

    // For tests.
    QTableWidget *table() const { return m_table; }
    QTableWidget *daysTable() const { return m_days; }
    QLabel *summaryLabel() const { return m_summary; }

signals:
    void volunteerActivated(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSelected();
    core::ReportRequest request() const;
    void showList(const core::Result<QList<VolunteerOverLimit>> &list);
    void report(void (*action)(QWidget *, const core::ReportDocument &));

    QCheckBox *m_period = nullptr;
    core::DateField *m_from = nullptr;
    core::DateField *m_to = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QTableWidget *m_days = nullptr;
    QList<VolunteerOverLimit> m_list;
    bool m_stale = true;
    core::BackgroundReader *m_reader = nullptr;
    QList<QPushButton *> m_printButtons;
    int m_read = 0; // the latest read asked: older answers are dropped
    bool m_loading = false;
    bool m_preparingReport = false;
};

} // namespace volunteers

#pragma once

#include "core/reporting/reportcatalog.h"
#include "volunteers/domain/limitmonitor.h"
#include "volunteers/ui/tabpage.h"

class QCheckBox;
class QLabel;
class QTableWidget;

namespace core {
class DateField;
}

namespace volunteers {

// Volunteers beyond the art. 39 limits (consecutive days, days in the
// year, by event type), with the days that exceed: what must be looked at
// before attestati are issued. Computed from the ledger when the page is
// shown or the period changes. GUI thread.
class LimitsPage : public TabPage {
    Q_OBJECT
public:
    LimitsPage(core::AppContext &context, QWidget *parent);
    void tablesChanged(const QStringList &tables) override;
    void refresh();

    // For tests.
    QTableWidget *table() const { return m_table; }
    QTableWidget *daysTable() const { return m_days; }

signals:
    void volunteerActivated(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSelected();
    core::ReportRequest request() const;

    QCheckBox *m_period = nullptr;
    core::DateField *m_from = nullptr;
    core::DateField *m_to = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QTableWidget *m_days = nullptr;
    QList<VolunteerOverLimit> m_list;
    bool m_stale = true;
};

} // namespace volunteers

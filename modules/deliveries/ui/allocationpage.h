#pragma once

#include "deliveries/domain/allocationservice.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;

namespace core {
class BackgroundReader;
class DateField;
struct AppContext;
class CommandStack;
class FormattedSqlModel;
} // namespace core

namespace deliveries {

class AllocationModel;
// The equitable allocation: the requests waiting on a day, grouped by kind
// of goods; for each, what the warehouse holds, what is already promised and
// what to share (editable), and every request's share, fill rate and why.
// A share may be changed by hand with a reason. Confirming records the
// allocation; the deliveries can then be planned from it. Below, the
// allocations already made (print, plan their deliveries).
class AllocationPage : public QWidget {
    Q_OBJECT
public:
    AllocationPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent = nullptr);

    // Calculates the shares for the day (every waiting request) on the
    // page's worker (core::BackgroundReader): the pools arrive with
    // calculated(). False when a calculation is already running (a second
    // click on "Calcola" does not start another).
    bool calculate();
    // A calculation asked for has not arrived yet (tests).
    bool isCalculating() const { return m_calculating; }
    QPushButton *calculateButton() const { return m_calculateButton; }
    bool hasPlan() const { return m_hasPlan; }
    const AllocationPlan &plan() const { return m_plan; }
    QListWidget *poolList() const { return m_pools; }
    QTableView *sharesView() const { return m_shares; }
    AllocationModel *sharesModel() const { return m_model; }
    QSpinBox *availableSpin() const { return m_available; }
    core::DateField *dateEdit() const { return m_date; }
    QComboBox *weightingCombo() const { return m_weighting; }
    core::FormattedSqlModel *historyModel() const { return m_history; }
    // Sets the units to share in the current pool and shares again.
    bool setAvailable(qint64 units);
    bool overrideShare(int line, qint64 units, const QString &reason);
    // Records the plan; returns the allocation id (0: refused, message shown).
    qint64 confirm(bool askToPlanDeliveries = true);
    // Counts the requests waiting on the day, on a worker
    // (core::BackgroundReader); the label says so when they arrive.
    void refreshWaiting();
    // A count asked for has not arrived yet (tests).
    bool isReadingWaiting() const { return m_readingWaiting; }
    QLabel *waitingLabel() const { return m_waiting; }

signals:
    void deliveriesPlanned();
    // A calculation arrived: the plan is shown (ok) or why not.
    void calculated(bool ok);

private:
    void showPlan(const core::Result<AllocationPlan> &plan);
    void showPool(int index);
    void updateSummary();
    void overrideSelected();
    void planDeliveries(qint64 allocationId);
    void printAllocation(qint64 allocationId);

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    AllocationPlan m_plan;
    bool m_hasPlan = false;
    core::DateField *m_date = nullptr;
    QComboBox *m_weighting = nullptr;
    QComboBox *m_unmet = nullptr;
    QLabel *m_waiting = nullptr;
    QListWidget *m_pools = nullptr;
    QLabel *m_poolFacts = nullptr;
    QSpinBox *m_available = nullptr;
    QTableView *m_shares = nullptr;
    AllocationModel *m_model = nullptr;
    QLineEdit *m_notes = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_calculateButton = nullptr;
    core::FormattedSqlModel *m_history = nullptr;
    QTableView *m_historyView = nullptr;
    core::BackgroundReader *m_reader = nullptr;
    int m_read = 0; // the latest count asked: older answers are dropped
    bool m_readingWaiting = false;
    bool m_calculating = false;
};

} // namespace deliveries

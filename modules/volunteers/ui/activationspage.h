#pragma once

#include "volunteers/ui/tabpage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace core {
class BackgroundReader;
class DateField;
class PagedSqlModel;
}

namespace volunteers {

// Activations: the events, and the ledger of days (entries and reversals)
// filtered by event, period and volunteer. Days are entered one volunteer
// at a time (day or period) or with the roster; mistakes are reversed, never
// deleted. GUI thread.
class ActivationsPage : public TabPage {
    Q_OBJECT
public:
    ActivationsPage(core::AppContext &context, QWidget *parent);
    void tablesChanged(const QStringList &tables) override;

    // For tests.
    core::PagedSqlModel *model() const { return m_model; }
    QComboBox *eventFilter() const { return m_event; }
    QLabel *summary() const { return m_summary; }
    // The person-days total is counted on a worker ("counting" meanwhile);
    // true until it arrives (tests).
    bool isCounting() const { return m_counting; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void updateSummary();
    void showSummary();
    void updateEventInfo();
    void newEvent();
    void editEvent();
    void recordDays();
    void roster();
    void reverse();
    void services();
    void importCsv();

    core::PagedSqlModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_event = nullptr;
    QLabel *m_eventInfo = nullptr;
    QCheckBox *m_period = nullptr;
    core::DateField *m_from = nullptr;
    core::DateField *m_to = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_showReversals = nullptr;
    QLabel *m_summary = nullptr;
    bool m_summaryStale = true; // the summary, updated when shown
    bool m_totalStale = true;   // the person-days total, once per filter
    QString m_total;
    core::BackgroundReader *m_reader = nullptr; // the total's worker
    int m_totalRead = 0; // the latest total asked: an older answer is dropped
    bool m_counting = false;
    QPushButton *m_editEvent = nullptr;
    QPushButton *m_reverse = nullptr;
};

} // namespace volunteers

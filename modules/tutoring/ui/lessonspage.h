#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace core {
class DateField;
class CommandStack;
struct AppContext;
} // namespace core

namespace tutoring {

class LessonsModel;

// The "Lessons" page: the ledger of bookings with their outcome in force,
// filtered by period, subject, outcome, channel and name; recording or
// correcting the outcome of the selected lesson (never editing the
// booking), and the history of its outcome entries.
class LessonsPage : public QWidget {
    Q_OBJECT
public:
    LessonsPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent = nullptr);

    LessonsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *stateFilter() const { return m_state; }
    // Shows the lessons still waiting for an outcome.
    void showAwaitingOutcome();
    void applyFilter();

private:
    qint64 selectedBooking() const;
    void selectionChanged();
    void recordOutcome();
    void cancelBooking();

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    LessonsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QCheckBox *m_usePeriod = nullptr;
    core::DateField *m_from = nullptr;
    core::DateField *m_to = nullptr;
    QComboBox *m_subject = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_outcome = nullptr;
    QPushButton *m_cancel = nullptr;
    QTreeWidget *m_history = nullptr;
};

} // namespace tutoring

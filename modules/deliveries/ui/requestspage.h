#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace core {
class DateField;
struct AppContext;
class CommandStack;
class FormattedSqlModel;
} // namespace core

namespace deliveries {

// The requests: newest first over a paged model, filtered by period (day
// asked), state and text (number, recipient, comune); the selected one's
// goods and story below. New requests by hand or from the platform's file;
// a request not yet delivered can be cancelled with its reason.
class RequestsPage : public QWidget {
    Q_OBJECT
public:
    RequestsPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent = nullptr);

    core::FormattedSqlModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *statusFilter() const { return m_status; }
    core::DateField *fromDate() const { return m_from; }
    QLineEdit *searchField() const { return m_search; }
    qint64 selectedId() const;
    void applyFilter();
    void showEverything();
    // Selects a request, widening the filters when it is outside them.
    bool select(qint64 requestId);

signals:
    void newRequested();
    void importRequested();

private:
    void cancelSelected();
    void showSelected();

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    core::FormattedSqlModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    core::DateField *m_from = nullptr;
    core::DateField *m_to = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace deliveries

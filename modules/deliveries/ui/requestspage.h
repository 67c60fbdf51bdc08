#pragma once

#include "deliveries/domain/deliverytypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace core {
class BackgroundReader;
class DateField;
struct AppContext;
class CommandStack;
class FormattedSqlModel;
} // namespace core

namespace deliveries {

// The requests: newest first over a paged model, filtered by period (day
// asked), state and text (number, recipient, comune); the selected one's
// goods and story below (read on a worker). New requests by hand or from the platform's file;
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
    // Selects a request, widening the filters when it is outside them:
    // found on the list's worker, selected when it arrives
    // (model()->isLocating() until then). True: being looked for.
    bool select(qint64 requestId);
    // The selected request's goods and story are read on a worker
    // ("Reading the request..." meanwhile); true until they arrive (tests).
    bool isReadingDetail() const { return m_readingDetail; }
    QLabel *detailLabel() const { return m_detail; }

signals:
    void newRequested();
    void importRequested();

private:
    void cancelSelected();
    void showSelected();
    void showRequest(const Request &request, const QString &carriedFrom);

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
    core::BackgroundReader *m_reader = nullptr;
    int m_detailRead = 0; // the latest detail asked: older answers are dropped
    bool m_readingDetail = false;
};

} // namespace deliveries

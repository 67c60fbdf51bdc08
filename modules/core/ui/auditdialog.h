#pragma once

#include "core/domain/result.h"
#include "core/reporting/reportdocument.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace core {
class BackgroundReader;
class DateField;

struct AppContext;
class PagedSqlModel;

// The audit view (coordinators and administrators): who changed what and
// when, from the change log, filtered by operator, table and period; and
// the sign-ins, refusals and key changes. Both lists page through SQL
// (years of log stay instant) and print, or save as PDF or CSV, exactly
// what the filters show (AuditReports).
class AuditDialog : public QDialog {
    Q_OBJECT
public:
    explicit AuditDialog(const AppContext &context, QWidget *parent = nullptr);

    PagedSqlModel *changesModel() const { return m_changes; }
    PagedSqlModel *eventsModel() const { return m_events; }
    void setOperatorFilter(const QString &username);
    void setTableFilter(const QString &table);
    // The printed register of the page on top (changes or sign-ins) with
    // the filters shown, built on a worker (the change log grows with the
    // database): "Preparing the report..." and the print buttons disabled
    // meanwhile; `done` gets the document on the GUI thread. False (and
    // nothing asked) while one is being prepared. Closed meanwhile, the
    // dialog does not wait: its reader finishes alone.
    bool prepareReport(std::function<void(const Result<ReportDocument> &)> done);
    bool isPreparingReport() const { return m_preparing; }

private:
    void applyFilters();
    void print(int action);

    const AppContext &m_context;
    QTabWidget *m_pages = nullptr;
    QComboBox *m_operator = nullptr;
    QComboBox *m_table = nullptr;
    QComboBox *m_kind = nullptr;
    core::DateField *m_from = nullptr;
    core::DateField *m_to = nullptr;
    QLabel *m_count = nullptr;
    PagedSqlModel *m_changes = nullptr;
    PagedSqlModel *m_events = nullptr;
    QList<QPushButton *> m_printButtons;
    BackgroundReader *m_reader = nullptr;
    bool m_preparing = false;
};

} // namespace core

#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;

namespace core {
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
};

} // namespace core

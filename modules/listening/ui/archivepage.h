#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace core {
class DateField;
struct AppContext;
class PagedSqlModel;
} // namespace core

namespace listening {

class RequestPanel;

// Closed requests, for years: a paged list (no names in it) filtered by
// the period they were received and how they ended; the selected one is
// shown whole in a panel, with callers' data for entitled roles.
class ArchivePage : public QWidget {
    Q_OBJECT
public:
    ArchivePage(core::AppContext &context, QWidget *parent = nullptr);
    core::PagedSqlModel *model() const { return m_model; }

private:
    void applyFilter();
    void showSelected();

    core::AppContext &m_context;
    core::PagedSqlModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    RequestPanel *m_panel = nullptr;
    core::DateField *m_from = nullptr;
    core::DateField *m_to = nullptr;
    QComboBox *m_disposition = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace listening

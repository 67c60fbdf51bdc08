#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace core {
class DateField;
struct AppContext;
class CommandStack;
class FormattedSqlModel;
} // namespace core

namespace stock {

// The movement ledger: every row of stock_movement, newest first, over a
// paged model (years of rows stay instant), filtered by period, category,
// item, donor, kind and location; sorted by date or kind (indexed). A
// selected movement, or its whole operation, can be corrected with a
// reversing movement.
class LedgerPage : public QWidget {
    Q_OBJECT
public:
    LedgerPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent = nullptr);

    void reloadChoices();
    core::FormattedSqlModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *categoryFilter() const { return m_category; }
    QComboBox *kindFilter() const { return m_kind; }
    core::DateField *fromDate() const { return m_from; }
    core::DateField *toDate() const { return m_to; }
    void applyFilter();

private:
    void reverseSelected(bool wholeOperation);
    void updateCount();

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    core::FormattedSqlModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    core::DateField *m_from = nullptr;
    core::DateField *m_to = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_item = nullptr;
    QComboBox *m_donor = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_location = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace stock

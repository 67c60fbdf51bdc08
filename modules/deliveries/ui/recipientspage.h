#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace core {
struct AppContext;
class CommandStack;
class FormattedSqlModel;
} // namespace core

namespace deliveries {

// The recipients: the COC of every comune (contacts from the Comuni tab)
// and the health recipients (ATS hubs, RSA, GPs, paediatricians,
// hospitals, others), filtered by type and text; new ones and changes
// through RecipientDialog.
class RecipientsPage : public QWidget {
    Q_OBJECT
public:
    RecipientsPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent = nullptr);

    core::FormattedSqlModel *model() const { return m_model; }
    QComboBox *kindFilter() const { return m_kind; }
    QLineEdit *searchField() const { return m_search; }
    void applyFilter();

private:
    void edit(qint64 id);

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    core::FormattedSqlModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_inactive = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_missing = nullptr;
};

} // namespace deliveries

#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace core {
struct AppContext;
class CommandStack;
class FormattedSqlModel;
}

namespace fleet {

// The durable equipment (tents, generators, pumps...): a list with the
// organisation holding each piece on loan, loans out and back, and the
// loans ledger. GUI thread.
class EquipmentPage : public QWidget {
    Q_OBJECT
public:
    EquipmentPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent);
    void tablesChanged(const QStringList &tables);

    core::FormattedSqlModel *model() const { return m_model; }
    core::FormattedSqlModel *loansModel() const { return m_loans; }
    QTableView *table() const { return m_table; }
    // Selects the piece, clearing the filters first when they hide it;
    // false when it is not in the list (withdrawn).
    bool selectEquipment(qint64 id);

private:
    void applyFilter();
    void currentChanged();
    void addEquipment();
    void editEquipment();
    void lend();
    void giveBack();

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    core::FormattedSqlModel *m_model = nullptr;
    core::FormattedSqlModel *m_loans = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_loansTable = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_type = nullptr;
    QCheckBox *m_onLoan = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_lend = nullptr;
    QPushButton *m_back = nullptr;
    qint64 m_selected = 0;
};

} // namespace fleet

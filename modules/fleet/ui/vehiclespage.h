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

// The vehicles: a list with their deadlines (red: overdue, amber: due
// within 30 days), filters, and the maintenance log of the selected one.
// New, edit and maintenance go through the tab's command stack. GUI thread.
class VehiclesPage : public QWidget {
    Q_OBJECT
public:
    VehiclesPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent);
    void tablesChanged(const QStringList &tables);

    // For tests.
    core::FormattedSqlModel *model() const { return m_model; }
    core::FormattedSqlModel *logModel() const { return m_log; }
    QTableView *table() const { return m_table; }
    QCheckBox *dueOnly() const { return m_dueOnly; }
    // Selects the vehicle, clearing the filters first when they hide it;
    // false when it is not in the list (withdrawn).
    bool selectVehicle(qint64 id);

private:
    void applyFilter();
    void currentChanged();
    void addVehicle();
    void editVehicle();
    void recordMaintenance();

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    core::FormattedSqlModel *m_model = nullptr;
    core::FormattedSqlModel *m_log = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_logTable = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_state = nullptr;
    QCheckBox *m_dueOnly = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_logTitle = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_maintenance = nullptr;
    qint64 m_selected = 0;
};

} // namespace fleet

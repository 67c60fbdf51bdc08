#pragma once

#include "room/domain/planimport.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace core {
struct AppContext;
class CommandStack;
class ImportAgainBox;
}

namespace room {

// Imports the states of the emergency plans from a spreadsheet saved as
// CSV (PlanImporter): the file is checked first (a dry run: its problems
// listed by line and column, the comuni understood by the matcher named as
// warnings), and only a file without errors is imported, all or nothing,
// through ImportPlanStates on the tab's command stack. GUI thread (a file
// of at most a few hundred lines).
class PlanImportDialog : public QDialog {
    Q_OBJECT
public:
    PlanImportDialog(core::AppContext &context, core::CommandStack &commands, QWidget *parent = nullptr);

    void setFile(const QString &path);
    QPushButton *importButton() const { return m_import; }
    QLabel *summary() const { return m_summary; }
    QTableWidget *problems() const { return m_problemsTable; }
    const PlanImportReport &checked() const { return m_checked; }

private:
    bool runImport();

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    QLineEdit *m_path = nullptr;
    core::ImportAgainBox *m_again = nullptr;
    QTableWidget *m_problemsTable = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_import = nullptr;
    PlanImportReport m_checked;
};

} // namespace room

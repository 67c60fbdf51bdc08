#pragma once

#include "fleet/domain/fleetimport.h"

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

namespace fleet {

// Imports the Colonna Mobile's vehicles or equipment from a spreadsheet
// saved as CSV (FleetImporter), as the room's plans import does: the file
// is checked first (a dry run) and shown before anything is written: its
// lines as read (a line with a problem in red, the problem in its tooltip)
// and every problem by line and column. Only a file without errors is
// imported, all or nothing, through ImportFleetFile on the tab's command
// stack. GUI thread (a file of at most a few hundred lines).
class FleetImportDialog : public QDialog {
    Q_OBJECT
public:
    // kind: "vehicles" or "equipment".
    FleetImportDialog(core::AppContext &context, core::CommandStack &commands, const QString &kind,
                      QWidget *parent = nullptr);

    void setFile(const QString &path); // and checks it
    bool runImport();
    QPushButton *importButton() const { return m_import; }
    QLabel *summary() const { return m_summary; }
    QTableWidget *rows() const { return m_rows; }
    QTableWidget *problems() const { return m_problems; }
    core::ImportAgainBox *againBox() const { return m_again; }
    const FleetImportReport &checked() const { return m_checked; }

    // Lines shown in the preview (the check reads them all).
    static constexpr int previewLines = 500;

private:
    void showRows(const QString &path);

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    QString m_kind;
    QLineEdit *m_path = nullptr;
    core::ImportAgainBox *m_again = nullptr;
    QTableWidget *m_rows = nullptr;
    QTableWidget *m_problems = nullptr;
    QLabel *m_rowsTitle = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_import = nullptr;
    FleetImportReport m_checked;
};

} // namespace fleet

#pragma once

#include "stock/domain/receiptimport.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace core {
struct AppContext;
class CommandStack;
class ImportAgainBox;
}

namespace stock {

// Importing receipts from a spreadsheet (CSV): choose the file, look at the
// preview (every problem with its line and column; nothing is written),
// then import everything in one transaction, or nothing.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(core::AppContext &context, core::CommandStack &commands, QWidget *parent = nullptr);

    void setFile(const QString &path); // and checks it
    QTableWidget *problemsTable() const { return m_problems; }
    QPushButton *importButton() const { return m_import; }
    core::ImportAgainBox *againBox() const { return m_again; }
    bool runImport();

private:
    void check();

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    QLineEdit *m_path = nullptr;
    QCheckBox *m_acceptExpired = nullptr;
    QTableWidget *m_problems = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_import = nullptr;
    core::ImportAgainBox *m_again = nullptr;
    ReceiptImportPlan m_plan;
};

} // namespace stock

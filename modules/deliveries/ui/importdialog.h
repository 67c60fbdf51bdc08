#pragma once

#include "deliveries/domain/deliveryimport.h"
#include "deliveries/domain/requestimport.h"

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

namespace deliveries {

// Importing a CSV file of requests (from the booking platform) or of past
// deliveries (from the spreadsheets kept until now): choose the file, look
// at the check (every problem with its line and column; nothing written),
// then import everything in one transaction, or nothing.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { Requests, Deliveries };
    ImportDialog(core::AppContext &context, core::CommandStack &commands, Kind kind, QWidget *parent = nullptr);

    void setFile(const QString &path); // and checks it
    QTableWidget *problemsTable() const { return m_problems; }
    QPushButton *importButton() const { return m_import; }
    QLabel *summaryLabel() const { return m_summary; }
    core::ImportAgainBox *againBox() const { return m_again; }
    bool runImport();

private:
    void check();
    QString kindName() const; // as in `cisiamo import KIND`

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    Kind m_kind;
    QLineEdit *m_path = nullptr;
    QTableWidget *m_problems = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_import = nullptr;
    core::ImportAgainBox *m_again = nullptr;
    bool m_canImport = false; // no errors and something new
    RequestImportPlan m_requests;
    DeliveryImportPlan m_deliveries;
};

} // namespace deliveries

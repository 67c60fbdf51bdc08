#pragma once

#include "core/reporting/reportcatalog.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;

namespace core {
class DateField;

struct AppContext;

// The Print menu's dialog: pick a report, set its period (or date, or
// grouping), then preview and print it, save it as PDF, or save its table
// as CSV. The report is built from the database when asked, never cached.
class ReportDialog : public QDialog {
    Q_OBJECT
public:
    ReportDialog(const AppContext &context, const QString &initialReport, QWidget *parent = nullptr);

    // Builds the selected report with the chosen parameters.
    Result<ReportDocument> buildSelected() const;
    // Preselects a value of the report's choice (ReportDefinition::choices)
    // when it is offered: what the tab shows (the module selected).
    void setChoice(const QString &value);
    QComboBox *choiceCombo() const { return m_choice; }

private:
    void selectionChanged();
    const ReportDefinition *selected() const;
    void run(void (*action)(QWidget *, const ReportDocument &));

    const AppContext &m_context;
    QListWidget *m_list = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QLabel *m_atLabel = nullptr;
    QLabel *m_byLabel = nullptr;
    core::DateField *m_from = nullptr;
    core::DateField *m_to = nullptr;
    core::DateField *m_at = nullptr;
    QComboBox *m_by = nullptr;
    QLabel *m_choiceLabel = nullptr;
    QComboBox *m_choice = nullptr;
    QString m_preset;
};

} // namespace core

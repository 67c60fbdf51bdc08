#pragma once

#include "core/reporting/reportcatalog.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace core {
class BackgroundReader;
class DateField;

struct AppContext;

// The Print menu's dialog: pick a report, set its period (or date, or
// grouping), then preview and print it, save it as PDF, or save its table
// as CSV. The report is built from the database when asked, never cached,
// on a worker connection (the GUI thread runs no SQL for it): the dialog
// says "Preparing the report..." and takes no other request meanwhile.
class ReportDialog : public QDialog {
    Q_OBJECT
public:
    ReportDialog(const AppContext &context, const QString &initialReport, QWidget *parent = nullptr);
    // A report still being built is not waited for: its reader finishes
    // alone and goes, the document dropped (closing the dialog never
    // freezes the window).
    ~ReportDialog() override;

    // Builds the selected report with the chosen parameters on the calling
    // thread (tests).
    Result<ReportDocument> buildSelected() const;
    // Builds it on the worker: `done` gets it on the GUI thread. False (and
    // nothing asked) while another is being built or when the request is
    // refused at once (shown then).
    bool buildInBackground(std::function<void(const Result<ReportDocument> &)> done);
    bool isBuilding() const { return m_building; }
    // Preselects a value of the report's choice (ReportDefinition::choices)
    // when it is offered: what the tab shows (the module selected).
    void setChoice(const QString &value);
    QComboBox *choiceCombo() const { return m_choice; }

private:
    void selectionChanged();
    const ReportDefinition *selected() const;
    // The request from the fields, checked (dates, permission).
    Result<ReportRequest> request(const ReportDefinition *definition) const;
    void run(void (*action)(QWidget *, const ReportDocument &));
    void setBuilding(bool building);

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
    QLabel *m_status = nullptr;
    QList<QPushButton *> m_actions;
    BackgroundReader *m_reader = nullptr;
    bool m_building = false;
};

} // namespace core

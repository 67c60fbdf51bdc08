#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace core {
struct AppContext;
class CommandStack;
class ImportAgainBox;
}

namespace volunteers {

// Imports volunteers, activations or organisations from the spreadsheets in use today
// (CSV). First a check (dry run) lists every problem with its line and
// column, in Italian, and what would change; the import is enabled only
// when the check found nothing wrong, and writes all or nothing. GUI thread.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    enum Kind { Volunteers, Activations, Organisations };
    ImportDialog(core::AppContext &context, core::CommandStack &commands, Kind kind, QWidget *parent);

    // For tests.
    void setFile(const QString &path);
    bool check();
    bool runImport();
    QListWidget *problems() const { return m_problems; }
    QLabel *summary() const { return m_summary; }
    QPushButton *importButton() const { return m_import; }
    core::ImportAgainBox *againBox() const { return m_again; }

private:
    QString kindCode() const;
    bool run(bool dryRun);
    void updateColumns();

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    QRadioButton *m_volunteers = nullptr;
    QRadioButton *m_activations = nullptr;
    QRadioButton *m_organisations = nullptr;
    QLabel *m_columns = nullptr;
    QLineEdit *m_file = nullptr;
    QListWidget *m_problems = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_import = nullptr;
    core::ImportAgainBox *m_again = nullptr;
    bool m_clean = false; // the last check found nothing wrong
};

} // namespace volunteers

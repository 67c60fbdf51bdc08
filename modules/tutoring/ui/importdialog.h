#pragma once

#include "tutoring/domain/tutoringimporter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace core {
class CommandStack;
struct AppContext;
class ImportAgainBox;
} // namespace core

namespace tutoring {

// Imports pupils, assistants or bookings from a CSV file in two steps:
// "Check" runs a dry run and lists every problem with its line and field
// (and, for bookings, the next free slots) and every comune name that was
// read as another; "Import" writes the whole file, enabled only when the
// check found nothing wrong. All or nothing.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(core::AppContext &context, core::CommandStack &commands, ImportKind kind, QWidget *parent = nullptr);

    void setFile(const QString &path);
    bool check();
    bool import();

    QTableWidget *problems() const { return m_problems; }
    QPushButton *importButton() const { return m_import; }
    QLabel *summary() const { return m_summary; }
    core::ImportAgainBox *againBox() const { return m_again; }

private:
    void chooseFile();
    void show(const core::Result<ImportReport> &report);
    ImportKind kind() const;

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_file = nullptr;
    QLabel *m_help = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_problems = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_import = nullptr;
    core::ImportAgainBox *m_again = nullptr;
    bool m_clean = false; // the last check found nothing wrong
};

} // namespace tutoring

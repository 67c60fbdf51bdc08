#include "room/ui/planimportdialog.h"

#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/errortext.h"
#include "core/ui/importagainbox.h"
#include "core/ui/importdialogframe.h"
#include "core/ui/importproblemstable.h"
#include "room/domain/plancommands.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

namespace room {

PlanImportDialog::PlanImportDialog(core::AppContext &context, core::CommandStack &commands, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
{
    setWindowTitle(tr("Import the emergency plans from a spreadsheet"));
    resize(900, 520);
    core::ImportDialogFrame frame(this, tr("Import the emergency plans"),
        tr("One line per comune. Columns (any order): comune, piano (sì/no); optional: "
           "approvazione, revisione, scadenza, portale (sì/no), rischi (separated by commas), atto, "
           "note. Dates dd/mm/yyyy. A column the file does not have keeps what is on record."),
        [this] { return m_problemsTable = core::ImportProblemsTable::create(this); },
        [this](const QString &path) { setFile(path); }, [this] { return runImport(); });
    m_path = frame.path;
    m_summary = frame.summary;
    m_again = frame.again;
    m_import = frame.import;
    connect(m_again, &QCheckBox::toggled, this,
        [this] { m_import->setEnabled(!m_path->text().isEmpty() && m_checked.ok() && m_again->allows()); });
}

void PlanImportDialog::setFile(const QString &path)
{
    m_path->setText(path);
    m_again->setFile(m_context.db, QStringLiteral("emergency-plans"), path);
    auto report = PlanImporter(m_context.db, *m_context.clock).importFile(path, true);
    m_checked = report ? *report : PlanImportReport();
    if (!report) {
        m_checked.problems.append({ report.error() });
        m_summary->setText(core::ErrorText::describe(report.error()));
    } else if (!m_checked.ok()) {
        m_summary->setText(tr("%1 Nothing can be imported until they are fixed.")
                               .arg(tr("%n error(s) in the file.", nullptr, m_checked.errorCount())));
    } else {
        m_summary->setText(tr("%1: %2, %3, %4.")
                               .arg(tr("%n line(s) checked", nullptr, m_checked.records),
                                   tr("%n new plan(s)", nullptr, m_checked.added),
                                   tr("%n changed", nullptr, m_checked.updated),
                                   tr("%n already as on record", nullptr, m_checked.unchanged))
            + (m_again->alreadyImported() ? QStringLiteral(" ") + m_again->message() : QString()));
    }
    core::ImportProblemsTable::show(m_problemsTable, m_checked.problems);
    m_import->setEnabled(m_checked.ok() && m_again->allows());
}

bool PlanImportDialog::runImport()
{
    auto command = std::make_shared<ImportPlanStates>(m_path->text(), m_again->again());
    if (auto s = m_commands.run(command); !s) {
        core::ImportProblemsTable::show(m_problemsTable, command->report().problems);
        m_summary->setText(core::ErrorText::describe(s.error()));
        m_import->setEnabled(false);
        return false;
    }
    return true;
}

} // namespace room

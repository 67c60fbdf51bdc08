#include "fleet/ui/fleetimportdialog.h"

#include "core/domain/tablefile.h"
#include "core/domain/importproblem.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/errortext.h"
#include "core/ui/importagainbox.h"
#include "core/ui/importdialogframe.h"
#include "core/ui/importproblemstable.h"
#include "fleet/domain/fleetimportcommand.h"

#include <QBrush>
#include <QColor>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMultiHash>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fleet {

FleetImportDialog::FleetImportDialog(core::AppContext &context, core::CommandStack &commands, const QString &kind,
                                     QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
    , m_kind(kind)
{
    const bool vehicles = kind == QLatin1String("vehicles");
    setWindowTitle(vehicles ? tr("Import vehicles from a spreadsheet") : tr("Import equipment from a spreadsheet"));
    resize(980, 600);
    auto makeBody = [this] {
        m_rowsTitle = new QLabel(tr("The file's lines"), this);
        m_rows = new QTableWidget(this);
        m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_rows->verticalHeader()->hide();
        m_rows->setAccessibleName(tr("The file's lines"));
        m_problems = core::ImportProblemsTable::create(this);
        auto *rowsBox = new QWidget(this);
        auto *rowsLayout = new QVBoxLayout(rowsBox);
        rowsLayout->setContentsMargins(0, 0, 0, 0);
        rowsLayout->addWidget(m_rowsTitle);
        rowsLayout->addWidget(m_rows, 1);
        auto *problemsBox = new QWidget(this);
        auto *problemsLayout = new QVBoxLayout(problemsBox);
        problemsLayout->setContentsMargins(0, 0, 0, 0);
        problemsLayout->addWidget(new QLabel(tr("Problems found"), problemsBox));
        problemsLayout->addWidget(m_problems, 1);
        auto *splitter = new QSplitter(Qt::Vertical, this);
        splitter->addWidget(rowsBox);
        splitter->addWidget(problemsBox);
        splitter->setStretchFactor(0, 3);
        splitter->setStretchFactor(1, 2);
        return splitter;
    };
    core::ImportDialogFrame frame(this, vehicles ? tr("Import vehicles") : tr("Import equipment"),
        vehicles
            ? tr("One line per vehicle. Columns (any order): targa, tipo, proprietario (Città metropolitana, CCV-MI or "
                 "an organisation); optional: modello, sede, stato, immatricolazione, revisione, assicurazione, km, "
                 "note. Dates dd/mm/yyyy. A plate already on record updates that vehicle.")
            : tr("One line per piece. Columns (any order): tipo, descrizione; optional: matricola, sede, stato, "
                 "verifica (next periodic check, dd/mm/yyyy), note. A serial number already on record updates that "
                 "piece."),
        makeBody, [this](const QString &path) { setFile(path); }, [this] { return runImport(); });
    m_path = frame.path;
    m_summary = frame.summary;
    m_again = frame.again;
    m_import = frame.import;
    connect(m_again, &QCheckBox::toggled, this,
        [this] { m_import->setEnabled(!m_path->text().isEmpty() && m_checked.ok() && m_again->allows()); });
}

void FleetImportDialog::setFile(const QString &path)
{
    m_path->setText(path);
    m_again->setFile(m_context.db, m_kind, path);
    auto report = FleetImporter(m_context.db, *m_context.clock).importFile(m_kind, path, true);
    m_checked = report ? *report : FleetImportReport();
    if (!report) {
        m_checked.errors.append(report.error());
        m_summary->setText(core::ErrorText::describe(report.error()));
    } else if (!m_checked.ok()) {
        m_summary->setText(tr("%1 Nothing can be imported until they are fixed.")
                               .arg(tr("%n error(s) in the file.", nullptr, int(m_checked.errors.size()))));
    } else {
        m_summary->setText(tr("%1: %2, %3.")
                               .arg(tr("%n line(s) checked", nullptr, m_checked.records),
                                   tr("%n to add", nullptr, m_checked.added),
                                   tr("%n to update (already on record)", nullptr, m_checked.updated))
            + (m_again->alreadyImported() ? QStringLiteral(" ") + m_again->message() : QString()));
    }
    QList<core::ImportProblem> problems;
    for (const core::Error &e : std::as_const(m_checked.errors))
        problems.append({ e, false });
    core::ImportProblemsTable::show(m_problems, problems);
    showRows(path);
    m_import->setEnabled(m_checked.ok() && m_again->allows());
}

void FleetImportDialog::showRows(const QString &path)
{
    m_rows->clear();
    m_rows->setRowCount(0);
    m_rows->setColumnCount(0);
    auto table = core::readTableFile(path);
    if (!table) {
        m_rowsTitle->setText(tr("The file's lines"));
        return;
    }
    // The problems of each line, for its colour and tooltip.
    QMultiHash<int, QString> lineProblems;
    for (const core::Error &e : std::as_const(m_checked.errors))
        if (e.where.line > 0)
            lineProblems.insert(e.where.line, core::ErrorText::describe(e));
    const int shown = int(std::min<qsizetype>(table->records.size(), previewLines));
    m_rowsTitle->setText(shown < table->records.size()
            ? tr("The file's lines: the first %1 of %2").arg(shown).arg(table->records.size())
            : tr("The file's lines (%n)", nullptr, shown));
    QStringList headers { tr("Line") };
    headers += table->header;
    m_rows->setColumnCount(int(headers.size()));
    m_rows->setHorizontalHeaderLabels(headers);
    m_rows->setRowCount(shown);
    const QBrush bad(QColor(0xfd, 0xe0, 0xe0));
    for (int i = 0; i < shown; ++i) {
        const core::CsvRecord &r = table->records.at(i);
        const QStringList problemsHere = lineProblems.values(r.line);
        const QString tip = problemsHere.join(QLatin1Char('\n'));
        QStringList cells { QString::number(r.line) };
        cells += r.fields;
        for (int c = 0; c < headers.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.value(c));
            if (!problemsHere.isEmpty()) {
                item->setBackground(bad);
                item->setToolTip(tip);
            }
            m_rows->setItem(i, c, item);
        }
    }
    m_rows->resizeColumnsToContents();
    for (int c = 0; c < m_rows->columnCount(); ++c)
        m_rows->setColumnWidth(c, std::min(m_rows->columnWidth(c), 220));
}

bool FleetImportDialog::runImport()
{
    auto command = std::make_shared<ImportFleetFile>(m_kind, m_path->text(), m_again->again());
    if (auto s = m_commands.run(command); !s) {
        QList<core::ImportProblem> problems;
        for (const core::Error &e : command->report().errors)
            problems.append({ e, false });
        core::ImportProblemsTable::show(m_problems, problems);
        m_summary->setText(core::ErrorText::describe(s.error()));
        m_import->setEnabled(false);
        return false;
    }
    return true;
}

} // namespace fleet

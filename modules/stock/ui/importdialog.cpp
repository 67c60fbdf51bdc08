#include "stock/ui/importdialog.h"

#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/errortext.h"
#include "core/ui/importagainbox.h"
#include "core/ui/importdialogframe.h"
#include "core/ui/importproblemstable.h"
#include "stock/domain/receiptcommands.h"
#include "stock/domain/stocklabels.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>

namespace stock {

ImportDialog::ImportDialog(core::AppContext &context, core::CommandStack &commands, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
{
    setWindowTitle(tr("Import receipts from a spreadsheet"));
    resize(960, 560);
    core::ImportDialogFrame frame(this, tr("Import receipts"),
        tr("Columns (Italian or English names, any order): data, donatore, articolo or codice, quantità; optional: "
           "unità (kg, g, pz, colli), categoria, lotto, scadenza, ubicazione, documento, note. Lines with the same "
           "date, donor and document become one receipt."),
        [this] {
            m_acceptExpired = new QCheckBox(
                tr("Goods already expired on arrival: receive them and write them off at once"), this);
            m_problems = core::ImportProblemsTable::create(this);
            return m_problems;
        },
        [this](const QString &path) { setFile(path); }, [this] { return runImport(); });
    m_path = frame.path;
    m_summary = frame.summary;
    m_again = frame.again;
    m_import = frame.import;
    connect(m_again, &QCheckBox::toggled, this, [this] { m_import->setEnabled(m_plan.canImport() && m_again->allows()); });
    connect(m_acceptExpired, &QCheckBox::toggled, this, &ImportDialog::check);
    frame.layout->insertWidget(2, m_acceptExpired);
}

void ImportDialog::setFile(const QString &path)
{
    m_path->setText(path);
    check();
}

void ImportDialog::check()
{
    m_problems->setRowCount(0);
    m_import->setEnabled(false);
    if (m_path->text().isEmpty())
        return;
    ReceiptImportOptions options;
    options.acceptExpired = m_acceptExpired->isChecked();
    auto plan = ReceiptImporter(m_context.db, *m_context.clock).planFile(m_path->text(), options);
    if (!plan) {
        m_summary->setText(core::ErrorText::describe(plan.error()));
        return;
    }
    m_plan = *plan;
    core::ImportProblemsTable::show(m_problems, m_plan.problems);
    m_again->setFile(m_context.db, QStringLiteral("receipts"), m_path->text());
    const QString totals = tr("%1: %2 in %3, %4.")
                               .arg(QFileInfo(m_path->text()).fileName(), tr("%Ln line(s)", nullptr, m_plan.lineCount),
                                    tr("%Ln receipt(s)", nullptr, int(m_plan.receipts.size())),
                                    StockLabels::quantity(m_plan.grams, Unit::Grams));
    if (m_plan.errorCount() > 0)
        m_summary->setText(totals + QLatin1Char(' ')
            + tr("%Ln error(s): correct the file and choose it again; nothing will be imported.", nullptr,
                m_plan.errorCount()));
    else
        m_summary->setText(totals + QLatin1Char(' ') + tr("No errors: it can be imported.")
            + (m_plan.newDonors.isEmpty()
                    ? QString()
                    : QLatin1Char(' ') + tr("New donors: %1.").arg(m_plan.newDonors.join(QStringLiteral(", ")))));
    if (m_again->alreadyImported())
        m_summary->setText(m_again->message() + QLatin1Char(' ') + m_summary->text());
    m_import->setEnabled(m_plan.canImport() && m_again->allows());
}

bool ImportDialog::runImport()
{
    ReceiptImportOptions options;
    options.acceptExpired = m_acceptExpired->isChecked();
    auto command = std::make_shared<ImportReceipts>(m_plan, options, m_path->text(), m_again->again());
    if (auto s = m_commands.run(command); !s) {
        QMessageBox::warning(
            this, windowTitle(), tr("Nothing was imported.") + QLatin1Char('\n') + core::ErrorText::describe(s.error()));
        return false;
    }
    const ReceiptImportSummary *summary = &command->summary();
    QMessageBox::information(this, windowTitle(),
        tr("Imported: %1 with %2, %3: %4.")
            .arg(tr("%Ln receipt(s)", nullptr, summary->receipts), tr("%Ln line(s)", nullptr, summary->lines),
                 StockLabels::quantity(summary->grams, Unit::Grams), summary->numbers.join(QStringLiteral(", "))));
    return true;
}

} // namespace stock

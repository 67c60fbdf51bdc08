#include "deliveries/ui/importdialog.h"

#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/db/importonce.h"
#include "core/ui/errortext.h"
#include "core/ui/importagainbox.h"
#include "core/ui/importdialogframe.h"
#include "core/ui/importproblemstable.h"
#include "deliveries/domain/deliverylabels.h"
#include "deliveries/domain/importcommands.h"

#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>

namespace deliveries {

ImportDialog::ImportDialog(core::AppContext &context, core::CommandStack &commands, Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
    , m_kind(kind)
{
    const bool requests = kind == Kind::Requests;
    setWindowTitle(
        requests ? tr("Import requests from the booking platform") : tr("Import past deliveries from a spreadsheet"));
    resize(980, 580);
    core::ImportDialogFrame frame(this, windowTitle(),
        requests
            ? tr("Columns (Italian or English names, any order): data, comune or destinatario, categoria or "
                 "articolo, quantità (kg, whole); optional: unità, consegna entro, prenotazione, note. Lines "
                 "with the same booking become one request; a booking imported before is skipped.")
            : tr("Columns (Italian or English names, any order): data, comune or destinatario, categoria or "
                 "articolo, kg (or quantità for goods by the piece); optional: numero, colli, mezzo, autista, "
                 "organizzazione, firmato da, note. They are recorded as delivered and do not touch the stock."),
        [this] { return m_problems = core::ImportProblemsTable::create(this); },
        [this](const QString &path) { setFile(path); }, [this] { return runImport(); });
    m_path = frame.path;
    m_summary = frame.summary;
    m_again = frame.again;
    m_import = frame.import;
    connect(m_again, &QCheckBox::toggled, this, [this] { m_import->setEnabled(m_canImport && m_again->allows()); });
}

void ImportDialog::setFile(const QString &path)
{
    m_path->setText(path);
    check();
}

QString ImportDialog::kindName() const
{
    return m_kind == Kind::Requests ? QStringLiteral("requests") : QStringLiteral("deliveries");
}

void ImportDialog::check()
{
    m_problems->setRowCount(0);
    m_import->setEnabled(false);
    m_canImport = false;
    if (m_path->text().isEmpty())
        return;
    m_again->setFile(m_context.db, kindName(), m_path->text());
    const QString file = QFileInfo(m_path->text()).fileName();
    int errors = 0;
    QString totals;
    bool something = false;
    if (m_kind == Kind::Requests) {
        auto plan = RequestImporter(m_context.db, *m_context.clock).planFile(m_path->text());
        if (!plan) {
            m_summary->setText(core::ErrorText::describe(plan.error()));
            return;
        }
        m_requests = *plan;
        core::ImportProblemsTable::show(m_problems, m_requests.problems);
        errors = m_requests.errorCount();
        something = !m_requests.requests.isEmpty();
        totals = tr("%1: %2 in %3, %4; %5.")
                     .arg(file, tr("%Ln line(s)", nullptr, m_requests.lineCount),
                          tr("%Ln request(s)", nullptr, int(m_requests.requests.size())),
                          DeliveryLabels::kg(m_requests.grams),
                          tr("%Ln booking(s) already imported", nullptr, m_requests.skipped));
    } else {
        auto plan = DeliveryImporter(m_context.db, *m_context.clock).planFile(m_path->text());
        if (!plan) {
            m_summary->setText(core::ErrorText::describe(plan.error()));
            return;
        }
        m_deliveries = *plan;
        core::ImportProblemsTable::show(m_problems, m_deliveries.problems);
        errors = m_deliveries.errorCount();
        something = !m_deliveries.deliveries.isEmpty();
        totals = tr("%1: %2 in %3, %4; %5.")
                     .arg(file, tr("%Ln line(s)", nullptr, m_deliveries.lineCount),
                          tr("%Ln delivery(ies)", nullptr, int(m_deliveries.deliveries.size())),
                          DeliveryLabels::kg(m_deliveries.grams, QLocale(), 1),
                          tr("%Ln note(s) already recorded", nullptr, m_deliveries.skipped));
    }
    if (errors > 0)
        m_summary->setText(totals + QLatin1Char(' ')
            + tr("%Ln error(s): correct the file and choose it again; nothing will be imported.", nullptr, errors));
    else if (!something)
        m_summary->setText(totals + QLatin1Char(' ') + tr("Nothing new to import."));
    else
        m_summary->setText(totals + QLatin1Char(' ') + tr("No errors: it can be imported."));
    if (m_again->alreadyImported())
        m_summary->setText(m_again->message() + QLatin1Char(' ') + m_summary->text());
    m_canImport = errors == 0 && something;
    m_import->setEnabled(m_canImport && m_again->allows());
}

bool ImportDialog::runImport()
{
    core::ImportOnce once(m_context.db, kindName(), m_path->text(), m_again->again(), *m_context.clock);
    if (!once) {
        QMessageBox::warning(this, windowTitle(),
            tr("Nothing was imported.") + QLatin1Char('\n') + core::ErrorText::describe(once.error()));
        return false;
    }
    if (m_kind == Kind::Requests) {
        auto command = std::make_shared<ImportRequests>(m_requests);
        core::Status s = m_commands.run(command);
        if (s)
            s = once.commit();
        if (!s) {
            QMessageBox::warning(this, windowTitle(),
                tr("Nothing was imported.") + QLatin1Char('\n') + core::ErrorText::describe(s.error()));
            return false;
        }
        const RequestImportSummary *summary = &command->summary();
        QMessageBox::information(this, windowTitle(),
            tr("Imported: %1 with %2, %3.")
                .arg(tr("%Ln request(s)", nullptr, summary->requests), tr("%Ln line(s)", nullptr, summary->lines),
                     DeliveryLabels::kg(summary->grams)));
        return true;
    }
    auto command = std::make_shared<ImportDeliveries>(m_deliveries);
    core::Status s = m_commands.run(command);
    if (s)
        s = once.commit();
    if (!s) {
        QMessageBox::warning(this, windowTitle(),
            tr("Nothing was imported.") + QLatin1Char('\n') + core::ErrorText::describe(s.error()));
        return false;
    }
    const DeliveryImportSummary *summary = &command->summary();
    QMessageBox::information(this, windowTitle(),
        tr("Recorded: %1 with %2, %3.")
            .arg(tr("%Ln past delivery(ies)", nullptr, summary->deliveries), tr("%Ln line(s)", nullptr, summary->lines),
                 DeliveryLabels::kg(summary->grams, QLocale(), 1)));
    return true;
}

} // namespace deliveries

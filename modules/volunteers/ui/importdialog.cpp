#include "volunteers/ui/importdialog.h"

#include "core/db/importonce.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/errortext.h"
#include "core/ui/importagainbox.h"
#include "core/ui/importdialogframe.h"
#include "volunteers/domain/importcommands.h"
#include "volunteers/domain/volunteerimport.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <optional>

namespace volunteers {

ImportDialog::ImportDialog(core::AppContext &context, core::CommandStack &commands, Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
{
    setWindowTitle(tr("Import from a spreadsheet"));
    m_volunteers = new QRadioButton(tr("&Volunteers"), this);
    m_activations = new QRadioButton(tr("&Activation days"), this);
    m_organisations = new QRadioButton(tr("&Organisations"), this);
    (kind == Volunteers ? m_volunteers : kind == Activations ? m_activations : m_organisations)->setChecked(true);
    m_columns = new QLabel(this);
    m_columns->setWordWrap(true);
    m_columns->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_file = new QLineEdit(this);
    m_file->setPlaceholderText(tr("Excel workbook (.xlsx) or CSV file saved from the spreadsheet"));
    auto *browse = new QPushButton(tr("C&hoose..."), this);
    m_problems = new QListWidget(this);
    m_problems->setWordWrap(true);
    m_problems->setAccessibleName(tr("Problems found"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_again = new core::ImportAgainBox(this);
    m_check = new QPushButton(tr("&Check the file"), this);
    m_check->setDefault(true);
    m_import = new QPushButton(tr("&Import"), this);
    m_import->setEnabled(false);
    auto *close = new QPushButton(tr("C&lose"), this);

    auto *kinds = new QHBoxLayout;
    kinds->addWidget(m_volunteers);
    kinds->addWidget(m_activations);
    kinds->addWidget(m_organisations);
    kinds->addStretch();
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_check);
    buttons->addWidget(m_import);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(kinds);
    layout->addWidget(m_columns);
    layout->addLayout(fileRow);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_again);
    layout->addLayout(buttons);
    resize(760, 520);

    for (QRadioButton *b : { m_volunteers, m_activations, m_organisations })
        connect(b, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                updateColumns();
        });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = core::ImportDialogFrame::chooseFile(this, tr("File to import"));
        if (!path.isEmpty())
            setFile(path);
    });
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        m_clean = false;
        m_import->setEnabled(false);
    });
    connect(m_again, &QCheckBox::toggled, this, [this] { m_import->setEnabled(m_clean && m_again->allows()); });
    connect(m_check, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    updateColumns();
}

void ImportDialog::updateColumns()
{
    m_clean = false;
    m_import->setEnabled(false);
    if (m_volunteers->isChecked())
        m_columns->setText(
            tr("Columns (first row): <b>cognome, nome, codice_fiscale, organizzazione, comune_residenza</b>; optional: "
               "indirizzo, telefono, email, condizione (dipendente, autonomo, non occupato), datore_lavoro, "
               "datore_cf_piva, datore_indirizzo, datore_pec. A codice fiscale already on record updates that "
               "volunteer."));
    else if (m_organisations->isChecked())
        m_columns->setText(
            tr("Columns (first row): <b>nome, comune</b> (of the seat); optional: tipo (associazione, gruppo comunale), "
               "numero_registro, codice_fiscale, indirizzo, rappresentante, ruolo_rappresentante, telefono, email, pec, "
               "note. An organisation already on record (same name or registry number) is updated, not added again."));
    else
        m_columns->setText(tr(
            "Columns (first row): <b>codice_fiscale, evento, data</b> (or <b>dal</b> and <b>al</b>), <b>servizio</b>; "
            "optional: comune, luogo, organizzazione. A volunteer already recorded on a day is refused."));
}

QString ImportDialog::kindCode() const
{
    return m_volunteers->isChecked()  ? QStringLiteral("volunteers")
        : m_activations->isChecked() ? QStringLiteral("activations")
                                     : QStringLiteral("organisations");
}

void ImportDialog::setFile(const QString &path)
{
    m_file->setText(path);
}

bool ImportDialog::check()
{
    return run(true);
}

bool ImportDialog::runImport()
{
    return run(false);
}

bool ImportDialog::run(bool dryRun)
{
    m_problems->clear();
    m_clean = false;
    const QString path = m_file->text().trimmed();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    core::Result<ImportReport> report = ImportReport();
    if (dryRun) {
        m_again->setFile(m_context.db, kindCode(), path);
        report = VolunteerImporter(m_context.db, *m_context.clock).importFile(kindCode(), path, true);
    } else {
        // The import itself is a command: permission, one transaction, audit.
        auto command = std::make_shared<ImportVolunteerFile>(kindCode(), path, m_again->again());
        const core::Status s = m_commands.run(command);
        if (s || s.error().code == QLatin1String("volunteers.import_problems"))
            report = command->report(); // the problems are listed below
        else
            report = s.error();
    }
    QApplication::restoreOverrideCursor();
    if (!report) {
        m_summary->setText(QStringLiteral("<span style=\"color:#b71c1c\">%1</span>")
                               .arg(core::ErrorText::describe(report.error()).toHtmlEscaped()));
        m_import->setEnabled(false);
        return false;
    }
    for (const core::Error &e : report->errors) {
        auto *item = new QListWidgetItem(core::ErrorText::describe(e), m_problems);
        item->setForeground(QColor(0xb7, 0x1c, 0x1c));
    }
    for (const core::Error &w : report->warnings) {
        auto *item = new QListWidgetItem(tr("Note: %1").arg(core::ErrorText::describe(w)), m_problems);
        item->setForeground(QColor(0xa1, 0x5c, 0x00));
    }
    const QString kind = kindCode();
    const bool volunteers = kind == QLatin1String("volunteers");
    const bool organisations = kind == QLatin1String("organisations");
    const QString lines = tr("%Ln line(s)", nullptr, report->records);
    QString what = volunteers ? tr("%1: %2 to add, %3 to update.")
                                    .arg(lines, tr("%Ln volunteer(s)", nullptr, report->added))
                                    .arg(report->updated)
        : organisations ? tr("%1: %2 to add, %3 to update.")
                              .arg(lines, tr("%Ln organisation(s)", nullptr, report->added))
                              .arg(report->updated)
                        : tr("%1: %2 to add.").arg(lines, tr("%Ln person-day(s)", nullptr, report->added));
    if (!report->ok()) {
        m_summary->setText(QStringLiteral("<span style=\"color:#b71c1c\">%1</span>")
                               .arg(tr("%Ln problems: nothing can be imported until they are corrected in the file.",
                                   nullptr, int(report->errors.size()))));
        m_import->setEnabled(false);
        return false;
    }
    if (dryRun) {
        m_summary->setText(tr("The file is correct. %1 Press Import to write it.").arg(what));
        if (m_again->alreadyImported())
            m_summary->setText(m_again->message().toHtmlEscaped() + QStringLiteral("<br/>") + m_summary->text());
        m_clean = true;
        m_import->setEnabled(m_again->allows());
    } else {
        what = volunteers ? tr("%1: %2, %3.")
                                .arg(lines, tr("%Ln volunteer(s) added", nullptr, report->added),
                                    tr("%Ln updated", nullptr, report->updated))
            : organisations ? tr("%1: %2, %3.")
                                  .arg(lines, tr("%Ln organisation(s) added", nullptr, report->added),
                                      tr("%Ln organisation(s) updated", nullptr, report->updated))
                            : tr("%1: %2.").arg(lines, tr("%Ln person-day(s) added", nullptr, report->added));
        m_summary->setText(QStringLiteral("<b>%1</b> %2").arg(tr("Imported."), what));
        m_import->setEnabled(false);
    }
    return true;
}

} // namespace volunteers

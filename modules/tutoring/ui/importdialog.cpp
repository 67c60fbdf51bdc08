#include "tutoring/ui/importdialog.h"

#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "tutoring/domain/importcommands.h"
#include "core/ui/errortext.h"
#include "core/ui/importagainbox.h"
#include "core/ui/importdialogframe.h"
#include "core/ui/tablemenu.h"
#include "tutoring/ui/tutoringerrortext.h"
#include "tutoring/ui/tutoringwidgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace tutoring {

ImportDialog::ImportDialog(core::AppContext &context, core::CommandStack &commands, ImportKind kind, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
{
    setWindowTitle(tr("Import from a spreadsheet"));
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Pupils"), int(ImportKind::Pupils));
    m_kind->addItem(tr("Study assistants"), int(ImportKind::Assistants));
    m_kind->addItem(tr("Bookings (with their outcome, if known)"), int(ImportKind::Bookings));
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    m_file = new QLineEdit(this);
    m_file->setAccessibleName(tr("File"));
    auto *browse = new QPushButton(tr("&Choose..."), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_help = new QLabel(this);
    m_help->setWordWrap(true);
    m_help->setStyleSheet(QStringLiteral("color: #555f6a;"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_problems = new QTableWidget(0, 4, this);
    m_problems->setHorizontalHeaderLabels({ tr("Line"), tr("Field"), tr("Problem"), tr("Next free slots") });
    m_problems->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_problems->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setWordWrap(true);
    core::installTableContextMenu(m_problems);
    m_problems->setAccessibleName(tr("Problems found"));

    m_again = new core::ImportAgainBox(this);
    connect(m_again, &QCheckBox::toggled, this, [this] { m_import->setEnabled(m_clean && m_again->allows()); });
    m_check = new QPushButton(tr("C&heck (writes nothing)"), this);
    m_import = new QPushButton(tr("&Import"), this);
    m_import->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_check, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (import())
            accept();
    });
    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        m_clean = false;
        m_import->setEnabled(false);
    });
    auto updateHelp = [this] {
        m_clean = false;
        m_import->setEnabled(false);
        switch (this->kind()) {
        case ImportKind::Pupils:
            m_help->setText(tr(
                "Columns: code, family_name (cognome), given_name (nome), birth_year, school_order (media/superiore), "
                "class_year, school, comune, parent_name, parent_phone, parent_email, bes (sì/no), consent_on (date or "
                "sì), notes. "
                "Pupils with a code already on record are updated."));
            break;
        case ImportKind::Assistants:
            m_help->setText(
                tr("Columns: code, family_name, given_name, school (one of the 16), class_year (4/5), comune, email, "
                   "phone, "
                   "subjects (separated by ;), safety_course (svolto/iscritto/no), safety_course_on, availability "
                   "(e.g. «lun 15-18; mer 16»), tutor (code)."));
            break;
        case ImportKind::Bookings:
            m_help->setText(tr("Columns: pupil_code, subject, assistant_code, date, hour, outcome "
                               "(svolta/assente/annullata, optional), "
                               "tutor_code (who stood in), note. Every booking rule is checked; BES pupils' hours go "
                               "on their assignment."));
            break;
        }
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, updateHelp);
    updateHelp();

    auto *form = new QFormLayout;
    form->addRow(tr("&What:"), m_kind);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_help);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_again);
    layout->addWidget(buttons);
    resize(900, 560);
}

ImportKind ImportDialog::kind() const
{
    return ImportKind(m_kind->currentData().toInt());
}

void ImportDialog::setFile(const QString &path)
{
    m_file->setText(path);
}

void ImportDialog::chooseFile()
{
    const QString path = core::ImportDialogFrame::chooseFile(this, tr("File to import"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::show(const core::Result<ImportReport> &report)
{
    m_problems->setRowCount(0);
    if (!report) {
        m_summary->setText(QStringLiteral("<span style=\"color:#b71c1c;\">%1</span>")
                               .arg(core::ErrorText::describe(report.error()).toHtmlEscaped()));
        return;
    }
    const ImportReport &r = *report;
    QString text;
    if (!r.errors.isEmpty())
        text = tr("<b>%1</b> in %2: nothing was written. Correct the file and check it again.")
                   .arg(tr("%Ln problem(s)", nullptr, int(r.errors.size())), tr("%Ln record(s)", nullptr, r.records));
    else if (r.dryRun)
        text = tr("<b>No problems</b> in %1: %2 to create, %3 to update. Nothing was written yet: press Import.")
                   .arg(tr("%Ln record(s)", nullptr, r.records))
                   .arg(r.created)
                   .arg(r.updated);
    else
        text
            = tr("<b>Imported</b>: %1, %2, %3.")
                  .arg(tr("%Ln record(s)", nullptr, r.records), tr("%Ln created", nullptr, r.created),
                       tr("%Ln updated", nullptr, r.updated));
    if (!r.notes.isEmpty())
        text += QStringLiteral("<br/>")
            + tr("%Ln comune name(s) read as another, listed below: check them.", nullptr, int(r.notes.size()));
    m_summary->setText(text);
    auto addRow = [this](const core::Error &e, const QString &freeSlots, bool problem) {
        const int row = m_problems->rowCount();
        m_problems->insertRow(row);
        core::Error bare = e;
        bare.where = {};
        auto *message = new QTableWidgetItem(core::ErrorText::describe(bare));
        message->setForeground(problem ? QColor(0xb7, 0x1c, 0x1c) : QColor(0x2e, 0x5d, 0x2e));
        m_problems->setItem(row, 0, new QTableWidgetItem(QString::number(e.where.line)));
        m_problems->setItem(row, 1, new QTableWidgetItem(e.where.field));
        m_problems->setItem(row, 2, message);
        m_problems->setItem(row, 3, new QTableWidgetItem(freeSlots));
    };
    for (const ImportIssue &i : r.errors)
        addRow(i.error, i.alternatives.isEmpty() ? QString() : TutoringErrorText::describeSlots(i.alternatives), true);
    for (const core::Error &n : r.notes)
        addRow(n, QString(), false);
    // Row heights once the columns have their final widths.
    QTimer::singleShot(0, m_problems, &QTableWidget::resizeRowsToContents);
}

bool ImportDialog::check()
{
    auto report = TutoringImporter(m_context.db, *m_context.clock).importFile(kind(), m_file->text(), true);
    show(report);
    m_again->setFile(m_context.db, TutoringImporter::kindName(kind()), m_file->text());
    if (m_again->alreadyImported())
        m_summary->setText(m_again->message().toHtmlEscaped() + QStringLiteral("<br/>") + m_summary->text());
    m_clean = report && report->errors.isEmpty();
    m_import->setEnabled(m_clean && m_again->allows());
    return m_clean;
}

bool ImportDialog::import()
{
    auto command = std::make_shared<ImportTutoringFile>(kind(), m_file->text(), m_again->again());
    const core::Status s = m_commands.run(command);
    // A file with problems shows them line by line; any other refusal
    // (permission, already imported) its message.
    const bool listed = s || s.error().code == QLatin1String("tutoring.import_refused");
    const core::Result<ImportReport> report = listed ? core::Result<ImportReport>(command->report())
                                                     : core::Result<ImportReport>(s.error());
    show(report);
    m_import->setEnabled(false);
    return report && report->applied;
}

} // namespace tutoring

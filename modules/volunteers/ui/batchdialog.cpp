#include "volunteers/ui/batchdialog.h"

#include "core/auth/session.h"
#include "core/domain/dates.h"
#include "core/ui/appcontext.h"
#include "core/ui/datefield.h"
#include "core/ui/formwidgets.h"
#include "volunteers/domain/attestatobatch.h"
#include "volunteers/domain/volunteerreports.h"
#include "volunteers/ui/attestatobatchworker.h"
#include "volunteers/ui/uihelpers.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

namespace volunteers {

BatchDialog::BatchDialog(core::AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setWindowTitle(tr("Batch production of attestati"));
    const QDate today = context.clock->today();
    const QDate lastMonth = QDate(today.year(), today.month(), 1).addMonths(-1);
    m_byMonth = new QRadioButton(tr("&Month:"), this);
    m_byPeriod = new QRadioButton(tr("&Period from:"), this);
    m_byMonth->setChecked(true);
    // A month, not a day: a month and a year chosen from lists, so that
    // nothing typed is ever read as another month (a DateField is for days).
    m_month = new QWidget(this);
    m_monthName = new QComboBox(m_month);
    m_monthName->setAccessibleName(tr("Month"));
    for (int m = 1; m <= 12; ++m)
        m_monthName->addItem(QLocale().standaloneMonthName(m), m);
    m_monthName->setCurrentIndex(lastMonth.month() - 1);
    m_year = new QComboBox(m_month);
    m_year->setAccessibleName(tr("Year"));
    for (int y = qMin(2000, lastMonth.year()); y <= today.year(); ++y)
        m_year->addItem(QString::number(y), y);
    m_year->setCurrentIndex(m_year->findData(lastMonth.year()));
    auto *monthLayout = new QHBoxLayout(m_month);
    monthLayout->setContentsMargins(0, 0, 0, 0);
    monthLayout->addWidget(m_monthName);
    monthLayout->addWidget(m_year);
    m_from = core::makeDateEdit(lastMonth, this);
    m_to = core::makeDateEdit(lastMonth.addMonths(1).addDays(-1), this);
    m_organisation = new QComboBox(this);
    ui::fillOrganisations(m_organisation, context.db, tr("All organisations"));
    m_event = new QComboBox(this);
    ui::fillEvents(m_event, context.db, tr("All events"));
    m_preflight = new QLabel(this);
    m_preflight->setWordWrap(true);
    m_warnings = new QListWidget(this);
    m_warnings->setAccessibleName(tr("Volunteers to look at"));
    m_warnings->setWordWrap(true);
    m_includeOverLimit = new QCheckBox(
        tr("Issue also for volunteers over the art. 39 limits (the days over are marked on the attestato)"), this);
    m_outputDir = new QLineEdit(this);
    m_outputDir->setText(
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("Attestati/%1").arg(lastMonth.toString(QStringLiteral("yyyy-MM")))));
    auto *browse = new QPushButton(tr("&Choose..."), this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(QString());
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_start = new QPushButton(tr("&Issue the attestati"), this);
    m_start->setDefault(true);
    m_cancel = new QPushButton(tr("Ca&ncel the batch"), this);
    m_close = new QPushButton(tr("C&lose"), this);
    m_openFolder = new QPushButton(tr("Open the &folder"), this);
    m_openFolder->setEnabled(false);

    auto *criteria = new QGroupBox(tr("Which days"), this);
    auto *criteriaForm = new QFormLayout(criteria);
    auto *monthRow = new QHBoxLayout;
    monthRow->addWidget(m_byMonth);
    monthRow->addWidget(m_month);
    monthRow->addSpacing(20);
    monthRow->addWidget(m_byPeriod);
    monthRow->addWidget(m_from);
    monthRow->addWidget(new QLabel(tr("to"), this));
    monthRow->addWidget(m_to);
    monthRow->addStretch();
    criteriaForm->addRow(monthRow);
    criteriaForm->addRow(tr("&Organisation:"), m_organisation);
    criteriaForm->addRow(tr("&Event:"), m_event);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_outputDir, 1);
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("PDF &folder:"), this);
    folderLabel->setBuddy(m_outputDir);
    criteriaForm->addRow(folderLabel, folderRow);

    auto *check = new QGroupBox(tr("Before issuing"), this);
    auto *checkLayout = new QVBoxLayout(check);
    checkLayout->addWidget(m_preflight);
    checkLayout->addWidget(m_warnings, 1);
    checkLayout->addWidget(m_includeOverLimit);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openFolder);
    buttons->addStretch();
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(criteria);
    layout->addWidget(check, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    resize(820, 640);

    connect(m_byMonth, &QRadioButton::toggled, this, &BatchDialog::criteriaChanged);
    const auto monthChosen = [this] {
        m_outputDir->setText(
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(QStringLiteral("Attestati/%1").arg(periodFrom().toString(QStringLiteral("yyyy-MM")))));
        criteriaChanged();
    };
    connect(m_monthName, &QComboBox::currentIndexChanged, this, monthChosen);
    connect(m_year, &QComboBox::currentIndexChanged, this, monthChosen);
    for (core::DateField *d : { m_from, m_to })
        connect(d, &core::DateField::dateChanged, this, [this] {
            m_outputDir->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                     .filePath(QStringLiteral("Attestati/%1_%2")
                                                   .arg(m_from->date().toString(QStringLiteral("yyyy-MM-dd")),
                                                       m_to->date().toString(QStringLiteral("yyyy-MM-dd")))));
            criteriaChanged();
        });
    connect(m_organisation, &QComboBox::currentIndexChanged, this, &BatchDialog::criteriaChanged);
    connect(m_event, &QComboBox::currentIndexChanged, this, &BatchDialog::criteriaChanged);
    connect(browse, &QPushButton::clicked, this, &BatchDialog::browse);
    connect(m_start, &QPushButton::clicked, this, &BatchDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &BatchDialog::cancelBatch);
    connect(m_close, &QPushButton::clicked, this, &BatchDialog::reject);
    connect(m_openFolder, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_outputDir->text())); });
    setRunning(false);
    criteriaChanged();
}

BatchDialog::~BatchDialog()
{
    if (m_thread) {
        m_worker->cancel();
        m_thread->quit();
        m_thread->wait();
    }
}

void BatchDialog::setPeriod(const QDate &from, const QDate &to)
{
    m_byPeriod->setChecked(true);
    m_from->setDate(from);
    m_to->setDate(to);
    criteriaChanged();
}

void BatchDialog::setOutputDir(const QString &dir)
{
    m_outputDir->setText(dir);
}

QDate BatchDialog::periodFrom() const
{
    if (m_byMonth->isChecked())
        return QDate(m_year->currentData().toInt(), m_monthName->currentData().toInt(), 1);
    return m_from->date();
}

QDate BatchDialog::periodTo() const
{
    if (m_byMonth->isChecked())
        return periodFrom().addMonths(1).addDays(-1);
    return m_to->date();
}

void BatchDialog::criteriaChanged()
{
    m_month->setEnabled(m_byMonth->isChecked());
    m_from->setEnabled(m_byPeriod->isChecked());
    m_to->setEnabled(m_byPeriod->isChecked());
    if (m_thread)
        return;
    AttestatoCriteria criteria;
    criteria.from = periodFrom();
    criteria.to = periodTo();
    criteria.organisationId = m_organisation->currentData().toLongLong();
    criteria.eventId = m_event->currentData().toLongLong();
    m_warnings->clear();
    if (criteria.from > criteria.to) {
        m_preflight->setText(tr("The period is reversed."));
        m_start->setEnabled(false);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto p = AttestatoBatch::preflight(m_context.db, criteria, *m_context.clock);
    QApplication::restoreOverrideCursor();
    if (!p) {
        m_preflight->setText(tr("The pending attestati could not be counted."));
        m_start->setEnabled(false);
        return;
    }
    const QLocale locale;
    QString text = tr("<b>%1 to issue</b> for %2, %3 between %4 and %5.")
                       .arg(tr("%Ln attestato(s)", nullptr, p->pending.groups),
                           tr("%Ln volunteer(s)", nullptr, p->pending.volunteers),
                           tr("%Ln person-day(s)", nullptr, p->pending.days), core::toItalianDate(criteria.from),
                           core::toItalianDate(criteria.to));
    if (!p->overLimits.isEmpty())
        text += QStringLiteral("<br/><span style=\"color:#b71c1c\">%1</span>")
                    .arg(tr("%Ln volunteers are over the art. 39 limits: their attestati stay pending unless you tick "
                            "the box below.",
                        nullptr, int(p->overLimits.size())));
    if (p->pending.volunteersWithoutEmployer > 0)
        text += QStringLiteral("<br/><span style=\"color:#a15c00\">%1</span>")
                    .arg(tr("%Ln volunteers have no employer on record: their attestati stay pending.", nullptr,
                        p->pending.volunteersWithoutEmployer));
    if (p->closedWindows.groups > 0)
        text += QStringLiteral("<br/><b style=\"color:#b71c1c\">%1</b>")
                    .arg(tr("%Ln attestato(s) (%1) come after the art. 39 reimbursement window closed: the "
                            "employer can no longer claim those days, and each attestato will say so.",
                        nullptr, p->closedWindows.groups)
                             .arg(tr("%Ln person-day(s)", nullptr, p->closedWindows.days)));
    m_preflight->setText(text);
    for (const ClosedWindowGroup &g : p->closedWindows.first) {
        auto *item = new QListWidgetItem(tr("Reimbursement window closed on %1: %2, %3 – %4 (%Ln days)", nullptr, g.days)
                                             .arg(core::toItalianDate(g.deadline), g.volunteer,
                                                 core::toItalianDate(g.firstDay), core::toItalianDate(g.lastDay)),
            m_warnings);
        item->setForeground(QColor(0xb7, 0x1c, 0x1c));
    }
    for (const VolunteerOverLimit &v : p->overLimits) {
        auto *item = new QListWidgetItem(
            tr("Over the limits: %1 (%2), %3: %4")
                .arg(v.name, v.organisation, VolunteerReports::excessText(v.excessesInPeriod.constFirst()),
                    ui::dayRanges(v.assessment.daysOverBetween(criteria.from, criteria.to))),
            m_warnings);
        item->setForeground(QColor(0xb7, 0x1c, 0x1c));
    }
    for (const QString &v : p->withoutEmployer) {
        auto *item = new QListWidgetItem(tr("No employer on record: %1").arg(v), m_warnings);
        item->setForeground(QColor(0xa1, 0x5c, 0x00));
    }
    m_start->setEnabled(p->pending.groups > 0);
}

void BatchDialog::browse()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the PDF files"), m_outputDir->text());
    if (!dir.isEmpty())
        m_outputDir->setText(dir);
}

void BatchDialog::start()
{
    if (m_thread)
        return;
    BatchOptions options;
    options.criteria.from = periodFrom();
    options.criteria.to = periodTo();
    options.criteria.organisationId = m_organisation->currentData().toLongLong();
    options.criteria.eventId = m_event->currentData().toLongLong();
    options.outputDir = m_outputDir->text().trimmed();
    options.includeOverLimit = m_includeOverLimit->isChecked();
    if (options.outputDir.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose the folder for the PDF files."));
        return;
    }
    // The worker opens its own connection to the same file: writes on the
    // GUI thread wait for it (busy timeout) and never share a connection.
    m_thread = new QThread(this);
    // The worker carries the session over to its connection: every chunk
    // is a command checked and audited under this person (none: refused).
    m_worker = new AttestatoBatchWorker(
        m_context.db.databaseName(), core::sessionAccount(m_context.db).value_or(core::SessionAccount()), options);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &AttestatoBatchWorker::run);
    connect(m_worker, &AttestatoBatchWorker::progress, this, &BatchDialog::progress);
    connect(m_worker, &AttestatoBatchWorker::finished, this, &BatchDialog::finished);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_issued = 0;
    m_status->setText(tr("Issuing..."));
    setRunning(true);
    m_thread->start();
}

void BatchDialog::cancelBatch()
{
    if (!m_worker)
        return;
    m_worker->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling after the attestato in progress..."));
}

void BatchDialog::progress(int done, int total, const QString &lastNumber)
{
    m_progress->setFormat(tr("%v of %m"));
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    m_issued = done;
    if (!lastNumber.isEmpty())
        m_status->setText(tr("Issued up to number %1").arg(lastNumber));
}

void BatchDialog::finished(bool ok, int issued, int skippedOverLimit, int skippedNoEmployer, bool cancelled,
    const QString &message, const QString &indexFile)
{
    m_thread->quit();
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_worker = nullptr;
    m_issued = issued;
    setRunning(false);
    const QLocale locale;
    QString text;
    if (!ok)
        text = tr("The batch stopped: %1 The attestati issued before the problem are in the register.").arg(message);
    else if (cancelled)
        text = tr("Cancelled: %Ln attestato(s) were issued and are in the register; the others are still to issue.",
            nullptr, issued);
    else
        text = tr("Done: %Ln attestato(s) issued.", nullptr, issued);
    if (skippedOverLimit + skippedNoEmployer > 0)
        text += QLatin1Char(' ')
            + tr("Left pending: %1 over the limits, %2 without employer.").arg(skippedOverLimit).arg(skippedNoEmployer);
    if (!indexFile.isEmpty() && issued > 0)
        text += QLatin1Char(' ') + tr("Index for the regional system: %1").arg(QDir::toNativeSeparators(indexFile));
    m_status->setText(text);
    m_openFolder->setEnabled(issued > 0);
    criteriaChanged();
}

void BatchDialog::setRunning(bool running)
{
    m_start->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_close->setEnabled(!running);
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_byMonth, m_byPeriod, m_month, m_from, m_to, m_organisation, m_event, m_includeOverLimit, m_outputDir })
        w->setEnabled(!running);
    if (!running) {
        m_month->setEnabled(m_byMonth->isChecked());
        m_from->setEnabled(m_byPeriod->isChecked());
        m_to->setEnabled(m_byPeriod->isChecked());
    }
}

void BatchDialog::reject()
{
    if (m_thread) {
        if (QMessageBox::question(this, windowTitle(), tr("A batch is running. Cancel it?")) == QMessageBox::Yes)
            cancelBatch();
        return;
    }
    QDialog::reject();
}

} // namespace volunteers

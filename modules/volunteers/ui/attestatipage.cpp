#include "volunteers/ui/attestatipage.h"
#include "core/db/backgroundreader.h"
#include "core/ui/backgroundreport.h"
#include "core/ui/columnwidths.h"

#include "core/domain/dates.h"
#include "core/ui/appcontext.h"
#include "core/ui/datefield.h"
#include "core/ui/errortext.h"
#include "core/ui/formwidgets.h"
#include "core/ui/pagedsqlmodel.h"
#include "core/ui/reportactions.h"
#include "volunteers/domain/attestatodocument.h"
#include "volunteers/domain/attestatoregister.h"
#include "volunteers/domain/volunteerreports.h"
#include "volunteers/ui/batchdialog.h"
#include "volunteers/ui/uihelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace volunteers {

using core::ColumnKind;

namespace {
enum Column {
    ColNumber,
    ColIssuedOn,
    ColVolunteer,
    ColEmployer,
    ColOrganisation,
    ColEvent,
    ColFrom,
    ColTo,
    ColDays,
    ColOverLimit,
    ColDeadline,
    ColVolunteerId,
    ColVoid, // voided after a merge: its days are certified by an earlier attestato
};
}

AttestatiPage::AttestatiPage(core::AppContext &context, QWidget *parent)
    : TabPage(context, parent)
{
    m_pending = new QLabel(this);
    m_pending->setWordWrap(true);
    auto *batch = new QPushButton(tr("&Batch production..."), this);
    batch->setToolTip(tr("Issue all the attestati of a month, an organisation or an event, with their PDF files"));
    auto *region = m_region = new QPushButton(tr("CSV for the &regional system..."), this);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Number or volunteer"));
    m_search->setClearButtonEnabled(true);
    m_deadline = new QComboBox(this);
    m_deadline->addItem(tr("Every deadline"), 0);
    m_deadline->addItem(tr("Reimbursement deadline within 90 days"), 1);
    m_deadline->addItem(tr("Reimbursement deadline passed"), 2);
    const QDate today = context.clock->today();
    m_period = new QCheckBox(tr("Issued from"), this);
    m_from = core::makeDateEdit(QDate(today.year(), 1, 1), this);
    m_to = core::makeDateEdit(today, this);

    m_model = new core::PagedSqlModel(context.db, this);
    (void)ui::setList(m_model, VolunteerLists::attestati(context.db),
        {
            { QString(), tr("Number"), ColumnKind::Text, 0, true },
            { QString(), tr("Issued on"), ColumnKind::Date, 0, true },
            { QString(), tr("Volunteer"), ColumnKind::Text, 0, true },
            { QString(), tr("Employer"), ColumnKind::Text, 0, false },
            { QString(), tr("Organisation"), ColumnKind::Text, 0, false },
            { QString(), tr("Event"), ColumnKind::Text, 0, false },
            { QString(), tr("From"), ColumnKind::Date, 0, false },
            { QString(), tr("To"), ColumnKind::Date, 0, false },
            { QString(), tr("Days"), ColumnKind::Integer, 0, false },
            { QString(), tr("Over limit"), ColumnKind::Integer, 0, false },
            { QString(), tr("Reimbursement by"), ColumnKind::Date, 0, true },
            { QString(), QString(), ColumnKind::Text, 0, false },
            { QString(), tr("Void"), ColumnKind::Integer, 0, false },
        });
    m_model->setDefaultSort(ColNumber, Qt::DescendingOrder);
    const QString todayText = core::toSqlDate(today);
    const QString soonText = core::toSqlDate(today.addDays(90));
    m_model->setRowRoleProvider([todayText, soonText](const QVariantList &row, int role) -> QVariant {
        const QString deadline = row.value(ColDeadline).toString();
        if (row.value(ColVoid).toInt() != 0) {
            if (role == Qt::ForegroundRole)
                return QColor(0x8a, 0x93, 0x9c);
            if (role == Qt::FontRole) {
                QFont font;
                font.setStrikeOut(true);
                return font;
            }
            if (role == Qt::ToolTipRole)
                return tr("Void: another workstation had already certified these days with an earlier attestato");
            return {};
        }
        if (role == Qt::ForegroundRole) {
            if (deadline < todayText)
                return QColor(0x8a, 0x93, 0x9c);
            if (deadline <= soonText)
                return QColor(0xa1, 0x5c, 0x00);
            if (row.value(ColOverLimit).toInt() > 0)
                return QColor(0xb7, 0x1c, 0x1c);
        }
        if (role == Qt::ToolTipRole) {
            if (deadline < todayText)
                return tr("The employer's two years to ask for reimbursement are over");
            if (deadline <= soonText)
                return tr("The employer's deadline to ask for reimbursement is close");
            if (row.value(ColOverLimit).toInt() > 0)
                return tr("Some days are beyond the art. 39 limits (marked on the attestato)");
        }
        return {};
    });
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    ui::setUpTable(m_table);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(ColNumber, Qt::DescendingOrder);
    m_table->setColumnHidden(ColVolunteerId, true);
    m_table->setColumnHidden(ColVoid, true); // said by the row: struck out, with a tooltip
    core::setColumnWidth(m_table, ColNumber, 110);
    core::setColumnWidth(m_table, ColIssuedOn, 90);
    core::setColumnWidth(m_table, ColVolunteer, 160);
    core::setColumnWidth(m_table, ColEmployer, 200);
    core::setColumnWidth(m_table, ColOrganisation, 220);
    core::setColumnWidth(m_table, ColEvent, 150);
    core::setColumnWidth(m_table, ColFrom, 85);
    core::setColumnWidth(m_table, ColTo, 85);
    core::setColumnWidth(m_table, ColDays, 75);
    core::setColumnWidth(m_table, ColOverLimit, 95);
    m_table->setAccessibleName(tr("Register of attestati"));
    m_count = new QLabel(this);

    m_preview = new QPushButton(tr("Re&print..."), this);
    m_preview->setToolTip(tr("The same attestato as issued: same number, same text"));
    m_pdf = new QPushButton(tr("Save as P&DF..."), this);
    m_open = new QPushButton(tr("&Open volunteer"), this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_pending, 1);
    top->addWidget(batch);
    top->addWidget(region);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_deadline, 2);
    filters->addWidget(m_period);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_preview);
    buttons->addWidget(m_pdf);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(batch, &QPushButton::clicked, this, &AttestatiPage::batch);
    connect(region, &QPushButton::clicked, this, &AttestatiPage::exportForRegion);
    connect(m_preview, &QPushButton::clicked, this, [this] { reprint(&core::ReportActions::preview); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { reprint(&core::ReportActions::savePdf); });
    connect(m_table, &QTableView::doubleClicked, this, [this] { reprint(&core::ReportActions::preview); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QVariantList row = m_model->rowValues(m_table->currentIndex().row());
        if (!row.isEmpty())
            emit volunteerActivated(row.value(ColVolunteerId).toLongLong());
    });
    connect(m_search, &QLineEdit::textChanged, this, &AttestatiPage::applyFilter);
    connect(m_deadline, &QComboBox::currentIndexChanged, this, &AttestatiPage::applyFilter);
    connect(m_period, &QCheckBox::toggled, this, &AttestatiPage::applyFilter);
    for (core::DateField *d : { m_from, m_to })
        connect(d, &core::DateField::dateChanged, this, [this] {
            if (m_period->isChecked())
                applyFilter();
        });
    // The count arrives from the list's worker: until then it says so.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(m_model->isCounted() ? tr("%Ln attestati in the register match", nullptr, m_model->rowCount())
                                              : tr("Reading the register…"));
    });
    auto updateButtons = [this] {
        const bool any = m_table->currentIndex().isValid();
        for (QPushButton *b : { m_preview, m_pdf, m_open })
            b->setEnabled(any);
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateButtons);
    applyFilter();
    updatePending();
    updateButtons();
}

qint64 AttestatiPage::selectedAttestato() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->keyAt(current.row()).toLongLong() : 0;
}

void AttestatiPage::applyFilter()
{
    AttestatoListCriteria criteria;
    criteria.text = m_search->text();
    criteria.today = context().clock->today();
    switch (m_deadline->currentData().toInt()) {
    case 1:
        criteria.deadline = AttestatoListCriteria::Deadline::Within90Days;
        break;
    case 2:
        criteria.deadline = AttestatoListCriteria::Deadline::Passed;
        break;
    default:
        break;
    }
    if (m_period->isChecked()) {
        criteria.issuedFrom = m_from->date();
        criteria.issuedTo = m_to->date();
    }
    const ListFilter filter = VolunteerLists::attestatoFilter(criteria);
    m_model->setFilter(filter.where, filter.binds);
}

void AttestatiPage::showEvent(QShowEvent *event)
{
    if (m_pendingStale)
        updatePending();
    TabPage::showEvent(event);
}

void AttestatiPage::updatePending()
{
    // Reads every activation not yet certified: only for the page on
    // screen, not while the tab is first built nor after every save (issue 17).
    if (!isVisible()) {
        m_pendingStale = true;
        return;
    }
    m_pendingStale = false;
    // Read on a worker, "reading" meanwhile; a later change's read wins.
    const int read = ++m_pendingRead;
    m_readingPending = true;
    m_pending->setText(tr("Reading what is still to issue…"));
    if (!m_reader)
        m_reader = new core::BackgroundReader(this);
    const core::Clock *clock = context().clock;
    auto summary = std::make_shared<core::Result<PendingSummary>>(PendingSummary());
    m_reader->read(
        context().db.databaseName(),
        [summary, clock](const QSqlDatabase &db) { *summary = AttestatoRegister(db, *clock).pendingSummary({}); },
        [this, read, summary](const core::Error &openError) {
            if (read != m_pendingRead)
                return; // asked again meanwhile
            m_readingPending = false;
            if (!openError.code.isEmpty()) {
                m_pending->setText(core::ErrorText::describe(openError));
                return;
            }
            if (!*summary) {
                m_pending->setText(core::ErrorText::describe(summary->error()));
                return;
            }
            showPending(**summary);
        });
}

void AttestatiPage::showPending(const PendingSummary &summary)
{
    const PendingSummary *s = &summary;
    QString text = tr("<b>%1 to issue</b> for %2 (%3).")
                       .arg(tr("%Ln attestato(s)", nullptr, s->groups), tr("%Ln volunteer(s)", nullptr, s->volunteers),
                           tr("%Ln person-day(s) not yet certified", nullptr, s->days));
    if (s->volunteersWithoutEmployer > 0)
        text += QLatin1Char(' ')
            + tr("<span style=\"color:#a15c00\">%Ln of them have no employer on record.</span>", nullptr,
                s->volunteersWithoutEmployer);
    m_pending->setText(text);
}

void AttestatiPage::tablesChanged(const QStringList &tables)
{
    if (tables.contains(QStringLiteral("attestato")) || tables.contains(QStringLiteral("activation"))
        || tables.contains(QStringLiteral("volunteer")))
        updatePending();
}

void AttestatiPage::batch()
{
    BatchDialog dialog(context(), this);
    dialog.exec();
    m_model->refresh();
    updatePending();
}

void AttestatiPage::reprint(void (*action)(QWidget *, const core::ReportDocument &))
{
    const qint64 id = selectedAttestato();
    if (!id)
        return;
    auto content = AttestatoRegister(context().db, *context().clock).content(id);
    if (!content) {
        ui::showError(this, tr("Reprint"), content.error());
        return;
    }
    action(this, attestatoDocument(*content));
}

void AttestatiPage::exportForRegion()
{
    prepareRegionExport([this](const core::Result<core::ReportDocument> &doc) {
        if (!doc) {
            ui::showError(this, tr("CSV for the regional system"), doc.error());
            return;
        }
        core::ReportActions::saveCsv(this, *doc);
    });
}

bool AttestatiPage::prepareRegionExport(std::function<void(const core::Result<core::ReportDocument> &)> done)
{
    if (m_preparingExport)
        return false; // the one asked is on its way
    core::ReportRequest r;
    if (m_period->isChecked()) {
        r.from = m_from->date();
        r.to = m_to->date();
    }
    r.operatorName = context().operatorName;
    r.now = context().clock->now();
    r.locale = QLocale();
    // Every attestato of the period: built on a worker, the button off meanwhile.
    if (!m_exportReader)
        m_exportReader = new core::BackgroundReader(this);
    m_preparingExport = true;
    m_region->setEnabled(false);
    core::buildReportInBackground(
        m_exportReader, context().db, [r](const QSqlDatabase &db) { return VolunteerReports::attestatiIssued(db, r); },
        [this, done = std::move(done)](const core::Result<core::ReportDocument> &doc) {
            m_preparingExport = false;
            m_region->setEnabled(true);
            done(doc);
        });
    return true;
}

} // namespace volunteers

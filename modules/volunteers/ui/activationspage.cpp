#include "volunteers/ui/activationspage.h"
#include "core/db/backgroundreader.h"
#include "core/ui/columnwidths.h"

#include "core/domain/dates.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/datefield.h"
#include "core/ui/errortext.h"
#include "core/ui/formwidgets.h"
#include "core/ui/pagedsqlmodel.h"
#include "volunteers/domain/activationcommands.h"
#include "volunteers/domain/activationledger.h"
#include "volunteers/domain/eventrepository.h"
#include "volunteers/domain/persondays.h"
#include "volunteers/domain/volunteerreports.h"
#include "volunteers/ui/activationdialog.h"
#include "volunteers/ui/eventdialog.h"
#include "volunteers/ui/importdialog.h"
#include "volunteers/ui/rosterdialog.h"
#include "volunteers/ui/servicesdialog.h"
#include "volunteers/ui/uihelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace volunteers {

using core::ColumnKind;

namespace {
enum Column {
    ColDay,
    ColVolunteer,
    ColTaxCode,
    ColOrganisation,
    ColEvent,
    ColService,
    ColPlace,
    ColNote,
    ColKind,
    ColReversed,
    ColCertified
};
}

ActivationsPage::ActivationsPage(core::AppContext &context, QWidget *parent)
    : TabPage(context, parent)
{
    m_event = new QComboBox(this);
    m_event->setMinimumContentsLength(30);
    ui::fillEvents(m_event, context.db, tr("All events"));
    auto *newEvent = new QPushButton(tr("New &event..."), this);
    m_editEvent = new QPushButton(tr("Change e&vent..."), this);
    m_eventInfo = new QLabel(this);
    m_eventInfo->setWordWrap(true);
    m_eventInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QDate today = context.clock->today();
    m_period = new QCheckBox(tr("Days from"), this);
    m_from = core::makeDateEdit(QDate(today.year(), today.month(), 1), this);
    m_to = core::makeDateEdit(today, this);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Volunteer: surname or codice fiscale"));
    m_search->setClearButtonEnabled(true);
    m_showReversals = new QCheckBox(tr("Show reversed days"), this);
    m_showReversals->setChecked(true);

    m_model = new core::PagedSqlModel(context.db, this);
    (void)ui::setList(m_model, VolunteerLists::activations(context.db),
        {
            { QString(), tr("Day"), ColumnKind::Date, 0, true },
            { QString(), tr("Volunteer"), ColumnKind::Text, 0, false },
            { QString(), tr("Codice fiscale"), ColumnKind::Text, 0, false },
            { QString(), tr("Organisation"), ColumnKind::Text, 0, false },
            { QString(), tr("Event"), ColumnKind::Text, 0, false },
            { QString(), tr("Service"), ColumnKind::Text, 0, false },
            { QString(), tr("Place"), ColumnKind::Text, 0, false },
            { QString(), tr("Note"), ColumnKind::Text, 0, false },
            { QString(), QString(), ColumnKind::Text, 0, false },
            { QString(), QString(), ColumnKind::Integer, 0, false },
            { QString(), QString(), ColumnKind::Integer, 0, false },
        });
    m_model->setDefaultSort(ColDay, Qt::DescendingOrder);
    // Reversals and reversed days in grey; certified days with a tooltip.
    m_model->setRowRoleProvider([](const QVariantList &row, int role) -> QVariant {
        const bool reversal = row.value(ColKind).toString() == QLatin1String("reversal");
        const bool reversed = row.value(ColReversed).toInt() > 0;
        if (role == Qt::ForegroundRole && (reversal || reversed))
            return QColor(0x8a, 0x93, 0x9c);
        if (role == Qt::FontRole && reversed) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
        if (role == Qt::ToolTipRole) {
            if (reversal)
                return tr("Reversal: this day does not count");
            if (reversed)
                return tr("Reversed: this day does not count");
            if (row.value(ColCertified).toInt() > 0)
                return tr("Certified by an attestato");
        }
        return {};
    });
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    ui::setUpTable(m_table);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(ColDay, Qt::DescendingOrder);
    for (int c : { ColKind, ColReversed, ColCertified })
        m_table->setColumnHidden(c, true);
    core::setColumnWidth(m_table, ColDay, 90);
    core::setColumnWidth(m_table, ColVolunteer, 160);
    core::setColumnWidth(m_table, ColTaxCode, 150);
    core::setColumnWidth(m_table, ColOrganisation, 230);
    core::setColumnWidth(m_table, ColEvent, 170);
    core::setColumnWidth(m_table, ColService, 190);
    core::setColumnWidth(m_table, ColPlace, 190);
    m_table->setAccessibleName(tr("Activation ledger"));
    m_summary = new QLabel(this);

    auto *record = new QPushButton(tr("&Record days..."), this);
    auto *roster = new QPushButton(tr("R&oster..."), this);
    roster->setToolTip(tr("Many volunteers on the same day, service and place"));
    m_reverse = new QPushButton(tr("Re&verse day..."), this);
    auto *services = new QPushButton(tr("&Services..."), this);
    auto *import = new QPushButton(tr("&Import spreadsheet..."), this);
    connect(newEvent, &QPushButton::clicked, this, &ActivationsPage::newEvent);
    connect(m_editEvent, &QPushButton::clicked, this, &ActivationsPage::editEvent);
    connect(record, &QPushButton::clicked, this, &ActivationsPage::recordDays);
    connect(roster, &QPushButton::clicked, this, &ActivationsPage::roster);
    connect(m_reverse, &QPushButton::clicked, this, &ActivationsPage::reverse);
    connect(services, &QPushButton::clicked, this, &ActivationsPage::services);
    connect(import, &QPushButton::clicked, this, &ActivationsPage::importCsv);

    auto *eventRow = new QHBoxLayout;
    eventRow->addWidget(new QLabel(tr("Event:"), this));
    eventRow->addWidget(m_event, 1);
    eventRow->addWidget(newEvent);
    eventRow->addWidget(m_editEvent);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_period);
    filterRow->addWidget(m_from);
    filterRow->addWidget(new QLabel(tr("to"), this));
    filterRow->addWidget(m_to);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_showReversals);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(record);
    buttons->addWidget(roster);
    buttons->addWidget(m_reverse);
    buttons->addStretch();
    buttons->addWidget(services);
    buttons->addWidget(import);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(eventRow);
    layout->addWidget(m_eventInfo);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);

    connect(m_event, &QComboBox::currentIndexChanged, this, [this] {
        updateEventInfo();
        applyFilter();
    });
    for (core::DateField *d : { m_from, m_to })
        connect(d, &core::DateField::dateChanged, this, [this] {
            if (m_period->isChecked())
                applyFilter();
        });
    connect(m_period, &QCheckBox::toggled, this, &ActivationsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &ActivationsPage::applyFilter);
    connect(m_showReversals, &QCheckBox::toggled, this, &ActivationsPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const QVariantList row = m_model->rowValues(m_table->currentIndex().row());
        m_reverse->setEnabled(!row.isEmpty() && row.value(ColKind).toString() == QLatin1String("entry")
            && row.value(ColReversed).toInt() == 0);
    });
    m_reverse->setEnabled(false);
    // The row count arrives from the list's worker with a modelReset.
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivationsPage::updateSummary);
    updateEventInfo();
    applyFilter();
}

void ActivationsPage::applyFilter()
{
    const qint64 event = m_event->currentData().toLongLong();
    ActivationListCriteria criteria;
    criteria.eventId = event;
    if (m_period->isChecked()) {
        criteria.from = m_from->date();
        criteria.to = m_to->date();
    }
    criteria.text = m_search->text();
    criteria.withReversals = m_showReversals->isChecked();
    const ListFilter filter = VolunteerLists::activationFilter(criteria);
    m_totalStale = true;
    m_model->setFilter(filter.where, filter.binds); // its modelReset updates the summary
}

void ActivationsPage::showEvent(QShowEvent *event)
{
    if (m_summaryStale)
        updateSummary();
    TabPage::showEvent(event);
}

void ActivationsPage::updateSummary()
{
    // The person-days total reads the whole ledger without a period: only
    // for the page on screen, not while the tab is first built (issue 17).
    if (!isVisible()) {
        m_summaryStale = true;
        return;
    }
    m_summaryStale = false;
    if (m_totalStale) { // once per filter, not again when the rows arrive
        m_totalStale = false;
        // The whole ledger is read on a worker, "counting" meanwhile; the
        // answer for a filter changed since is dropped.
        const int read = ++m_totalRead;
        m_counting = true;
        m_total = tr("counting the person-days…");
        if (!m_reader)
            m_reader = new core::BackgroundReader(this);
        const qint64 event = m_event->currentData().toLongLong();
        const QDate from = m_period->isChecked() ? m_from->date() : QDate();
        const QDate to = m_period->isChecked() ? m_to->date() : QDate();
        auto total = std::make_shared<core::Result<qint64>>(qint64(0));
        m_reader->read(
            context().db.databaseName(),
            [total, event, from, to](const QSqlDatabase &db) {
                PersonDays counter(db);
                *total = event ? counter.totalForEvent(event, from, to) : counter.total(from, to);
            },
            [this, read, total](const core::Error &openError) {
                if (read != m_totalRead)
                    return; // another filter was asked meanwhile
                m_counting = false;
                m_total = !openError.code.isEmpty() ? core::ErrorText::describe(openError)
                    : *total                        ? tr("%Ln person-day(s)", nullptr, int(**total))
                                                    : core::ErrorText::describe(total->error());
                showSummary();
            });
    }
    showSummary();
}

void ActivationsPage::showSummary()
{
    // The rows' count arrives from the list's worker too.
    const QString rows = m_model->isCounted() ? tr("%Ln row(s) in the ledger", nullptr, m_model->rowCount())
                                              : tr("reading the ledger…");
    m_summary->setText(tr("%1 · %2 (volunteers counted once a day)").arg(rows, m_total));
}

void ActivationsPage::updateEventInfo()
{
    const qint64 id = m_event->currentData().toLongLong();
    m_editEvent->setEnabled(id != 0);
    if (!id) {
        m_eventInfo->setText(tr("Choose an event to see its type, act and dates."));
        return;
    }
    auto e = EventRepository(context().db).event(id);
    if (!e || !e->id)
        return;
    const Art39Rule &rule = art39Rule(e->type);
    m_eventInfo->setText(
        tr("<b>%1</b> · limits %2 and %3 a year · authorised by: %4 · %5")
            .arg(VolunteerReports::eventTypeName(e->type).toHtmlEscaped(),
                tr("%n consecutive day(s)", nullptr, rule.maxConsecutiveDays))
            .arg(rule.maxDaysPerYear)
            .arg(e->authorisingAct.toHtmlEscaped(),
                e->endDate.isValid()
                    ? tr("from %1 to %2").arg(core::toItalianDate(e->startDate), core::toItalianDate(e->endDate))
                    : tr("from %1, still open").arg(core::toItalianDate(e->startDate))));
}

void ActivationsPage::tablesChanged(const QStringList &tables)
{
    if (tables.contains(QStringLiteral("activation_event"))) {
        ui::fillEvents(m_event, context().db, tr("All events"));
        updateEventInfo();
    }
    if (tables.contains(QStringLiteral("activation")))
        applyFilter(); // the person-days summary
}

void ActivationsPage::newEvent()
{
    EventDialog dialog(context(), commands(), 0, this);
    if (dialog.exec() == QDialog::Accepted) {
        ui::fillEvents(m_event, context().db, tr("All events"));
        core::selectByData(m_event, dialog.eventId());
    }
}

void ActivationsPage::editEvent()
{
    const qint64 id = m_event->currentData().toLongLong();
    if (!id)
        return;
    EventDialog dialog(context(), commands(), id, this);
    dialog.exec();
}

void ActivationsPage::recordDays()
{
    ActivationDialog dialog(context(), commands(), this);
    if (const qint64 id = m_event->currentData().toLongLong())
        dialog.setEvent(id);
    dialog.exec();
}

void ActivationsPage::roster()
{
    RosterDialog dialog(context(), commands(), this);
    if (const qint64 id = m_event->currentData().toLongLong())
        dialog.setEvent(id);
    dialog.exec();
}

void ActivationsPage::reverse()
{
    const QVariantList row = m_model->rowValues(m_table->currentIndex().row());
    if (row.isEmpty())
        return;
    const qint64 id = m_model->keyAt(m_table->currentIndex().row()).toLongLong();
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Reverse day"),
        tr("Reverse the day %1 of %2 (%3)? The ledger keeps the day and this reversal.\nWhy:")
            .arg(core::toItalianDate(core::fromSqlDate(row.value(ColDay).toString())),
                row.value(ColVolunteer).toString(), row.value(ColService).toString()),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    bool evenIfCertified = false;
    if (row.value(ColCertified).toInt() > 0) {
        if (QMessageBox::warning(this, tr("Reverse day"),
                tr("This day is certified by an attestato already issued. Reverse it anyway?"),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
            return;
        evenIfCertified = true;
    }
    if (auto s = commands().run(std::make_shared<VoidActivation>(id, reason, evenIfCertified)); !s)
        ui::showError(this, tr("Reverse day"), s.error());
}

void ActivationsPage::services()
{
    ServicesDialog dialog(context(), commands(), this);
    dialog.exec();
}

void ActivationsPage::importCsv()
{
    ImportDialog dialog(context(), commands(), ImportDialog::Activations, this);
    dialog.exec();
}

} // namespace volunteers

#include "deliveries/ui/dayplanpage.h"
#include "core/ui/columnwidths.h"

#include "core/db/backgroundreader.h"
#include "core/ui/appcontext.h"
#include "core/ui/comunimapwidget.h"
#include "core/ui/datefield.h"
#include "core/ui/errortext.h"
#include "core/ui/formwidgets.h"
#include "core/ui/reportactions.h"
#include "deliveries/domain/deliverylabels.h"
#include "deliveries/domain/deliverynotes.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace deliveries {

namespace {
constexpr int deliveryIdRole = Qt::UserRole + 1;
}

DayPlanPage::DayPlanPage(core::AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_date = core::makeDateEdit(context.clock->today(), this, tr("Day"));
    auto *weekday = new QLabel(QLocale().dayName(m_date->date().dayOfWeek()), this);
    connect(m_date, &core::DateField::dateChanged, weekday,
        [weekday](const QDate &d) { weekday->setText(QLocale().dayName(d.dayOfWeek())); });
    auto *previous = new QPushButton(QStringLiteral("◀"), this);
    auto *next = new QPushButton(QStringLiteral("▶"), this);
    auto *today = new QPushButton(tr("&Today"), this);
    previous->setToolTip(tr("Previous day"));
    next->setToolTip(tr("Next day"));
    for (QPushButton *b : { previous, next })
        b->setMaximumWidth(40);
    connect(previous, &QPushButton::clicked, this, [this] { m_date->setDate(m_date->date().addDays(-1)); });
    connect(next, &QPushButton::clicked, this, [this] { m_date->setDate(m_date->date().addDays(1)); });
    connect(today, &QPushButton::clicked, this, [this] { m_date->setDate(m_context.clock->today()); });
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_warnings = new QLabel(this);
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    m_warnings->hide();
    auto *tripSheet = new QPushButton(tr("Print the &trip sheet..."), this);
    auto *notes = new QPushButton(tr("Print the day's &DDTs..."), this);
    notes->setToolTip(tr("Every delivery note of the day in one print job, one per page."));
    connect(tripSheet, &QPushButton::clicked, this, &DayPlanPage::printTripSheet);
    connect(notes, &QPushButton::clicked, this, &DayPlanPage::printNotes);

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(9);
    m_tree->setHeaderLabels({ tr("Stop"), tr("Agreed"), tr("Arrival"), tr("DDT"), tr("Recipient"), tr("Address"),
        tr("kg"), tr("Packages"), tr("km") });
    m_tree->setAlternatingRowColors(true);
    m_tree->setAccessibleName(tr("Rounds of the day"));
    const QList<int> widths { 175, 50, 55, 85, 210, 150, 65, 45, 50 };
    for (int i = 0; i < widths.size(); ++i)
        core::setColumnWidth(m_tree, i, widths.at(i));
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(0, deliveryIdRole).toLongLong())
            emit deliveryActivated(id);
    });
    m_map = new core::ComuniMapWidget(this);

    auto *top = new QHBoxLayout;
    top->addWidget(previous);
    top->addWidget(m_date);
    top->addWidget(weekday);
    top->addWidget(next);
    top->addWidget(today);
    top->addWidget(m_summary, 1);
    top->addWidget(tripSheet);
    top->addWidget(notes);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tree);
    split->addWidget(m_map);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({ 900, 560 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_warnings);
    layout->addWidget(split, 1);
    m_reader = new core::BackgroundReader(this);
    // The map's outlines are read (and parsed) on the worker too, before
    // the plan: "loading" on the map meanwhile.
    m_map->loadInBackground(m_reader, context.db.databaseName());
    connect(m_date, &core::DateField::dateChanged, this, &DayPlanPage::refresh);
    refresh();
}

bool DayPlanPage::isReading() const
{
    return m_reading || m_map->isLoading();
}

void DayPlanPage::setDate(const QDate &date)
{
    if (m_date->date() == date)
        refresh();
    else
        m_date->setDate(date);
}

void DayPlanPage::refresh()
{
    const int read = ++m_read;
    m_reading = true;
    m_summary->setText(tr("Reading the plan of the day…"));
    auto answer = std::make_shared<std::optional<core::Result<DayPlanResult>>>();
    const QDate day = m_date->date();
    m_reader->read(
        m_context.db.databaseName(), [answer, day](const QSqlDatabase &db) { *answer = DayPlan::plan(db, day); },
        [this, read, answer](const core::Error &openError) {
            if (read != m_read)
                return; // another day was asked for meanwhile
            m_reading = false;
            showPlan(openError.code.isEmpty() && *answer ? **answer : core::Result<DayPlanResult>(openError));
        });
}

void DayPlanPage::showPlan(const core::Result<DayPlanResult> &plan)
{
    m_tree->clear();
    if (!plan) {
        m_summary->setText(core::ErrorText::describe(plan.error()));
        return;
    }
    m_plan = *plan;
    const QLocale locale;
    QHash<int, double> stops;
    for (int r = 0; r < m_plan.rounds.size(); ++r) {
        const VehicleRound &round = m_plan.rounds.at(r);
        auto *top = new QTreeWidgetItem(m_tree);
        top->setText(0, round.vehicle.isEmpty() ? tr("Vehicle not assigned") : round.vehicle);
        QStringList crew { round.driver, round.organisation };
        crew.removeAll(QString());
        top->setText(4, crew.join(QStringLiteral(" · ")));
        top->setText(6, core::kgRounded(round.grams, locale, 0));
        top->setText(7, locale.toString(round.packages));
        top->setText(8, locale.toString(round.totalMetres / 1000.0, 'f', 1));
        QFont bold = top->font(0);
        bold.setBold(true);
        for (int c = 0; c < 9; ++c)
            top->setFont(c, bold);
        for (int i = 0; i < round.stops.size(); ++i) {
            const Delivery &d = round.stops.at(i);
            auto *item = new QTreeWidgetItem(top);
            item->setData(0, deliveryIdRole, d.id);
            item->setText(0, tr("%1. %2").arg(i + 1).arg(DeliveryLabels::deliveryStatus(d.status)));
            item->setText(1, d.time.isValid() ? locale.toString(d.time, QStringLiteral("HH:mm")) : QString());
            const QTime arrival = round.arrivals.value(i);
            item->setText(2, arrival.isValid() ? locale.toString(arrival, QStringLiteral("HH:mm")) : QString());
            if (round.missed.value(i)) {
                item->setText(2, tr("%1 ⚠").arg(item->text(2)));
                item->setForeground(2, QColor(0xb7, 0x1c, 0x1c));
                item->setToolTip(2, DayPlan::missedTimeText(round, i, r, locale));
            }
            item->setText(3, d.number);
            item->setText(4, d.recipient.name);
            if (d.recipient.address.trimmed().isEmpty()) {
                item->setText(5, tr("⚠ no address, %1").arg(d.recipient.comuneName));
                item->setForeground(5, QColor(0xb7, 0x1c, 0x1c));
            } else {
                item->setText(5, DeliveryLabels::address(d.recipient));
            }
            item->setText(6, core::kgRounded(d.grams(), locale, 1));
            item->setText(7, d.totalPackages() > 0 ? locale.toString(d.totalPackages()) : QString());
            item->setText(8,
                i < round.stops.size() - round.unrouted ? locale.toString(round.legMetres.at(i) / 1000.0, 'f', 1)
                                                        : tr("?"));
            if (d.status == DeliveryStatus::Delivered)
                item->setForeground(0, QColor(0x1b, 0x5e, 0x20));
            stops[d.recipient.comuneId] += core::gramsToKg(d.grams());
        }
        auto *back = new QTreeWidgetItem(top);
        back->setText(0, tr("Back to the Idroscalo"));
        back->setText(8, locale.toString(round.returnMetres / 1000.0, 'f', 1));
        top->setExpanded(true);
    }
    QStringList warnings;
    const QList<Delivery> noAddress = m_plan.withoutAddress();
    if (!noAddress.isEmpty()) {
        QStringList names;
        for (const Delivery &d : noAddress)
            names.append(d.recipient.name);
        warnings.append(tr("%Ln recipient(s) of the day without an address: %1. Record it under Recipients before "
                           "printing the DDTs.",
            nullptr, int(noAddress.size()))
                            .arg(names.join(QStringLiteral(", "))));
    }
    for (int r = 0; r < m_plan.rounds.size(); ++r)
        for (int i = 0; i < m_plan.rounds.at(r).stops.size(); ++i)
            if (m_plan.rounds.at(r).missed.value(i))
                warnings.append(DayPlan::missedTimeText(m_plan.rounds.at(r), i, r, locale));
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
    if (m_plan.rounds.isEmpty())
        m_summary->setText(tr("No deliveries on this day."));
    else
        m_summary->setText(
            tr("%1 in %2, %3 km in all (straight lines from the Idroscalo and back).")
                .arg(tr("%Ln delivery(ies)", nullptr, m_plan.deliveries),
                    tr("%Ln round(s)", nullptr, int(m_plan.rounds.size())),
                    locale.toString(m_plan.totalMetres / 1000.0, 'f', 1)));
    m_map->setValues(
        stops, tr("kg of the day"), [locale](double v) { return tr("%1 kg").arg(locale.toString(v, 'f', 0)); });
}

void DayPlanPage::printTripSheet()
{
    core::ReportRequest request;
    request.operatorName = m_context.operatorName;
    request.now = m_context.clock->now();
    request.at = m_date->date();
    core::ReportActions::preview(this, DayPlan::tripSheet(m_plan, request));
}

void DayPlanPage::printNotes()
{
    core::ReportRequest request;
    request.operatorName = m_context.operatorName;
    request.now = m_context.clock->now();
    request.at = m_date->date();
    auto doc = DeliveryNotes::day(m_context.db, request);
    if (!doc) {
        QMessageBox::warning(this, tr("Delivery notes"), core::ErrorText::describe(doc.error()));
        return;
    }
    core::ReportActions::preview(this, *doc);
}

} // namespace deliveries

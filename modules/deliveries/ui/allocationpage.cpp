#include "deliveries/ui/allocationpage.h"
#include "core/ui/columnwidths.h"

#include "core/db/backgroundreader.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/datefield.h"
#include "core/ui/errortext.h"
#include "core/ui/formattedsqlmodel.h"
#include "core/ui/formwidgets.h"
#include "core/ui/reportactions.h"
#include "deliveries/domain/allocationcommands.h"
#include "deliveries/domain/deliverylabels.h"
#include "deliveries/domain/deliveryreports.h"
#include "deliveries/domain/listqueries.h"
#include "deliveries/domain/lookups.h"
#include "deliveries/ui/actiondialogs.h"
#include "deliveries/ui/allocationmodel.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <optional>

namespace deliveries {

namespace {

// Draws the fill rate as a bar behind its percentage.
class FillRateDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const double rate = std::clamp(index.data(AllocationModel::FillRateRole).toDouble(), 0.0, 1.0);
        painter->save();
        const QRect bar = option.rect.adjusted(3, 4, -3, -4);
        painter->fillRect(bar, QColor(0xee, 0xf1, 0xf4));
        QRect filled = bar;
        filled.setWidth(int(bar.width() * rate));
        painter->fillRect(filled, rate >= 0.999 ? QColor(0x9e, 0xd9, 0xa0) : QColor(0x9e, 0xca, 0xe1));
        painter->restore();
        QStyleOptionViewItem plain = option;
        plain.backgroundBrush = Qt::NoBrush;
        QStyledItemDelegate::paint(painter, plain, index);
    }
};

enum HistoryColumn { HDate, HMethod, HUnmet, HRequests, HGiven, HOperator, HNotes };

} // namespace

AllocationPage::AllocationPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_commands(commands)
{
    m_date = core::makeDateEdit(context.clock->today(), this, tr("Day of the allocation"));
    m_weighting = new QComboBox(this);
    m_weighting->addItem(DeliveryLabels::weighting(Weighting::Request), int(Weighting::Request));
    m_weighting->addItem(DeliveryLabels::weighting(Weighting::Population), int(Weighting::Population));
    m_weighting->setToolTip(
        tr("When the goods are not enough: shares in proportion to what each comune asked, or to its residents "
           "(never more than asked)."));
    m_unmet = new QComboBox(this);
    m_unmet->addItem(DeliveryLabels::unmetPolicy(UnmetPolicy::CarryOver), int(UnmetPolicy::CarryOver));
    m_unmet->addItem(DeliveryLabels::unmetPolicy(UnmetPolicy::Close), int(UnmetPolicy::Close));
    m_unmet->setToolTip(
        tr("Carry over: what a request does not get becomes a new request that waits for the next allocation. "
           "Close: it is not given."));
    m_waiting = new QLabel(this);
    m_calculateButton = new QPushButton(tr("&Calculate the shares"), this);
    connect(m_calculateButton, &QPushButton::clicked, this, &AllocationPage::calculate);

    m_pools = new QListWidget(this);
    m_pools->setAccessibleName(tr("Goods to share"));
    m_pools->setMinimumWidth(260);
    m_poolFacts = new QLabel(this);
    m_poolFacts->setWordWrap(true);
    m_available = new QSpinBox(this);
    m_available->setRange(0, 99999999);
    m_available->setAccessibleName(tr("To share"));
    auto *reshare = new QPushButton(tr("&Share again"), this);
    reshare->setToolTip(
        tr("Shares the quantity written on the left among the requests (changes by hand are dropped)."));
    connect(reshare, &QPushButton::clicked, this, [this] { setAvailable(m_available->value()); });
    m_model = new AllocationModel(this);
    m_shares = new QTableView(this);
    m_shares->setModel(m_model);
    m_shares->setItemDelegateForColumn(AllocationModel::FillRate, new FillRateDelegate(m_shares));
    m_shares->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_shares->setSelectionMode(QAbstractItemView::SingleSelection);
    m_shares->verticalHeader()->hide();
    m_shares->verticalHeader()->setDefaultSectionSize(m_shares->fontMetrics().height() + 8);
    m_shares->setAccessibleName(tr("Shares"));
    const QList<int> widths { 150, 200, 100, 80, 80, 90, 80, 110 };
    for (int i = 0; i < widths.size(); ++i)
        core::setColumnWidth(m_shares, i, widths.at(i));
    m_shares->horizontalHeader()->setStretchLastSection(true);
    connect(m_shares, &QTableView::doubleClicked, this, &AllocationPage::overrideSelected);
    auto *change = new QPushButton(tr("C&hange this share..."), this);
    connect(change, &QPushButton::clicked, this, &AllocationPage::overrideSelected);
    m_notes = new QLineEdit(this);
    m_notes->setPlaceholderText(tr("Notes of the allocation (optional)"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_confirm = new QPushButton(tr("C&onfirm the allocation"), this);
    m_confirm->setEnabled(false);
    connect(m_confirm, &QPushButton::clicked, this, [this] { confirm(); });

    // Allocations made.
    m_history = new core::FormattedSqlModel(context.db, this);
    m_history->setSource(AllocationListQuery::from(), AllocationListQuery::key());
    const QStringList sql = AllocationListQuery::columns();
    m_history->setColumns({
        { sql.at(HDate), tr("Day"), core::ColumnKind::Date, 0, true },
        { sql.at(HMethod), tr("Method") },
        { sql.at(HUnmet), tr("Unmet demand") },
        { sql.at(HRequests), tr("Request lines") },
        { sql.at(HGiven), tr("Given / asked") },
        { sql.at(HOperator), tr("By") },
        { sql.at(HNotes), tr("Notes") },
    });
    m_history->setDefaultSort(HDate, Qt::DescendingOrder);
    m_history->setWatchedTables({ QStringLiteral("delivery_allocation") });
    m_history->setFormatter(
        HDate, [](const QVariantList &row, int c) { return core::FormattedSqlModel::isoDate(row.at(c)); });
    m_history->setFormatter(HMethod, [](const QVariantList &row, int c) -> QVariant {
        return DeliveryLabels::weighting(weightingFromCode(row.at(c).toString()));
    });
    m_history->setFormatter(HUnmet, [](const QVariantList &row, int c) -> QVariant {
        return DeliveryLabels::unmetPolicy(unmetPolicyFromCode(row.at(c).toString()));
    });
    m_history->setFormatter(HGiven, [](const QVariantList &row, int c) -> QVariant {
        // "Bevande 4632/6484, ..." from the query: the figures as the
        // language writes them ("4.632/6.484").
        static const QRegularExpression figures(QStringLiteral("(\\d+)/(\\d+)"));
        const QString text = row.at(c).toString();
        const QLocale locale;
        QString out;
        qsizetype from = 0;
        for (auto it = figures.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            out += text.mid(from, m.capturedStart() - from) + locale.toString(m.captured(1).toLongLong())
                + QLatin1Char('/') + locale.toString(m.captured(2).toLongLong());
            from = m.capturedEnd();
        }
        return out + text.mid(from);
    });
    m_historyView = new QTableView(this);
    m_historyView->setModel(m_history);
    m_historyView->setWordWrap(false); // one line per allocation: a second one was cut in half
    m_historyView->setSortingEnabled(true);
    m_historyView->horizontalHeader()->setSortIndicator(HDate, Qt::DescendingOrder);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyView->verticalHeader()->hide();
    m_historyView->setAccessibleName(tr("Allocations made"));
    const QList<int> hwidths { 90, 190, 200, 100, 420, 110 };
    for (int i = 0; i < hwidths.size(); ++i) // never narrower than the header ("Righe di richiesta")
        core::setColumnWidth(m_historyView, i, hwidths.at(i));
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    auto *print = new QPushButton(tr("&Print the allocation..."), this);
    auto *plan = new QPushButton(tr("Plan its &deliveries..."), this);
    auto selectedAllocation = [this]() -> qint64 {
        const QModelIndex i = m_historyView->currentIndex();
        return i.isValid() ? m_history->keyAt(i.row()).toLongLong() : 0;
    };
    connect(print, &QPushButton::clicked, this, [this, selectedAllocation] {
        if (const qint64 id = selectedAllocation())
            printAllocation(id);
    });
    connect(plan, &QPushButton::clicked, this, [this, selectedAllocation] {
        if (const qint64 id = selectedAllocation())
            planDeliveries(id);
    });

    // Layout.
    auto *setup = new QHBoxLayout;
    setup->addWidget(new QLabel(tr("Day:"), this));
    setup->addWidget(m_date);
    setup->addWidget(new QLabel(tr("Method:"), this));
    setup->addWidget(m_weighting);
    setup->addWidget(new QLabel(tr("Unmet demand:"), this));
    setup->addWidget(m_unmet);
    setup->addWidget(m_calculateButton);
    setup->addWidget(m_waiting, 1);
    auto *availableRow = new QHBoxLayout;
    availableRow->addWidget(new QLabel(tr("To share:"), this));
    availableRow->addWidget(m_available);
    availableRow->addWidget(reshare);
    availableRow->addStretch();
    availableRow->addWidget(change);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_poolFacts);
    rightLayout->addLayout(availableRow);
    rightLayout->addWidget(m_shares, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_pools);
    split->addWidget(right);
    split->setStretchFactor(1, 4);
    auto *confirmRow = new QHBoxLayout;
    confirmRow->addWidget(m_notes, 2);
    confirmRow->addWidget(m_confirm);
    auto *historyBox = new QGroupBox(tr("Allocations made"), this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_historyView, 1);
    auto *historyButtons = new QHBoxLayout;
    historyButtons->addStretch();
    historyButtons->addWidget(print);
    historyButtons->addWidget(plan);
    historyLayout->addLayout(historyButtons);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(setup);
    topLayout->addWidget(split, 1);
    topLayout->addWidget(m_summary);
    topLayout->addLayout(confirmRow);
    vertical->addWidget(top);
    vertical->addWidget(historyBox);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(vertical);

    m_history->setFilter(QString());
    connect(m_pools, &QListWidget::currentRowChanged, this, &AllocationPage::showPool);
    m_reader = new core::BackgroundReader(this);
    connect(m_date, &core::DateField::dateChanged, this, &AllocationPage::refreshWaiting);
    refreshWaiting();
    m_poolFacts->setText(
        tr("Calculate the shares: the requests waiting on the day are grouped by kind of goods and shared out "
           "with what the warehouse holds. Nothing is recorded until you confirm."));
}

void AllocationPage::refreshWaiting()
{
    const int read = ++m_read;
    m_readingWaiting = true;
    auto waiting = std::make_shared<int>(-1);
    const QDate day = m_date->date();
    const core::Clock *clock = m_context.clock;
    m_reader->read(
        m_context.db.databaseName(),
        [waiting, day, clock](const QSqlDatabase &db) {
            if (auto requests = AllocationService(db, *clock).waitingRequests(day))
                *waiting = int(requests->size());
        },
        [this, read, waiting](const core::Error &) {
            if (read != m_read)
                return; // another day was asked for meanwhile
            m_readingWaiting = false;
            m_waiting->setText(*waiting >= 0 ? tr("%Ln request(s) waiting", nullptr, *waiting) : QString());
        });
}

bool AllocationPage::calculate()
{
    if (m_calculating)
        return false; // the one asked is on its way
    AllocationSetup setup;
    setup.date = m_date->date();
    setup.weighting = Weighting(m_weighting->currentData().toInt());
    setup.unmet = UnmetPolicy(m_unmet->currentData().toInt());
    // Every waiting request and its lines, the stock of the day: read on
    // the worker; the page says so meanwhile and takes no second click.
    m_calculating = true;
    m_calculateButton->setEnabled(false);
    m_confirm->setEnabled(false);
    m_hasPlan = false;
    m_pools->clear();
    m_model->setPool(nullptr, setup.weighting);
    m_summary->clear();
    m_poolFacts->setText(
        tr("Calculating the shares of %1…").arg(QLocale().toString(setup.date, QStringLiteral("dd/MM/yyyy"))));
    auto answer = std::make_shared<std::optional<core::Result<AllocationPlan>>>();
    const core::Clock *clock = m_context.clock;
    m_reader->read(
        m_context.db.databaseName(),
        [answer, setup, clock](const QSqlDatabase &db) { *answer = AllocationService(db, *clock).plan(setup); },
        [this, answer](const core::Error &openError) {
            m_calculating = false;
            m_calculateButton->setEnabled(true);
            if (!openError.code.isEmpty() || !*answer)
                showPlan(core::Result<AllocationPlan>(openError));
            else
                showPlan(**answer);
        });
    return true;
}

void AllocationPage::showPlan(const core::Result<AllocationPlan> &plan)
{
    if (!plan) {
        m_hasPlan = false;
        m_confirm->setEnabled(false);
        m_poolFacts->setText(core::ErrorText::describe(plan.error()));
        m_summary->clear();
        emit calculated(false);
        return;
    }
    m_plan = *plan;
    m_hasPlan = true;
    for (int i = 0; i < m_plan.pools.size(); ++i)
        m_pools->addItem(QString());
    updateSummary();
    m_pools->setCurrentRow(0);
    m_confirm->setEnabled(true);
    emit calculated(true);
}

void AllocationPage::updateSummary()
{
    const QLocale locale;
    int scarce = 0;
    for (int i = 0; i < m_plan.pools.size(); ++i) {
        const AllocationPoolPlan &p = m_plan.pools.at(i);
        const double rate = p.requested > 0 ? 100.0 * double(p.allocated()) / double(p.requested) : 100.0;
        if (p.allocated() < p.requested)
            ++scarce;
        if (QListWidgetItem *item = m_pools->item(i)) {
            item->setText(tr("%1\n%2 of %3 asked (%4)")
                              .arg(p.label, DeliveryLabels::units(p.allocated(), p.byPiece, locale),
                                  DeliveryLabels::units(p.requested, p.byPiece, locale),
                                  locale.toString(rate, 'f', 0) + locale.percent()));
            item->setForeground(rate < 99.95 ? QColor(0xa1, 0x5c, 0x00) : QColor(0x1b, 0x5e, 0x20));
        }
    }
    m_summary->setText(
        tr("%1, %2: %3, shared as chosen; the others are given in full.")
            .arg(tr("%Ln request(s)", nullptr, int(m_plan.requestIds.size())),
                tr("%Ln kind(s) of goods", nullptr, int(m_plan.pools.size())), tr("%Ln short", nullptr, scarce)));
}

void AllocationPage::showPool(int index)
{
    if (index < 0 || index >= m_plan.pools.size()) {
        m_model->setPool(nullptr, m_plan.weighting);
        return;
    }
    const AllocationPoolPlan &p = m_plan.pools.at(index);
    const QLocale locale;
    m_model->setPool(&p, m_plan.weighting);
    m_shares->setColumnHidden(
        AllocationModel::Weight, m_plan.weighting == Weighting::Request); // the weight is the request
    const QSignalBlocker block(m_available);
    m_available->setSuffix(p.byPiece ? tr(" pcs") : tr(" kg"));
    m_available->setValue(int(std::min<qint64>(p.available, 99999999)));
    QString facts
        = tr("<b>%1</b>: the warehouse can issue %2 on the day; %3 already promised (planned deliveries, allocations "
             "not yet planned). Asked: %4.")
              .arg(p.label.toHtmlEscaped(), DeliveryLabels::units(p.inStock, p.byPiece, locale),
                  DeliveryLabels::units(p.reserved, p.byPiece, locale),
                  DeliveryLabels::units(p.requested, p.byPiece, locale));
    if (p.outcome.scarce)
        facts += QStringLiteral("<br/>")
            + tr("Not enough for everyone: each request gets %1, never more than it asked; the units left after "
                 "the whole parts go to the largest remainders (%Ln request(s) got one more).",
                nullptr, p.outcome.roundedUp)
                  .arg(m_plan.weighting == Weighting::Population ? tr("a share per resident of its comune")
                                                                 : tr("the same share of what it asked"));
    else
        facts += QStringLiteral("<br/>") + tr("Enough for everyone: every request gets what it asked.");
    m_poolFacts->setText(facts);
}

bool AllocationPage::setAvailable(qint64 units)
{
    const int index = m_pools->currentRow();
    if (!m_hasPlan || index < 0 || index >= m_plan.pools.size())
        return false;
    AllocationPoolPlan &pool = m_plan.pools[index];
    const qint64 previous = pool.available;
    pool.available = units;
    if (auto s = AllocationService::share(pool, m_plan.weighting); !s) {
        pool.available = previous;
        QMessageBox::warning(this, tr("Allocation"), core::ErrorText::describe(s.error()));
        return false;
    }
    showPool(index);
    updateSummary();
    return true;
}

bool AllocationPage::overrideShare(int line, qint64 units, const QString &reason)
{
    const int index = m_pools->currentRow();
    if (!m_hasPlan || index < 0 || index >= m_plan.pools.size())
        return false;
    if (auto s = AllocationService::override(m_plan.pools[index], line, units, reason); !s) {
        QMessageBox::warning(this, tr("Change a share"), core::ErrorText::describe(s.error()));
        return false;
    }
    m_model->refresh();
    updateSummary();
    return true;
}

void AllocationPage::overrideSelected()
{
    const int index = m_pools->currentRow();
    const QModelIndex current = m_shares->currentIndex();
    if (!m_hasPlan || index < 0 || !current.isValid())
        return;
    const AllocationPoolPlan &pool = m_plan.pools.at(index);
    OverrideDialog dialog(pool, pool.lines.at(current.row()), this);
    if (dialog.exec() == QDialog::Accepted)
        overrideShare(current.row(), dialog.units(), dialog.reason());
}

qint64 AllocationPage::confirm(bool askToPlanDeliveries)
{
    if (!m_hasPlan || m_calculating)
        return 0;
    auto command = std::make_shared<ConfirmAllocation>(m_plan, m_notes->text(),
        tr("Nothing available in the allocation of %1").arg(m_plan.date.toString(QStringLiteral("dd/MM/yyyy"))));
    if (auto s = m_commands.run(command); !s) {
        QMessageBox::warning(this, tr("Allocation"), core::ErrorText::describe(s.error()));
        return 0;
    }
    const qint64 id = command->allocationId();
    m_hasPlan = false;
    m_pools->clear();
    m_model->setPool(nullptr, m_plan.weighting);
    m_confirm->setEnabled(false);
    m_notes->clear();
    m_poolFacts->setText(tr("Allocation recorded. The requests that received something are now allocated."));
    m_summary->clear();
    refreshWaiting();
    m_history->refresh();
    if (askToPlanDeliveries
        && QMessageBox::question(this, tr("Allocation"), tr("Allocation recorded. Plan the deliveries now?"))
            == QMessageBox::Yes)
        planDeliveries(id);
    return id;
}

void AllocationPage::planDeliveries(qint64 allocationId)
{
    auto count = Lookups::requestsWithoutDelivery(m_context.db, allocationId);
    const int requests = count ? *count : 0;
    if (requests == 0) {
        QMessageBox::information(
            this, tr("Plan the deliveries"), tr("Every request of this allocation has its delivery already."));
        return;
    }
    DeliveryDefaultsDialog dialog(m_context, requests, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto s = m_commands.run(std::make_shared<CreateAllocationDeliveries>(allocationId, dialog.defaults())); !s) {
        QMessageBox::warning(this, tr("Plan the deliveries"), core::ErrorText::describe(s.error()));
        return;
    }
    emit deliveriesPlanned();
}

void AllocationPage::printAllocation(qint64 allocationId)
{
    core::ReportRequest request;
    request.operatorName = m_context.operatorName;
    request.now = m_context.clock->now();
    auto doc = DeliveryReports::allocationSheet(m_context.db, allocationId, request);
    if (!doc) {
        QMessageBox::warning(this, tr("Allocation"), core::ErrorText::describe(doc.error()));
        return;
    }
    core::ReportActions::preview(this, *doc);
}

} // namespace deliveries

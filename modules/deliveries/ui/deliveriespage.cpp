#include "deliveries/ui/deliveriespage.h"
#include "core/ui/columnwidths.h"

#include "core/domain/dates.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/datefield.h"
#include "core/ui/errortext.h"
#include "core/ui/formattedsqlmodel.h"
#include "core/ui/formwidgets.h"
#include "core/ui/reportactions.h"
#include "deliveries/domain/deliverycommands.h"
#include "deliveries/domain/deliverylabels.h"
#include "deliveries/domain/deliverynotes.h"
#include "deliveries/domain/deliveryrepository.h"
#include "deliveries/domain/listqueries.h"
#include "deliveries/ui/actiondialogs.h"
#include "deliveries/ui/choices.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace deliveries {

using core::ColumnKind;

namespace {
enum Column {
    Date,
    Time,
    Number,
    Recipient,
    Kind,
    Comune,
    Status,
    Goods,
    Weight,
    Packages,
    Vehicle,
    Driver,
    StatusCode
};
}

DeliveriesPage::DeliveriesPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_commands(commands)
{
    const QDate today = context.clock->today();
    m_from = core::makeDateEdit(today.addDays(-14), this, tr("From"));
    m_to = core::makeDateEdit(today.addDays(14), this, tr("To"));
    m_status = new QComboBox(this);
    m_status->addItem(tr("Every state"), QString());
    for (DeliveryStatus s : allDeliveryStatuses())
        m_status->addItem(DeliveryLabels::deliveryStatus(s), deliveryStatusCode(s));
    m_status->setAccessibleName(tr("State"));
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Every recipient"), QString());
    for (RecipientKind k : allRecipientKinds())
        m_kind->addItem(DeliveryLabels::recipientKindPlural(k), recipientKindCode(k));
    m_kind->setAccessibleName(tr("Type of recipient"));
    m_comune = new QComboBox(this);
    Choices::fillComuni(m_comune, context.db, tr("Every comune"));
    m_comune->setAccessibleName(tr("Comune"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search DDT number, recipient, vehicle or driver"));
    m_search->setClearButtonEnabled(true);

    m_model = new core::FormattedSqlModel(context.db, this);
    m_model->setSource(DeliveryListQuery::from(), DeliveryListQuery::key());
    const QStringList sql = DeliveryListQuery::columns();
    m_model->setColumns({
        { sql.at(Date), tr("Day"), ColumnKind::Date, 0, true },
        { sql.at(Time), tr("Time") },
        { sql.at(Number), tr("DDT"), ColumnKind::Text, 0, true },
        { sql.at(Column::Recipient), tr("Recipient") },
        { sql.at(Kind), tr("Type") },
        { sql.at(Comune), tr("Comune") },
        { sql.at(Status), tr("State"), ColumnKind::Text, 0, true },
        { sql.at(Goods), tr("Goods") },
        { sql.at(Weight), tr("kg"), ColumnKind::Grams, 1 },
        { sql.at(Packages), tr("Packages"), ColumnKind::Integer },
        { sql.at(Vehicle), tr("Vehicle") },
        { sql.at(Driver), tr("Driver") },
        { sql.at(StatusCode), QString() },
    });
    m_model->setDefaultSort(Date, Qt::DescendingOrder);
    m_model->setWatchedTables({ QStringLiteral("delivery"), QStringLiteral("delivery_line") });
    m_model->setFormatter(
        Date, [](const QVariantList &row, int c) { return core::FormattedSqlModel::isoDate(row.at(c)); });
    m_model->setFormatter(Kind, [](const QVariantList &row, int c) -> QVariant {
        RecipientKind kind = RecipientKind::Other;
        recipientKindFromCode(row.at(c).toString(), &kind);
        return DeliveryLabels::recipientKind(kind);
    });
    m_model->setFormatter(Status, [](const QVariantList &row, int c) -> QVariant {
        return DeliveryLabels::deliveryStatus(deliveryStatusFromCode(row.at(c).toString()));
    });
    m_model->setRowRoleProvider([](const QVariantList &row, int role) -> QVariant {
        const QString s = row.value(StatusCode).toString();
        if (role == Qt::ForegroundRole && (s == QLatin1String("cancelled") || s == QLatin1String("returned")))
            return QColor(0x6b, 0x6b, 0x6b);
        if (role == Qt::BackgroundRole && s == QLatin1String("loaded"))
            return QColor(0xe3, 0xf0, 0xfb);
        if (role == Qt::BackgroundRole && s == QLatin1String("planned"))
            return QColor(0xff, 0xf6, 0xdd);
        return {};
    });

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(Date, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setAccessibleName(tr("Deliveries"));
    m_view->setColumnHidden(StatusCode, true);
    const QList<int> widths { 85, 50, 90, 200, 55, 120, 92, 170, 65, 55, 170 };
    for (int i = 0; i < widths.size(); ++i)
        core::setColumnWidth(m_view, i, widths.at(i));
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (const qint64 id = selectedId())
            emit editRequested(id);
    });

    // The selected delivery.
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_lines = new QTableWidget(0, 4, this);
    m_lines->setHorizontalHeaderLabels({ tr("Goods"), tr("Quantity"), tr("Packages"), tr("kg") });
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_lines->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_lines->verticalHeader()->hide();
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setWordWrap(true);
    m_lines->setAccessibleName(tr("Goods of the delivery"));
    m_story = new QTextBrowser(this);
    m_story->setAccessibleName(tr("Story of the delivery"));
    m_story->setMaximumHeight(130);
    m_edit = new QPushButton(tr("&Edit..."), this);
    m_load = new QPushButton(tr("Confirm &loading"), this);
    m_load->setToolTip(
        tr("The goods leave the warehouse: they are issued from stock, first-expired-first-out, and the lots are "
           "recorded on the delivery note."));
    m_deliver = new QPushButton(tr("&Delivered and signed..."), this);
    m_return = new QPushButton(tr("&Return..."), this);
    m_return->setToolTip(tr("The goods come back: they return to stock into the lots they left."));
    m_cancel = new QPushButton(tr("Ca&ncel..."), this);
    m_print = new QPushButton(tr("&Print the DDT..."), this);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId())
            emit editRequested(id);
    });
    connect(m_load, &QPushButton::clicked, this, &DeliveriesPage::loadSelected);
    connect(m_deliver, &QPushButton::clicked, this, [this] { deliverSelected(); });
    connect(m_return, &QPushButton::clicked, this, [this] { returnSelected(); });
    connect(m_cancel, &QPushButton::clicked, this, &DeliveriesPage::cancelSelected);
    connect(m_print, &QPushButton::clicked, this, &DeliveriesPage::printSelected);
    auto *add = new QPushButton(tr("&New delivery..."), this);
    connect(add, &QPushButton::clicked, this, &DeliveriesPage::newRequested);

    auto *filters = new QGridLayout;
    filters->addWidget(new QLabel(tr("From:"), this), 0, 0);
    filters->addWidget(m_from, 0, 1);
    filters->addWidget(new QLabel(tr("to:"), this), 0, 2);
    filters->addWidget(m_to, 0, 3);
    filters->addWidget(new QLabel(tr("State:"), this), 0, 4);
    filters->addWidget(m_status, 0, 5);
    filters->addWidget(m_kind, 0, 6);
    filters->addWidget(m_comune, 0, 7);
    filters->addWidget(m_search, 1, 0, 1, 8);
    filters->setColumnStretch(7, 1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_view, 1);
    m_count = new QLabel(this);
    auto *leftBottom = new QHBoxLayout;
    leftBottom->addWidget(m_count, 1);
    leftBottom->addWidget(add);
    leftLayout->addLayout(leftBottom);
    auto *actions = new QGridLayout;
    actions->addWidget(m_edit, 0, 0);
    actions->addWidget(m_load, 0, 1);
    actions->addWidget(m_deliver, 0, 2);
    actions->addWidget(m_return, 1, 0);
    actions->addWidget(m_cancel, 1, 1);
    actions->addWidget(m_print, 1, 2);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_header);
    rightLayout->addWidget(m_lines, 1);
    rightLayout->addWidget(m_story);
    rightLayout->addLayout(actions);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({ 860, 560 });
    right->setMinimumWidth(440);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_from, &core::DateField::dateChanged, this, &DeliveriesPage::applyFilter);
    connect(m_to, &core::DateField::dateChanged, this, &DeliveriesPage::applyFilter);
    for (QComboBox *c : { m_status, m_kind, m_comune })
        connect(c, &QComboBox::currentIndexChanged, this, &DeliveriesPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &DeliveriesPage::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("%Ln delivery(ies)", nullptr, m_model->rowCount()));
        showSelected();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DeliveriesPage::showSelected);
    applyFilter();
}

void DeliveriesPage::applyFilter()
{
    DeliveryListQuery::Filter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.status = m_status->currentData().toString();
    filter.kind = m_kind->currentData().toString();
    filter.comuneId = m_comune->currentData().toInt();
    filter.text = m_search->text();
    const ListFilter where = DeliveryListQuery::where(filter);
    m_model->setFilter(where.where, where.binds);
}

void DeliveriesPage::showComune(int comuneId, const QDate &from, const QDate &to)
{
    const QSignalBlocker b1(m_from), b2(m_to), b3(m_status), b4(m_kind), b5(m_comune), b6(m_search);
    m_from->setDate(from);
    m_to->setDate(to);
    m_status->setCurrentIndex(0);
    m_kind->setCurrentIndex(0);
    core::selectByData(m_comune, comuneId);
    m_search->clear();
    applyFilter();
}

qint64 DeliveriesPage::selectedId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->keyAt(current.row()).toLongLong() : 0;
}

bool DeliveriesPage::select(qint64 deliveryId)
{
    // Found on the list's worker; an answer for a filter changed meanwhile
    // is dropped (the person moved on).
    const auto show = [this](int row) {
        if (row < 0)
            return;
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
        showSelected();
    };
    m_model->locate(deliveryId, [this, deliveryId, show](int row) {
        if (row >= 0) {
            show(row);
            return;
        }
        // Outside the filter: its day, any state, kind and comune (one
        // row read by its id).
        auto d = DeliveryRepository(m_context.db).delivery(deliveryId, false);
        if (!d)
            return;
        const QSignalBlocker b1(m_from), b2(m_to), b3(m_status), b4(m_kind), b5(m_comune), b6(m_search);
        m_from->setDate(std::min(m_from->date(), d->date));
        m_to->setDate(std::max(m_to->date(), d->date));
        m_status->setCurrentIndex(0);
        m_kind->setCurrentIndex(0);
        m_comune->setCurrentIndex(0);
        m_search->clear();
        applyFilter();
        m_model->locate(deliveryId, show);
    });
    return true;
}

void DeliveriesPage::showSelected()
{
    const qint64 id = selectedId();
    for (QPushButton *b : { m_edit, m_load, m_deliver, m_return, m_cancel, m_print })
        b->setEnabled(false);
    m_lines->setRowCount(0);
    m_story->clear();
    if (!id) {
        m_header->setText(tr("Select a delivery to see its goods, the lots issued and its story."));
        return;
    }
    auto d = readDelivery(m_context.db, id);
    if (!d) {
        m_header->setText(core::ErrorText::describe(d.error()));
        return;
    }
    const QLocale locale;
    QStringList facts;
    facts << tr("<b>DDT %1</b> · %2").arg(d->number.toHtmlEscaped(), DeliveryLabels::deliveryStatus(d->status));
    facts << tr("%1, %2").arg(d->recipient.name.toHtmlEscaped(), d->recipient.comuneName.toHtmlEscaped());
    QString when = locale.toString(d->date, QStringLiteral("dd/MM/yyyy"));
    if (d->time.isValid())
        when += QStringLiteral(" ") + locale.toString(d->time, QStringLiteral("HH:mm"));
    QStringList crew { d->vehicle, d->driver, d->organisation };
    crew.removeAll(QString());
    facts << tr("Transport on %1%2")
                 .arg(when,
                     crew.isEmpty() ? QString()
                                    : QStringLiteral(" · ") + crew.join(QStringLiteral(" · ")).toHtmlEscaped());
    if (!d->requestNumber.isEmpty())
        facts << tr("Request %1 · %2").arg(d->requestNumber.toHtmlEscaped(), DeliveryLabels::origin(d->origin));
    else
        facts << DeliveryLabels::origin(d->origin);
    facts << tr("%1 · %Ln package(s)", nullptr, d->totalPackages()).arg(DeliveryLabels::kg(d->grams(), locale, 1));
    if (d->status == DeliveryStatus::Delivered)
        facts << tr("Signed by %1 on %2")
                     .arg(d->signedBy.toHtmlEscaped(),
                         locale.toString(d->deliveredAt, QStringLiteral("dd/MM/yyyy HH:mm")));
    if (!d->statusReason.isEmpty())
        facts << tr("Reason: %1").arg(d->statusReason.toHtmlEscaped());
    m_header->setText(facts.join(QStringLiteral("<br/>")));
    for (const DeliveryLine &l : d->lines) {
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        QStringList goods { l.itemId ? l.itemName : tr("%1 (any item)").arg(l.categoryName) };
        for (const LineLot &lot : l.lotsByLot())
            goods << tr("%1 %2 lot %3%4: %5")
                         .arg(lot.isReturn ? tr("↩ back into") : QStringLiteral("·"), lot.itemName,
                             lot.lotCode.isEmpty() ? tr("without code") : lot.lotCode,
                             lot.expiry.isValid()
                                 ? tr(", expires %1").arg(locale.toString(lot.expiry, QStringLiteral("dd/MM/yyyy")))
                                 : QString(),
                             DeliveryLabels::quantity(lot.quantity, lot.byPiece, locale));
        m_lines->setItem(row, 0, new QTableWidgetItem(goods.join(QLatin1Char('\n'))));
        m_lines->setItem(
            row, 1, new QTableWidgetItem(DeliveryLabels::quantity(l.quantity, l.itemId && l.byPiece, locale)));
        m_lines->setItem(row, 2, new QTableWidgetItem(l.packages > 0 ? locale.toString(l.packages) : QString()));
        m_lines->setItem(
            row, 3, new QTableWidgetItem(l.grams > 0 ? core::kgRounded(l.grams, locale, 1) : QString()));
    }
    m_lines->resizeRowsToContents();
    QStringList story;
    for (const DeliveryEvent &e : d->events)
        story << QStringLiteral("%1 · %2%3 · <i>%4</i>")
                     .arg(locale.toString(e.at, QStringLiteral("dd/MM/yyyy HH:mm")), DeliveryLabels::event(e.event),
                         e.note.isEmpty() ? QString() : QStringLiteral(": ") + e.note.toHtmlEscaped(),
                         e.operatorName.toHtmlEscaped());
    m_story->setHtml(story.join(QStringLiteral("<br/>")));
    const bool past = d->origin == DeliveryOrigin::History || d->origin == DeliveryOrigin::Import;
    m_edit->setEnabled(d->status == DeliveryStatus::Planned);
    m_load->setEnabled(d->status == DeliveryStatus::Planned);
    m_deliver->setEnabled(d->status == DeliveryStatus::Planned || d->status == DeliveryStatus::Loaded);
    m_return->setEnabled(!past && (d->status == DeliveryStatus::Loaded || d->status == DeliveryStatus::Delivered));
    m_cancel->setEnabled(d->status == DeliveryStatus::Planned);
    m_print->setEnabled(true);
}

bool DeliveriesPage::loadSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return false;
    if (auto s = m_commands.run(std::make_shared<LoadDelivery>(id)); !s) {
        QMessageBox::warning(this, tr("Confirm loading"), core::ErrorText::describe(s.error()));
        return false;
    }
    showSelected(); // its new state now
    select(id); // followed where the refreshed list puts it
    return true;
}

bool DeliveriesPage::deliverSelected(const QString &signedBy, const QDateTime &at)
{
    const qint64 id = selectedId();
    if (!id)
        return false;
    QString name = signedBy;
    QDateTime when = at;
    if (name.isEmpty()) {
        auto d = DeliveryRepository(m_context.db).delivery(id, false);
        SignDialog dialog(d ? d->number : QString(), m_context.clock->now(), this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        name = dialog.signedBy();
        when = dialog.signedAt();
    }
    if (auto s = m_commands.run(std::make_shared<DeliverDelivery>(id, name, when)); !s) {
        QMessageBox::warning(this, tr("Delivered"), core::ErrorText::describe(s.error()));
        return false;
    }
    showSelected(); // its new state now
    select(id); // followed where the refreshed list puts it
    return true;
}

bool DeliveriesPage::returnSelected(const QString &reason, const QDate &date)
{
    const qint64 id = selectedId();
    if (!id)
        return false;
    QString why = reason;
    QDate when = date;
    if (why.isEmpty()) {
        auto d = DeliveryRepository(m_context.db).delivery(id, false);
        ReturnDialog dialog(d ? d->number : QString(), m_context.clock->today(), this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        why = dialog.reason();
        when = dialog.date();
    }
    if (auto s = m_commands.run(std::make_shared<ReturnDelivery>(id, why, when)); !s) {
        QMessageBox::warning(this, tr("Return"), core::ErrorText::describe(s.error()));
        return false;
    }
    showSelected(); // its new state now
    select(id); // followed where the refreshed list puts it
    return true;
}

void DeliveriesPage::cancelSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Cancel the delivery"), tr("Reason (kept with the delivery):"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (auto s = m_commands.run(std::make_shared<CancelDelivery>(id, reason)); !s)
        QMessageBox::warning(this, tr("Cancel the delivery"), core::ErrorText::describe(s.error()));
    else {
        showSelected(); // its new state now
        select(id); // followed where the refreshed list puts it
    }
}

void DeliveriesPage::printSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    auto d = DeliveryRepository(m_context.db).delivery(id, false);
    if (!d) {
        QMessageBox::warning(this, tr("Delivery note"), core::ErrorText::describe(d.error()));
        return;
    }
    core::ReportRequest request;
    request.operatorName = m_context.operatorName;
    request.now = m_context.clock->now();
    core::ReportActions::preview(this, DeliveryNotes::note(*d, request));
}

} // namespace deliveries

#include "deliveries/ui/requestspage.h"
#include "core/ui/columnwidths.h"

#include "core/db/backgroundreader.h"
#include "core/domain/dates.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/datefield.h"
#include "core/ui/errortext.h"
#include "core/ui/formattedsqlmodel.h"
#include "core/ui/formwidgets.h"
#include "deliveries/domain/deliverylabels.h"
#include "deliveries/domain/listqueries.h"
#include "deliveries/domain/requestcommands.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace deliveries {

using core::ColumnKind;

namespace {
enum Column { Number, Asked, Recipient, Comune, Goods, Status, Source, NeededBy, Notes, StatusCode };
}

RequestsPage::RequestsPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_commands(commands)
{
    const QDate today = context.clock->today();
    m_from = core::makeDateEdit(today.addMonths(-1), this, tr("From"));
    m_to = core::makeDateEdit(today, this, tr("To"));
    m_status = new QComboBox(this);
    m_status->addItem(tr("Every state"), QString());
    for (RequestStatus s : allRequestStatuses())
        m_status->addItem(DeliveryLabels::requestStatus(s), requestStatusCode(s));
    m_status->setAccessibleName(tr("State"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search number, recipient or comune"));
    m_search->setClearButtonEnabled(true);

    m_model = new core::FormattedSqlModel(context.db, this);
    m_model->setSource(RequestListQuery::from(), RequestListQuery::key());
    const QStringList sql = RequestListQuery::columns();
    m_model->setColumns({
        { sql.at(Number), tr("Request"), ColumnKind::Text, 0, true },
        { sql.at(Asked), tr("Asked on"), ColumnKind::Date, 0, true },
        { sql.at(Column::Recipient), tr("Recipient") },
        { sql.at(Comune), tr("Comune") },
        { sql.at(Goods), tr("Goods asked") },
        { sql.at(Status), tr("State"), ColumnKind::Text, 0, true },
        { sql.at(Source), tr("Origin") },
        { sql.at(NeededBy), tr("Needed by"), ColumnKind::Date },
        { sql.at(Notes), tr("Notes") },
        { sql.at(StatusCode), QString() },
    });
    m_model->setDefaultSort(Asked, Qt::DescendingOrder);
    m_model->setWatchedTables({ QStringLiteral("delivery_request"), QStringLiteral("delivery_request_line") });
    m_model->setFormatter(
        Asked, [](const QVariantList &row, int c) { return core::FormattedSqlModel::isoDate(row.at(c)); });
    m_model->setFormatter(
        NeededBy, [](const QVariantList &row, int c) { return core::FormattedSqlModel::isoDate(row.at(c)); });
    m_model->setFormatter(Status, [](const QVariantList &row, int c) -> QVariant {
        return DeliveryLabels::requestStatus(requestStatusFromCode(row.at(c).toString()));
    });
    m_model->setFormatter(Source, [](const QVariantList &row, int c) -> QVariant {
        const QString s = row.at(c).toString();
        if (s == QLatin1String("import"))
            return tr("platform");
        if (s == QLatin1String("carry_over"))
            return tr("carried over");
        return tr("by hand");
    });
    m_model->setRowRoleProvider([](const QVariantList &row, int role) -> QVariant {
        const QString s = row.value(StatusCode).toString();
        if (role == Qt::ForegroundRole && s == QLatin1String("cancelled"))
            return QColor(0x6b, 0x6b, 0x6b);
        if (role == Qt::BackgroundRole && s == QLatin1String("received"))
            return QColor(0xff, 0xf6, 0xdd);
        return {};
    });

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(Asked, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setAccessibleName(tr("Requests"));
    m_view->setColumnHidden(StatusCode, true);
    const QList<int> widths { 110, 90, 230, 150, 330, 90, 90, 90 };
    for (int i = 0; i < widths.size(); ++i)
        core::setColumnWidth(m_view, i, widths.at(i));
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_count = new QLabel(this);
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setMinimumHeight(60);
    auto *add = new QPushButton(tr("&New request..."), this);
    auto *import = new QPushButton(tr("&Import from the platform..."), this);
    m_cancel = new QPushButton(tr("&Cancel the request..."), this);
    m_cancel->setEnabled(false);
    connect(add, &QPushButton::clicked, this, &RequestsPage::newRequested);
    connect(import, &QPushButton::clicked, this, &RequestsPage::importRequested);
    connect(m_cancel, &QPushButton::clicked, this, &RequestsPage::cancelSelected);
    auto *everything = new QPushButton(tr("Whole &history"), this);
    connect(everything, &QPushButton::clicked, this, &RequestsPage::showEverything);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Asked from:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to:"), this));
    filters->addWidget(m_to);
    filters->addWidget(everything);
    filters->addSpacing(12);
    filters->addWidget(new QLabel(tr("State:"), this));
    filters->addWidget(m_status);
    filters->addWidget(m_search, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(add);
    bottom->addWidget(import);
    bottom->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    layout->addLayout(bottom);

    connect(m_from, &core::DateField::dateChanged, this, &RequestsPage::applyFilter);
    connect(m_to, &core::DateField::dateChanged, this, &RequestsPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &RequestsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &RequestsPage::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Until the count arrives from the worker, say it is on its way.
        m_count->setText(m_model->isCounted() ? tr("%Ln request(s)", nullptr, m_model->rowCount())
                                              : tr("Reading the requests…"));
        showSelected();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RequestsPage::showSelected);
    m_reader = new core::BackgroundReader(this);
    applyFilter();
    if (!m_model->isCounted())
        m_count->setText(tr("Reading the requests…"));
}

void RequestsPage::showEverything()
{
    const QSignalBlocker block(m_from);
    m_from->setDate(QDate(2000, 1, 1));
    applyFilter();
}

void RequestsPage::applyFilter()
{
    RequestListQuery::Filter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.status = m_status->currentData().toString();
    filter.text = m_search->text();
    const ListFilter where = RequestListQuery::where(filter);
    m_model->setFilter(where.where, where.binds);
}

bool RequestsPage::select(qint64 requestId)
{
    // Found on the list's worker; an answer for a filter changed meanwhile
    // is dropped (the person moved on).
    const auto show = [this](int row) {
        if (row < 0)
            return;
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    };
    m_model->locate(requestId, [this, requestId, show](int row) {
        if (row >= 0) {
            show(row);
            return;
        }
        // Outside the filter: every request, any state.
        const QSignalBlocker b1(m_from), b2(m_to), b3(m_status), b4(m_search);
        m_from->setDate(QDate(2000, 1, 1));
        m_to->setDate(std::max(m_to->date(), m_context.clock->today().addYears(1)));
        m_status->setCurrentIndex(0);
        m_search->clear();
        applyFilter();
        m_model->locate(requestId, show);
    });
    return true;
}

qint64 RequestsPage::selectedId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->keyAt(current.row()).toLongLong() : 0;
}

void RequestsPage::showSelected()
{
    const qint64 id = selectedId();
    m_cancel->setEnabled(false);
    if (!id) {
        ++m_detailRead; // an answer on its way is for a selection gone
        m_readingDetail = false;
        m_detail->setText(tr("Select a request to see its goods and its story."));
        return;
    }
    // The request, its lines and the one it carries over: read on the
    // worker, "reading" meanwhile; a later selection wins.
    const int read = ++m_detailRead;
    m_readingDetail = true;
    m_detail->setText(tr("Reading the request…"));
    struct Answer {
        std::optional<core::Result<Request>> request;
        QString carriedFrom;
    };
    auto answer = std::make_shared<Answer>();
    const core::Clock *clock = m_context.clock;
    m_reader->read(
        m_context.db.databaseName(),
        [answer, id, clock](const QSqlDatabase &db) {
            RequestService service(db, *clock);
            answer->request = service.request(id);
            if (*answer->request && (*answer->request)->carriedFromId)
                if (auto from = service.request((*answer->request)->carriedFromId))
                    answer->carriedFrom = from->number;
        },
        [this, read, answer](const core::Error &openError) {
            if (read != m_detailRead)
                return; // another request was selected meanwhile
            m_readingDetail = false;
            if (!openError.code.isEmpty() || !answer->request || !*answer->request) {
                m_detail->setText(core::ErrorText::describe(
                    !openError.code.isEmpty() || !answer->request ? openError : answer->request->error()));
                return;
            }
            showRequest(**answer->request, answer->carriedFrom);
        });
}

void RequestsPage::showRequest(const Request &r, const QString &carriedFrom)
{
    const QLocale locale;
    QStringList goods;
    for (const RequestLine &l : r.lines)
        goods.append(QStringLiteral("%1 %2").arg(l.label, DeliveryLabels::quantity(l.quantity, l.byPiece, locale)));
    QString text = tr("<b>%1</b> · %2 · asked on %3 · %4<br/>%5")
                       .arg(r.number.toHtmlEscaped(), r.recipientName.toHtmlEscaped(),
                           locale.toString(r.requestedOn, QStringLiteral("dd/MM/yyyy")),
                           DeliveryLabels::requestStatus(r.status), goods.join(QStringLiteral(" · ")).toHtmlEscaped());
    if (r.status == RequestStatus::Cancelled)
        text += QStringLiteral("<br/>") + tr("Cancelled: %1").arg(r.cancelReason.toHtmlEscaped());
    if (!r.externalRef.isEmpty())
        text += QStringLiteral("<br/>") + tr("Booking on the platform: %1").arg(r.externalRef.toHtmlEscaped());
    if (!carriedFrom.isEmpty())
        text += QStringLiteral("<br/>")
            + tr("What request %1 could not receive, carried over.").arg(carriedFrom.toHtmlEscaped());
    m_detail->setText(text);
    m_cancel->setEnabled(r.status != RequestStatus::Delivered && r.status != RequestStatus::Cancelled);
}

void RequestsPage::cancelSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Cancel the request"), tr("Reason (kept with the request):"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (auto s = m_commands.run(std::make_shared<CancelRequest>(id, reason)); !s)
        QMessageBox::warning(this, tr("Cancel the request"), core::ErrorText::describe(s.error()));
}

} // namespace deliveries

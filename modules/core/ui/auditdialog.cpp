#include "core/ui/auditdialog.h"
#include "core/ui/columnwidths.h"

#include "core/auth/auditlog.h"
#include "core/auth/auditqueries.h"
#include "core/auth/auditreports.h"
#include "core/auth/audittext.h"
#include "core/auth/permissions.h"
#include "core/db/backgroundreader.h"
#include "core/ui/appcontext.h"
#include "core/ui/backgroundreport.h"
#include "core/ui/datefield.h"
#include "core/ui/errortext.h"
#include "core/ui/formwidgets.h"
#include "core/ui/pagedsqlmodel.h"
#include "core/ui/reportactions.h"
#include "core/ui/tablemenu.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace core {

namespace {

// The change log in words: the operation, the table's title and the row by
// its name (looked up for the rows shown, once each). The stored codes stay
// in RawRole, for sorting and filtering.
class ChangeLogModel : public PagedSqlModel {
public:
    ChangeLogModel(const QSqlDatabase &db, QObject *parent)
        : PagedSqlModel(db, parent)
        , m_db(db)
    {
    }
    QVariant displayValue(const QVariantList &row, int column) const override
    {
        if (column == 6)
            return AuditReports::operationTitle(row.value(column).toString());
        if (column == 4)
            return AuditText::tableTitle(row.value(column).toString());
        if (column == 5) {
            const QString table = row.value(4).toString();
            const qint64 id = row.value(column).toLongLong();
            auto it = m_names.find({ table, id });
            if (it == m_names.end())
                it = m_names.insert({ table, id }, AuditText::rowName(m_db, table, id));
            return *it;
        }
        return PagedSqlModel::displayValue(row, column);
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ToolTipRole && (index.column() == 4 || index.column() == 5)) // for whoever checks the database
            return QStringLiteral("%1 %2").arg(PagedSqlModel::data(this->index(index.row(), 4), RawRole).toString(),
                PagedSqlModel::data(this->index(index.row(), 5), RawRole).toString());
        return PagedSqlModel::data(index, role);
    }

private:
    QSqlDatabase m_db;
    mutable QHash<QPair<QString, qint64>, QString> m_names;
};

// Audit events with their kinds, permissions and details in words.
class AuditEventModel : public PagedSqlModel {
public:
    AuditEventModel(const QSqlDatabase &db, QObject *parent)
        : PagedSqlModel(db, parent)
        , m_db(db)
    {
    }
    QVariant displayValue(const QVariantList &row, int column) const override
    {
        if (column == 5)
            return AuditText::eventDetail(m_db, row.value(3).toString(), row.value(4).toString(), row.value(5).toString());
        if (column == 3)
            return AuditKindText::title(row.value(column).toString());
        if (column == 4) {
            const QString code = row.value(column).toString();
            return code.isEmpty() ? QString() : PermissionText::title(code);
        }
        return PagedSqlModel::displayValue(row, column);
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ToolTipRole && index.column() == 5)
            return PagedSqlModel::data(index, RawRole); // as recorded
        if (role == Qt::ForegroundRole) {
            const QString kind = PagedSqlModel::data(this->index(index.row(), 3), RawRole).toString();
            if (kind == QLatin1String("denied") || kind == QLatin1String("sign_in_failed"))
                return QColor(0xb7, 0x1c, 0x1c);
        }
        return PagedSqlModel::data(index, role);
    }

private:
    QSqlDatabase m_db;
};

QTableView *makeView(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSortingEnabled(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    installTableContextMenu(view);
    return view;
}

} // namespace

AuditDialog::AuditDialog(const AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setWindowTitle(tr("Audit log"));
    resize(1180, 700);
    const QDate today = context.clock->today();

    m_operator = new QComboBox(this);
    m_operator->addItem(tr("All operators"), QString());
    if (auto names = AuditQueries::operators(context.db, *context.clock))
        for (const QString &name : *names)
            m_operator->addItem(name, name);
    m_table = new QComboBox(this);
    m_table->addItem(tr("Everything"), QString());
    if (auto tables = AuditQueries::loggedTables(context.db))
        for (const QString &table : *tables)
            m_table->addItem(AuditText::tableTitle(table), table);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("All events"), QString());
    for (const QString &code :
        { QStringLiteral("sign_in"), QStringLiteral("sign_in_failed"), QStringLiteral("denied"), QStringLiteral("lock"),
            QStringLiteral("sign_out"), QStringLiteral("account_created"), QStringLiteral("account_changed"),
            QStringLiteral("password_reset"), QStringLiteral("key_granted"), QStringLiteral("key_revoked"),
            QStringLiteral("command"), QStringLiteral("command_undone") })
        m_kind->addItem(AuditKindText::title(code), code);
    m_from = core::makeDateEdit(today.addDays(-30), this);
    m_to = core::makeDateEdit(today, this);
    m_count = new QLabel(this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Operator:"), this));
    filters->addWidget(m_operator, 2);
    filters->addWidget(new QLabel(tr("What:"), this));
    filters->addWidget(m_table, 2);
    filters->addWidget(new QLabel(tr("Event:"), this));
    filters->addWidget(m_kind, 2);
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to:"), this));
    filters->addWidget(m_to);

    m_changes = new ChangeLogModel(context.db, this);
    m_changes->setSource(AuditQueries::changesSource(), QStringLiteral("c.seq"));
    m_changes->setColumns({ { QStringLiteral("c.changed_at"), tr("When"), ColumnKind::DateTime, 1, true },
        { QStringLiteral("c.operator"), tr("Operator"), ColumnKind::Text, 0, true },
        { QStringLiteral("coalesce(a.display_name, '')"), tr("Name") },
        { QStringLiteral("c.workstation"), tr("Workstation"), ColumnKind::Integer },
        { QStringLiteral("c.table_name"), tr("What"), ColumnKind::Text, 0, true },
        { QStringLiteral("c.row_id"), tr("Which") }, { QStringLiteral("c.operation"), tr("Operation") } });
    m_changes->setDefaultSort(0, Qt::DescendingOrder);
    m_changes->setWatchedTables({ QStringLiteral("change_log") });

    m_events = new AuditEventModel(context.db, this);
    m_events->setSource(AuditQueries::eventsSource(), QStringLiteral("e.id"));
    m_events->setColumns({ { QStringLiteral("e.occurred_at"), tr("When"), ColumnKind::DateTime, 1, true },
        { QStringLiteral("e.workstation"), tr("Workstation"), ColumnKind::Integer },
        { QStringLiteral("e.username"), tr("User"), ColumnKind::Text, 0, true },
        { QStringLiteral("e.kind"), tr("Event") }, { QStringLiteral("e.permission"), tr("Permission") },
        { QStringLiteral("e.detail"), tr("Detail") } });
    m_events->setDefaultSort(0, Qt::DescendingOrder);
    m_events->setWatchedTables({ QStringLiteral("audit_event") });

    auto *changesView = makeView(m_changes, this);
    changesView->horizontalHeader()->setSortIndicator(0, Qt::DescendingOrder);
    core::setColumnWidth(changesView, 0, 150);
    core::setColumnWidth(changesView, 1, 140);
    core::setColumnWidth(changesView, 2, 200);
    core::setColumnWidth(changesView, 4, 210);
    core::setColumnWidth(changesView, 5, 320); // the thing changed, by its name
    auto *eventsView = makeView(m_events, this);
    eventsView->horizontalHeader()->setSortIndicator(0, Qt::DescendingOrder);
    core::setColumnWidth(eventsView, 0, 150);
    core::setColumnWidth(eventsView, 2, 140);
    core::setColumnWidth(eventsView, 3, 180);
    core::setColumnWidth(eventsView, 4, 260);
    m_pages = new QTabWidget(this);
    m_pages->addTab(changesView, tr("Changes to the data"));
    m_pages->addTab(eventsView, tr("Sign-ins and refusals"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *preview = buttons->addButton(tr("Print &preview..."), QDialogButtonBox::ActionRole);
    auto *pdf = buttons->addButton(tr("Save as P&DF..."), QDialogButtonBox::ActionRole);
    auto *csv = buttons->addButton(tr("Save as &CSV..."), QDialogButtonBox::ActionRole);
    auto *xlsx = buttons->addButton(tr("Save as &Excel..."), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(preview, &QPushButton::clicked, this, [this] { print(0); });
    connect(pdf, &QPushButton::clicked, this, [this] { print(1); });
    connect(csv, &QPushButton::clicked, this, [this] { print(2); });
    connect(xlsx, &QPushButton::clicked, this, [this] { print(3); });
    m_printButtons = { preview, pdf, csv, xlsx };

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);

    for (QComboBox *c : { m_operator, m_table, m_kind })
        connect(c, &QComboBox::currentIndexChanged, this, &AuditDialog::applyFilters);
    for (core::DateField *d : { m_from, m_to })
        connect(d, &core::DateField::dateChanged, this, &AuditDialog::applyFilters);
    connect(m_pages, &QTabWidget::currentChanged, this, &AuditDialog::applyFilters);
    applyFilters();
}

void AuditDialog::setOperatorFilter(const QString &username)
{
    const int i = m_operator->findData(username);
    m_operator->setCurrentIndex(std::max(0, i));
}

void AuditDialog::setTableFilter(const QString &table)
{
    const int i = m_table->findData(table);
    m_table->setCurrentIndex(std::max(0, i));
}

void AuditDialog::applyFilters()
{
    const bool changes = m_pages->currentIndex() == 0;
    m_table->setEnabled(changes);
    m_kind->setEnabled(!changes);
    AuditQueries::Filter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.username = m_operator->currentData().toString();
    filter.table = m_table->currentData().toString();
    filter.kind = m_kind->currentData().toString();
    const auto changeWhere = AuditQueries::changesWhere(filter);
    m_changes->setFilter(changeWhere.clause, changeWhere.binds);
    const auto eventWhere = AuditQueries::eventsWhere(filter);
    m_events->setFilter(eventWhere.clause, eventWhere.binds);
    m_count->setText(changes ? tr("%Ln change(s)", nullptr, m_changes->rowCount())
                             : tr("%Ln event(s)", nullptr, m_events->rowCount()));
}

bool AuditDialog::prepareReport(std::function<void(const Result<ReportDocument> &)> done)
{
    if (m_preparing)
        return false; // the one asked is on its way
    if (!m_reader)
        m_reader = new BackgroundReader(this);
    ReportRequest request;
    request.from = m_from->date();
    request.to = m_to->date();
    request.operatorName = m_context.operatorName;
    request.now = m_context.clock->now();
    request.locale = QLocale();
    request.options.insert(QStringLiteral("operator"), m_operator->currentData().toString());
    const bool changes = m_pages->currentIndex() == 0;
    if (changes)
        request.options.insert(QStringLiteral("table"), m_table->currentData().toString());
    m_preparing = true;
    for (QPushButton *b : std::as_const(m_printButtons))
        b->setEnabled(false);
    m_count->setText(tr("Preparing the report…"));
    buildReportInBackground(
        m_reader, m_context.db,
        [request, changes](const QSqlDatabase &db) {
            return changes ? AuditReports::changes(db, request) : AuditReports::events(db, request);
        },
        [this, done = std::move(done)](const Result<ReportDocument> &document) {
            m_preparing = false;
            for (QPushButton *b : std::as_const(m_printButtons))
                b->setEnabled(true);
            // The count of the page shown now (a filter may have changed meanwhile).
            m_count->setText(m_pages->currentIndex() == 0 ? tr("%Ln change(s)", nullptr, m_changes->rowCount())
                                                          : tr("%Ln event(s)", nullptr, m_events->rowCount()));
            done(document);
        });
    return true;
}

void AuditDialog::print(int action)
{
    prepareReport([this, action](const Result<ReportDocument> &document) {
        if (!document) {
            QMessageBox::warning(this, windowTitle(), ErrorText::describe(document.error()));
            return;
        }
        if (action == 0)
            ReportActions::preview(this, *document);
        else if (action == 1)
            ReportActions::savePdf(this, *document);
        else if (action == 2)
            ReportActions::saveCsv(this, *document);
        else
            ReportActions::saveXlsx(this, *document);
    });
}

} // namespace core

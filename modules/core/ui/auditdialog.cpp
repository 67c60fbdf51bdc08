#include "core/ui/auditdialog.h"

#include "core/auth/auditlog.h"
#include "core/auth/auditreports.h"
#include "core/auth/permissions.h"
#include "core/db/sql.h"
#include "core/ui/appcontext.h"
#include "core/ui/errortext.h"
#include "core/ui/formwidgets.h"
#include "core/ui/pagedsqlmodel.h"
#include "core/ui/reportactions.h"

#include <QComboBox>
#include <QDateEdit>
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

// The change log with its operation codes in words.
class ChangeLogModel : public PagedSqlModel {
public:
    using PagedSqlModel::PagedSqlModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole && index.column() == 6)
            return AuditReports::operationTitle(PagedSqlModel::data(index, RawRole).toString());
        return PagedSqlModel::data(index, role);
    }
};

// Audit events with their kinds and permissions in words.
class AuditEventModel : public PagedSqlModel {
public:
    using PagedSqlModel::PagedSqlModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole && index.column() == 3)
            return AuditKindText::title(PagedSqlModel::data(index, RawRole).toString());
        if (role == Qt::DisplayRole && index.column() == 4) {
            const QString code = PagedSqlModel::data(index, RawRole).toString();
            return code.isEmpty() ? QString() : PermissionText::title(code);
        }
        if (role == Qt::ForegroundRole) {
            const QString kind = PagedSqlModel::data(this->index(index.row(), 3), RawRole).toString();
            if (kind == QLatin1String("denied") || kind == QLatin1String("sign_in_failed"))
                return QColor(0xb7, 0x1c, 0x1c);
        }
        return PagedSqlModel::data(index, role);
    }
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
    return view;
}

qint64 startOf(const QDate &d)
{
    return QDateTime(d, QTime(0, 0)).toMSecsSinceEpoch();
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
    // The operators who changed something: one index probe per operator
    // (a skip scan), not a pass over years of change log.
    if (auto q = runQuery(context.db,
            QStringLiteral("WITH RECURSIVE ops(name) AS (SELECT min(operator) FROM change_log UNION ALL "
                           "SELECT (SELECT min(operator) FROM change_log WHERE operator > name) FROM ops "
                           "WHERE name IS NOT NULL) SELECT name FROM ops WHERE name IS NOT NULL"))) {
        while (q->next())
            if (!q->value(0).toString().isEmpty())
                m_operator->addItem(q->value(0).toString(), q->value(0).toString());
    }
    m_table = new QComboBox(this);
    m_table->addItem(tr("All tables"), QString());
    if (auto q = runQuery(context.db,
            QStringLiteral(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN "
                "('change_log', 'session_context', 'id_allocator', 'local_config') ORDER BY name"))) {
        while (q->next())
            m_table->addItem(q->value(0).toString(), q->value(0).toString());
    }
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("All events"), QString());
    for (const QString &code :
        { QStringLiteral("sign_in"), QStringLiteral("sign_in_failed"), QStringLiteral("denied"), QStringLiteral("lock"),
            QStringLiteral("sign_out"), QStringLiteral("account_created"), QStringLiteral("account_changed"),
            QStringLiteral("password_reset"), QStringLiteral("key_granted"), QStringLiteral("key_revoked") })
        m_kind->addItem(AuditKindText::title(code), code);
    m_from = core::makeDateEdit(today.addDays(-30), this);
    m_to = core::makeDateEdit(today, this);
    m_count = new QLabel(this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Operator:"), this));
    filters->addWidget(m_operator, 2);
    filters->addWidget(new QLabel(tr("Table:"), this));
    filters->addWidget(m_table, 2);
    filters->addWidget(new QLabel(tr("Event:"), this));
    filters->addWidget(m_kind, 2);
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to:"), this));
    filters->addWidget(m_to);

    m_changes = new ChangeLogModel(context.db, this);
    m_changes->setSource(QStringLiteral("change_log c LEFT JOIN operator_account a ON a.username = c.operator"),
        QStringLiteral("c.seq"));
    m_changes->setColumns({ { QStringLiteral("c.changed_at"), tr("When"), ColumnKind::DateTime, 1, true },
        { QStringLiteral("c.operator"), tr("Operator"), ColumnKind::Text, 0, true },
        { QStringLiteral("coalesce(a.display_name, '')"), tr("Name") },
        { QStringLiteral("c.workstation"), tr("Workstation"), ColumnKind::Integer },
        { QStringLiteral("c.table_name"), tr("Table"), ColumnKind::Text, 0, true },
        { QStringLiteral("c.row_id"), tr("Row") }, { QStringLiteral("c.operation"), tr("Operation") } });
    m_changes->setDefaultSort(0, Qt::DescendingOrder);
    m_changes->setWatchedTables({ QStringLiteral("change_log") });

    m_events = new AuditEventModel(context.db, this);
    m_events->setSource(QStringLiteral("audit_event e"), QStringLiteral("e.id"));
    m_events->setColumns({ { QStringLiteral("e.occurred_at"), tr("When"), ColumnKind::DateTime, 1, true },
        { QStringLiteral("e.workstation"), tr("Workstation"), ColumnKind::Integer },
        { QStringLiteral("e.username"), tr("User"), ColumnKind::Text, 0, true },
        { QStringLiteral("e.kind"), tr("Event") }, { QStringLiteral("e.permission"), tr("Permission") },
        { QStringLiteral("e.detail"), tr("Detail") } });
    m_events->setDefaultSort(0, Qt::DescendingOrder);
    m_events->setWatchedTables({ QStringLiteral("audit_event") });

    auto *changesView = makeView(m_changes, this);
    changesView->horizontalHeader()->setSortIndicator(0, Qt::DescendingOrder);
    changesView->setColumnWidth(0, 150);
    changesView->setColumnWidth(1, 140);
    changesView->setColumnWidth(2, 200);
    changesView->setColumnWidth(4, 200);
    changesView->setColumnWidth(5, 150);
    auto *eventsView = makeView(m_events, this);
    eventsView->horizontalHeader()->setSortIndicator(0, Qt::DescendingOrder);
    eventsView->setColumnWidth(0, 150);
    eventsView->setColumnWidth(2, 140);
    eventsView->setColumnWidth(3, 180);
    eventsView->setColumnWidth(4, 320);
    m_pages = new QTabWidget(this);
    m_pages->addTab(changesView, tr("Changes to the data"));
    m_pages->addTab(eventsView, tr("Sign-ins and refusals"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *preview = buttons->addButton(tr("Print &preview..."), QDialogButtonBox::ActionRole);
    auto *pdf = buttons->addButton(tr("Save as P&DF..."), QDialogButtonBox::ActionRole);
    auto *csv = buttons->addButton(tr("Save as &CSV..."), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(preview, &QPushButton::clicked, this, [this] { print(0); });
    connect(pdf, &QPushButton::clicked, this, [this] { print(1); });
    connect(csv, &QPushButton::clicked, this, [this] { print(2); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);

    for (QComboBox *c : { m_operator, m_table, m_kind })
        connect(c, &QComboBox::currentIndexChanged, this, &AuditDialog::applyFilters);
    for (QDateEdit *d : { m_from, m_to })
        connect(d, &QDateEdit::dateChanged, this, &AuditDialog::applyFilters);
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
    const QVariantList period { startOf(m_from->date()), startOf(m_to->date().addDays(1)) };

    QString where = QStringLiteral("c.changed_at >= ? AND c.changed_at < ?");
    QVariantList binds = period;
    const QString op = m_operator->currentData().toString();
    if (!op.isEmpty()) {
        where += QStringLiteral(" AND c.operator = ?");
        binds << op;
    }
    const QString table = m_table->currentData().toString();
    if (!table.isEmpty()) {
        where += QStringLiteral(" AND c.table_name = ?");
        binds << table;
    }
    m_changes->setFilter(where, binds);

    QString eventWhere = QStringLiteral("e.occurred_at >= ? AND e.occurred_at < ?");
    QVariantList eventBinds = period;
    if (!op.isEmpty()) {
        eventWhere += QStringLiteral(" AND e.username = ?");
        eventBinds << op;
    }
    const QString kind = m_kind->currentData().toString();
    if (!kind.isEmpty()) {
        eventWhere += QStringLiteral(" AND e.kind = ?");
        eventBinds << kind;
    }
    m_events->setFilter(eventWhere, eventBinds);
    m_count->setText(changes ? tr("%n change(s)", nullptr, m_changes->rowCount())
                             : tr("%n event(s)", nullptr, m_events->rowCount()));
}

void AuditDialog::print(int action)
{
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
    auto document
        = changes ? AuditReports::changes(m_context.db, request) : AuditReports::events(m_context.db, request);
    if (!document) {
        QMessageBox::warning(this, windowTitle(), ErrorText::describe(document.error()));
        return;
    }
    if (action == 0)
        ReportActions::preview(this, *document);
    else if (action == 1)
        ReportActions::savePdf(this, *document);
    else
        ReportActions::saveCsv(this, *document);
}

} // namespace core

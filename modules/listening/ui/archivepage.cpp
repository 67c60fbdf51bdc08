#include "listening/ui/archivepage.h"
#include "core/ui/columnwidths.h"

#include "core/auth/access.h"
#include "core/ui/appcontext.h"
#include "core/ui/datefield.h"
#include "core/ui/errortext.h"
#include "core/ui/formwidgets.h"
#include "core/ui/pagedsqlmodel.h"
#include "listening/domain/listeningservice.h"
#include "listening/ui/requestpanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace listening {

namespace {
// Dispositions and needs in words.
class ArchiveModel : public core::PagedSqlModel {
public:
    using PagedSqlModel::PagedSqlModel;
    QVariant displayValue(const QVariantList &row, int column) const override
    {
        if (column == 3)
            if (auto d = dispositionFromCode(row.value(column).toString()))
                return ListeningText::disposition(*d);
        if (column == 6) {
            QStringList needs;
            for (const QString &code : row.value(column).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
                needs.append(ListeningText::need(code));
            return needs.join(QStringLiteral(", "));
        }
        return PagedSqlModel::displayValue(row, column);
    }
};

qint64 startOf(const QDate &d)
{
    return QDateTime(d, QTime(0, 0)).toMSecsSinceEpoch();
}
} // namespace

ArchivePage::ArchivePage(core::AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    const QDate today = context.clock->today();
    m_from = core::makeDateEdit(today.addMonths(-1), this);
    m_to = core::makeDateEdit(today, this);
    m_disposition = new QComboBox(this);
    m_disposition->addItem(tr("Every outcome"), QString());
    for (Disposition d :
        { Disposition::Support, Disposition::Referral, Disposition::Escalation118, Disposition::Unreachable })
        m_disposition->addItem(ListeningText::disposition(d), dispositionCode(d));
    m_count = new QLabel(this);

    m_model = new ArchiveModel(context.db, this);
    m_model->setSource(
        QStringLiteral(
            "listening_outcome o JOIN listening_request r ON r.id = o.request_id "
            "LEFT JOIN comune c ON c.id = r.comune_id LEFT JOIN listening_psychologist p ON p.id = o.psychologist_id"),
        QStringLiteral("r.id"));
    m_model->setColumns({ { QStringLiteral("r.code"), tr("Request"), core::ColumnKind::Text, 0, true },
        { QStringLiteral("r.received_at"), tr("Received"), core::ColumnKind::DateTime, 0, true },
        { QStringLiteral("o.closed_at"), tr("Closed"), core::ColumnKind::DateTime, 0, true },
        { QStringLiteral("o.disposition"), tr("Outcome") }, { QStringLiteral("coalesce(c.name, '')"), tr("Comune") },
        { QStringLiteral("coalesce(p.name, '')"), tr("Psychologist") }, { QStringLiteral("o.needs"), tr("Needs") } });
    m_model->setDefaultSort(1, Qt::DescendingOrder);
    m_model->setWatchedTables({ QStringLiteral("listening_outcome") });

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(1, Qt::DescendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setAlternatingRowColors(true);
    core::setColumnWidth(m_view, 0, 110);
    core::setColumnWidth(m_view, 1, 130);
    core::setColumnWidth(m_view, 2, 130);
    core::setColumnWidth(m_view, 3, 170);
    core::setColumnWidth(m_view, 4, 150);
    core::setColumnWidth(m_view, 5, 180);
    m_view->setAccessibleName(tr("Closed requests"));
    m_panel = new RequestPanel(this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Received from:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to:"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_disposition);
    filters->addStretch();
    filters->addWidget(m_count);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 7);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_from, &core::DateField::dateChanged, this, &ArchivePage::applyFilter);
    connect(m_to, &core::DateField::dateChanged, this, &ArchivePage::applyFilter);
    connect(m_disposition, &QComboBox::currentIndexChanged, this, &ArchivePage::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ArchivePage::showSelected);
    applyFilter();
}

void ArchivePage::applyFilter()
{
    QString where = QStringLiteral("r.received_at >= ? AND r.received_at < ?");
    QVariantList binds { startOf(m_from->date()), startOf(m_to->date().addDays(1)) };
    const QString disposition = m_disposition->currentData().toString();
    if (!disposition.isEmpty()) {
        where += QStringLiteral(" AND o.disposition = ?");
        binds << disposition;
    }
    m_model->setFilter(where, binds);
    m_count->setText(tr("%Ln closed request(s)", nullptr, m_model->rowCount()));
}

void ArchivePage::showSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !core::Access::allows(m_context.db, core::Permission::ListeningView)) {
        m_panel->clear();
        return;
    }
    auto detail = ListeningService(m_context.db, *m_context.clock).detail(m_model->keyAt(current.row()).toLongLong());
    if (detail)
        m_panel->showDetail(*detail, m_context.db);
    else
        m_panel->clear();
}

} // namespace listening

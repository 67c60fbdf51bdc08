#include "stock/ui/ledgerpage.h"
#include "core/ui/columnwidths.h"

#include "core/domain/dates.h"
#include "core/domain/units.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/datefield.h"
#include "core/ui/errortext.h"
#include "core/ui/formattedsqlmodel.h"
#include "core/ui/formwidgets.h"
#include "core/ui/tablemenu.h"
#include "stock/domain/movementcommands.h"
#include "stock/domain/stocklabels.h"
#include "stock/domain/stocklists.h"
#include "stock/ui/filtercombos.h"

#include <QApplication>
#include <QColor>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace stock {

using core::ColumnKind;

namespace {
using namespace LedgerList;
}

LedgerPage::LedgerPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_commands(commands)
{
    const QDate today = context.clock->today();
    m_from = core::makeDateEdit(today.addMonths(-3), this, tr("From"));
    m_to = core::makeDateEdit(today, this, tr("To"));
    m_category = new QComboBox(this);
    m_item = new QComboBox(this);
    m_donor = new QComboBox(this);
    m_kind = new QComboBox(this);
    m_location = new QComboBox(this);
    m_category->setAccessibleName(tr("Category"));
    m_item->setAccessibleName(tr("Item"));
    m_donor->setAccessibleName(tr("Donor"));
    m_kind->setAccessibleName(tr("Movement"));
    m_location->setAccessibleName(tr("Location"));
    for (QComboBox *c : { m_item, m_donor })
        c->setMinimumContentsLength(18);
    reloadChoices();
    FilterCombos::fillMovementKinds(m_kind, tr("All movements"));

    m_model = new core::FormattedSqlModel(context.db, this);
    const ListSql list = LedgerList::sql();
    QList<core::PagedColumn> columns {
        { {}, tr("Date"), ColumnKind::Date, 0, true },
        { {}, tr("Movement"), ColumnKind::Text, 0, true },
        { {}, tr("Item") },
        { {}, tr("Category") },
        { {}, tr("Lot") },
        { {}, tr("Location") },
        { {}, tr("Quantity"), ColumnKind::Integer },
        { {}, tr("kg"), ColumnKind::Grams, 1 },
        { {}, tr("Donor") },
        { {}, tr("Reason") },
        { {}, tr("Reference") },
        { {}, tr("Operator") },
        { {}, QString() },
        { {}, QString() },
        { {}, QString() },
        { {}, QString() },
        { {}, QString() },
    };
    for (int i = 0; i < columns.size(); ++i)
        columns[i].expression = list.columns.at(i);
    m_model->setSource(list.source, list.key);
    m_model->setColumns(columns);
    m_model->setDefaultSort(Date, Qt::DescendingOrder);
    m_model->setWatchedTables(list.watchedTables);
    m_model->setFormatter(
        Date, [](const QVariantList &row, int c) { return core::FormattedSqlModel::isoDate(row.at(c)); });
    m_model->setFormatter(Kind, [](const QVariantList &row, int c) -> QVariant {
        const QString label = StockLabels::movementKind(row.at(c).toString());
        return row.at(ReversesId).isNull() ? label : tr("%1 (correction)").arg(label);
    });
    m_model->setFormatter(Quantity, [](const QVariantList &row, int c) -> QVariant {
        const qint64 q = row.at(c).toLongLong();
        const QString text = StockLabels::quantity(std::abs(q), unitFromCode(row.at(UnitCode).toString()));
        return q > 0 ? QStringLiteral("+") + text : QStringLiteral("−") + text;
    });
    m_model->setFormatter(Weight, [](const QVariantList &row, int c) -> QVariant {
        if (row.at(c).toLongLong() == 0 && row.at(UnitCode).toString() == unitCode(Unit::Pieces))
            return QString(); // weight of a piece unknown (DPI, kits)
        return core::kgRounded(row.at(c).toLongLong(), QLocale(), 1);
    });
    m_model->setFormatter(RefText, [](const QVariantList &row, int c) -> QVariant {
        const QString type = row.at(RefType).toString();
        if (type == QLatin1String("receipt"))
            return tr("receipt %1").arg(row.at(c).toString());
        if (type == QLatin1String("count"))
            return tr("stock count");
        if (type == QLatin1String("kit_assembly"))
            return tr("kit assembly");
        if (type == QLatin1String("delivery"))
            return tr("delivery note %1").arg(row.at(c).toString()); // the DDT number, never the row id
        return type;
    });
    m_model->setRowRoleProvider([](const QVariantList &row, int role) -> QVariant {
        if (role == Qt::ForegroundRole && !row.at(ReversesId).isNull())
            return QColor(0x6b, 0x6b, 0x6b);
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
    m_view->setAccessibleName(tr("Movement ledger"));
    for (int c = ReversesId; c <= OperationId; ++c)
        m_view->setColumnHidden(c, true);
    const QList<int> widths { 90, 150, 220, 140, 90, 160, 110, 80, 190, 240, 110 };
    for (int i = 0; i < widths.size(); ++i)
        core::setColumnWidth(m_view, i, widths.at(i));
    m_view->horizontalHeader()->setStretchLastSection(true);
    // The ledger's own corrections first, then Copy / Export (shared).
    core::installTableContextMenu(m_view, [this](QMenu *menu, const QPoint &pos) {
        if (!m_view->indexAt(pos).isValid())
            return;
        menu->addAction(tr("Correct this movement..."), this, [this] { reverseSelected(false); });
        menu->addAction(tr("Correct the whole operation..."), this, [this] { reverseSelected(true); });
    });
    m_count = new QLabel(this);
    auto *reverse = new QPushButton(tr("&Correct the movement..."), this);
    reverse->setToolTip(
        tr("Records a reversing movement that cancels the selected one: the ledger is never rewritten."));
    connect(reverse, &QPushButton::clicked, this, [this] { reverseSelected(false); });
    auto *everything = new QPushButton(tr("Whole &history"), this);
    connect(everything, &QPushButton::clicked, this, [this] {
        const QSignalBlocker block(m_from);
        m_from->setDate(QDate(2000, 1, 1));
        applyFilter();
    });

    auto *filters = new QGridLayout;
    filters->addWidget(new QLabel(tr("From:"), this), 0, 0);
    filters->addWidget(m_from, 0, 1);
    filters->addWidget(new QLabel(tr("to:"), this), 0, 2);
    filters->addWidget(m_to, 0, 3);
    filters->addWidget(everything, 0, 4);
    filters->addWidget(new QLabel(tr("Movement:"), this), 0, 5);
    filters->addWidget(m_kind, 0, 6);
    filters->addWidget(new QLabel(tr("Location:"), this), 0, 7);
    filters->addWidget(m_location, 0, 8);
    filters->addWidget(new QLabel(tr("Category:"), this), 1, 0);
    filters->addWidget(m_category, 1, 1, 1, 2);
    filters->addWidget(new QLabel(tr("Item:"), this), 1, 3);
    filters->addWidget(m_item, 1, 4, 1, 2);
    filters->addWidget(new QLabel(tr("Donor:"), this), 1, 6);
    filters->addWidget(m_donor, 1, 7, 1, 2);
    filters->setColumnStretch(8, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(reverse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_from, &core::DateField::dateChanged, this, &LedgerPage::applyFilter);
    connect(m_to, &core::DateField::dateChanged, this, &LedgerPage::applyFilter);
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        FilterCombos::fillItems(m_item, m_context.db, tr("All items"), m_category->currentData().toLongLong());
        applyFilter();
    });
    for (QComboBox *c : { m_item, m_donor, m_kind, m_location })
        connect(c, &QComboBox::currentIndexChanged, this, &LedgerPage::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LedgerPage::updateCount);
    applyFilter();
}

void LedgerPage::reloadChoices()
{
    FilterCombos::fillCategories(m_category, m_context.db, tr("All categories"));
    FilterCombos::fillItems(m_item, m_context.db, tr("All items"), m_category->currentData().toLongLong());
    FilterCombos::fillDonors(m_donor, m_context.db, tr("All donors"));
    FilterCombos::fillLocations(m_location, m_context.db, tr("All locations"));
}

void LedgerPage::applyFilter()
{
    const ListFilter filter = LedgerList::filter({ m_from->date(), m_to->date(), m_category->currentData(),
        m_item->currentData(), m_donor->currentData(), m_kind->currentData(), m_location->currentData() });
    m_model->setFilter(filter.where, filter.binds);
}

void LedgerPage::updateCount()
{
    m_count->setText(tr("%Ln movement(s)", nullptr, m_model->rowCount()));
}

void LedgerPage::reverseSelected(bool wholeOperation)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QVariantList row = m_model->rowValues(current.row());
    if (row.isEmpty())
        return;
    bool ok = false;
    const QString reason
        = QInputDialog::getText(this, wholeOperation ? tr("Correct the whole operation") : tr("Correct the movement"),
            tr("A reversing movement will cancel it; the original stays in the ledger.\nReason of the correction:"),
            QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (reason.trimmed().isEmpty()) {
        QMessageBox::warning(
            this, tr("Correction"), core::ErrorText::describe(core::Error(QStringLiteral("stock.missing_reason"))));
        return;
    }
    auto command = wholeOperation
        ? std::make_shared<CorrectMovement>(CorrectMovement::WholeOperation, row.at(OperationId).toLongLong(), reason)
        : std::make_shared<CorrectMovement>(CorrectMovement::OneMovement, m_model->keyAt(current.row()).toLongLong(), reason);
    if (auto s = m_commands.run(command); !s)
        QMessageBox::warning(this, tr("Correction"), core::ErrorText::describe(s.error()));
}

} // namespace stock

#include "deliveries/ui/recipientspage.h"
#include "core/ui/columnwidths.h"

#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/formattedsqlmodel.h"
#include "deliveries/domain/deliverylabels.h"
#include "deliveries/domain/listqueries.h"
#include "deliveries/domain/recipientrepository.h"
#include "deliveries/ui/recipientdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace deliveries {

using core::ColumnKind;

namespace {
enum Column { Kind, Name, Comune, Address, Contact, Phone, Email, Active };
}

RecipientsPage::RecipientsPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_commands(commands)
{
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Every recipient"), QString());
    for (RecipientKind k : allRecipientKinds())
        m_kind->addItem(DeliveryLabels::recipientKindPlural(k), recipientKindCode(k));
    m_kind->setAccessibleName(tr("Type of recipient"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search name or comune"));
    m_search->setClearButtonEnabled(true);
    m_inactive = new QCheckBox(tr("Show those no longer in use"), this);

    m_model = new core::FormattedSqlModel(context.db, this);
    m_model->setSource(RecipientListQuery::from(), RecipientListQuery::key());
    const QStringList sql = RecipientListQuery::columns();
    m_model->setColumns({
        { sql.at(Kind), tr("Type"), ColumnKind::Text, 0, false },
        { sql.at(Name), tr("Name"), ColumnKind::Text, 0, true },
        { sql.at(Comune), tr("Comune") },
        { sql.at(Address), tr("Address") },
        { sql.at(Contact), tr("Contact") },
        { sql.at(Phone), tr("Phone") },
        { sql.at(Email), tr("E-mail") },
        { sql.at(Active), tr("In use") },
    });
    m_model->setDefaultSort(Name, Qt::AscendingOrder);
    m_model->setWatchedTables({ QStringLiteral("delivery_recipient"), QStringLiteral("comune_cmm") });
    m_model->setFormatter(Kind, [](const QVariantList &row, int c) -> QVariant {
        RecipientKind kind = RecipientKind::Other;
        recipientKindFromCode(row.at(c).toString(), &kind);
        return DeliveryLabels::recipientKind(kind);
    });
    m_model->setFormatter(Address, [](const QVariantList &row, int c) -> QVariant {
        return row.at(c).toString().trimmed().isEmpty() ? tr("⚠ no address") : row.at(c);
    });
    m_model->setFormatter(
        Active, [](const QVariantList &row, int c) -> QVariant { return row.at(c).toBool() ? tr("yes") : tr("no"); });

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setAccessibleName(tr("Recipients"));
    const QList<int> widths { 140, 300, 160, 220, 180, 130, 200 };
    for (int i = 0; i < widths.size(); ++i)
        core::setColumnWidth(m_view, i, widths.at(i));
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view, &QTableView::doubleClicked, this,
        [this](const QModelIndex &i) { edit(m_model->keyAt(i.row()).toLongLong()); });

    auto *add = new QPushButton(tr("&New recipient..."), this);
    auto *change = new QPushButton(tr("&Edit..."), this);
    connect(add, &QPushButton::clicked, this, [this] { edit(0); });
    connect(change, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_view->currentIndex();
        if (i.isValid())
            edit(m_model->keyAt(i.row()).toLongLong());
    });
    m_count = new QLabel(this);
    auto *note = new QLabel(tr("The COC of each comune is already here: its address and contacts are edited here or "
                               "in the Comuni tab (CAP, phone and e-mail start as the town hall's)."),
        this);
    m_missing = new QLabel(this);
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #555f6a;"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kind);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_inactive);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addWidget(note, 1);
    bottom->addWidget(add);
    bottom->addWidget(change);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_missing);
    layout->addLayout(bottom);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &RecipientsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &RecipientsPage::applyFilter);
    connect(m_inactive, &QCheckBox::toggled, this, &RecipientsPage::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("%Ln recipient(s)", nullptr, m_model->rowCount()));
        const auto missing = RecipientRepository(m_context.db).countWithoutAddress();
        const int n = missing ? *missing : 0;
        m_missing->setText(n ? tr("%Ln recipient(s) in use without an address: their DDTs and trip sheets cannot "
                                  "say where to go. Open each one and type the street and number.",
                                   nullptr, n)
                             : QString());
        m_missing->setVisible(n > 0);
    });
    applyFilter();
}

void RecipientsPage::applyFilter()
{
    RecipientListQuery::Filter filter;
    filter.kind = m_kind->currentData().toString();
    filter.withInactive = m_inactive->isChecked();
    filter.text = m_search->text();
    const ListFilter where = RecipientListQuery::where(filter);
    m_model->setFilter(where.where, where.binds);
}

void RecipientsPage::edit(qint64 id)
{
    RecipientDialog dialog(m_context, m_commands, id, this);
    dialog.exec();
}

} // namespace deliveries

#include "fleet/ui/sitespage.h"
#include "core/ui/columnwidths.h"

#include "core/auth/access.h"
#include "core/auth/permissions.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "fleet/domain/fleetcommands.h"
#include "fleet/domain/fleetrepository.h"
#include "fleet/ui/fleetdialogs.h"
#include "fleet/ui/fleetui.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fleet {

using core::ColumnKind;

SitesPage::SitesPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_commands(commands)
{
    m_model = new core::FormattedSqlModel(context.db, this);
    (void)setFleetList(m_model, FleetLists::sites(context.db),
        { { QString(), tr("Site"), ColumnKind::Text, 0, true }, { QString(), tr("Kind"), ColumnKind::Text, 0, true },
            { QString(), tr("Comune"), ColumnKind::Text, 0, false }, { QString(), tr("State"), ColumnKind::Text, 0, false },
            { QString(), tr("Vehicles"), ColumnKind::Integer, 0, false },
            { QString(), tr("Equipment"), ColumnKind::Integer, 0, false },
            { QString(), tr("Capacity"), ColumnKind::Text, 0, false } });
    m_model->setDefaultSort(1, Qt::AscendingOrder);
    m_model->setFormatter(1, [](const QVariantList &row, int c) { return FleetText::siteKind(row.value(c).toString()); });
    m_model->setFormatter(3, [](const QVariantList &row, int c) { return FleetText::siteState(row.value(c).toString()); });
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    setUpFleetTable(m_table);
    m_table->horizontalHeader()->setSortIndicator(1, Qt::AscendingOrder);
    core::setColumnWidth(m_table, 0, 240);
    core::setColumnWidth(m_table, 1, 170);
    core::setColumnWidth(m_table, 2, 130);
    core::setColumnWidth(m_table, 3, 100);
    core::setColumnWidth(m_table, 4, 70);
    core::setColumnWidth(m_table, 5, 90);
    m_table->setAccessibleName(tr("Sites"));
    auto *add = new QPushButton(tr("&New site..."), this);
    m_edit = new QPushButton(tr("&Edit..."), this);
    const bool canEdit = core::Access::allows(context.db, core::Permission::FleetEdit);
    add->setEnabled(canEdit);
    m_edit->setEnabled(canEdit);
    connect(add, &QPushButton::clicked, this, &SitesPage::addSite);
    connect(m_edit, &QPushButton::clicked, this, &SitesPage::editSite);
    connect(m_table, &QTableView::doubleClicked, this, &SitesPage::editSite);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    m_model->setFilter(QString());
}

void SitesPage::tablesChanged(const QStringList &tables)
{
    Q_UNUSED(tables);
}

void SitesPage::addSite()
{
    SiteDialog dialog(m_context, Site(), this);
    dialog.setSave([&] { return m_commands.run(std::make_shared<SaveSite>(dialog.site())); });
    dialog.exec();
}

void SitesPage::editSite()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !core::Access::allows(m_context.db, core::Permission::FleetEdit))
        return;
    auto site = FleetRepository(m_context.db).site(m_model->keyAt(current.row()).toLongLong());
    if (!site || site->id == 0)
        return;
    SiteDialog dialog(m_context, *site, this);
    dialog.setSave([&] { return m_commands.run(std::make_shared<SaveSite>(dialog.site())); });
    dialog.exec();
}

bool SitesPage::selectSite(qint64 id)
{
    const int row = m_model->rowOfKey(id);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

} // namespace fleet

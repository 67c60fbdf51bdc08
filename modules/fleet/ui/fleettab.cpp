#include "fleet/ui/fleettab.h"

#include "fleet/ui/deploymentspage.h"
#include "fleet/ui/equipmentpage.h"
#include "fleet/ui/modulespage.h"
#include "fleet/ui/sitespage.h"
#include "fleet/ui/vehiclespage.h"

#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fleet {

namespace {
const QStringList fleetPageNames { QStringLiteral("vehicles"), QStringLiteral("equipment"), QStringLiteral("sites"),
    QStringLiteral("modules"), QStringLiteral("deployments") };
} // namespace

FleetTab::FleetTab(core::AppContext &context, QWidget *parent)
    : core::ModuleTab(context, parent)
{
}

void FleetTab::buildContent()
{
    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    m_vehicles = new VehiclesPage(context(), *commands(), this);
    m_equipment = new EquipmentPage(context(), *commands(), this);
    m_sites = new SitesPage(context(), *commands(), this);
    m_pages->addTab(m_vehicles, tr("&Vehicles"));
    m_pages->addTab(m_equipment, tr("&Equipment"));
    m_modules = new ModulesPage(context(), *commands(), this);
    m_pages->addTab(m_sites, tr("&Sites"));
    m_pages->addTab(m_modules, tr("&Modules"));
    m_deployments = new DeploymentsPage(context(), *commands(), this);
    m_pages->addTab(m_deployments, tr("&Deployments"));
    // «Deploy...» on a module: the deployments' form with the module ticked.
    connect(m_modules, &ModulesPage::deployRequested, this, [this](qint64 moduleId) {
        showPage(Deployments);
        m_deployments->newDeployment(moduleId);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_pages);
}

void FleetTab::showPage(Page page)
{
    ensureBuilt();
    m_pages->setCurrentIndex(int(page));
}

bool FleetTab::openPage(const QString &page)
{
    const int index = fleetPageNames.indexOf(page);
    if (index < 0)
        return false;
    showPage(Page(index));
    return true;
}

bool FleetTab::showRecord(const QString &kind, qint64 id)
{
    ensureBuilt();
    if (kind == QLatin1String("vehicle")) {
        showPage(Vehicles);
        return m_vehicles->selectVehicle(id);
    }
    if (kind == QLatin1String("equipment")) {
        showPage(Equipment);
        return m_equipment->selectEquipment(id);
    }
    if (kind == QLatin1String("site")) {
        showPage(Sites);
        return m_sites->selectSite(id);
    }
    if (kind != QLatin1String("fleet_module"))
        return false;
    showPage(Modules);
    // The modules' list comes with their readiness, read on a worker: the
    // module is chosen once it has come (checked on a short timer, so that
    // the page itself need not know about the search).
    m_pendingModule = id;
    if (!m_moduleWait) {
        m_moduleWait = new QTimer(this);
        m_moduleWait->setInterval(50);
        connect(m_moduleWait, &QTimer::timeout, this, &FleetTab::selectPendingModule);
    }
    selectPendingModule();
    if (m_pendingModule != 0)
        m_moduleWait->start();
    return true;
}

void FleetTab::selectPendingModule()
{
    if (m_modules->isReading())
        return;
    QTreeWidget *list = m_modules->list();
    // Each row keeps its module's id under Qt::UserRole + 1 (ModulesPage).
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->data(0, Qt::UserRole + 1).toLongLong() == m_pendingModule)
            list->setCurrentItem(list->topLevelItem(i));
    m_pendingModule = 0;
    if (m_moduleWait)
        m_moduleWait->stop();
}

QString FleetTab::helpSection() const
{
    return m_pages ? QStringLiteral("fleet-") + fleetPageNames.value(m_pages->currentIndex()) : QString();
}

QString FleetTab::reportChoice(const QString &report) const
{
    if (report != QLatin1String("departure-checklist") || !m_modules || m_modules->selectedModule() == 0)
        return {};
    return QString::number(m_modules->selectedModule());
}

void FleetTab::tablesChanged(const QStringList &tables)
{
    if (m_vehicles)
        m_vehicles->tablesChanged(tables);
    if (m_equipment)
        m_equipment->tablesChanged(tables);
    if (m_sites)
        m_sites->tablesChanged(tables);
    if (m_modules)
        m_modules->tablesChanged(tables);
    if (m_deployments)
        m_deployments->tablesChanged(tables);
}

} // namespace fleet

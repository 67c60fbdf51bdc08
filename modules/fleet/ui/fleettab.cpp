#include "fleet/ui/fleettab.h"

#include "fleet/ui/deploymentspage.h"
#include "fleet/ui/equipmentpage.h"
#include "fleet/ui/modulespage.h"
#include "fleet/ui/sitespage.h"
#include "fleet/ui/vehiclespage.h"

#include <QTabWidget>
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
    return m_modules->selectModule(id);
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

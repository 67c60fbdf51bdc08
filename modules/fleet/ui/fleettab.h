#pragma once

#include "core/ui/moduletab.h"

class QTabWidget;

namespace fleet {

class DeploymentsPage;
class EquipmentPage;
class ModulesPage;
class SitesPage;
class VehiclesPage;

// The "Colonna Mobile" tab: pages for the vehicles (deadlines and
// maintenance log), the equipment (loans), the sites and the modules
// (readiness, departure checklists) and the deployments. GUI thread.
class FleetTab : public core::ModuleTab {
    Q_OBJECT
public:
    enum Page { Vehicles, Equipment, Sites, Modules, Deployments };
    explicit FleetTab(core::AppContext &context, QWidget *parent = nullptr);

    void showPage(Page page);
    QTabWidget *pages() const { return m_pages; }
    VehiclesPage *vehiclesPage() const { return m_vehicles; }
    EquipmentPage *equipmentPage() const { return m_equipment; }
    SitesPage *sitesPage() const { return m_sites; }
    ModulesPage *modulesPage() const { return m_modules; }
    DeploymentsPage *deploymentsPage() const { return m_deployments; }

    // "vehicles", "equipment", "sites", "modules", "deployments".
    bool openPage(const QString &page) override;
    // The global search's hits: "vehicle", "equipment", "site",
    // "fleet_module" (selected when the modules' readiness has come).
    bool showRecord(const QString &kind, qint64 id) override;
    QString helpSection() const override;
    // "departure-checklist": the module selected on the Moduli page.
    QString reportChoice(const QString &report) const override;

protected:
    void buildContent() override;

    void tablesChanged(const QStringList &tables) override;

private:

    QTabWidget *m_pages = nullptr;
    VehiclesPage *m_vehicles = nullptr;
    EquipmentPage *m_equipment = nullptr;
    SitesPage *m_sites = nullptr;
    ModulesPage *m_modules = nullptr;
    DeploymentsPage *m_deployments = nullptr;
};

} // namespace fleet

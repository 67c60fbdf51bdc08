#include "moduleregistry.h"

#include "comuni/ui/comunimodule.h"
#include "volunteers/domain/volunteersdemo.h"
#include "volunteers/ui/volunteersmodule.h"

std::vector<std::unique_ptr<core::Module>> createModules()
{
    std::vector<std::unique_ptr<core::Module>> modules;
    modules.push_back(std::make_unique<comuni::ComuniModule>());
    modules.push_back(std::make_unique<volunteers::VolunteersModule>());
    return modules;
}

core::ReportCatalog createReportCatalog(const std::vector<std::unique_ptr<core::Module>> &modules)
{
    core::ReportCatalog catalog;
    for (const auto &module : modules)
        for (const core::ReportDefinition &definition : module->reports())
            catalog.add(definition);
    return catalog;
}

QList<core::DemoStep> demoSteps()
{
    return { volunteers::volunteersDemoStep() };
}

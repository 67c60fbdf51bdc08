#include "moduleregistry.h"

#include "comuni/ui/comunimodule.h"
#include "tutoring/domain/tutoringdemo.h"
#include "tutoring/ui/tutoringmodule.h"

std::vector<std::unique_ptr<core::Module>> createModules()
{
    std::vector<std::unique_ptr<core::Module>> modules;
    modules.push_back(std::make_unique<comuni::ComuniModule>());
    modules.push_back(std::make_unique<tutoring::TutoringModule>());
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
    return { tutoring::tutoringDemoStep() };
}

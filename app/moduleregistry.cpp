#include "moduleregistry.h"

#include "comuni/ui/comunimodule.h"
#include "core/auth/auditreports.h"
#include "core/auth/demoaccounts.h"
#include "listening/domain/listeningdemo.h"
#include "listening/ui/listeningmodule.h"

std::vector<std::unique_ptr<core::Module>> createModules()
{
    std::vector<std::unique_ptr<core::Module>> modules;
    modules.push_back(std::make_unique<comuni::ComuniModule>());
    modules.push_back(std::make_unique<listening::ListeningModule>());
    return modules;
}

core::ReportCatalog createReportCatalog(const std::vector<std::unique_ptr<core::Module>> &modules)
{
    core::ReportCatalog catalog;
    for (const auto &module : modules)
        for (const core::ReportDefinition &definition : module->reports())
            catalog.add(definition);
    for (const core::ReportDefinition &definition : core::AuditReports::definitions())
        catalog.add(definition);
    return catalog;
}

QList<core::DemoStep> demoSteps()
{
    // The accounts first: the modules' steps sign in as them.
    return { core::demoAccountsStep(), listening::listeningDemoStep() };
}

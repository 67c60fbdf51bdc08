#include "moduleregistry.h"

#include "comuni/ui/comunimodule.h"
#include "deliveries/domain/deliverydemo.h"
#include "deliveries/ui/deliveriesmodule.h"
#include "stock/domain/stockdemo.h"
#include "stock/ui/stockmodule.h"

std::vector<std::unique_ptr<core::Module>> createModules()
{
    std::vector<std::unique_ptr<core::Module>> modules;
    modules.push_back(std::make_unique<comuni::ComuniModule>());
    modules.push_back(std::make_unique<stock::StockModule>());
    modules.push_back(std::make_unique<deliveries::DeliveriesModule>());
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
    QList<core::DemoStep> steps;
    steps.append(stock::demoStep());
    // Steps that issue stock for the published period (deliveries) go here,
    // between the stock receipts and the stock closing.
    steps.append(deliveries::demoStep());
    // stock-closing must stay after every step that issues stock for
    // 2020-2021: it clears what is left of that period on 30/06/2021.
    steps.append(stock::demoClosingStep());
    // With --years: the invented warehouse issues become recorded deliveries.
    steps.append(deliveries::historyStep());
    return steps;
}

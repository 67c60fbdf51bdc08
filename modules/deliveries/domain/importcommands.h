#pragma once

#include "core/commands/command.h"
#include "deliveries/domain/deliveryimport.h"
#include "deliveries/domain/requestimport.h"

namespace deliveries {

// An importer's plan written as one command (deliveries.edit), by the
// import dialog and `cisiamo import`, inside the caller's core::ImportOnce
// (the runner writes in its transaction, joined without a savepoint: the
// file's record, the rows and the audit entry commit together, and a
// failure leaves nothing). A plan with errors is
// refused before anything is written. Not undoable: imported requests are
// cancelled one by one, past deliveries are a record.
template <typename Importer, typename Plan, typename Summary>
class ImportCommand : public core::Command {
public:
    explicit ImportCommand(Plan plan)
        : m_plan(std::move(plan))
    {
    }
    QString permission() const override;
    bool joinsCallerTransaction() const override { return true; }
    core::Status check(const core::CommandContext &) const override
    {
        if (m_plan.errorCount() > 0)
            return core::Error(QStringLiteral("deliveries.import_has_errors"), { QString::number(m_plan.errorCount()) });
        return {};
    }
    core::Status apply(const core::CommandContext &context) override
    {
        auto summary = Importer(context.db, context.clock).apply(m_plan);
        if (!summary)
            return summary.error();
        m_summary = *summary;
        return {};
    }
    const Summary &summary() const { return m_summary; }

protected:
    Plan m_plan;
    Summary m_summary;
};

class ImportRequests : public ImportCommand<RequestImporter, RequestImportPlan, RequestImportSummary> {
public:
    using ImportCommand::ImportCommand;
    QString code() const override { return QStringLiteral("deliveries.import.requests"); }
    QString auditDetail() const override;
};

class ImportDeliveries : public ImportCommand<DeliveryImporter, DeliveryImportPlan, DeliveryImportSummary> {
public:
    using ImportCommand::ImportCommand;
    QString code() const override { return QStringLiteral("deliveries.import.deliveries"); }
    QString auditDetail() const override;
};

} // namespace deliveries

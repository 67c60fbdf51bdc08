#include "deliveries/domain/importcommands.h"

#include "core/auth/permissions.h"

namespace deliveries {

template <typename Importer, typename Plan, typename Summary>
QString ImportCommand<Importer, Plan, Summary>::permission() const
{
    return core::Permission::DeliveriesEdit;
}

template class ImportCommand<RequestImporter, RequestImportPlan, RequestImportSummary>;
template class ImportCommand<DeliveryImporter, DeliveryImportPlan, DeliveryImportSummary>;

QString ImportRequests::auditDetail() const
{
    return QStringLiteral("requests=%1 lines=%2").arg(m_summary.requests).arg(m_summary.lines);
}

QString ImportDeliveries::auditDetail() const
{
    return QStringLiteral("deliveries=%1 lines=%2").arg(m_summary.deliveries).arg(m_summary.lines);
}

} // namespace deliveries

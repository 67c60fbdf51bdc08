#include "room/domain/commshooks.h"

namespace room {

void declareCommsSyncTables()
{
}

void declareCommsAuditTexts()
{
}

QList<core::ReportDefinition> commsReports()
{
    return {};
}

} // namespace room

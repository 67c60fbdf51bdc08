#include "room/domain/commshooks.h"

#include "room/domain/boardsync.h"

namespace room {

void declareCommsSyncTables()
{
    declareBoardSyncTables();
}

void declareCommsAuditTexts()
{
    declareBoardAuditTexts();
}

QList<core::ReportDefinition> commsReports()
{
    return {};
}

} // namespace room

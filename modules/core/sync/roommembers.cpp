#include "core/sync/roommembers.h"

#include "core/db/connectionstate.h"
#include "core/db/localconfig.h"
#include "core/db/sql.h"

#include <QMap>

namespace core::sync {

Result<QList<RoomMember>> roomMembers(const QSqlDatabase &db)
{
    QMap<int, RoomMember> members;
    const int own = sessionWorkstation(db);
    members.insert(own, { own, LocalConfig::value(db, LocalConfig::workstationName), false, 0 });
    auto sources = runQuery(db,
        QStringLiteral("SELECT workstation, workstation_name FROM sync_source ORDER BY coalesce(last_import_at, 0)"));
    if (!sources)
        return sources.error();
    while (sources->next()) {
        const int workstation = sources->value(0).toInt();
        members.insert(workstation, { workstation, sources->value(1).toString(), false, 0 });
    }
    return members.values();
}

} // namespace core::sync

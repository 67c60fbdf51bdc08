#include "room/ui/commsui.h"

#include "room/ui/roomtab.h"

namespace room {

void addCommsPages(RoomTab &tab, core::AppContext &context)
{
    Q_UNUSED(tab);
    Q_UNUSED(context);
    // room-comms: tab.addPage(new CabinaPage(context, &tab), tr("&Cabina di regia"));
    //             tab.addPage(new ProtocolPage(context, &tab), tr("&Protocollo"));
}

QString describeCommsError(const core::Error &error)
{
    Q_UNUSED(error);
    return {};
}

QList<core::HeadlineFigure> commsHeadlineFigures(const QSqlDatabase &db, const QDate &today)
{
    Q_UNUSED(db);
    Q_UNUSED(today);
    return {};
}

QStringList commsHeadlineTables()
{
    return {};
}

} // namespace room

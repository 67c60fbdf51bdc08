#include "room/ui/roommodule.h"

#include "room/domain/commshooks.h"
#include "room/domain/diaryreport.h"
#include "room/ui/commsui.h"
#include "room/ui/planfigures.h"
#include "room/ui/planmapimage.h"
#include "room/ui/roomerrors.h"
#include "room/ui/roomtab.h"

namespace room {

RoomModule::RoomModule()
{
    RoomErrors::registerOnce();
}

QIcon RoomModule::icon() const
{
    return QIcon(QStringLiteral(":/icons/sala.svg"));
}

core::ModuleTab *RoomModule::createTab(core::AppContext &context, QWidget *parent)
{
    return new RoomTab(context, parent);
}

QList<core::ReportDefinition> RoomModule::reports() const
{
    QList<core::ReportDefinition> all;
    // Events and diary.
    all.append(DiaryReport::definition());
    // The Cabina di regia and the Protocollo.
    all += commsReports();
    // The emergency plans.
    all.append(PlanReports::definition(&renderPlanMap));
    return all;
}

QList<core::HeadlineFigure> RoomModule::headlineFigures(const QSqlDatabase &db, const QDate &today) const
{
    QList<core::HeadlineFigure> figures;
    figures += commsHeadlineFigures(db, today);
    figures += planHeadlineFigures(db, today);
    return figures;
}

QStringList RoomModule::headlineTables() const
{
    return commsHeadlineTables() + planHeadlineTables();
}

} // namespace room

#include "room/ui/roommodule.h"

#include "room/domain/commshooks.h"
#include "core/auth/access.h"
#include "core/auth/permissions.h"
#include "room/domain/diaryreport.h"
#include "room/domain/roomeventrepository.h"
#include "room/domain/roomsearch.h"
#include "room/domain/roomtext.h"
#include "room/domain/sitrep.h"
#include "room/ui/commsui.h"
#include "room/ui/planfigures.h"
#include "room/ui/planmapimage.h"
#include "room/ui/roomerrors.h"
#include "room/ui/roomtab.h"

#include <QLocale>
#include <QMap>

#include <optional>

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
    // The daily situation report.
    all.append(SitrepReport::definition());
    // The emergency plans.
    all.append(PlanReports::definition(&renderPlanMap));
    return all;
}

namespace {

// The room's open events by phase (events are tens: read whole, on the
// Cruscotto's worker like every headline figure). None when the person may
// not see the room.
std::optional<core::HeadlineFigure> openEventsFigure(const QSqlDatabase &db)
{
    if (!core::Access::allows(db, core::Permission::RoomView))
        return std::nullopt;
    auto events = RoomEventRepository(db).choices();
    if (!events)
        return std::nullopt;
    QMap<Phase, int> byPhase;
    int open = 0;
    for (const RoomEventRepository::Choice &e : std::as_const(*events))
        if (e.phase != Phase::Closed) {
            ++byPhase[e.phase];
            ++open;
        }
    const QLocale locale;
    QStringList parts;
    for (Phase p : { Phase::Alarm, Phase::PreAlarm, Phase::Attention })
        if (byPhase.value(p) > 0)
            parts.append(RoomModule::tr("%1: %2").arg(RoomText::phase(p), locale.toString(byPhase.value(p))));
    core::HeadlineFigure figure;
    figure.label = RoomModule::tr("Open events of the room");
    figure.value = locale.toString(open);
    figure.note = open == 0 ? RoomModule::tr("no event open") : parts.join(QStringLiteral(" · "));
    figure.tone = byPhase.value(Phase::Alarm) > 0 ? core::HeadlineFigure::Tone::Alert
        : byPhase.value(Phase::PreAlarm) > 0     ? core::HeadlineFigure::Tone::Warning
                                                 : core::HeadlineFigure::Tone::Normal;
    figure.page = QStringLiteral("events");
    return figure;
}

} // namespace

QList<core::HeadlineFigure> RoomModule::headlineFigures(const QSqlDatabase &db, const QDate &today) const
{
    QList<core::HeadlineFigure> figures;
    if (auto events = openEventsFigure(db))
        figures.append(*events);
    figures += commsHeadlineFigures(db, today);
    figures += planHeadlineFigures(db, today);
    return figures;
}

QStringList RoomModule::headlineTables() const
{
    return commsHeadlineTables() + planHeadlineTables()
        + QStringList { QStringLiteral("activation_event"), QStringLiteral("room_event_phase") };
}

QList<core::SearchHit> RoomModule::search(const QSqlDatabase &db, const QString &text, int limit) const
{
    QList<core::SearchHit> hits;
    const auto add = [&](const core::Result<QList<core::SearchMatch>> &found, const QString &kind, const QString &group) {
        if (found)
            for (const core::SearchMatch &m : *found)
                hits.append({ kind, group, m.id, m.title, m.detail });
    };
    add(searchEvents(db, text, limit), QStringLiteral("room_event"), tr("Events of the room"));
    if (auto plans = searchPlans(db, text, limit))
        for (const core::SearchMatch &m : *plans) {
            // The plan's state in words: "piano approvato il 12/03/2019 ·
            // revisione entro il 12/03/2024 · Sud Ovest".
            const QStringList f = m.detail.split(QLatin1Char('\t'));
            QStringList detail;
            if (f.value(0) != QLatin1String("1"))
                detail.append(tr("no emergency plan"));
            else if (const QDate approved = QDate::fromString(f.value(1), Qt::ISODate); approved.isValid())
                detail.append(tr("plan approved on %1").arg(approved.toString(QStringLiteral("dd/MM/yyyy"))));
            else
                detail.append(tr("plan without approval date"));
            if (const QDate due = QDate::fromString(f.value(2), Qt::ISODate); due.isValid())
                detail.append(tr("revision due by %1").arg(due.toString(QStringLiteral("dd/MM/yyyy"))));
            if (!f.value(3).isEmpty())
                detail.append(f.value(3));
            hits.append({ QStringLiteral("room_plan"), tr("Emergency plans"), m.id, m.title,
                detail.join(QStringLiteral(" · ")) });
        }
    // The many lines of the registers last: a comune's name finds its plan
    // before the diary entries that name it.
    add(searchProtocol(db, text, limit), QStringLiteral("room_protocol"), tr("Communications register"));
    add(searchDiary(db, text, limit), QStringLiteral("room_diary"), tr("Room diary"));
    return hits;
}

} // namespace room

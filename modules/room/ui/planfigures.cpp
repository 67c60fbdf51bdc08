#include "room/ui/planfigures.h"

#include "core/auth/access.h"
#include "core/auth/permissions.h"
#include "room/domain/planrepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace room {

namespace {
struct PlanFigureTexts {
    Q_DECLARE_TR_FUNCTIONS(room::PlanFigureTexts)
};
} // namespace

QList<core::HeadlineFigure> planHeadlineFigures(const QSqlDatabase &db, const QDate &today)
{
    if (!core::Access::allows(db, core::Permission::RoomView))
        return {};
    const auto counts = PlanRepository(db).counts(today);
    if (!counts)
        return {};
    using Tone = core::HeadlineFigure::Tone;
    core::HeadlineFigure plans;
    plans.label = PlanFigureTexts::tr("Emergency plans overdue for revision");
    plans.value = QLocale().toString(counts->overdue);
    plans.note = PlanFigureTexts::tr("%1; %2")
                     .arg(PlanFigureTexts::tr("%n due soon", nullptr, counts->dueSoon),
                         PlanFigureTexts::tr("%n comune(s) without a plan", nullptr, counts->noPlan));
    plans.tone = counts->overdue > 0 ? Tone::Alert : counts->dueSoon > 0 ? Tone::Warning : Tone::Normal;
    plans.page = QStringLiteral("plans");
    core::HeadlineFigure cocs;
    cocs.label = PlanFigureTexts::tr("COCs open");
    cocs.value = QLocale().toString(counts->cocActive);
    cocs.note = PlanFigureTexts::tr("of %n comune(s)", nullptr, counts->comuni);
    cocs.tone = counts->cocActive > 0 ? Tone::Warning : Tone::Normal;
    cocs.page = QStringLiteral("plans");
    return { plans, cocs };
}

QStringList planHeadlineTables()
{
    return { QStringLiteral("room_plan"), QStringLiteral("room_plan_risk"), QStringLiteral("room_coc_state") };
}

} // namespace room

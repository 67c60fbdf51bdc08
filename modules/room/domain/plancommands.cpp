#include "room/domain/plancommands.h"

#include "core/auth/permissions.h"
#include "core/auth/session.h"
#include "core/db/importonce.h"
#include "room/domain/planrepository.h"
#include "room/domain/planrules.h"

namespace room {

using core::Error;
using core::Status;

SavePlanState::SavePlanState(PlanState plan)
    : m_plan(normalisedPlan(std::move(plan)))
{
}

QString SavePlanState::permission() const
{
    return core::Permission::RoomPlans;
}

Status SavePlanState::check(const core::CommandContext &context) const
{
    if (auto s = validatePlan(m_plan, context.clock.today()); !s)
        return s;
    auto metropolitan = PlanRepository(context.db).isMetropolitan(m_plan.comuneId);
    if (!metropolitan)
        return metropolitan.error();
    if (!*metropolitan)
        return Error(QStringLiteral("room.unknown_comune"), { QString::number(m_plan.comuneId) });
    return {};
}

Status SavePlanState::apply(const core::CommandContext &context)
{
    auto changed = PlanRepository(context.db).save(m_plan);
    if (!changed)
        return changed.error();
    m_changed = *changed;
    return {};
}

QString SavePlanState::text() const
{
    return tr("emergency plan");
}

QString SetCocState::permission() const
{
    return core::Permission::RoomEdit;
}

Status SetCocState::apply(const core::CommandContext &context)
{
    QString author;
    if (auto account = core::sessionAccount(context.db))
        author = account->username;
    auto recorded = PlanRepository(context.db).recordCoc(m_change, author, context.clock.now());
    if (!recorded)
        return recorded.error();
    m_change = *recorded;
    return {};
}

QString SetCocState::text() const
{
    return m_change.active ? tr("COC opened") : tr("COC closed");
}

ImportPlanStates::ImportPlanStates(QString path, bool again)
    : m_path(std::move(path))
    , m_again(again)
{
}

QString ImportPlanStates::permission() const
{
    return core::Permission::RoomPlans;
}

Status ImportPlanStates::apply(const core::CommandContext &context)
{
    m_report = PlanImportReport();
    // Inside the runner's transaction: the file is recorded with what it
    // wrote, or not at all.
    core::ImportOnce once(context.db, QStringLiteral("emergency-plans"), m_path, m_again, context.clock);
    if (!once)
        return once.error();
    auto report = PlanImporter(context.db, context.clock).importFile(m_path, false);
    if (!report)
        return report.error();
    m_report = *report;
    if (!m_report.ok())
        return Error(QStringLiteral("room.plan_import_problems"), { QString::number(m_report.errorCount()) });
    return once.commit();
}

QString ImportPlanStates::auditDetail() const
{
    return QStringLiteral("%1 added, %2 updated, %3 unchanged").arg(m_report.added).arg(m_report.updated).arg(m_report.unchanged);
}

} // namespace room

#include "room/domain/planrules.h"

#include <algorithm>

namespace room {

using core::Error;

namespace {
QString shown(const QDate &d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}
} // namespace

QDate planEarliestDate()
{
    return QDate(1970, 1, 1);
}

QDate planLastRevision(const PlanState &plan)
{
    return plan.revisedOn.isValid() ? plan.revisedOn : plan.approvedOn;
}

PlanState normalisedPlan(PlanState plan)
{
    plan.act = plan.act.trimmed();
    plan.notes = plan.notes.trimmed();
    QList<Risk> risks;
    for (Risk r : allRisks())
        if (plan.risks.contains(r))
            risks.append(r);
    plan.risks = risks;
    if (plan.hasPlan && !plan.revisionDue.isValid() && planLastRevision(plan).isValid())
        plan.revisionDue = planLastRevision(plan).addYears(planRevisionYears);
    return plan;
}

core::Status validatePlan(const PlanState &plan, const QDate &today)
{
    if (plan.comuneId <= 0)
        return Error(QStringLiteral("room.plan_comune_missing"));
    if (plan.act.size() > planActMaxLength)
        return Error(QStringLiteral("room.plan_act_long"), { QString::number(planActMaxLength) });
    if (plan.notes.size() > planNotesMaxLength)
        return Error(QStringLiteral("room.plan_notes_long"), { QString::number(planNotesMaxLength) });
    if (!plan.hasPlan) {
        if (plan.approvedOn.isValid() || plan.revisedOn.isValid() || plan.revisionDue.isValid() || plan.inPortal)
            return Error(QStringLiteral("room.plan_dates_without_plan"));
        return {};
    }
    if (!plan.approvedOn.isValid())
        return Error(QStringLiteral("room.plan_approval_missing"));
    for (const QDate &d : { plan.approvedOn, plan.revisedOn, plan.revisionDue })
        if (d.isValid() && d < planEarliestDate())
            return Error(QStringLiteral("room.plan_date_too_old"), { shown(d), shown(planEarliestDate()) });
    if (plan.approvedOn > today)
        return Error(QStringLiteral("room.plan_approval_future"), { shown(plan.approvedOn) });
    if (plan.revisedOn.isValid()) {
        if (plan.revisedOn < plan.approvedOn)
            return Error(QStringLiteral("room.plan_revision_before_approval"),
                { shown(plan.revisedOn), shown(plan.approvedOn) });
        if (plan.revisedOn > today)
            return Error(QStringLiteral("room.plan_revision_future"), { shown(plan.revisedOn) });
    }
    if (plan.revisionDue.isValid()) {
        const QDate last = planLastRevision(plan);
        if (plan.revisionDue <= last)
            return Error(QStringLiteral("room.plan_due_not_after_revision"), { shown(plan.revisionDue), shown(last) });
        if (plan.revisionDue > last.addYears(planMaxDueYears))
            return Error(QStringLiteral("room.plan_due_too_far"),
                { shown(plan.revisionDue), QString::number(planMaxDueYears) });
    }
    return {};
}

PlanStatus planStatus(const PlanState &plan, const QDate &today)
{
    if (!plan.recorded)
        return PlanStatus::NotRecorded;
    if (!plan.hasPlan)
        return PlanStatus::NoPlan;
    QDate due = plan.revisionDue;
    if (!due.isValid() && planLastRevision(plan).isValid())
        due = planLastRevision(plan).addYears(planRevisionYears);
    if (!due.isValid() || due < today)
        return PlanStatus::Overdue;
    if (due <= today.addDays(planDueWindowDays))
        return PlanStatus::DueSoon;
    return PlanStatus::Valid;
}

core::Status validateCocChange(const CocChange &change, bool currentlyActive, const QDateTime &lastSince,
    const QDateTime &now)
{
    if (change.note.size() > planNotesMaxLength)
        return Error(QStringLiteral("room.coc_note_long"), { QString::number(planNotesMaxLength) });
    if (change.active && currentlyActive)
        return Error(QStringLiteral("room.coc_already_active"));
    if (!change.active && !currentlyActive)
        return Error(QStringLiteral("room.coc_already_closed"));
    if (!change.since.isValid() || change.since > now)
        return Error(QStringLiteral("room.coc_future"));
    if (lastSince.isValid() && change.since < lastSince)
        return Error(QStringLiteral("room.coc_before_last"),
            { lastSince.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) });
    return {};
}

} // namespace room

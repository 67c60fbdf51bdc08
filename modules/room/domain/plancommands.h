#pragma once

#include "core/commands/command.h"
#include "room/domain/planimport.h"
#include "room/domain/plantypes.h"

#include <QCoreApplication>

namespace room {

// The emergency plans' writes (core/commands/command.h).

// Records the state of a comune's Piano di Emergenza Comunale and its risk
// scenarios (normalisedPlan, validatePlan against the clock's today).
// Permission::RoomPlans. Not undoable: a plan state is corrected by another.
class SavePlanState : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(room::SavePlanState)
public:
    explicit SavePlanState(PlanState plan);
    QString code() const override { return QStringLiteral("room.plan.save"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_plan.comuneId); }
    QString text() const override;
    bool changed() const { return m_changed; }

private:
    PlanState m_plan;
    bool m_changed = false;
};

// Records a comune's COC opened or closed (PlanRepository::recordCoc),
// Permission::RoomEdit: the operators at the phones hear it first. Not
// undoable: the COC ledger is append-only; the way back is another change.
class SetCocState : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(room::SetCocState)
public:
    explicit SetCocState(CocChange change)
        : m_change(std::move(change))
    {
    }
    QString code() const override { return QStringLiteral("room.coc.set"); }
    QString permission() const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_change.id); }
    QString text() const override;
    const CocChange &change() const { return m_change; }

private:
    CocChange m_change;
};

// Imports plan states from a spreadsheet (PlanImporter), all or nothing,
// once per file unless `again` (core::ImportOnce), Permission::RoomPlans.
// A file with errors writes nothing: room.plan_import_problems {count},
// and problems() lists them (warnings too). Not undoable.
class ImportPlanStates : public core::Command {
public:
    ImportPlanStates(QString path, bool again);
    QString code() const override { return QStringLiteral("room.plan.import"); }
    QString permission() const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;
    const PlanImportReport &report() const { return m_report; }

private:
    QString m_path;
    bool m_again = false;
    PlanImportReport m_report;
};

} // namespace room

#include "room/domain/plansync.h"

#include "core/auth/audittext.h"
#include "core/sync/tableregistry.h"

#include <QCoreApplication>

namespace room {

namespace {
struct PlanSyncTexts {
    Q_DECLARE_TR_FUNCTIONS(room::PlanSyncTexts)
};
} // namespace

void declarePlanSyncTables()
{
    using core::sync::TableKind;
    using core::sync::TableRegistry;
    TableRegistry::declare(QStringLiteral("room_plan"), TableKind::Mutable,
        [] { return PlanSyncTexts::tr("Emergency plans of the comuni"); });
    TableRegistry::declareMergedTogether(QStringLiteral("room_plan"),
        { QStringLiteral("has_plan"), QStringLiteral("approved_on"), QStringLiteral("revised_on"),
            QStringLiteral("revision_due"), QStringLiteral("in_portal") });
    TableRegistry::declareSet(QStringLiteral("room_plan_risk"), { QStringLiteral("comune_id"), QStringLiteral("risk") },
        [] { return PlanSyncTexts::tr("Risk scenarios of the emergency plans"); });
    TableRegistry::declare(QStringLiteral("room_coc_state"), TableKind::Ledger,
        [] { return PlanSyncTexts::tr("COCs opened and closed"); });
    // The columns in words, for the conflict dialog ("Field") and the
    // prints of the conflict log; the common ones (name, notes...) are
    // declared once in app/columntitles.cpp.
    TableRegistry::declareColumnTitles(QStringLiteral("room_plan"),
        { { QStringLiteral("has_plan"), [] { return PlanSyncTexts::tr("Has an emergency plan"); } },
            { QStringLiteral("approved_on"), [] { return PlanSyncTexts::tr("Approved on"); } },
            { QStringLiteral("revised_on"), [] { return PlanSyncTexts::tr("Revised on"); } },
            { QStringLiteral("in_portal"), [] { return PlanSyncTexts::tr("In the regional portal"); } },
            { QStringLiteral("revision_due"), [] { return PlanSyncTexts::tr("Update due"); } },
            { QStringLiteral("act"), [] { return PlanSyncTexts::tr("Act of approval"); } } });
}

void declarePlanAuditTexts()
{
    using core::AuditText;
    AuditText::setCommand(QStringLiteral("room.plan.save"), [] { return PlanSyncTexts::tr("Emergency plan recorded"); },
        QStringLiteral("room_plan"));
    AuditText::setCommand(QStringLiteral("room.coc.set"), [] { return PlanSyncTexts::tr("COC opened or closed"); },
        QStringLiteral("room_coc_state"));
    AuditText::setCommand(QStringLiteral("room.plan.import"), [] { return PlanSyncTexts::tr("Emergency plans imported"); });
    AuditText::setRowQuery(QStringLiteral("room_plan"),
        QStringLiteral("SELECT c.name FROM room_plan p JOIN comune c ON c.id = p.comune_id WHERE p.comune_id = ?"),
        [] { return PlanSyncTexts::tr("emergency plan of %1"); });
    AuditText::setRowQuery(QStringLiteral("room_coc_state"),
        QStringLiteral("SELECT c.name, strftime('%d/%m/%Y %H:%M', s.since / 1000, 'unixepoch', 'localtime') "
                       "FROM room_coc_state s JOIN comune c ON c.id = s.comune_id WHERE s.id = ?"),
        [] { return PlanSyncTexts::tr("COC of %1 on %2"); });
}

} // namespace room

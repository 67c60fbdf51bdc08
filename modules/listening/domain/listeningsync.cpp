#include "listening/domain/listeningsync.h"

#include "core/auth/audittext.h"
#include "core/sync/tableregistry.h"

#include <QCoreApplication>

namespace listening {

namespace {
struct ListeningSyncTexts {
    Q_DECLARE_TR_FUNCTIONS(listening::ListeningSyncTexts)
};
} // namespace

void declareSyncTables()
{
    using core::sync::TableKind;
    using core::sync::TableRegistry;
    TableRegistry::declare(QStringLiteral("listening_assignment"), TableKind::Ledger, [] { return ListeningSyncTexts::tr("Callback assignments"); });
    TableRegistry::declare(QStringLiteral("listening_attempt"), TableKind::Ledger, [] { return ListeningSyncTexts::tr("Call attempts"); });
    TableRegistry::declare(QStringLiteral("listening_escalation"), TableKind::Ledger, [] { return ListeningSyncTexts::tr("Escalations"); });
    TableRegistry::declare(QStringLiteral("listening_outcome"), TableKind::Ledger, [] { return ListeningSyncTexts::tr("Interview outcomes"); });
    TableRegistry::declare(QStringLiteral("listening_group_session"), TableKind::Ledger, [] { return ListeningSyncTexts::tr("Support group sessions"); });
    TableRegistry::declare(QStringLiteral("listening_request"), TableKind::Mutable, [] { return ListeningSyncTexts::tr("Listening requests"); });
    TableRegistry::declareMergedTogether(
        QStringLiteral("listening_request"), { QStringLiteral("received_at"), QStringLiteral("due_at") });
    TableRegistry::declare(QStringLiteral("listening_psychologist"), TableKind::Mutable, [] { return ListeningSyncTexts::tr("Psychologists"); });
    TableRegistry::declare(QStringLiteral("listening_support_group"), TableKind::Mutable, [] { return ListeningSyncTexts::tr("Support groups"); });
    TableRegistry::declareMergedTogether(
        QStringLiteral("listening_support_group"), { QStringLiteral("starts_on"), QStringLiteral("ends_on") });
    TableRegistry::declareMergedTogether(QStringLiteral("listening_support_group"),
        { QStringLiteral("first_psychologist_id"), QStringLiteral("second_psychologist_id") });
    TableRegistry::declare(QStringLiteral("listening_group_participant"), TableKind::Mutable, [] { return ListeningSyncTexts::tr("Support group participants"); });
    TableRegistry::declareMergedTogether(
        QStringLiteral("listening_group_participant"), { QStringLiteral("joined_on"), QStringLiteral("left_on") });
    TableRegistry::declare(QStringLiteral("listening_coc_placement"), TableKind::Mutable, [] { return ListeningSyncTexts::tr("Psychologists in the COC"); });
    TableRegistry::declareMergedTogether(
        QStringLiteral("listening_coc_placement"), { QStringLiteral("from_date"), QStringLiteral("to_date") });
    // The columns in words, for the conflict dialog ("Field") and the
    // prints of the conflict log; the common ones (name, notes...) are
    // declared once in app/columntitles.cpp.
    TableRegistry::declareColumnTitles(QStringLiteral("listening_request"),
        { { QStringLiteral("received_at"), [] { return ListeningSyncTexts::tr("Received on"); } },
            { QStringLiteral("recorded_at"), [] { return ListeningSyncTexts::tr("Recorded on"); } },
            { QStringLiteral("due_at"), [] { return ListeningSyncTexts::tr("Call back by"); } },
            { QStringLiteral("caller_kind"), [] { return ListeningSyncTexts::tr("Who called"); } },
            { QStringLiteral("urgency"), [] { return ListeningSyncTexts::tr("Urgency"); } },
            { QStringLiteral("caller_name"), [] { return ListeningSyncTexts::tr("Caller's name"); } },
            { QStringLiteral("caller_phone"), [] { return ListeningSyncTexts::tr("Caller's phone"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("listening_support_group"),
        { { QStringLiteral("weekday"), [] { return ListeningSyncTexts::tr("Day of the week"); } },
            { QStringLiteral("duration_min"), [] { return ListeningSyncTexts::tr("Duration (minutes)"); } },
            { QStringLiteral("first_psychologist_id"), [] { return ListeningSyncTexts::tr("First psychologist"); } },
            { QStringLiteral("second_psychologist_id"), [] { return ListeningSyncTexts::tr("Second psychologist"); } },
            { QStringLiteral("meeting_link"), [] { return ListeningSyncTexts::tr("Meeting link"); } },
            { QStringLiteral("starts_on"), [] { return ListeningSyncTexts::tr("Starts on"); } },
            { QStringLiteral("ends_on"), [] { return ListeningSyncTexts::tr("Ends on"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("listening_group_participant"),
        { { QStringLiteral("group_id"), [] { return ListeningSyncTexts::tr("Support group"); } },
            { QStringLiteral("joined_on"), [] { return ListeningSyncTexts::tr("Joined on"); } },
            { QStringLiteral("left_on"), [] { return ListeningSyncTexts::tr("Left on"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("listening_coc_placement"),
        { { QStringLiteral("psychologist_id"), [] { return ListeningSyncTexts::tr("Psychologist"); } },
            { QStringLiteral("from_date"), [] { return ListeningSyncTexts::tr("From"); } },
            { QStringLiteral("to_date"), [] { return ListeningSyncTexts::tr("To"); } } });
}

void declareAuditTexts()
{
    core::AuditText::setCommand(QStringLiteral("listening.attempt.log"), [] { return ListeningSyncTexts::tr("Call attempt recorded"); });
    core::AuditText::setCommand(QStringLiteral("listening.attempt.void"), [] { return ListeningSyncTexts::tr("Call attempt voided"); });
    core::AuditText::setCommand(QStringLiteral("listening.escalation.record"), [] { return ListeningSyncTexts::tr("Escalation recorded"); });
    core::AuditText::setCommand(QStringLiteral("listening.group.participant_add"), [] { return ListeningSyncTexts::tr("Participant added to a support group"); });
    core::AuditText::setCommand(QStringLiteral("listening.group.participant_left"), [] { return ListeningSyncTexts::tr("Participant left a support group"); });
    core::AuditText::setCommand(QStringLiteral("listening.group.save"), [] { return ListeningSyncTexts::tr("Support group saved"); });
    core::AuditText::setCommand(QStringLiteral("listening.group.session_record"), [] { return ListeningSyncTexts::tr("Support group session recorded"); });
    core::AuditText::setCommand(QStringLiteral("listening.outcome.record"), [] { return ListeningSyncTexts::tr("Listening outcome recorded"); });
    core::AuditText::setCommand(QStringLiteral("listening.request.assign"), [] { return ListeningSyncTexts::tr("Request assigned to a psychologist"); });
    core::AuditText::setCommand(QStringLiteral("listening.request.close_unreachable"), [] { return ListeningSyncTexts::tr("Request closed: caller unreachable"); });
    core::AuditText::setCommand(QStringLiteral("listening.request.register"), [] { return ListeningSyncTexts::tr("Listening request registered"); });
    core::AuditText::setCommand(QStringLiteral("listening.staff.placement_add"), [] { return ListeningSyncTexts::tr("Psychologist placed at a COC"); });
    core::AuditText::setCommand(QStringLiteral("listening.staff.placement_end"), [] { return ListeningSyncTexts::tr("Placement at a COC ended"); });
    core::AuditText::setCommand(QStringLiteral("listening.staff.save"), [] { return ListeningSyncTexts::tr("Psychologist saved"); });
}

} // namespace listening

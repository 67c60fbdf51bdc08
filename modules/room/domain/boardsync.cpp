#include "room/domain/boardsync.h"

#include "core/auth/audittext.h"
#include "core/sync/tableregistry.h"

#include <QCoreApplication>

namespace room {

namespace {
struct BoardSyncTexts {
    Q_DECLARE_TR_FUNCTIONS(room::BoardSyncTexts)
};
} // namespace

void declareBoardSyncTables()
{
    using core::sync::TableKind;
    using core::sync::TableRegistry;
    TableRegistry::declare(QStringLiteral("room_board_role"), TableKind::Mutable, [] { return BoardSyncTexts::tr("Cabina di regia roles"); });
    TableRegistry::declare(QStringLiteral("room_board_member"), TableKind::Mutable, [] { return BoardSyncTexts::tr("Cabina di regia members"); });
    TableRegistry::declare(QStringLiteral("room_board_meeting"), TableKind::Mutable, [] { return BoardSyncTexts::tr("Cabina di regia meetings"); });
    TableRegistry::declareSet(QStringLiteral("room_board_attendance"), { QStringLiteral("meeting_id"), QStringLiteral("member_id") },
        [] { return BoardSyncTexts::tr("Meeting attendance"); });
    TableRegistry::declareSet(QStringLiteral("room_board_examined"), { QStringLiteral("meeting_id"), QStringLiteral("request_id") },
        [] { return BoardSyncTexts::tr("Requests examined by the Cabina di regia"); });
    TableRegistry::declare(QStringLiteral("room_board_decision"), TableKind::Ledger, [] { return BoardSyncTexts::tr("Cabina di regia decisions"); });
    TableRegistry::declare(QStringLiteral("room_board_action"), TableKind::Mutable, [] { return BoardSyncTexts::tr("Cabina di regia actions"); });
    TableRegistry::declare(QStringLiteral("room_board_action_state"), TableKind::Ledger, [] { return BoardSyncTexts::tr("Changes of state of the actions"); });
    TableRegistry::declare(QStringLiteral("room_protocol"), TableKind::Ledger, [] { return BoardSyncTexts::tr("Communications register"); });
    TableRegistry::declare(QStringLiteral("room_circular"), TableKind::Ledger, [] { return BoardSyncTexts::tr("Circulars to the mayors"); });
    TableRegistry::declare(QStringLiteral("room_circular_sending"), TableKind::Ledger, [] { return BoardSyncTexts::tr("Circulars sent to each comune"); });
    TableRegistry::declare(QStringLiteral("room_mail_setting"), TableKind::Mutable, [] { return BoardSyncTexts::tr("Sender of the room's messages"); });
    // The columns in words, for the conflict dialog ("Field") and the
    // prints of the conflict log; the common ones (name, notes...) are
    // declared once in app/columntitles.cpp.
    TableRegistry::declareColumnTitles(QStringLiteral("room_board_role"),
        { { QStringLiteral("position"), [] { return BoardSyncTexts::tr("Position in the list"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("room_board_member"),
        { { QStringLiteral("role_id"), [] { return BoardSyncTexts::tr("Role"); } },
            { QStringLiteral("delegate_of"), [] { return BoardSyncTexts::tr("Delegate of"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("room_board_meeting"),
        { { QStringLiteral("held_on"), [] { return BoardSyncTexts::tr("Held on"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("room_board_action"),
        { { QStringLiteral("meeting_id"), [] { return BoardSyncTexts::tr("Meeting"); } },
            { QStringLiteral("decision_id"), [] { return BoardSyncTexts::tr("Decision"); } },
            { QStringLiteral("owner_id"), [] { return BoardSyncTexts::tr("Who does it"); } },
            { QStringLiteral("due_on"), [] { return BoardSyncTexts::tr("Due on"); } } });
}

void declareBoardAuditTexts()
{
    using core::AuditText;
    AuditText::setCommand(QStringLiteral("room.board.role_save"), [] { return BoardSyncTexts::tr("Cabina di regia role saved"); }, QStringLiteral("room_board_role"));
    AuditText::setCommand(QStringLiteral("room.board.member_save"), [] { return BoardSyncTexts::tr("Cabina di regia member saved"); }, QStringLiteral("room_board_member"));
    AuditText::setCommand(QStringLiteral("room.board.meeting_save"), [] { return BoardSyncTexts::tr("Cabina di regia meeting saved"); }, QStringLiteral("room_board_meeting"));
    AuditText::setCommand(QStringLiteral("room.board.decision_add"), [] { return BoardSyncTexts::tr("Decision recorded"); }, QStringLiteral("room_board_decision"));
    AuditText::setCommand(QStringLiteral("room.board.action_add"), [] { return BoardSyncTexts::tr("Action assigned"); }, QStringLiteral("room_board_action"));
    AuditText::setCommand(QStringLiteral("room.board.action_state"), [] { return BoardSyncTexts::tr("State of an action changed"); }, QStringLiteral("room_board_action"));
    AuditText::setCommand(QStringLiteral("room.protocol.register"), [] { return BoardSyncTexts::tr("Communication registered"); }, QStringLiteral("room_protocol"));
    AuditText::setCommand(QStringLiteral("room.circular.register"), [] { return BoardSyncTexts::tr("Circular to the mayors registered"); }, QStringLiteral("room_circular"));
    AuditText::setCommand(QStringLiteral("room.circular.log"), [] { return BoardSyncTexts::tr("Circular letters and messages prepared"); }, QStringLiteral("room_circular"));
    AuditText::setCommand(QStringLiteral("room.mayor.set"), [] { return BoardSyncTexts::tr("Mayor of a comune recorded"); });
    AuditText::setCommand(QStringLiteral("room.mail_sender.set"), [] { return BoardSyncTexts::tr("Sender of the room's messages set"); });

    AuditText::setRowQuery(QStringLiteral("room_board_role"), QStringLiteral("SELECT name FROM room_board_role WHERE id = ?"),
        [] { return BoardSyncTexts::tr("role %1"); });
    AuditText::setRowQuery(QStringLiteral("room_board_member"),
        QStringLiteral("SELECT m.name, r.name FROM room_board_member m JOIN room_board_role r ON r.id = m.role_id WHERE m.id = ?"),
        [] { return BoardSyncTexts::tr("%1 (%2)"); });
    AuditText::setRowQuery(QStringLiteral("room_board_meeting"),
        QStringLiteral("SELECT strftime('%d/%m/%Y', held_on) FROM room_board_meeting WHERE id = ?"),
        [] { return BoardSyncTexts::tr("meeting of %1"); });
    AuditText::setRowQuery(QStringLiteral("room_board_decision"),
        QStringLiteral("SELECT strftime('%d/%m/%Y', m.held_on) FROM room_board_decision d JOIN room_board_meeting m ON m.id = d.meeting_id WHERE d.id = ?"),
        [] { return BoardSyncTexts::tr("decision of the meeting of %1"); });
    AuditText::setRowQuery(QStringLiteral("room_board_action"), QStringLiteral("SELECT title FROM room_board_action WHERE id = ?"),
        [] { return BoardSyncTexts::tr("action «%1»"); });
    AuditText::setRowQuery(QStringLiteral("room_protocol"), QStringLiteral("SELECT number FROM room_protocol WHERE id = ?"),
        [] { return BoardSyncTexts::tr("protocol %1"); });
    AuditText::setRowQuery(QStringLiteral("room_circular"),
        QStringLiteral("SELECT p.number FROM room_circular c JOIN room_protocol p ON p.id = c.protocol_id WHERE c.id = ?"),
        [] { return BoardSyncTexts::tr("circular %1"); });
}

} // namespace room

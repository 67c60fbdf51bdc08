#include "room/domain/roomsync.h"

#include "core/auth/audittext.h"
#include "core/sync/tableregistry.h"
#include "room/domain/commshooks.h"
#include "room/domain/plansync.h"

#include <QCoreApplication>

namespace room {

namespace {
struct RoomSyncTexts {
    Q_DECLARE_TR_FUNCTIONS(room::RoomSyncTexts)
};
} // namespace

void declareSyncTables()
{
    using core::sync::TableKind;
    using core::sync::TableRegistry;
    // Events and diary (migration 0021). The room's columns of the event
    // (scenario, phase) travel with activation_event, declared mutable by
    // the Volontari module.
    TableRegistry::declare(QStringLiteral("room_diary"), TableKind::Ledger, [] { return RoomSyncTexts::tr("Room diary"); });
    TableRegistry::declare(QStringLiteral("room_event_phase"), TableKind::Ledger,
        [] { return RoomSyncTexts::tr("Phases of the events"); });
    TableRegistry::declareSet(QStringLiteral("room_event_comune"), { QStringLiteral("event_id"), QStringLiteral("comune_id") },
        [] { return RoomSyncTexts::tr("Comuni of the events"); });
    // The Cabina di regia and the Protocollo.
    declareCommsSyncTables();
    // The emergency plans of the comuni (migration 0024).
    declarePlanSyncTables();
}

void declareAuditTexts()
{
    using core::AuditText;
    // Events and diary.
    AuditText::setCommand(QStringLiteral("room.event.save"), [] { return RoomSyncTexts::tr("Room event saved"); },
        QStringLiteral("activation_event"));
    AuditText::setCommand(QStringLiteral("room.event.phase"), [] { return RoomSyncTexts::tr("Event phase changed"); });
    AuditText::setCommand(QStringLiteral("room.diary.append"), [] { return RoomSyncTexts::tr("Diary entry written"); },
        QStringLiteral("room_diary"));
    AuditText::setCommand(QStringLiteral("room.diary.correct"), [] { return RoomSyncTexts::tr("Diary entry corrected"); });
    AuditText::setRowQuery(QStringLiteral("room_diary"),
        QStringLiteral("SELECT strftime('%d/%m/%Y %H:%M', at / 1000, 'unixepoch', 'localtime') FROM room_diary WHERE id = ?"),
        [] { return RoomSyncTexts::tr("diary entry of %1"); });
    // The Cabina di regia and the Protocollo.
    declareCommsAuditTexts();
    // The emergency plans of the comuni.
    declarePlanAuditTexts();
}

} // namespace room

#include "roomprobes.h"

#include "core/auth/permissions.h"
#include "core/commands/commandrunner.h"
#include "core/db/sql.h"
#include "room/domain/diaryreport.h"
#include "room/domain/roomcommands.h"
#include "volunteers/domain/eventrepository.h"

namespace {

// An event, through the repository (nobody signed in: prepare() is not
// what is probed).
bool addEvent(const QSqlDatabase &db)
{
    volunteers::ActivationEvent event;
    event.name = QStringLiteral("Allerta meteo");
    event.authorisingAct = QStringLiteral("Avviso ARPA 12/2020");
    event.startDate = QDate(2020, 11, 2);
    return volunteers::EventRepository(db).saveEvent(event).ok();
}

qint64 eventId(const QSqlDatabase &db)
{
    auto v = core::queryValue(db, QStringLiteral("SELECT id FROM activation_event WHERE name = 'Allerta meteo'"));
    return v ? v->toLongLong() : 0;
}

} // namespace

QList<testsupport::PermissionProbe> roomPermissionProbes()
{
    using testsupport::PermissionProbe;
    QList<PermissionProbe> probes;
    probes.append({ core::Permission::RoomView, QStringLiteral("print the room diary of an event"), addEvent,
        [](const QSqlDatabase &db) -> core::Status {
            core::ReportRequest request;
            request.options.insert(QStringLiteral("event"), QString::number(eventId(db)));
            request.now = QDateTime(QDate(2020, 11, 3), QTime(9, 0));
            auto doc = room::DiaryReport::build(db, request);
            if (!doc)
                return doc.error();
            return {};
        } });
    probes.append({ core::Permission::RoomEdit, QStringLiteral("write a diary entry"), addEvent,
        [](const QSqlDatabase &db) {
            room::NewDiaryEntry entry;
            entry.eventId = eventId(db);
            entry.kind = room::DiaryKind::CallIn;
            entry.body = QStringLiteral("Il COC di Lodi Vecchio segnala allagamenti in via Roma");
            entry.at = QDateTime(QDate(2020, 11, 2), QTime(10, 15));
            room::AppendDiaryEntry command(entry);
            return core::CommandRunner(db).run(command);
        } });
    probes.append({ core::Permission::RoomEdit, QStringLiteral("raise an event's phase"), addEvent,
        [](const QSqlDatabase &db) {
            room::ChangeEventPhase command(eventId(db), room::Phase::Alarm, QDateTime(QDate(2020, 11, 2), QTime(11, 0)));
            return core::CommandRunner(db).run(command);
        } });
    probes.append({ core::Permission::RoomEdit, QStringLiteral("save a room event"), {},
        [](const QSqlDatabase &db) {
            room::RoomEvent event;
            event.base.name = QStringLiteral("Esercitazione Seveso");
            event.base.authorisingAct = QStringLiteral("Decreto 3/2021");
            event.base.startDate = QDate(2021, 5, 8);
            event.scenario = room::Scenario::Exercise;
            event.comuneIds = { 15146 };
            room::SaveRoomEvent command(event);
            return core::CommandRunner(db).run(command);
        } });
    return probes;
}

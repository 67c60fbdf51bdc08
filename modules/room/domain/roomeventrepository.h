#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"
#include "room/domain/roomtypes.h"

#include <QSqlDatabase>

namespace room {

// Reads and writes the room's side of the events: the activation event
// itself goes through volunteers::EventRepository (its rules: name, act,
// dates, days recorded outside), then the scenario, the comuni (a set) and
// the phase with its ledger. Writers run inside the caller's transaction
// (a command's) or open their own. GUI thread or a worker's connection.
class RoomEventRepository {
public:
    explicit RoomEventRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // id 0 when absent.
    core::Result<RoomEvent> event(qint64 id) const;
    // Every event, newest first (events are tens, not thousands).
    core::Result<QList<RoomEvent>> events() const;
    // Every event for a picker: the open ones first (newest first), then
    // the closed ones.
    struct Choice {
        qint64 id = 0;
        QString name;
        Phase phase = Phase::Attention;
        QDate startDate;
    };
    core::Result<QList<Choice>> choices() const;
    core::Result<QList<PhaseChange>> phaseHistory(qint64 eventId) const;

    // Creates (base.id 0) or edits an event. A new event starts in
    // `event.phase` (first row of its phase ledger, by `author` at `now`);
    // the phase of an existing event is changed only by changePhase().
    // Codes: those of volunteers::EventRepository::saveEvent,
    // room.unknown_event, room.unknown_comune (arg: id), room.author_missing.
    core::Status save(RoomEvent &event, const QString &author, const QDateTime &now);
    // Moves an event to another phase at `at` (not after `now`, not before
    // the event's first day); closing an event without an end date ends it
    // on the day of `at`. Codes: room.unknown_event, room.phase_same,
    // room.phase_closed (a closed event stays closed), room.phase_before_start
    // (arg: first day dd/MM/yyyy), room.phase_future, room.author_missing,
    // room.phase_before_last (arg: the last change, dd/MM/yyyy HH:mm): the
    // ledger stays in time order;
    // room.phase_days_after (args: count, first day): volunteer days recorded
    // after the day it would end on.
    core::Result<PhaseChange> changePhase(
        qint64 eventId, Phase to, const QDateTime &at, const QString &author, const QString &note, const QDateTime &now);

private:
    core::Status writeComuni(qint64 eventId, const QList<int> &wanted);
    core::Status appendPhase(qint64 eventId, Phase phase, std::optional<Phase> previous, const QDateTime &at,
        const QString &author, const QString &note, qint64 *id);

    QSqlDatabase m_db;
};

} // namespace room

namespace room {

// The phase of the event `alias`.id as SQL: the latest change of its phase
// ledger (the column activation_event.phase when it has none). The ledger is
// the truth: the column travels with the event row, whose last writer wins
// when two workstations edit the event apart, while the ledger merges by
// union, so the phase read this way is the same everywhere after a sync.
QString currentPhaseSql(const QString &alias);

// The events' list for core::PagedSqlModel (SQL written here, never by the
// person): FROM, key, columns, and the WHERE of "open only".
struct EventListQuery {
    enum Column { Name, Scenario, Phase, Start, End, Act, Comuni, Entries, ColumnCount };
    static QString from();
    static QString key();
    static QString expression(Column column);
    static bool sortable(Column column);
    static QString where(bool openOnly);
};

} // namespace room

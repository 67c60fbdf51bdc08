#include "room/domain/roomeventrepository.h"

#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "volunteers/domain/eventrepository.h"

#include <QSqlQuery>

#include <algorithm>

namespace room {

using core::Error;
using core::Result;
using core::Status;

QString currentPhaseSql(const QString &alias)
{
    return QStringLiteral("coalesce((SELECT p.phase FROM room_event_phase p WHERE p.event_id = %1.id "
                          "ORDER BY p.changed_at DESC, p.id DESC LIMIT 1), %1.phase)")
        .arg(alias);
}

namespace {

QList<int> normalised(QList<int> ids)
{
    ids.removeAll(0);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

Result<QList<int>> comuniOf(const QSqlDatabase &db, qint64 eventId)
{
    auto q = core::runQuery(
        db, QStringLiteral("SELECT comune_id FROM room_event_comune WHERE event_id = ? ORDER BY comune_id"), { eventId });
    if (!q)
        return q.error();
    QList<int> ids;
    while (q->next())
        ids.append(q->value(0).toInt());
    return ids;
}

} // namespace

Result<RoomEvent> RoomEventRepository::event(qint64 id) const
{
    auto base = volunteers::EventRepository(m_db).event(id);
    if (!base)
        return base.error();
    RoomEvent e;
    e.base = *base;
    if (base->id == 0)
        return e;
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT ev.scenario, %1 FROM activation_event ev WHERE ev.id = ?").arg(currentPhaseSql(QStringLiteral("ev"))),
        { id });
    if (!q)
        return q.error();
    if (q->next()) {
        e.scenario = scenarioFromCode(q->value(0).toString()).value_or(Scenario::Other);
        e.phase = phaseFromCode(q->value(1).toString()).value_or(Phase::Attention);
    }
    auto comuni = comuniOf(m_db, id);
    if (!comuni)
        return comuni.error();
    e.comuneIds = *comuni;
    return e;
}

Result<QList<RoomEvent>> RoomEventRepository::events() const
{
    auto q = core::runQuery(m_db, QStringLiteral("SELECT id FROM activation_event ORDER BY start_date DESC, id DESC"));
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    QList<RoomEvent> list;
    for (qint64 id : ids) {
        auto e = event(id);
        if (!e)
            return e.error();
        list.append(*e);
    }
    return list;
}

Result<QList<RoomEventRepository::Choice>> RoomEventRepository::choices() const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT id, name, phase, start_date FROM (SELECT ev.id, ev.name, %1 AS phase, ev.start_date "
                       "FROM activation_event ev) ORDER BY phase = 'closed', start_date DESC, id DESC")
            .arg(currentPhaseSql(QStringLiteral("ev"))));
    if (!q)
        return q.error();
    QList<Choice> list;
    while (q->next())
        list.append({ q->value(0).toLongLong(), q->value(1).toString(),
            phaseFromCode(q->value(2).toString()).value_or(Phase::Attention), core::fromSqlDate(q->value(3).toString()) });
    return list;
}

Result<QList<PhaseChange>> RoomEventRepository::phaseHistory(qint64 eventId) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT id, phase, previous, changed_at, author, note FROM room_event_phase "
                       "WHERE event_id = ? ORDER BY changed_at, id"),
        { eventId });
    if (!q)
        return q.error();
    QList<PhaseChange> list;
    while (q->next()) {
        PhaseChange c;
        c.id = q->value(0).toLongLong();
        c.eventId = eventId;
        c.phase = phaseFromCode(q->value(1).toString()).value_or(Phase::Attention);
        if (!q->value(2).isNull())
            c.previous = phaseFromCode(q->value(2).toString());
        c.changedAt = QDateTime::fromMSecsSinceEpoch(q->value(3).toLongLong());
        c.author = q->value(4).toString();
        c.note = q->value(5).toString();
        list.append(c);
    }
    return list;
}

Status RoomEventRepository::save(RoomEvent &e, const QString &author, const QDateTime &now)
{
    if (author.trimmed().isEmpty())
        return Error(QStringLiteral("room.author_missing"));
    e.comuneIds = normalised(e.comuneIds);
    if (e.base.id == 0 && e.phase == Phase::Closed && !e.base.endDate.isValid())
        e.base.endDate = e.base.startDate; // a closed event has ended
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    const bool created = e.base.id == 0;
    if (!created) {
        auto exists = core::queryValue(m_db, QStringLiteral("SELECT 1 FROM activation_event WHERE id = ?"), { e.base.id });
        if (!exists)
            return exists.error();
        if (!exists->isValid())
            return Error(QStringLiteral("room.unknown_event"));
    }
    for (int comune : std::as_const(e.comuneIds)) {
        auto found = core::queryValue(m_db, QStringLiteral("SELECT 1 FROM comune WHERE id = ?"), { comune });
        if (!found)
            return found.error();
        if (!found->isValid())
            return Error(QStringLiteral("room.unknown_comune"), { QString::number(comune) });
    }
    // The event row is written only when its own fields change: an edit of
    // the comuni or the scenario alone leaves the volunteers' event as it is.
    bool baseChanged = created;
    if (!created) {
        auto before = volunteers::EventRepository(m_db).event(e.base.id);
        if (!before)
            return before.error();
        const volunteers::ActivationEvent &b = *before;
        baseChanged = b.name != e.base.name.simplified() || b.type != e.base.type
            || b.authorisingAct != e.base.authorisingAct.simplified() || b.startDate != e.base.startDate
            || b.endDate != e.base.endDate || b.notes != e.base.notes.trimmed();
    }
    if (baseChanged)
        if (auto s = volunteers::EventRepository(m_db).saveEvent(e.base); !s)
            return s;
    if (auto q = core::runQuery(m_db, QStringLiteral("UPDATE activation_event SET scenario = ? WHERE id = ? AND scenario <> ?"),
            { scenarioCode(e.scenario), e.base.id, scenarioCode(e.scenario) });
        !q)
        return q.error();
    if (created) {
        if (auto q = core::runQuery(m_db, QStringLiteral("UPDATE activation_event SET phase = ? WHERE id = ? AND phase <> ?"),
                { phaseCode(e.phase), e.base.id, phaseCode(e.phase) });
            !q)
            return q.error();
        // The first phase holds from the event's first day (from now for
        // an event that starts later).
        const QDateTime since = std::min(now, QDateTime(e.base.startDate, QTime(0, 0)));
        qint64 id = 0;
        if (auto s = appendPhase(e.base.id, e.phase, std::nullopt, since, author, QString(), &id); !s)
            return s;
    } else {
        auto current = core::queryValue(m_db,
            QStringLiteral("SELECT %1 FROM activation_event ev WHERE ev.id = ?").arg(currentPhaseSql(QStringLiteral("ev"))),
            { e.base.id });
        if (!current)
            return current.error();
        e.phase = phaseFromCode(current->toString()).value_or(Phase::Attention);
    }
    if (auto s = writeComuni(e.base.id, e.comuneIds); !s)
        return s;
    return tx.commit();
}

Status RoomEventRepository::writeComuni(qint64 eventId, const QList<int> &wanted)
{
    // A set (TableKind::SetMember): only the members added and removed are
    // written, each member's id made from the event and the comune, so two
    // workstations editing the same event apart merge comune by comune.
    auto present = comuniOf(m_db, eventId);
    if (!present)
        return present.error();
    for (int comune : std::as_const(*present))
        if (!wanted.contains(comune))
            if (auto q = core::runQuery(m_db,
                    QStringLiteral("DELETE FROM room_event_comune WHERE event_id = ? AND comune_id = ?"), { eventId, comune });
                !q)
                return q.error();
    for (int comune : wanted) {
        if (present->contains(comune))
            continue;
        const QVariantList key { eventId, comune };
        if (auto q = core::runQuery(m_db,
                QStringLiteral("INSERT INTO room_event_comune(id, event_id, comune_id) VALUES (?, ?, ?)"),
                QVariantList { core::keyedRowId(QStringLiteral("room_event_comune"), key) } + key);
            !q)
            return q.error();
    }
    return {};
}

Status RoomEventRepository::appendPhase(qint64 eventId, Phase phase, std::optional<Phase> previous,
    const QDateTime &at, const QString &author, const QString &note, qint64 *id)
{
    auto newId = core::allocateRowId(m_db);
    if (!newId)
        return newId.error();
    auto q = core::runQuery(m_db,
        QStringLiteral("INSERT INTO room_event_phase(id, event_id, phase, previous, changed_at, author, note) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { *newId, eventId, phaseCode(phase), previous ? QVariant(phaseCode(*previous)) : QVariant(),
            at.toMSecsSinceEpoch(), author.trimmed(), note.trimmed() });
    if (!q)
        return q.error();
    *id = *newId;
    return {};
}

Result<PhaseChange> RoomEventRepository::changePhase(
    qint64 eventId, Phase to, const QDateTime &at, const QString &author, const QString &note, const QDateTime &now)
{
    if (author.trimmed().isEmpty())
        return Error(QStringLiteral("room.author_missing"));
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto q = core::runQuery(
        m_db,
        QStringLiteral("SELECT %1, ev.start_date, ev.end_date FROM activation_event ev WHERE ev.id = ?")
            .arg(currentPhaseSql(QStringLiteral("ev"))),
        { eventId });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("room.unknown_event"));
    const Phase from = phaseFromCode(q->value(0).toString()).value_or(Phase::Attention);
    const QDate start = core::fromSqlDate(q->value(1).toString());
    const QDate end = core::fromSqlDate(q->value(2).toString());
    if (from == Phase::Closed)
        return Error(QStringLiteral("room.phase_closed"));
    if (!phaseChangeAllowed(from, to))
        return Error(QStringLiteral("room.phase_same"), { phaseCode(to) });
    if (!at.isValid() || at > now)
        return Error(QStringLiteral("room.phase_future"));
    if (at.date() < start)
        return Error(QStringLiteral("room.phase_before_start"), { start.toString(QStringLiteral("dd/MM/yyyy")) });
    // The ledger's order is its time order: no change before the last one.
    auto last = core::queryValue(m_db, QStringLiteral("SELECT max(changed_at) FROM room_event_phase WHERE event_id = ?"), { eventId });
    if (!last)
        return last.error();
    if (!last->isNull() && at.toMSecsSinceEpoch() < last->toLongLong())
        return Error(QStringLiteral("room.phase_before_last"),
            { QDateTime::fromMSecsSinceEpoch(last->toLongLong()).toString(QStringLiteral("dd/MM/yyyy HH:mm")) });
    if (auto u = core::runQuery(m_db, QStringLiteral("UPDATE activation_event SET phase = ? WHERE id = ?"),
            { phaseCode(to), eventId });
        !u)
        return u.error();
    if (to == Phase::Closed && !end.isValid()) {
        // Ending the event on that day must leave no volunteer day after it.
        auto after = core::runQuery(m_db,
            QStringLiteral("SELECT count(*), min(day) FROM activation_effective WHERE event_id = ? AND day > ?"),
            { eventId, core::toSqlDate(at.date()) });
        if (!after)
            return after.error();
        if (after->next() && after->value(0).toInt() > 0)
            return Error(QStringLiteral("room.phase_days_after"),
                { after->value(0).toString(),
                    core::fromSqlDate(after->value(1).toString()).toString(QStringLiteral("dd/MM/yyyy")) });
    }
    if (to == Phase::Closed && !end.isValid())
        if (auto u = core::runQuery(m_db, QStringLiteral("UPDATE activation_event SET end_date = ? WHERE id = ?"),
                { core::toSqlDate(at.date()), eventId });
            !u)
            return u.error();
    PhaseChange change;
    change.eventId = eventId;
    change.phase = to;
    change.previous = from;
    change.changedAt = at;
    change.author = author.trimmed();
    change.note = note.trimmed();
    if (auto s = appendPhase(eventId, to, from, at, author, note, &change.id); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return change;
}

} // namespace room

namespace room {

QString EventListQuery::from()
{
    return QStringLiteral("activation_event ev");
}

QString EventListQuery::key()
{
    return QStringLiteral("ev.id");
}

QString EventListQuery::expression(Column column)
{
    switch (column) {
    case Name:
        return QStringLiteral("ev.name");
    case Scenario:
        return QStringLiteral("ev.scenario");
    case Phase:
        return currentPhaseSql(QStringLiteral("ev"));
    case Start:
        return QStringLiteral("ev.start_date");
    case End:
        return QStringLiteral("ev.end_date");
    case Act:
        return QStringLiteral("ev.authorising_act");
    case Comuni:
        return QStringLiteral("(SELECT count(*) FROM room_event_comune x WHERE x.event_id = ev.id)");
    case Entries:
        // Counted through the (event_id, at) index: one range per event.
        return QStringLiteral("(SELECT count(*) FROM room_diary d WHERE d.event_id = ev.id)");
    case ColumnCount:
        break;
    }
    return {};
}

bool EventListQuery::sortable(Column column)
{
    return column == Start || column == Name;
}

QString EventListQuery::where(bool openOnly)
{
    return openOnly ? currentPhaseSql(QStringLiteral("ev")) + QStringLiteral(" <> 'closed'") : QString();
}

} // namespace room

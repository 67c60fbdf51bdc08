#include "room/domain/protocol.h"

#include "core/auth/permissions.h"
#include "core/db/connectionstate.h"
#include "core/db/idallocator.h"
#include "core/db/numberfloor.h"
#include "core/db/sql.h"
#include "core/domain/dates.h"

#include <QFileInfo>

namespace room {

using core::Error;
using core::Result;
using core::Status;

QString directionCode(Direction direction)
{
    return direction == Direction::In ? QStringLiteral("in") : QStringLiteral("out");
}

Result<QString> nextProtocolNumber(const QSqlDatabase &db, int year)
{
    const int workstation = core::sessionWorkstation(db);
    QString head = QStringLiteral("%1/P").arg(year);
    if (workstation != 1)
        head += QString::number(workstation);
    head += QLatin1Char('-');
    // The highest of the series from the end of its index range (0022,
    // written exactly as in the index).
    auto v = core::queryValue(db,
        QStringLiteral("SELECT CAST(substr(number, length(rtrim(number, '0123456789')) + 1) AS INTEGER) FROM room_protocol "
                       "WHERE rtrim(number, '0123456789') = ? "
                       "ORDER BY CAST(substr(number, length(rtrim(number, '0123456789')) + 1) AS INTEGER) DESC LIMIT 1"),
        { head });
    if (!v)
        return v.error();
    const qint64 last = std::max(v->toLongLong(), core::numberFloor(db, QStringLiteral("room_protocol"), head));
    return head + QStringLiteral("%1").arg(last + 1, 4, 10, QLatin1Char('0'));
}

Status checkProtocolEntry(const ProtocolEntry &entry, const QDate &today, bool fileMustExist)
{
    if (!entry.dated.isValid())
        return Error(QStringLiteral("room.bad_date"));
    if (entry.dated > today)
        return Error(QStringLiteral("room.protocol_in_future"), { core::toSqlDate(entry.dated) });
    if (entry.counterpart.simplified().isEmpty())
        return Error(QStringLiteral("room.no_counterpart"));
    if (entry.subject.simplified().isEmpty())
        return Error(QStringLiteral("room.no_subject"));
    if (entry.counterpart.size() > 300 || entry.subject.size() > 500 || entry.filePath.size() > 1000)
        return Error(QStringLiteral("room.text_too_long"));
    if (fileMustExist && !entry.filePath.trimmed().isEmpty() && !QFileInfo(entry.filePath.trimmed()).isFile())
        return Error(QStringLiteral("room.file_missing"), { entry.filePath.trimmed() });
    return {};
}

Result<qint64> insertProtocolEntry(const QSqlDatabase &db, ProtocolEntry *entry, qint64 nowMs)
{
    auto number = nextProtocolNumber(db, entry->dated.year());
    if (!number)
        return number.error();
    auto id = core::allocateRowId(db);
    if (!id)
        return id.error();
    auto q = core::runQuery(db,
        QStringLiteral("INSERT INTO room_protocol(id, number, direction, dated, counterpart, subject, file_path, "
                       "created_at, operator) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { *id, *number, directionCode(entry->direction), core::toSqlDate(entry->dated), entry->counterpart.simplified(),
            entry->subject.simplified(), entry->filePath.trimmed(), nowMs, core::sessionOperator(db) });
    if (!q)
        return q.error();
    entry->id = *id;
    entry->number = *number;
    return *id;
}

QString RegisterCommunication::permission() const
{
    return core::Permission::RoomCommunications;
}

Status RegisterCommunication::check(const core::CommandContext &context) const
{
    return checkProtocolEntry(m_entry, context.clock.today(), true);
}

Status RegisterCommunication::apply(const core::CommandContext &context)
{
    auto id = insertProtocolEntry(context.db, &m_entry, context.clock.nowMs());
    if (!id)
        return id.error();
    return {};
}

} // namespace room

namespace room {

QString ProtocolListQuery::from()
{
    return QStringLiteral("room_protocol p");
}

QString ProtocolListQuery::key()
{
    return QStringLiteral("p.id");
}

QString ProtocolListQuery::expression(Column column)
{
    switch (column) {
    case Number:
        return QStringLiteral("p.number");
    case Dated:
        return QStringLiteral("p.dated");
    case Direction:
        return QStringLiteral("p.direction");
    case Counterpart:
        return QStringLiteral("p.counterpart");
    case Subject:
        return QStringLiteral("p.subject");
    case File:
        return QStringLiteral("p.file_path");
    case Sent:
        return QStringLiteral("(SELECT count(*) FROM room_circular c JOIN room_circular_sending s ON s.circular_id = "
                              "c.id WHERE c.protocol_id = p.id AND s.outcome = 'prepared')");
    case ColumnCount:
        break;
    }
    return {};
}

bool ProtocolListQuery::sortable(Column column)
{
    return column == Dated || column == Number;
}

Result<CircularSummary> circularOfProtocol(const QSqlDatabase &db, qint64 protocolId)
{
    CircularSummary summary;
    auto c = core::runQuery(db, QStringLiteral("SELECT id, folder FROM room_circular WHERE protocol_id = ?"), { protocolId });
    if (!c)
        return c.error();
    if (!c->next())
        return summary;
    summary.circularId = c->value(0).toLongLong();
    summary.folder = c->value(1).toString();
    auto q = core::runQuery(db,
        QStringLiteral("SELECT m.name, s.outcome, s.to_address, s.letter_file, s.message_file FROM room_circular_sending s "
                       "JOIN comune m ON m.id = s.comune_id WHERE s.circular_id = ? ORDER BY m.name COLLATE NOCASE"),
        { summary.circularId });
    if (!q)
        return q.error();
    while (q->next())
        summary.sendings.append({ q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
            q->value(3).toString(), q->value(4).toString() });
    return summary;
}

Result<QList<SentCommunication>> sentOn(const QSqlDatabase &db, const QDate &day, qint64 eventId)
{
    QVariantList binds { core::toSqlDate(day) };
    QString where;
    if (eventId != 0) {
        where = QStringLiteral(" AND c.event_id = ?");
        binds.append(eventId);
    }
    auto q = core::runQuery(db,
        QStringLiteral("SELECT p.id, p.number, p.dated, p.counterpart, p.subject, p.file_path, coalesce(c.id, 0), "
                       "coalesce(c.event_id, 0), "
                       "(SELECT count(*) FROM room_circular_sending s WHERE s.circular_id = c.id AND s.outcome = "
                       "'prepared'), "
                       "(SELECT count(*) FROM room_circular_sending s WHERE s.circular_id = c.id AND s.outcome = "
                       "'no_pec') "
                       "FROM room_protocol p LEFT JOIN room_circular c ON c.protocol_id = p.id "
                       "WHERE p.dated = ? AND p.direction = 'out'%1 ORDER BY p.number")
            .arg(where),
        binds);
    if (!q)
        return q.error();
    QList<SentCommunication> list;
    while (q->next()) {
        SentCommunication c;
        c.entry.id = q->value(0).toLongLong();
        c.entry.number = q->value(1).toString();
        c.entry.direction = Direction::Out;
        c.entry.dated = core::fromSqlDate(q->value(2).toString());
        c.entry.counterpart = q->value(3).toString();
        c.entry.subject = q->value(4).toString();
        c.entry.filePath = q->value(5).toString();
        c.circularId = q->value(6).toLongLong();
        c.eventId = q->value(7).toLongLong();
        c.prepared = q->value(8).toInt();
        c.withoutPec = q->value(9).toInt();
        list.append(c);
    }
    return list;
}

} // namespace room

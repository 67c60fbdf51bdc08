#include "room/domain/diaryrepository.h"

#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"

#include <QSqlQuery>

namespace room {

using core::Error;
using core::Result;
using core::Status;

namespace {

// What an entry is read with (entry(), entries()).
const QString entrySelect = QStringLiteral(
    "SELECT d.id, d.event_id, e.name, d.kind, d.body, d.counterpart, d.at, d.day, d.author, d.author_name, "
    "coalesce(d.comune_id, 0), coalesce(c.name, ''), coalesce(d.organisation_id, 0), coalesce(o.name, ''), "
    "coalesce(d.delivery_id, 0), coalesce(dl.number, ''), coalesce(d.request_id, 0), coalesce(d.corrects_id, 0), "
    "coalesce((SELECT x.id FROM room_diary x WHERE x.corrects_id = d.id), 0), d.recorded_at, coalesce(r.number, '') "
    "FROM room_diary d JOIN activation_event e ON e.id = d.event_id "
    "LEFT JOIN comune c ON c.id = d.comune_id LEFT JOIN organisation o ON o.id = d.organisation_id "
    "LEFT JOIN delivery dl ON dl.id = d.delivery_id LEFT JOIN delivery_request r ON r.id = d.request_id ");

DiaryEntry readEntry(const QSqlQuery &q)
{
    DiaryEntry e;
    e.id = q.value(0).toLongLong();
    e.eventId = q.value(1).toLongLong();
    e.eventName = q.value(2).toString();
    e.kind = diaryKindFromCode(q.value(3).toString()).value_or(DiaryKind::Note);
    e.body = q.value(4).toString();
    e.counterpart = q.value(5).toString();
    e.at = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong());
    e.day = core::fromSqlDate(q.value(7).toString());
    e.author = q.value(8).toString();
    e.authorName = q.value(9).toString();
    e.comuneId = q.value(10).toInt();
    e.comuneName = q.value(11).toString();
    e.organisationId = q.value(12).toLongLong();
    e.organisationName = q.value(13).toString();
    e.deliveryId = q.value(14).toLongLong();
    e.deliveryNumber = q.value(15).toString();
    e.requestId = q.value(16).toLongLong();
    e.correctsId = q.value(17).toLongLong();
    e.correctedById = q.value(18).toLongLong();
    e.recordedAt = QDateTime::fromMSecsSinceEpoch(q.value(19).toLongLong());
    e.requestNumber = q.value(20).toString();
    return e;
}

QString likePattern(const QString &text)
{
    QString escaped = text.trimmed();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

Result<bool> exists(const QSqlDatabase &db, const QString &table, qint64 id)
{
    auto v = core::queryValue(db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), { id });
    if (!v)
        return v.error();
    return v->isValid();
}

} // namespace

QString DiaryListQuery::from()
{
    return QStringLiteral("room_diary d JOIN activation_event e ON e.id = d.event_id "
                          "LEFT JOIN comune c ON c.id = d.comune_id");
}

QString DiaryListQuery::key()
{
    return QStringLiteral("d.id");
}

QString DiaryListQuery::expression(Column column)
{
    switch (column) {
    case At:
        return QStringLiteral("d.at");
    case Event:
        return QStringLiteral("e.name");
    case Kind:
        return QStringLiteral("d.kind");
    case Counterpart:
        return QStringLiteral("d.counterpart");
    case Body:
        return QStringLiteral("d.body");
    case Comune:
        return QStringLiteral("coalesce(c.name, '')");
    case Author:
        return QStringLiteral("CASE WHEN d.author_name <> '' THEN d.author_name ELSE d.author END");
    case Corrected:
        // The entry that corrects this one (0: none), and whether this one
        // is itself a correction (negative: corrects that id).
        return QStringLiteral("coalesce((SELECT x.id FROM room_diary x WHERE x.corrects_id = d.id), "
                              "-coalesce(d.corrects_id, 0))");
    case ColumnCount:
        break;
    }
    return {};
}

bool DiaryListQuery::sortable(Column column)
{
    return column == At; // the only order every filter has an index for
}

QString DiaryListQuery::where(const DiaryFilter &filter, QVariantList *binds)
{
    QStringList parts;
    if (filter.eventId != 0) {
        parts.append(QStringLiteral("d.event_id = ?"));
        binds->append(filter.eventId);
    }
    if (filter.day.isValid()) {
        parts.append(QStringLiteral("d.day = ?"));
        binds->append(core::toSqlDate(filter.day));
    }
    if (filter.kind) {
        parts.append(QStringLiteral("d.kind = ?"));
        binds->append(diaryKindCode(*filter.kind));
    }
    if (!filter.text.trimmed().isEmpty()) {
        parts.append(QStringLiteral("(d.body LIKE ? ESCAPE '\\' OR d.counterpart LIKE ? ESCAPE '\\' "
                                    "OR d.author_name LIKE ? ESCAPE '\\')"));
        const QString pattern = likePattern(filter.text);
        *binds << pattern << pattern << pattern;
    }
    if (filter.hideCorrected)
        parts.append(QStringLiteral("NOT EXISTS (SELECT 1 FROM room_diary x WHERE x.corrects_id = d.id)"));
    return parts.join(QStringLiteral(" AND "));
}

Status DiaryRepository::validate(const NewDiaryEntry &e, const QString &author, const QDateTime &now) const
{
    if (e.eventId == 0)
        return Error(QStringLiteral("room.diary_event_missing"));
    if (author.trimmed().isEmpty())
        return Error(QStringLiteral("room.author_missing"));
    if (e.body.trimmed().isEmpty())
        return Error(QStringLiteral("room.diary_body_missing"));
    if (e.body.trimmed().size() > maxBodyLength)
        return Error(QStringLiteral("room.diary_body_long"), { QString::number(maxBodyLength) });
    if (!allDiaryKinds().contains(e.kind))
        return Error(QStringLiteral("room.diary_bad_kind"));
    const QDateTime at = e.at.isValid() ? e.at : now;
    // A minute of grace: the clocks of two workstations of the room.
    if (at > now.addSecs(60))
        return Error(QStringLiteral("room.diary_future"));
    auto q = core::runQuery(m_db, QStringLiteral("SELECT name, start_date FROM activation_event WHERE id = ?"), { e.eventId });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("room.unknown_event"));
    const QDate start = core::fromSqlDate(q->value(1).toString());
    if (at.date() < start)
        return Error(QStringLiteral("room.diary_before_event"),
            { q->value(0).toString(), start.toString(QStringLiteral("dd/MM/yyyy")) });
    const struct {
        qint64 id;
        const char *table;
        const char *code;
    } links[] = { { e.comuneId, "comune", "room.unknown_comune" },
        { e.organisationId, "organisation", "room.unknown_organisation" },
        { e.deliveryId, "delivery", "room.unknown_delivery" },
        { e.requestId, "delivery_request", "room.unknown_request" } };
    for (const auto &link : links) {
        if (link.id == 0)
            continue;
        auto found = exists(m_db, QString::fromLatin1(link.table), link.id);
        if (!found)
            return found.error();
        if (!*found)
            return Error(QString::fromLatin1(link.code), { QString::number(link.id) });
    }
    if (e.correctsId != 0) {
        auto old = core::runQuery(m_db,
            QStringLiteral("SELECT d.event_id, coalesce((SELECT x.id FROM room_diary x WHERE x.corrects_id = d.id), 0) "
                           "FROM room_diary d WHERE d.id = ?"),
            { e.correctsId });
        if (!old)
            return old.error();
        if (!old->next())
            return Error(QStringLiteral("room.diary_unknown_entry"));
        if (old->value(0).toLongLong() != e.eventId)
            return Error(QStringLiteral("room.diary_correction_event"));
        if (old->value(1).toLongLong() != 0)
            return Error(QStringLiteral("room.diary_already_corrected"), { old->value(1).toString() });
    }
    return {};
}

Result<qint64> DiaryRepository::append(NewDiaryEntry e, const QString &author, const QString &authorName,
    const QDateTime &now)
{
    if (!e.at.isValid())
        e.at = now;
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (auto s = validate(e, author, now); !s)
        return s.error();
    auto id = core::allocateRowId(m_db);
    if (!id)
        return id.error();
    const auto nullable = [](qint64 v) { return v != 0 ? QVariant(v) : QVariant(); };
    auto q = core::runQuery(m_db,
        QStringLiteral("INSERT INTO room_diary(id, event_id, at, day, kind, body, counterpart, author, author_name, "
                       "comune_id, organisation_id, delivery_id, request_id, corrects_id, recorded_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { *id, e.eventId, e.at.toMSecsSinceEpoch(), core::toSqlDate(e.at.toLocalTime().date()),
            diaryKindCode(e.kind), e.body.trimmed(), e.counterpart.simplified(), author.trimmed(),
            authorName.simplified(), nullable(e.comuneId), nullable(e.organisationId), nullable(e.deliveryId),
            nullable(e.requestId), nullable(e.correctsId), now.toMSecsSinceEpoch() });
    if (!q)
        return q.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return *id;
}

Result<qint64> DiaryRepository::deliveryByNumber(const QString &number) const
{
    auto v = core::queryValue(m_db, QStringLiteral("SELECT id FROM delivery WHERE number = ?"), { number.trimmed() });
    if (!v)
        return v.error();
    return v->isValid() ? v->toLongLong() : qint64(0);
}

Result<qint64> DiaryRepository::requestByNumber(const QString &number) const
{
    auto v = core::queryValue(m_db, QStringLiteral("SELECT id FROM delivery_request WHERE number = ?"), { number.trimmed() });
    if (!v)
        return v.error();
    return v->isValid() ? v->toLongLong() : qint64(0);
}

Result<DiaryEntry> DiaryRepository::entry(qint64 id) const
{
    auto q = core::runQuery(m_db, entrySelect + QStringLiteral("WHERE d.id = ?"), { id });
    if (!q)
        return q.error();
    return q->next() ? readEntry(*q) : DiaryEntry();
}

Result<QList<DiaryEntry>> DiaryRepository::entries(const DiaryFilter &filter, int limit) const
{
    QVariantList binds;
    const QString where = DiaryListQuery::where(filter, &binds);
    binds.append(limit);
    auto q = core::runQuery(m_db,
        entrySelect + (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where)
            + QStringLiteral(" ORDER BY d.at, d.id LIMIT ?"),
        binds);
    if (!q)
        return q.error();
    QList<DiaryEntry> list;
    while (q->next())
        list.append(readEntry(*q));
    return list;
}

} // namespace room

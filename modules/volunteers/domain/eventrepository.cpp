#include "volunteers/domain/eventrepository.h"

#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/csv.h"
#include "core/domain/dates.h"

#include <QSqlQuery>

namespace volunteers {

using core::Error;
using core::Result;
using core::Status;

namespace {

const QString eventColumns = QStringLiteral("id, name, event_type, authorising_act, start_date, end_date, notes");

ActivationEvent readEvent(const QSqlQuery &q)
{
    ActivationEvent e;
    e.id = q.value(0).toLongLong();
    e.name = q.value(1).toString();
    eventTypeFromCode(q.value(2).toString(), &e.type);
    e.authorisingAct = q.value(3).toString();
    e.startDate = core::fromSqlDate(q.value(4).toString());
    e.endDate = core::fromSqlDate(q.value(5).toString());
    e.notes = q.value(6).toString();
    return e;
}

const QString serviceColumns = QStringLiteral("id, code, name, published, sort_order, active");

Service readService(const QSqlQuery &q)
{
    Service s;
    s.id = q.value(0).toLongLong();
    s.code = q.value(1).toString();
    s.name = q.value(2).toString();
    s.published = q.value(3).toBool();
    s.sortOrder = q.value(4).toInt();
    s.active = q.value(5).toBool();
    return s;
}

} // namespace

Result<QList<ActivationEvent>> EventRepository::events() const
{
    auto q = core::runQuery(
        m_db, QStringLiteral("SELECT %1 FROM activation_event ORDER BY start_date DESC, id DESC").arg(eventColumns));
    if (!q)
        return q.error();
    QList<ActivationEvent> list;
    while (q->next())
        list.append(readEvent(*q));
    return list;
}

Result<ActivationEvent> EventRepository::event(qint64 id) const
{
    auto q = core::runQuery(
        m_db, QStringLiteral("SELECT %1 FROM activation_event WHERE id = ?").arg(eventColumns), { id });
    if (!q)
        return q.error();
    return q->next() ? readEvent(*q) : ActivationEvent();
}

Result<ActivationEvent> EventRepository::eventByName(const QString &name) const
{
    auto q = core::runQuery(m_db, QStringLiteral("SELECT %1 FROM activation_event WHERE name = ?").arg(eventColumns),
        { name.simplified() });
    if (!q)
        return q.error();
    return q->next() ? readEvent(*q) : ActivationEvent();
}

Status EventRepository::saveEvent(ActivationEvent &e)
{
    e.name = e.name.simplified();
    e.authorisingAct = e.authorisingAct.simplified();
    if (e.name.isEmpty())
        return Error(QStringLiteral("volunteers.event_name_missing"));
    if (e.authorisingAct.isEmpty())
        return Error(QStringLiteral("volunteers.event_act_missing"));
    if (!e.startDate.isValid() || (e.endDate.isValid() && e.endDate < e.startDate))
        return Error(QStringLiteral("volunteers.event_dates"));
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto same = core::queryValue(
        m_db, QStringLiteral("SELECT id FROM activation_event WHERE name = ? AND id <> ?"), { e.name, e.id });
    if (!same)
        return same.error();
    if (same->isValid())
        return Error(QStringLiteral("volunteers.event_exists"), { e.name });
    if (e.id != 0) {
        auto outside = core::runQuery(m_db,
            QStringLiteral("SELECT count(*), min(day) FROM activation_effective WHERE event_id = ? AND (day < ? OR (? "
                           "<> '' AND day > ?))"),
            { e.id, core::toSqlDate(e.startDate), core::toSqlDate(e.endDate), core::toSqlDate(e.endDate) });
        if (!outside)
            return outside.error();
        if (outside->next() && outside->value(0).toInt() > 0)
            return Error(QStringLiteral("volunteers.event_days_outside"),
                { outside->value(0).toString(),
                    core::fromSqlDate(outside->value(1).toString()).toString(QStringLiteral("dd/MM/yyyy")) });
    }
    const QVariantList values = { e.name, eventTypeCode(e.type), e.authorisingAct, core::toSqlDate(e.startDate),
        e.endDate.isValid() ? QVariant(core::toSqlDate(e.endDate)) : QVariant(), e.notes.trimmed() };
    if (e.id == 0) {
        auto id = core::allocateRowId(m_db);
        if (!id)
            return id.error();
        auto q = core::runQuery(m_db,
            QStringLiteral("INSERT INTO activation_event(%1) VALUES (?, ?, ?, ?, ?, ?, ?)").arg(eventColumns),
            QVariantList { *id } + values);
        if (!q)
            return q.error();
        e.id = *id;
    } else {
        auto q = core::runQuery(m_db,
            QStringLiteral("UPDATE activation_event SET name = ?, event_type = ?, authorising_act = ?, start_date = ?, "
                           "end_date = ?, notes = ? "
                           "WHERE id = ?"),
            values + QVariantList { e.id });
        if (!q)
            return q.error();
    }
    return tx.commit();
}

Result<QList<Service>> EventRepository::services(bool activeOnly) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT %1 FROM volunteer_service %2 ORDER BY sort_order, name")
            .arg(serviceColumns, activeOnly ? QStringLiteral("WHERE active = 1") : QString()));
    if (!q)
        return q.error();
    QList<Service> list;
    while (q->next())
        list.append(readService(*q));
    return list;
}

Result<Service> EventRepository::service(qint64 id) const
{
    auto q = core::runQuery(
        m_db, QStringLiteral("SELECT %1 FROM volunteer_service WHERE id = ?").arg(serviceColumns), { id });
    if (!q)
        return q.error();
    return q->next() ? readService(*q) : Service();
}

Result<Service> EventRepository::serviceByName(const QString &nameOrCode) const
{
    auto all = services();
    if (!all)
        return all.error();
    const QString key = core::foldKey(nameOrCode);
    for (const Service &s : *all)
        if (core::foldKey(s.name) == key || core::foldKey(s.code) == key)
            return s;
    return Service();
}

Status EventRepository::saveService(Service &s)
{
    s.name = s.name.simplified();
    if (s.name.isEmpty())
        return Error(QStringLiteral("volunteers.service_name_missing"));
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto same = core::queryValue(m_db,
        QStringLiteral("SELECT id FROM volunteer_service WHERE name = ? COLLATE NOCASE AND id <> ?"), { s.name, s.id });
    if (!same)
        return same.error();
    if (same->isValid())
        return Error(QStringLiteral("volunteers.service_exists"), { s.name });
    if (s.id == 0) {
        auto id = core::allocateRowId(m_db);
        if (!id)
            return id.error();
        // A stable code from the name, made unique with the id if needed.
        QString code = core::foldKey(s.name).left(40);
        auto taken
            = core::queryValue(m_db, QStringLiteral("SELECT count(*) FROM volunteer_service WHERE code = ?"), { code });
        if (!taken)
            return taken.error();
        if (code.isEmpty() || taken->toInt() > 0)
            code += QStringLiteral("_%1").arg(*id);
        s.code = code;
        auto order
            = core::queryValue(m_db, QStringLiteral("SELECT coalesce(max(sort_order), 0) + 10 FROM volunteer_service"));
        if (!order)
            return order.error();
        if (s.sortOrder == 0)
            s.sortOrder = order->toInt();
        auto q = core::runQuery(m_db,
            QStringLiteral("INSERT INTO volunteer_service(id, code, name, published, sort_order, active) VALUES (?, ?, "
                           "?, 0, ?, ?)"),
            { *id, s.code, s.name, s.sortOrder, s.active ? 1 : 0 });
        if (!q)
            return q.error();
        s.id = *id;
    } else {
        // The seven services of the published figures keep their names:
        // the reports compare with them.
        auto old = service(s.id);
        if (!old)
            return old.error();
        if (old->published && old->name != s.name)
            return Error(QStringLiteral("volunteers.service_published"), { old->name });
        auto q = core::runQuery(m_db,
            QStringLiteral("UPDATE volunteer_service SET name = ?, sort_order = ?, active = ? WHERE id = ?"),
            { s.name, s.sortOrder, s.active ? 1 : 0, s.id });
        if (!q)
            return q.error();
    }
    return tx.commit();
}

} // namespace volunteers

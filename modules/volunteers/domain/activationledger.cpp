#include "volunteers/domain/activationledger.h"

#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "volunteers/domain/eventrepository.h"

#include <QHash>
#include <QSqlQuery>

namespace volunteers {

using core::Error;
using core::Result;
using core::Status;

Status ActivationLedger::checkRequest(const ActivationRequest &request)
{
    const QDate from = request.from;
    const QDate to = request.to.isValid() ? request.to : request.from;
    if (request.volunteerIds.isEmpty())
        return Error(QStringLiteral("volunteers.no_volunteers"));
    if (!from.isValid() || to < from)
        return Error(QStringLiteral("volunteers.bad_range"), { core::toItalianDate(from), core::toItalianDate(to) });
    if (from.daysTo(to) + 1 > maxRangeDays)
        return Error(QStringLiteral("volunteers.range_too_long"), { QString::number(maxRangeDays) });
    return {};
}

Result<int> ActivationLedger::record(const ActivationRequest &request, QList<qint64> *ids)
{
    if (auto s = checkRequest(request); !s)
        return s.error();
    const QDate from = request.from;
    const QDate to = request.to.isValid() ? request.to : request.from;

    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (request.eventId <= 0)
        return Error(QStringLiteral("volunteers.event_missing"));
    EventRepository events(m_db);
    auto event = events.event(request.eventId);
    if (!event)
        return event.error();
    if (event->id == 0)
        return Error(QStringLiteral("volunteers.unknown_event"));
    for (const QDate &d : { from, to })
        if (!event->covers(d))
            return Error(QStringLiteral("volunteers.outside_event"),
                { core::toItalianDate(d), event->name, core::toItalianDate(event->startDate),
                    core::toItalianDate(event->endDate) });
    auto service = events.service(request.serviceId);
    if (!service)
        return service.error();
    if (service->id == 0)
        return Error(QStringLiteral("volunteers.unknown_service"));
    if (!service->active)
        return Error(QStringLiteral("volunteers.service_inactive"), { service->name });
    if (request.organisationId != 0) {
        auto org = core::queryValue(
            m_db, QStringLiteral("SELECT count(*) FROM organisation WHERE id = ?"), { request.organisationId });
        if (!org)
            return org.error();
        if (org->toInt() == 0)
            return Error(
                QStringLiteral("volunteers.unknown_organisation"), { QString::number(request.organisationId) });
    }

    // Each volunteer: exists, and is free on every day asked.
    QSqlQuery volunteerQuery(m_db);
    volunteerQuery.prepare(
        QStringLiteral("SELECT last_name || ' ' || first_name, organisation_id FROM volunteer WHERE id = ?"));
    QSqlQuery busyQuery(m_db);
    busyQuery.prepare(QStringLiteral("SELECT a.day, s.name, a.service_id FROM activation_effective a JOIN "
                                     "volunteer_service s ON s.id = a.service_id "
                                     "WHERE a.volunteer_id = ? AND a.day BETWEEN ? AND ? ORDER BY a.day"));
    QHash<qint64, qint64> organisationOf;
    Error firstConflict;
    int conflicts = 0;
    for (qint64 volunteerId : request.volunteerIds) {
        if (organisationOf.contains(volunteerId))
            continue; // the same volunteer twice in a roster counts once
        volunteerQuery.bindValue(0, volunteerId);
        if (!volunteerQuery.exec())
            return core::queryError(volunteerQuery, volunteerQuery.lastQuery());
        if (!volunteerQuery.next())
            return Error(QStringLiteral("volunteers.unknown_volunteer"), { QString::number(volunteerId) });
        const QString name = volunteerQuery.value(0).toString();
        organisationOf.insert(
            volunteerId, request.organisationId ? request.organisationId : volunteerQuery.value(1).toLongLong());
        busyQuery.bindValue(0, volunteerId);
        busyQuery.bindValue(1, core::toSqlDate(from));
        busyQuery.bindValue(2, core::toSqlDate(to));
        if (!busyQuery.exec())
            return core::queryError(busyQuery, busyQuery.lastQuery());
        while (busyQuery.next()) {
            if (conflicts++ > 0)
                continue;
            const QString day = core::toItalianDate(core::fromSqlDate(busyQuery.value(0).toString()));
            if (busyQuery.value(2).toLongLong() == request.serviceId)
                firstConflict = Error(QStringLiteral("volunteers.duplicate_day"), { name, day, service->name });
            else
                firstConflict = Error(QStringLiteral("volunteers.two_services"),
                    { name, day, busyQuery.value(1).toString(), service->name });
        }
    }
    if (conflicts > 0) {
        firstConflict.args.append(QString::number(conflicts - 1));
        return firstConflict;
    }

    const int dayCount = int(from.daysTo(to)) + 1;
    const qint64 rows = qint64(organisationOf.size()) * dayCount;
    auto firstId = core::allocateRowId(m_db, rows);
    if (!firstId)
        return firstId.error();
    QSqlQuery insert(m_db);
    const QString sql = QStringLiteral("INSERT INTO activation(id, entry_kind, event_id, volunteer_id, "
                                       "organisation_id, day, service_id, comune_id, place, recorded_at) "
                                       "VALUES (?, 'entry', ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert.prepare(sql))
        return core::queryError(insert, sql);
    qint64 id = *firstId;
    const qint64 now = m_clock.nowMs();
    // In the order asked (roster order), day by day.
    QList<qint64> order;
    for (qint64 v : request.volunteerIds)
        if (!order.contains(v))
            order.append(v);
    for (qint64 volunteerId : order) {
        for (QDate d = from; d <= to; d = d.addDays(1)) {
            const QVariantList values = { id++, request.eventId, volunteerId, organisationOf.value(volunteerId),
                core::toSqlDate(d), request.serviceId, request.comuneId ? QVariant(request.comuneId) : QVariant(),
                request.place.simplified(), now };
            for (int i = 0; i < values.size(); ++i)
                core::bindValue(insert, i, values.at(i));
            if (!insert.exec())
                return core::queryError(insert, sql);
        }
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    if (ids)
        for (qint64 i = *firstId; i < id; ++i)
            ids->append(i);
    return int(rows);
}

Status ActivationLedger::reverse(qint64 activationId, const QString &reason, bool evenIfCertified)
{
    if (reason.trimmed().isEmpty())
        return Error(QStringLiteral("volunteers.reason_missing"));
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT entry_kind, event_id, volunteer_id, organisation_id, day, service_id, comune_id, place, "
                       "(SELECT count(*) FROM activation r WHERE r.reverses_id = a.id), "
                       "(SELECT t.number FROM attestato_day d JOIN attestato t ON t.id = d.attestato_id WHERE "
                       "d.activation_id = a.id) "
                       "FROM activation a WHERE id = ?"),
        { activationId });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("volunteers.unknown_activation"));
    if (q->value(0).toString() != QLatin1String("entry"))
        return Error(QStringLiteral("volunteers.not_an_entry"));
    if (q->value(8).toInt() > 0)
        return Error(QStringLiteral("volunteers.already_reversed"));
    if (!q->value(9).isNull() && !evenIfCertified)
        return Error(QStringLiteral("volunteers.day_certified"), { q->value(9).toString() });
    auto id = core::allocateRowId(m_db);
    if (!id)
        return id.error();
    auto insert = core::runQuery(m_db,
        QStringLiteral("INSERT INTO activation(id, entry_kind, reverses_id, event_id, volunteer_id, organisation_id, "
                       "day, service_id, comune_id, place, "
                       "reason, recorded_at) VALUES (?, 'reversal', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        // A day without a comune keeps none: SQLite's NULL reads back as a
        // null string, which core::bindValue would write as '' (no such comune).
        { *id, activationId, q->value(1), q->value(2), q->value(3), q->value(4), q->value(5),
            q->value(6).isNull() ? QVariant() : q->value(6), q->value(7), reason.simplified(), m_clock.nowMs() });
    if (!insert)
        return insert.error();
    return tx.commit();
}

Result<Activation> ActivationLedger::activation(qint64 id) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT id, entry_kind, coalesce(reverses_id, 0), event_id, volunteer_id, organisation_id, day, "
                       "service_id, coalesce(comune_id, 0), place, reason FROM activation WHERE id = ?"),
        { id });
    if (!q)
        return q.error();
    Activation a;
    if (!q->next())
        return a;
    a.id = q->value(0).toLongLong();
    a.reversal = q->value(1).toString() == QLatin1String("reversal");
    a.reversesId = q->value(2).toLongLong();
    a.eventId = q->value(3).toLongLong();
    a.volunteerId = q->value(4).toLongLong();
    a.organisationId = q->value(5).toLongLong();
    a.day = core::fromSqlDate(q->value(6).toString());
    a.serviceId = q->value(7).toLongLong();
    a.comuneId = q->value(8).toInt();
    a.place = q->value(9).toString();
    a.reason = q->value(10).toString();
    return a;
}

Result<QList<ActivationDayDetail>> ActivationLedger::effectiveDays(
    qint64 volunteerId, const QDate &from, const QDate &to) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT a.id, a.day, a.event_id, e.name, e.event_type, s.name, coalesce(c.name, ''), a.place, "
                       "coalesce((SELECT t.number FROM attestato_day d JOIN attestato t ON t.id = d.attestato_id WHERE "
                       "d.activation_id = a.id), ''), "
                       "a.organisation_id FROM activation_effective a JOIN activation_event e ON e.id = a.event_id "
                       "JOIN volunteer_service s ON s.id = a.service_id LEFT JOIN comune c ON c.id = a.comune_id "
                       "WHERE a.volunteer_id = ? AND a.day >= ? AND a.day <= ? ORDER BY a.day, a.id"),
        { volunteerId, from.isValid() ? core::toSqlDate(from) : QStringLiteral("0000-00-00"),
            to.isValid() ? core::toSqlDate(to) : QStringLiteral("9999-99-99") });
    if (!q)
        return q.error();
    QList<ActivationDayDetail> days;
    while (q->next()) {
        ActivationDayDetail d;
        d.activationId = q->value(0).toLongLong();
        d.day = core::fromSqlDate(q->value(1).toString());
        d.eventId = q->value(2).toLongLong();
        d.eventName = q->value(3).toString();
        eventTypeFromCode(q->value(4).toString(), &d.eventType);
        d.serviceName = q->value(5).toString();
        d.comuneName = q->value(6).toString();
        d.place = q->value(7).toString();
        d.attestatoNumber = q->value(8).toString();
        d.organisationId = q->value(9).toLongLong();
        days.append(d);
    }
    return days;
}

} // namespace volunteers

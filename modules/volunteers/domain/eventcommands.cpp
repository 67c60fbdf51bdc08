#include "volunteers/domain/eventcommands.h"

#include "core/auth/permissions.h"

#include <tuple>

namespace volunteers {

using core::Error;
using core::Status;

QString SaveEvent::permission() const
{
    return core::Permission::VolunteersEdit;
}

Status SaveEvent::check(const core::CommandContext &) const
{
    const ActivationEvent &e = wanted();
    if (e.name.trimmed().isEmpty())
        return Error(QStringLiteral("volunteers.event_name_missing"));
    if (e.authorisingAct.trimmed().isEmpty())
        return Error(QStringLiteral("volunteers.event_act_missing"));
    if (!e.startDate.isValid() || (e.endDate.isValid() && e.endDate < e.startDate))
        return Error(QStringLiteral("volunteers.event_dates"));
    return {};
}

QString SaveEvent::text() const
{
    return created() ? tr("new event %1").arg(wanted().name) : tr("edit event %1").arg(wanted().name);
}

core::Result<ActivationEvent> SaveEvent::read(const QSqlDatabase &db, qint64 id) const
{
    return EventRepository(db).event(id);
}

Status SaveEvent::write(const QSqlDatabase &db, ActivationEvent &row)
{
    return EventRepository(db).saveEvent(row);
}

bool SaveEvent::same(const ActivationEvent &a, const ActivationEvent &b) const
{
    const auto fields = [](const ActivationEvent &e) {
        return std::tie(e.id, e.name, e.type, e.authorisingAct, e.startDate, e.endDate, e.notes);
    };
    return fields(a) == fields(b);
}

QString SaveService::permission() const
{
    return core::Permission::VolunteersEdit;
}

Status SaveService::check(const core::CommandContext &) const
{
    if (wanted().name.trimmed().isEmpty())
        return Error(QStringLiteral("volunteers.service_name_missing"));
    return {};
}

QString SaveService::text() const
{
    return created() ? tr("new service %1").arg(wanted().name) : tr("edit service %1").arg(wanted().name);
}

core::Result<Service> SaveService::read(const QSqlDatabase &db, qint64 id) const
{
    return EventRepository(db).service(id);
}

Status SaveService::write(const QSqlDatabase &db, Service &row)
{
    return EventRepository(db).saveService(row);
}

bool SaveService::same(const Service &a, const Service &b) const
{
    const auto fields
        = [](const Service &s) { return std::tie(s.id, s.code, s.name, s.published, s.sortOrder, s.active); };
    return fields(a) == fields(b);
}

} // namespace volunteers

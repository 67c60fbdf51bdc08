#pragma once

#include "core/domain/result.h"
#include "volunteers/domain/volunteertypes.h"

#include <QSqlDatabase>

namespace volunteers {

// Reads and writes activation events (an emergency, an exercise...) and
// the configurable list of services. GUI thread or a worker's connection.
class EventRepository {
public:
    explicit EventRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // Newest first.
    core::Result<QList<ActivationEvent>> events() const;
    core::Result<ActivationEvent> event(qint64 id) const; // id 0 when absent
    core::Result<ActivationEvent> eventByName(const QString &name) const;
    // Codes: volunteers.event_name_missing, volunteers.event_act_missing,
    // volunteers.event_dates, volunteers.event_exists,
    // volunteers.event_days_outside (args: count, first day): the new dates
    // would leave recorded days outside the event.
    core::Status saveEvent(ActivationEvent &event);

    // Services in their order; the seven of the published table first.
    core::Result<QList<Service>> services(bool activeOnly = false) const;
    core::Result<Service> service(qint64 id) const;
    // By code or name, without case ("supporto COC", "coc").
    core::Result<Service> serviceByName(const QString &nameOrCode) const;
    // Codes: volunteers.service_name_missing, volunteers.service_exists,
    // volunteers.service_published (the published ones keep their names).
    // The code of a new service is made from its name.
    core::Status saveService(Service &service);

private:
    QSqlDatabase m_db;
};

} // namespace volunteers

#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"
#include "volunteers/domain/volunteertypes.h"

#include <QSqlDatabase>

namespace volunteers {

// What an operator enters: one or more volunteers on an event, a service
// and a place, for one day or a range of days. One volunteer and a range
// is "entry by period"; many volunteers and one day is the roster (appello).
struct ActivationRequest {
    qint64 eventId = 0;
    QList<qint64> volunteerIds;
    QDate from;
    QDate to; // invalid: same as from
    qint64 serviceId = 0;
    int comuneId = 0; // where the service was done (0: not given)
    QString place;
    qint64 organisationId = 0; // 0: each volunteer's own organisation
};

// One effective day of a volunteer, with what it was.
struct ActivationDayDetail {
    qint64 activationId = 0;
    QDate day;
    qint64 eventId = 0;
    qint64 organisationId = 0;
    QString eventName;
    EventType eventType = EventType::Ordinary;
    QString serviceName;
    QString comuneName;
    QString place;
    QString attestatoNumber; // empty: not certified yet
};

// The activation ledger, the only way days are written. Append only:
// record() adds entries, reverse() adds a reversal pointing at an entry;
// nothing is updated or deleted. One call is one transaction (a savepoint
// inside a caller's). A person-day is a distinct (volunteer, day): a
// volunteer already active on a day cannot be entered again that day, on
// any service. GUI thread or a worker with its own connection.
class ActivationLedger {
public:
    ActivationLedger(QSqlDatabase db, const core::Clock &clock)
        : m_db(std::move(db))
        , m_clock(clock)
    {
    }

    static constexpr int maxRangeDays = 366;

    // All-or-nothing. Codes: volunteers.no_volunteers, volunteers.bad_range,
    // volunteers.range_too_long, volunteers.unknown_event,
    // volunteers.outside_event (args: day, event, start, end),
    // volunteers.unknown_service, volunteers.service_inactive,
    // volunteers.unknown_volunteer, volunteers.unknown_organisation,
    // volunteers.duplicate_day (args: volunteer, day, service, others in conflict),
    // volunteers.two_services (args: volunteer, day, service already recorded,
    // service asked, others in conflict).
    // Returns the number of person-days added; `ids`, when given, receives
    // the ids of the entries written (for an undo).
    core::Result<int> record(const ActivationRequest &request, QList<qint64> *ids = nullptr);
    // The rules of a request that need no database: volunteers.no_volunteers,
    // volunteers.bad_range, volunteers.range_too_long.
    static core::Status checkRequest(const ActivationRequest &request);

    // Cancels an entry with a reversal row. Codes: volunteers.unknown_activation,
    // volunteers.not_an_entry, volunteers.already_reversed,
    // volunteers.reason_missing, volunteers.day_certified (args: attestato
    // number) unless evenIfCertified.
    core::Status reverse(qint64 activationId, const QString &reason, bool evenIfCertified = false);

    // One row of the ledger, entry or reversal (id 0 when absent).
    core::Result<Activation> activation(qint64 id) const;

    // A volunteer's effective days (from/to may be invalid: open).
    core::Result<QList<ActivationDayDetail>> effectiveDays(
        qint64 volunteerId, const QDate &from = {}, const QDate &to = {}) const;

private:
    QSqlDatabase m_db;
    const core::Clock &m_clock;
};

} // namespace volunteers

#pragma once

#include "core/domain/result.h"
#include "tutoring/domain/serviceperiod.h"
#include "tutoring/domain/tutoringtypes.h"

#include <QSqlDatabase>

namespace tutoring {

// The frame of the service: subjects and schools (reference data) and the
// service periods with their slots (configurable). GUI thread or a worker
// with its own connection.
class ServiceRepository {
public:
    explicit ServiceRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    core::Result<QList<Subject>> subjects() const;
    core::Result<QList<School>> schools() const;

    core::Result<QList<ServicePeriod>> periods() const;
    // The period containing `day`; else the next one; else the last one;
    // an invalid period when there is none.
    core::Result<ServicePeriod> periodAround(const QDate &day) const;

    // Validates and saves (insert when id is 0) in one transaction.
    // Periods never overlap (tutoring.period_overlap [name]); a period
    // cannot be shrunk or changed so that lessons in force would fall
    // outside its days, weekdays or hours (tutoring.period_has_lessons [n]).
    core::Result<qint64> savePeriod(const ServicePeriod &period);

private:
    QSqlDatabase m_db;
};

} // namespace tutoring

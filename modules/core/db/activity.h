#pragma once

#include "core/domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>

namespace core {

// What the change log says about a day, for the Cruscotto.
struct ActivitySummary {
    qint64 changesToday = 0;
    int operatorsToday = 0;
    QDateTime lastChangeAt; // local time; invalid when the log is empty
    QString lastChangeBy;
};

Result<ActivitySummary> activitySummary(const QSqlDatabase &db, const QDate &day);

} // namespace core

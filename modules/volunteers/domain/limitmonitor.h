#pragma once

#include "core/domain/result.h"
#include "volunteers/domain/art39.h"

#include <QSqlDatabase>

namespace volunteers {

// A volunteer with days beyond an art. 39 limit.
struct VolunteerOverLimit {
    qint64 volunteerId = 0;
    QString name;
    QString taxCode;
    QString organisation;
    LimitAssessment assessment;
    QList<LimitExcess> excessesInPeriod;
    int uncertifiedDaysOver = 0; // days over a limit not yet on an attestato
};

// Applies the art. 39 rules (art39.h) to the ledger: finds who is over a
// limit in a period from the days of a bounded look-back window, then reads
// those volunteers' whole history. GUI thread or
// a worker with its own connection.
class LimitMonitor {
public:
    explicit LimitMonitor(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    core::Result<LimitAssessment> assess(qint64 volunteerId) const;
    // Volunteers with at least one day over a limit between from and to
    // (invalid dates: open), by name.
    core::Result<QList<VolunteerOverLimit>> volunteersOverLimits(const QDate &from = {}, const QDate &to = {}) const;
    // How many (for the Cruscotto).
    core::Result<int> countOverLimits(const QDate &from = {}, const QDate &to = {}) const;

private:
    // Volunteers with an excess in the period, from the days of the
    // look-back window the rules allow (limitmonitor.cpp).
    core::Result<QList<qint64>> candidates(const QDate &from, const QDate &to) const;

    QSqlDatabase m_db;
};

} // namespace volunteers

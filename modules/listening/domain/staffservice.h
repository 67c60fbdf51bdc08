#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace listening {

// A volunteer psychologist of the SPE team.
struct Psychologist {
    qint64 id = 0;
    QString name;
    QString phone;
    QString email;
    qint64 accountId = 0; // the account they sign in with, if any
    QString accountUsername;
    bool active = true;
};

// A psychologist placed in a comune's COC, from a date to a date (open).
struct Placement {
    qint64 id = 0;
    qint64 psychologistId = 0;
    QString psychologist;
    int comuneId = 0;
    QString comune;
    QDate from;
    QDate to;
    QString note;

    bool isCurrent(const QDate &day) const { return from <= day && (!to.isValid() || to >= day); }
};

// The SPE roster and the COC placements (permission listening.staff.manage
// for changes). Error codes: listening.*.
class StaffService {
public:
    explicit StaffService(QSqlDatabase db, const core::Clock &clock = core::SystemClock::instance());

    core::Result<QList<Psychologist>> psychologists(bool activeOnly) const;
    // The roster entry of a signed-in account (0 when none).
    core::Result<qint64> psychologistOfAccount(qint64 accountId) const;
    // Inserts (id 0) or updates.
    core::Result<qint64> savePsychologist(const Psychologist &psychologist);

    core::Result<QList<Placement>> placements(bool currentOnly) const;
    // Only in one of the 133 comuni of the metropolitan city; one current
    // placement per psychologist and COC.
    core::Result<qint64> addPlacement(qint64 psychologistId, int comuneId, const QDate &from, const QString &note);
    core::Status endPlacement(qint64 placementId, const QDate &to);

private:
    QSqlDatabase m_db;
    const core::Clock &m_clock;
};

} // namespace listening

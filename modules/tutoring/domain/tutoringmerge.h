#pragma once

#include "core/domain/result.h"
#include "core/sync/postimport.h"

#include <QSqlDatabase>

namespace tutoring {

// After a merge: a pupil booked twice in the same hour (on two
// workstations, with two assistants) is flagged on the later booking
// (booked_at, then id; rule tutoring.double_booking). Nothing is undone:
// which lesson stands is for a person (the bookings window cancels one).
class TutoringMerge {
public:
    static core::Result<core::sync::Reconciled> reconcile(const QSqlDatabase &db, const core::sync::ImportedRows &rows);
    static core::Result<core::sync::Reconciled> flagDoubleBookings(const QSqlDatabase &db, const QSet<qint64> &bookings);
};

} // namespace tutoring

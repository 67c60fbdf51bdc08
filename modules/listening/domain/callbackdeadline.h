#pragma once

#include "listening/domain/listeningtypes.h"

#include <QtGlobal>

namespace listening {

// The callback promise of the listening line: every request is called back
// within 24 hours (urgent) or 48 hours (normal) of the message, measured in
// elapsed time. Timestamps are ms since the epoch (UTC), so midnight and the
// changes to and from summer time in Europe/Rome do not move a deadline: a
// message left at 20:00 on the Saturday before the clocks go forward is due
// at 21:00 on Sunday, 24 real hours later. Pure rules, no clock: `nowMs`
// comes from the caller's injected core::Clock.
namespace Deadline {
constexpr qint64 hourMs = qint64(3600) * 1000;
constexpr qint64 targetMs = 24 * hourMs; // the first milestone, for every request
constexpr qint64 limitMs = 48 * hourMs; // the latest any request may wait
constexpr qint64 dueSoonMs = 4 * hourMs; // when the queue starts warning

qint64 dueAt(qint64 receivedAtMs, Urgency urgency);
} // namespace Deadline

enum class DeadlineStage {
    OnTime, // more than 4 h to the deadline
    DueSoon, // 4 h or less to the deadline
    Past24h, // a normal request beyond 24 h, not yet beyond 48 h
    Overdue, // beyond its deadline and not called back
    CalledBack, // the caller was reached: the clock has stopped
};

struct DeadlineStatus {
    qint64 receivedAt = 0;
    qint64 dueAt = 0;
    qint64 at24h = 0;
    qint64 at48h = 0;
    qint64 remainingToDue = 0; // ms, negative once past
    qint64 remainingTo24h = 0;
    qint64 remainingTo48h = 0;
    DeadlineStage stage = DeadlineStage::OnTime;
    // Share of the 48 hours elapsed (0..1, more when late), for the bar.
    double elapsedOf48h = 0;

    bool isOverdue() const { return stage == DeadlineStage::Overdue; }
};

// A deadline is missed strictly after it: at 24:00:00.000 a request is still
// on time, one millisecond later it is overdue.
DeadlineStatus deadlineStatus(qint64 receivedAtMs, qint64 dueAtMs, qint64 nowMs, bool calledBack);

} // namespace listening

#include "listening/domain/callbackdeadline.h"

namespace listening {

qint64 Deadline::dueAt(qint64 receivedAtMs, Urgency urgency)
{
    return receivedAtMs + (urgency == Urgency::Urgent ? targetMs : limitMs);
}

DeadlineStatus deadlineStatus(qint64 receivedAtMs, qint64 dueAtMs, qint64 nowMs, bool calledBack)
{
    DeadlineStatus s;
    s.receivedAt = receivedAtMs;
    s.dueAt = dueAtMs;
    s.at24h = receivedAtMs + Deadline::targetMs;
    s.at48h = receivedAtMs + Deadline::limitMs;
    s.remainingToDue = dueAtMs - nowMs;
    s.remainingTo24h = s.at24h - nowMs;
    s.remainingTo48h = s.at48h - nowMs;
    s.elapsedOf48h = double(nowMs - receivedAtMs) / double(Deadline::limitMs);
    if (calledBack)
        s.stage = DeadlineStage::CalledBack;
    else if (nowMs > dueAtMs)
        s.stage = DeadlineStage::Overdue;
    else if (nowMs > s.at24h)
        s.stage = DeadlineStage::Past24h;
    else if (dueAtMs - nowMs <= Deadline::dueSoonMs)
        s.stage = DeadlineStage::DueSoon;
    else
        s.stage = DeadlineStage::OnTime;
    return s;
}

} // namespace listening

#include "room/domain/boardtypes.h"

namespace room {

QString meetingModeCode(MeetingMode mode)
{
    switch (mode) {
    case MeetingMode::Remote:
        return QStringLiteral("remote");
    case MeetingMode::InPerson:
        return QStringLiteral("in_person");
    case MeetingMode::Mixed:
        return QStringLiteral("mixed");
    }
    return {};
}

bool meetingModeFromCode(const QString &code, MeetingMode *mode)
{
    for (MeetingMode m : { MeetingMode::Remote, MeetingMode::InPerson, MeetingMode::Mixed })
        if (meetingModeCode(m) == code) {
            *mode = m;
            return true;
        }
    return false;
}

QString actionStateCode(ActionState state)
{
    switch (state) {
    case ActionState::Open:
        return QStringLiteral("open");
    case ActionState::InProgress:
        return QStringLiteral("in_progress");
    case ActionState::Done:
        return QStringLiteral("done");
    case ActionState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

bool actionStateFromCode(const QString &code, ActionState *state)
{
    for (ActionState s : { ActionState::Open, ActionState::InProgress, ActionState::Done, ActionState::Cancelled })
        if (actionStateCode(s) == code) {
            *state = s;
            return true;
        }
    return false;
}

bool isFinal(ActionState state)
{
    return state == ActionState::Done || state == ActionState::Cancelled;
}

bool actionTransitionAllowed(ActionState from, ActionState to)
{
    return from != to && !isFinal(from);
}

} // namespace room

#include "room/domain/roomtext.h"

namespace room {

QString RoomText::scenario(Scenario s)
{
    switch (s) {
    case Scenario::Health:
        return tr("Health");
    case Scenario::HydroMeteo:
        return tr("Hydro-meteorological");
    case Scenario::Wildfire:
        return tr("Forest fire");
    case Scenario::MissingPersons:
        return tr("Missing persons search");
    case Scenario::LargeEvent:
        return tr("Large event");
    case Scenario::Exercise:
        return tr("Exercise");
    case Scenario::Other:
        break;
    }
    return tr("Other");
}

QString RoomText::phase(Phase p)
{
    switch (p) {
    case Phase::Attention:
        return tr("Attention");
    case Phase::PreAlarm:
        return tr("Pre-alarm");
    case Phase::Alarm:
        return tr("Alarm");
    case Phase::Closed:
        break;
    }
    return tr("Closed");
}

QString RoomText::diaryKind(DiaryKind k)
{
    switch (k) {
    case DiaryKind::CallIn:
        return tr("Incoming call");
    case DiaryKind::CallOut:
        return tr("Outgoing call");
    case DiaryKind::Message:
        return tr("Message");
    case DiaryKind::Decision:
        return tr("Decision");
    case DiaryKind::Action:
        return tr("Action");
    case DiaryKind::Note:
        break;
    }
    return tr("Note");
}

} // namespace room

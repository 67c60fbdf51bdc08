#include "room/domain/roomtypes.h"

namespace room {

namespace {
template <typename E, size_t N> QString codeOf(const std::pair<E, const char *> (&table)[N], E value)
{
    for (const auto &[e, code] : table)
        if (e == value)
            return QString::fromLatin1(code);
    return {};
}
template <typename E, size_t N> std::optional<E> valueOf(const std::pair<E, const char *> (&table)[N], const QString &code)
{
    for (const auto &[e, c] : table)
        if (code == QLatin1String(c))
            return e;
    return std::nullopt;
}
template <typename E, size_t N> QList<E> valuesOf(const std::pair<E, const char *> (&table)[N])
{
    QList<E> all;
    for (const auto &entry : table)
        all.append(entry.first);
    return all;
}

const std::pair<Scenario, const char *> scenarios[] = { { Scenario::Health, "health" },
    { Scenario::HydroMeteo, "hydro_meteo" }, { Scenario::Wildfire, "wildfire" },
    { Scenario::MissingPersons, "missing_persons" }, { Scenario::LargeEvent, "large_event" },
    { Scenario::Exercise, "exercise" }, { Scenario::Other, "other" } };
const std::pair<Phase, const char *> phases[] = { { Phase::Attention, "attention" }, { Phase::PreAlarm, "pre_alarm" },
    { Phase::Alarm, "alarm" }, { Phase::Closed, "closed" } };
const std::pair<DiaryKind, const char *> kinds[] = { { DiaryKind::CallIn, "call_in" },
    { DiaryKind::CallOut, "call_out" }, { DiaryKind::Message, "message" }, { DiaryKind::Decision, "decision" },
    { DiaryKind::Action, "action" }, { DiaryKind::Note, "note" } };
} // namespace

QString scenarioCode(Scenario s) { return codeOf(scenarios, s); }
std::optional<Scenario> scenarioFromCode(const QString &code) { return valueOf(scenarios, code); }
QList<Scenario> allScenarios() { return valuesOf(scenarios); }
QString phaseCode(Phase p) { return codeOf(phases, p); }
std::optional<Phase> phaseFromCode(const QString &code) { return valueOf(phases, code); }
QList<Phase> allPhases() { return valuesOf(phases); }
QString diaryKindCode(DiaryKind k) { return codeOf(kinds, k); }
std::optional<DiaryKind> diaryKindFromCode(const QString &code) { return valueOf(kinds, code); }
QList<DiaryKind> allDiaryKinds() { return valuesOf(kinds); }

bool phaseChangeAllowed(Phase from, Phase to)
{
    return from != to && from != Phase::Closed;
}

} // namespace room

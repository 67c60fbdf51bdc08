#pragma once

#include "volunteers/domain/volunteertypes.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace room {

// The kind of emergency or occasion of an event (the room's view, apart
// from the art. 39 classification the volunteers' days need).
enum class Scenario { Health, HydroMeteo, Wildfire, MissingPersons, LargeEvent, Exercise, Other };
// The operational phase of an event. Attention, pre-alarm and alarm can be
// raised or lowered in any order; closed ends the event for good.
enum class Phase { Attention, PreAlarm, Alarm, Closed };
// What a diary entry records.
enum class DiaryKind { CallIn, CallOut, Message, Decision, Action, Note };

QString scenarioCode(Scenario s); // "health", "hydro_meteo", ...
std::optional<Scenario> scenarioFromCode(const QString &code);
QList<Scenario> allScenarios();
QString phaseCode(Phase p); // "attention", "pre_alarm", "alarm", "closed"
std::optional<Phase> phaseFromCode(const QString &code);
QList<Phase> allPhases();
QString diaryKindCode(DiaryKind k); // "call_in", "call_out", "message", "decision", "action", "note"
std::optional<DiaryKind> diaryKindFromCode(const QString &code);
QList<DiaryKind> allDiaryKinds();

// Whether an event in phase `from` may move to `to`: any change among the
// three open phases, any of them to closed; nothing out of closed, and no
// "change" to the same phase.
bool phaseChangeAllowed(Phase from, Phase to);

// An event as the room sees it: the activation event (name, art. 39 type,
// act, dates, notes) and the room's scenario, phase and comuni.
struct RoomEvent {
    volunteers::ActivationEvent base;
    Scenario scenario = Scenario::Other;
    Phase phase = Phase::Attention;
    QList<int> comuneIds; // sorted, without repeats
};

// One change of phase, from the ledger.
struct PhaseChange {
    qint64 id = 0;
    qint64 eventId = 0;
    Phase phase = Phase::Attention;
    std::optional<Phase> previous; // none: the event's first phase
    QDateTime changedAt;
    QString author;
    QString note;
};

// A diary entry to write. The author is the signed-in person (never given
// here); `at` is when it happened (invalid: now).
struct NewDiaryEntry {
    qint64 eventId = 0;
    DiaryKind kind = DiaryKind::Note;
    QString body;
    QString counterpart; // who called, who was called
    QDateTime at;
    int comuneId = 0;
    qint64 organisationId = 0;
    qint64 deliveryId = 0;
    qint64 requestId = 0;
    qint64 correctsId = 0; // a correction of that entry
};

// One entry as recorded.
struct DiaryEntry {
    qint64 id = 0;
    qint64 eventId = 0;
    QString eventName;
    DiaryKind kind = DiaryKind::Note;
    QString body;
    QString counterpart;
    QDateTime at;
    QDate day;
    QString author;
    QString authorName;
    int comuneId = 0;
    QString comuneName;
    qint64 organisationId = 0;
    QString organisationName;
    qint64 deliveryId = 0;
    QString deliveryNumber;
    qint64 requestId = 0;
    QString requestNumber;
    qint64 correctsId = 0;
    qint64 correctedById = 0; // a later entry corrects this one
    QDateTime recordedAt;
};

} // namespace room

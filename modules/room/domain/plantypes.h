#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace room {

// Emergency plans per comune (issue 19 item 6): the Piano di Emergenza
// Comunale of each of the 133 comuni, its risk scenarios and the state of
// the comune's COC. QtCore only.

// The risk scenarios a plan covers.
enum class Risk { Hydrogeological, Hydraulic, Wildfire, Seismic, Industrial, SnowIce, HeatWave, Transport, Dam };
QString riskCode(Risk r); // "hydrogeological", "hydraulic", "wildfire", ...
std::optional<Risk> riskFromCode(const QString &code);
QList<Risk> allRisks();

// A comune's plan as recorded (room_plan and its risks).
struct PlanState {
    int comuneId = 0;
    bool recorded = false; // a row exists (read only)
    bool hasPlan = false;
    QDate approvedOn;  // approval (delibera del consiglio comunale)
    QDate revisedOn;   // last revision (invalid: never revised)
    bool inPortal = false; // entered in the regional portal
    QDate revisionDue; // when it must be revised again
    QString act;       // the approving act ("DCC n. 12 del 03/04/2019")
    QString notes;
    QList<Risk> risks; // sorted as allRisks(), without repeats
};

// How a plan stands on a day, for the list, the map and the report.
enum class PlanStatus {
    NotRecorded, // nothing known of the comune's plan
    NoPlan,      // the comune has no plan
    Valid,       // revision due after the warning window
    DueSoon,     // revision due from today to today + planDueWindowDays
    Overdue,     // revision due before today
};
QString planStatusCode(PlanStatus s); // "not_recorded", "no_plan", "valid", "due_soon", "overdue"
QList<PlanStatus> allPlanStatuses();

// A row of the plans' list: the comune, its plan and its COC.
struct PlanRow {
    int comuneId = 0;
    QString comune;
    QString zone;
    PlanState plan;
    PlanStatus status = PlanStatus::NotRecorded;
    bool cocActive = false;
    QDateTime cocSince; // invalid: never recorded
    qint64 cocEventId = 0;
};

// A COC opened or closed (room_coc_state), to record or as recorded.
struct CocChange {
    qint64 id = 0;
    int comuneId = 0;
    bool active = false;
    QDateTime since; // invalid when recording: now
    qint64 eventId = 0;
    QString eventName;
    QString note;
    QString author;
    QDateTime recordedAt;
};

} // namespace room

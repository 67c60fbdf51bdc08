#pragma once

#include "core/reporting/reportcatalog.h"
#include "deliveries/domain/distributionqueries.h"
#include "listening/domain/listeningreports.h"
#include "room/domain/boardtypes.h"
#include "room/domain/protocol.h"
#include "room/domain/roomtypes.h"
#include "stock/domain/stockqueries.h"
#include "tutoring/domain/tutoringfigures.h"
#include "volunteers/domain/persondays.h"

#include <QCoreApplication>
#include <optional>

namespace room {

// The daily situation report (SITREP) of one day, optionally of one event:
// every figure computed from the records through the modules' own queries
// (the same functions their reports use, so that the SITREP and the
// person-days, distributions, stock, listening and tutoring reports of the
// same day agree), never typed. Aggregate: no volunteer, caller or pupil
// is named. The event narrows what refers to events (volunteers' days, the
// diary, the circulars); the rest is the whole room's day.
struct Sitrep {
    QDate day;
    RoomEvent event; // base.id 0: every event
    std::optional<Phase> phaseOnDay; // the event's phase at the end of the day

    // Volunteers (activations): person-days by service.
    QList<volunteers::PersonDaysRow> personDaysByService;
    qint64 personDays = 0;
    qint64 volunteers = 0;

    // Deliveries (delivered on the day) and requests.
    QList<deliveries::CategoryDistribution> deliveredByCategory; // every active category
    int foodDistributions = 0;
    int healthDistributions = 0; // DPI and kits
    QList<deliveries::ComuneDistribution> comuniServed; // food, only those served
    int requestsReceived = 0; // asked on the day
    int requestsToServe = 0; // asked by the day, still to serve today
    QList<ExaminedRequest> oldestToServe; // the first listedRequests of them

    // Stock at the end of the day and its alerts.
    QList<stock::CategoryStock> stockByCategory;
    stock::StockAlerts stockAlerts;

    // The listening line (requests received on the day), aggregate only.
    listening::ServiceFigures listening;

    // ConosciAMO: lessons of the day.
    tutoring::TutoringFigures tutoring;

    // The room: decisions written in the diary (not corrected), the Cabina's
    // meeting of the day, its actions open at the end of the day, what went
    // out through the protocol.
    QList<DiaryEntry> decisions;
    QList<BoardDecision> boardDecisions;
    QList<BoardAction> openActions;
    QList<SentCommunication> sent;

    int overdueActions() const;
    core::Grams foodDeliveredGrams() const;
    core::Grams foodInStockGrams() const;
};

class SitrepReport {
    Q_DECLARE_TR_FUNCTIONS(room::SitrepReport)
public:
    // "sitrep": --at D (required), option "event" (its id).
    static core::ReportDefinition definition();

    // Codes: report.missing_at, room.unknown_event.
    static core::Result<Sitrep> compute(const QSqlDatabase &db, const QDate &day, qint64 eventId);
    static core::ReportDocument document(const Sitrep &sitrep, const core::ReportRequest &request);

    // compute() then document(); the permission is checked by whoever
    // offers it (the Print menu, `cisiamo report`, the page).
    static core::Result<core::ReportDocument> build(const QSqlDatabase &db, const core::ReportRequest &request);
    // The event of a request: 0 when none; room.unknown_event when not a
    // positive number.
    static core::Result<qint64> eventOf(const core::ReportRequest &request);
    // More requests to serve than this are counted but not listed.
    static constexpr int listedRequests = 30;
};

} // namespace room

#pragma once

#include "core/reporting/reportcatalog.h"

#include <QCoreApplication>

namespace room {

// The printed room diary ("room-diary"): the entries of one day
// (request.at) or of one event (option "event": its id), or both, oldest
// first, with corrections marked. Permission::RoomView.
class DiaryReport {
    Q_DECLARE_TR_FUNCTIONS(room::DiaryReport)
public:
    static core::ReportDefinition definition();
    // Codes: room.report_day_or_event (neither given), room.unknown_event,
    // room.report_too_long (args: entries, limit).
    static core::Result<core::ReportDocument> build(const QSqlDatabase &db, const core::ReportRequest &request);
    // More entries than this are refused: a printed diary is a day's or an
    // event's, not five years'.
    static constexpr int maxEntries = 20000;
};

} // namespace room

#pragma once

#include "core/domain/result.h"
#include "room/domain/plantypes.h"

#include <QSqlDatabase>

namespace room {

// Counts of the plans on a day, for the Cruscotto and the report.
struct PlanCounts {
    int comuni = 0; // the comuni of the metropolitan city
    int valid = 0;
    int dueSoon = 0;
    int overdue = 0;
    int noPlan = 0;
    int notRecorded = 0;
    int inPortal = 0;
    int cocActive = 0;
};

// Reads and writes the emergency plans (room_plan, room_plan_risk) and the
// COC ledger (room_coc_state). Writes run inside the caller's transaction
// (the command runner's); rules are planrules.h's. Any thread, on its own
// connection. The lists are bounded by the 133 comuni: the COC state is
// the latest row per comune, read through (comune_id, since, id).
class PlanRepository {
public:
    explicit PlanRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // Whether the comune is one of the metropolitan city's (comune_cmm).
    core::Result<bool> isMetropolitan(int comuneId) const;
    // The comune's plan; `recorded` false (and the rest empty) without a row.
    core::Result<PlanState> plan(int comuneId) const;
    // Every comune of the metropolitan city (of one zona omogenea when
    // `zone` is not empty), by name, with its plan's status on `today` and
    // its COC.
    core::Result<QList<PlanRow>> rows(const QDate &today, const QString &zone = {}) const;
    core::Result<PlanCounts> counts(const QDate &today) const;

    // Writes a normalised, valid plan: the row (only the fields that
    // changed) and the risks added and removed. Returns whether anything
    // changed.
    core::Result<bool> save(const PlanState &plan);

    // The comune's COC now: active, since (invalid: never recorded).
    core::Result<CocChange> currentCoc(int comuneId) const;
    // Records a COC opened or closed (validateCocChange against the current
    // state); `author` the signed-in user name.
    core::Result<CocChange> recordCoc(CocChange change, const QString &author, const QDateTime &now);
    // The comune's COC history, newest first.
    core::Result<QList<CocChange>> cocHistory(int comuneId) const;

private:
    QSqlDatabase m_db;
};

} // namespace room

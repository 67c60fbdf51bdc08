#pragma once

#include "core/domain/result.h"
#include "room/domain/plantypes.h"

namespace room {

// The rules of the emergency plans, pure (no database): what a plan state
// may say and how it stands on a day. QtCore only.

// A revision due from today to today + this many days is "due soon" (the
// Cruscotto's warning); before today it is overdue.
constexpr int planDueWindowDays = 90;
// Without a revision due date, a plan is due this many years after its
// last revision (or its approval): the room's convention, shown in the form.
constexpr int planRevisionYears = 3;
// A revision due further than this after the last revision is a typing error.
constexpr int planMaxDueYears = 10;
constexpr int planActMaxLength = 200;
constexpr int planNotesMaxLength = 2000;
// No comune approved a plan before the first civil protection law (1970).
QDate planEarliestDate();

// The plan's last revision, or its approval when never revised.
QDate planLastRevision(const PlanState &plan);
// Trims the texts, sorts the risks without repeats and, for a plan without
// a revision due date, sets it planRevisionYears after its last revision.
PlanState normalisedPlan(PlanState plan);
// Refuses what cannot be (Error codes room.plan_*, dates dd/MM/yyyy in the
// arguments): dates without a plan, a plan without approval, approval or
// revision in the future (after `today`) or before 1970, a revision before
// the approval, a revision due not after the last revision or more than
// planMaxDueYears after it, texts too long.
core::Status validatePlan(const PlanState &plan, const QDate &today);
// How the plan stands on `today` (a normalised plan).
PlanStatus planStatus(const PlanState &plan, const QDate &today);

// Whether a COC change may be recorded after the comune's current state
// (`currentlyActive`, `lastSince` invalid when never recorded), at `now`.
// Codes: room.coc_future, room.coc_already_active, room.coc_already_closed,
// room.coc_before_last {dd/MM/yyyy HH:mm}, room.coc_note_long.
core::Status validateCocChange(const CocChange &change, bool currentlyActive, const QDateTime &lastSince,
    const QDateTime &now);

} // namespace room

#pragma once

#include "core/domain/result.h"
#include "core/sync/syncfile.h"

#include <QSqlDatabase>

namespace core::sync {

// The hybrid logical clock that orders changes between workstations.
//
// A version is (time, workstation): the time is a hybrid logical time in
// milliseconds, the workstation number breaks ties (RowVersion). Each
// database keeps its clock in session_context.hlc_ms (migration 0018):
// - a local change (every transaction, core/db/transaction.cpp) is stamped
//   max(physical clock, hlc) (the logical part is carried in the
//   milliseconds: an import moves the clock 1 ms past what it applied, see
//   receive()). A transaction does not move hlc_ms itself: stamp() is the
//   rule of one process's run; in the database a clock set back (or a test's
//   fixed clock before the file's first writes) must not pin every later
//   stamp to the old time. A workstation's own edits of one row are ordered
//   by the version rule instead (a field's new version is later than the
//   one it replaced, syncstate.h);
// - an import moves the clock past every change it applied, so that an
//   edit made after seeing another workstation's change orders after it,
//   even when this computer's clock is slower;
// - but a stamp more than maxAheadMs (a day) ahead of this computer's
//   clock moves nothing: a workstation whose clock is wrong by days (30
//   days fast) does not drag everybody's stamps into its future, where
//   every later edit anywhere would beat every concurrent one for 30 days.
//   Such a change is still applied with its own stamp (every workstation
//   must order it alike), and the import reports it
//   (ImportReport::clockAhead, technical log "sync.clock_ahead"), naming
//   the workstation and by how much, so that somebody sets that clock
//   right. Its own concurrent edits keep winning until then; an edit made
//   after seeing one of them still wins over it, because a field's new
//   version is always later than the version it replaced (FieldVersions,
//   syncstate.h), whatever the clocks say.
class HybridClock {
public:
    // How far ahead of this computer's clock another workstation's stamps
    // may move this clock (a clock an hour or two off, a wrong time zone,
    // still teaches; a wrong day does not).
    static constexpr qint64 maxAheadMs = 24 * 3600 * 1000;

    explicit HybridClock(qint64 last = 0) : m_last(last) { }
    qint64 last() const { return m_last; }

    // The stamp of a local change made at `physicalMs`: never before the
    // previous one.
    qint64 stamp(qint64 physicalMs);

    struct Received {
        qint64 clock = 0; // the clock after the receipt
        qint64 aheadMs = 0; // how far the remote stamp was ahead of physical, when beyond the bound (else 0)
        bool clamped() const { return aheadMs > 0; }
    };
    // A change stamped `remoteMs` received at `physicalMs`: the clock moves
    // 1 ms past it, unless that is more than maxAheadMs past physicalMs
    // (then it stays, and aheadMs says by how much the stamp was ahead).
    Received receive(qint64 remoteMs, qint64 physicalMs);

    // The clock of a database (session_context.hlc_ms) and its move after
    // an import; inside the importer's transaction.
    static Result<qint64> read(const QSqlDatabase &db);
    static Status store(const QSqlDatabase &db, qint64 clock);

private:
    qint64 m_last = 0;
};

} // namespace core::sync

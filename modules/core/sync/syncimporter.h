#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace core::sync {

// What one file contributed to an import.
struct ImportedFile {
    QString fileName;
    int workstation = 0;
    int changes = 0; // changes in the file (beyond what was already applied)
    int applied = 0; // rows written
    int unchanged = 0; // already here (applying twice changes nothing)
    int discarded = 0; // older than what is here
    int parked = 0; // waiting for a row that has not arrived, or refused by a rule here
    int ignored = 0; // tables this database does not synchronise
    int conflicts = 0;
};

// A file that was not applied, and why (an error naming the file).
struct SkippedFile {
    QString fileName;
    Error reason;
};

// A file whose changes were stamped further ahead of this computer's clock
// than HybridClock::maxAheadMs ("sync.clock_ahead"): applied with their
// stamps (every workstation orders them alike), but they did not move this
// hybrid clock. The workstation's clock (or this one) is wrong.
struct ClockAhead {
    QString fileName;
    int workstation = 0;
    qint64 aheadMs = 0;
    QString workstationName; // as the file's header gives it
};


struct ImportReport {
    QList<ImportedFile> files;
    QList<SkippedFile> refused; // bad files: never applied (truncated, corrupted, future version...)
    QList<SkippedFile> waiting; // good files that must wait for a missing one (a gap)
    int alreadyApplied = 0; // files applied in an earlier run (or covered by another file)
    int ownFiles = 0; // files this database wrote
    int ignoredCopies = 0; // conflict copies of the file-sync engine identical to their original
    int retried = 0; // parked changes applied in this run
    int parkedTotal = 0; // changes still parked after the run
    int conflicts = 0;
    QStringList changedTables;
    QStringList relayCopiesMissing; // applied, but no copy could be kept for relaying (see relayArchiveFolder)
    QList<ClockAhead> clockAhead;

    int appliedChanges() const;
};

// The workstations whose clocks are ahead, as the room should see them
// until they are set right (SyncStatus::clockAhead): `known` updated with
// an import's report. A file stamped too far ahead puts (or refreshes) its
// workstation in the list; a later file of that workstation with changes
// and no warning takes it out (its clock is right again).
void updateClockAhead(QList<ClockAhead> &known, const ImportReport &report);

// The start of the audit entry ("denied") of a refused file.
inline const QString refusalAuditPrefix = QStringLiteral("sync file refused ");

// Writes a refused file into the security log once, however many times the
// folder is read again while it lies there: a "denied" entry (no new kind:
// the audit_event CHECK would need a rebuild) whose detail is
// "sync file refused <file name>: <reason code>".
Status auditRefusedFile(
    const QSqlDatabase &db, const QString &fileName, const QString &code, const QString &permission, qint64 nowMs);

// Applies the files of the other workstations found in a sync folder:
// - refuses to read anything when this database is in no room (sync.no_room);
// - refuses a file whose authenticator was not made with the room's key
//   (sync.file_not_authenticated), and writes every refused file in the
//   audit log, once;
// - verifies each file completely before touching the database (checksum,
//   authenticator, format, schema version: a file from a newer program is
//   refused);
// - reads nothing when this database is a copy of another workstation's
//   made by hand (copieddatabase.h: sync.copied_database);
// - refuses a file from a removed member after the last sequence kept, or
//   from a workstation that is not a member and does not introduce itself
//   (roommembers.h: sync.member_removed, sync.unknown_member);
// - refuses a file that carries this workstation's number but comes from
//   another database (two workstations with the same number), and a file of
//   this very database it did not write (a copy of the database);
// - applies the files of each source database in sequence order; a gap
//   stops that source (reported, never skipped) until the missing file
//   arrives; overlapping files are applied from where the last one ended;
// - one file per transaction, with logging suspended; applying a file
//   twice changes nothing; the hybrid clock moves past what the file
//   carried (hybridclock.h), unless a stamp is more than
//   HybridClock::maxAheadMs ahead of this computer's clock (reported in
//   clockAhead and the technical log);
// - stores the acknowledgements of the other workstations (in the headers
//   of the files applied, and in their acknowledgements files);
// - keeps a copy of each file applied (relayArchiveFolder);
// - reads only names of sync files: the file-sync engine's temporary files
//   are not looked at, its conflict copies are ignored when identical to
//   their original and refused as damaged otherwise (see syncfolder.h).
// Runs on the thread of its connection (the sync worker, or the command line).
class SyncImporter {
public:
    explicit SyncImporter(const QSqlDatabase &db, const Clock &clock = SystemClock::instance());

    Result<ImportReport> importFrom(const QString &folder);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace core::sync

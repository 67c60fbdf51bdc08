#pragma once

#include "core/auth/session.h"
#include "core/domain/clock.h"
#include "core/domain/result.h"
#include "volunteers/domain/attestatoregister.h"
#include "volunteers/domain/limitmonitor.h"

#include <QSqlDatabase>

#include <atomic>
#include <functional>

namespace volunteers {

// What the operator is told before a batch starts: how much work, and who
// is beyond the art. 39 limits or has no employer on record.
struct BatchPreflight {
    PendingSummary pending;
    QList<VolunteerOverLimit> overLimits; // with uncertified days over a limit in the period
    QStringList withoutEmployer; // "Rossi Mario (RSSMRA...)", at most 200
    ClosedWindows closedWindows; // days whose reimbursement window closed (first 200 groups listed)
};

struct BatchOptions {
    AttestatoCriteria criteria;
    QString outputDir; // one PDF per attestato and the index CSV; empty: register only
    bool includeOverLimit = false; // false: volunteers over a limit are left pending
    int limit = 0; // at most this many attestati (0: all)
    // Attestati per transaction. Their PDFs are written before the commit
    // (a full disk leaves the register as it was), so the write lock is held
    // while they render: chunks of a fraction of a second keep the window's
    // writes waiting well under the busy timeout, and each chunk costs one
    // commit and one sync of its files.
    int chunkSize = 32;
    // Threads rendering the PDFs while the batch's thread numbers and
    // records (AttestatoFiles); 0: one per core; 1: rendered in the batch's
    // thread, one after the other. Same attestati, same numbers either way.
    int workers = 0;
    // Attestati painted as the pages of one PDF document and then cut into
    // their files (AttestatoFiles): the fonts are embedded once per group.
    // 1: each rendered on its own. Same text and look either way.
    int renderGroup = 0; // 0: AttestatoFiles::renderGroupSize()
};

struct BatchProgress {
    int done = 0;
    int total = 0;
    QString lastNumber;
};

struct BatchOutcome {
    qint64 batchId = 0;
    int issued = 0;
    int skippedOverLimit = 0;
    int skippedNoEmployer = 0;
    int pastReimbursement = 0; // attestati issued after their reimbursement window closed (they say so)
    bool cancelled = false;
    QString indexFile; // empty when no output folder
    QString firstNumber;
    QString lastNumber;
};

// Batch production of attestati (the 2020 backlog): for every pending
// group matching the criteria, issues an attestato in the register, writes
// its PDF and a line of the index CSV for the regional system.
//
// Runs on the thread that calls run(), on its own database connection
// (opened from the path: Qt connections belong to one thread), signed in
// as `account` (the person who started it, whose session is carried over).
// Groups are read in pages; each chunk of attestati is one command
// (IssueAttestatiChunk, attestatocommands.h) run through the command
// layer: permission, one transaction with its PDFs written before the
// commit (rendered on `workers` threads as the attestati are numbered:
// AttestatoFiles), an audit entry. So memory stays flat and a cancel (checked
// between attestati) or a crash leaves a consistent register: every
// numbered attestato is complete, and can be reprinted identically. The
// batch itself is recorded in attestato_batch with how it ended.
class AttestatoBatch {
public:
    AttestatoBatch(QString databasePath, core::SessionAccount account, const core::Clock &clock);

    // `clock` says which reimbursement windows have closed.
    static core::Result<BatchPreflight> preflight(
        const QSqlDatabase &db, const AttestatoCriteria &criteria, const core::Clock &clock);

    // Codes: volunteers.output_dir (arg: folder), file.cannot_write, db.*
    core::Result<BatchOutcome> run(const BatchOptions &options,
        const std::function<void(const BatchProgress &)> &progress, const std::atomic_bool &cancel);

    // Index CSV: RFC 4180, comma, ISO dates. Its header names.
    static QStringList indexHeader();
    static QStringList indexRow(const AttestatoContent &content, const QString &fileName);
    static QString indexFileName() { return QStringLiteral("indice_attestati.csv"); }


private:
    QString m_path;
    core::SessionAccount m_account;
    const core::Clock &m_clock;
};

} // namespace volunteers

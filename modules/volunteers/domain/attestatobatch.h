#pragma once

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
};

struct BatchOptions {
    AttestatoCriteria criteria;
    QString outputDir; // one PDF per attestato and the index CSV; empty: register only
    bool includeOverLimit = false; // false: volunteers over a limit are left pending
    int limit = 0; // at most this many attestati (0: all)
    // Attestati per transaction. Their PDFs are written before the commit
    // (a full disk leaves the register as it was), so the write lock is held
    // while they render: small chunks keep the window's writes waiting well
    // under the busy timeout.
    int chunkSize = 16;
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
// (opened from the path: Qt connections belong to one thread). Groups are
// read in pages and each chunk of attestati is committed before its files
// are written, so memory stays flat and a cancel (checked between
// attestati) or a crash leaves a consistent register: every numbered
// attestato is complete, and can be reprinted identically. The batch
// itself is recorded in attestato_batch with how it ended.
class AttestatoBatch {
public:
    AttestatoBatch(QString databasePath, QString operatorName, const core::Clock &clock);

    static core::Result<BatchPreflight> preflight(const QSqlDatabase &db, const AttestatoCriteria &criteria);

    // Codes: volunteers.output_dir (arg: folder), file.cannot_write, db.*
    core::Result<BatchOutcome> run(const BatchOptions &options,
        const std::function<void(const BatchProgress &)> &progress, const std::atomic_bool &cancel);

    // Index CSV: RFC 4180, comma, ISO dates. Its header names.
    static QStringList indexHeader();
    static QStringList indexRow(const AttestatoContent &content, const QString &fileName);
    static QString indexFileName() { return QStringLiteral("indice_attestati.csv"); }

private:
    QString m_path;
    QString m_operator;
    const core::Clock &m_clock;
};

} // namespace volunteers

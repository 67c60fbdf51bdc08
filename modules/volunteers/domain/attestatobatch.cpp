#include "volunteers/domain/attestatobatch.h"

#include "core/commands/commandrunner.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/domain/csv.h"
#include "core/domain/dates.h"
#include "core/domain/wholefile.h"
#include "volunteers/domain/attestatocommands.h"
#include "volunteers/domain/attestatodocument.h"
#include "volunteers/domain/attestatofiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSet>
#include <QThread>
#include <QThreadPool>

#include <cerrno>

namespace volunteers {

using core::Error;
using core::Result;

AttestatoBatch::AttestatoBatch(QString databasePath, core::SessionAccount account, const core::Clock &clock)
    : m_path(std::move(databasePath))
    , m_account(std::move(account))
    , m_clock(clock)
{
}

Result<BatchPreflight> AttestatoBatch::preflight(
    const QSqlDatabase &db, const AttestatoCriteria &criteria, const core::Clock &clock)
{
    BatchPreflight p;
    const AttestatoRegister reg(db, clock);
    auto pending = reg.pendingSummary(criteria);
    if (!pending)
        return pending.error();
    p.pending = *pending;
    auto closed = reg.closedWindows(criteria, clock.today(), 200);
    if (!closed)
        return closed.error();
    p.closedWindows = *closed;
    auto over = LimitMonitor(db).volunteersOverLimits(criteria.from, criteria.to);
    if (!over)
        return over.error();
    for (const VolunteerOverLimit &v : *over)
        if (v.uncertifiedDaysOver > 0)
            p.overLimits.append(v);
    auto q = core::runQuery(db,
        QStringLiteral(
            "SELECT DISTINCT v.last_name || ' ' || v.first_name || ' (' || v.tax_code || ')' FROM activation_effective "
            "a "
            "JOIN volunteer v ON v.id = a.volunteer_id WHERE v.employer_id IS NULL AND v.employment <> 'not_working' "
            "AND a.day >= ? AND a.day <= ? AND (? = 0 OR a.organisation_id = ?) AND (? = 0 OR a.event_id = ?) "
            "AND NOT EXISTS (SELECT 1 FROM attestato_day d WHERE d.activation_id = a.id) ORDER BY 1 LIMIT 200"),
        { core::toSqlDate(criteria.from.isValid() ? criteria.from : QDate(1, 1, 1)),
            criteria.to.isValid() ? core::toSqlDate(criteria.to) : QStringLiteral("9999-99-99"),
            criteria.organisationId, criteria.organisationId, criteria.eventId, criteria.eventId });
    if (!q)
        return q.error();
    while (q->next())
        p.withoutEmployer.append(q->value(0).toString());
    return p;
}

QStringList AttestatoBatch::indexHeader()
{
    return { QStringLiteral("number"), QStringLiteral("issued_on"), QStringLiteral("volunteer_tax_code"),
        QStringLiteral("volunteer_name"), QStringLiteral("organisation"), QStringLiteral("organisation_registry"),
        QStringLiteral("employer"), QStringLiteral("employer_tax_code"), QStringLiteral("employer_pec"),
        QStringLiteral("self_employed"), QStringLiteral("event"), QStringLiteral("event_type"),
        QStringLiteral("authorising_act"), QStringLiteral("first_day"), QStringLiteral("last_day"),
        QStringLiteral("days"), QStringLiteral("day_list"), QStringLiteral("over_limit_days"),
        QStringLiteral("reimbursement_deadline"), QStringLiteral("file"), QStringLiteral("reimbursement_closed") };
}

QStringList AttestatoBatch::indexRow(const AttestatoContent &c, const QString &fileName)
{
    QStringList days;
    for (const AttestatoDay &d : c.days)
        days.append(d.day.toString(Qt::ISODate));
    return { c.number, c.issuedOn.toString(Qt::ISODate), c.volunteerTaxCode, c.volunteerName, c.organisationName,
        c.organisationRegistry, c.employerName, c.employerTaxCode, c.employerPec,
        c.selfEmployed ? QStringLiteral("1") : QStringLiteral("0"), c.eventName, eventTypeCode(c.eventType),
        c.authorisingAct, c.firstDay().toString(Qt::ISODate), c.lastDay().toString(Qt::ISODate),
        QString::number(c.days.size()), days.join(QLatin1Char(' ')), QString::number(c.overLimitCount()),
        c.reimbursementDeadline.toString(Qt::ISODate), fileName,
        c.reimbursementClosed() ? QStringLiteral("1") : QStringLiteral("0") };
}

namespace {

QByteArray csvLine(const QStringList &fields)
{
    core::CsvWriter writer;
    writer.writeRow(fields);
    return writer.data();
}

} // namespace

Result<BatchOutcome> AttestatoBatch::run(const BatchOptions &options,
    const std::function<void(const BatchProgress &)> &progress, const std::atomic_bool &cancel)
{
    const AttestatoCriteria &criteria = options.criteria;
    if (!options.outputDir.isEmpty()) {
        QDir dir(options.outputDir);
        if (!dir.exists() && !QDir().mkpath(options.outputDir))
            return Error(QStringLiteral("volunteers.output_dir"), { options.outputDir });
        if (!QFileInfo(options.outputDir).isWritable())
            return Error(QStringLiteral("volunteers.output_dir"), { options.outputDir });
        // An earlier batch killed in the middle of a chunk left its
        // temporary files: its attestati were rolled back, so they go.
        AttestatoFiles::removeLeftovers(options.outputDir);
    }
    auto connection = core::openDatabase(m_path, core::OpenOptions { false, true, false, 1 });
    if (!connection)
        return connection.error();
    const QSqlDatabase db = connection->db();
    // Nobody signed in (no account): the first chunk is refused and audited.
    if (!m_account.username.isEmpty()) {
        core::Session session;
        session.account = m_account;
        session.signedInAtMs = m_clock.nowMs();
        core::beginSession(db, session);
    }
    // The session lives as long as this connection.
    const auto sessionGuard = qScopeGuard([&db] { core::endSession(db); });
    const core::CommandRunner runner(db, m_clock);
    AttestatoRegister reg(db, m_clock);

    BatchOutcome outcome;
    BatchRun batchRun;
    batchRun.options = options;
    batchRun.operatorName = m_account.username;
    batchRun.startedAtMs = m_clock.nowMs();

    auto summary = reg.pendingSummary(criteria);
    if (!summary)
        return summary.error();
    BatchProgress state;
    state.total = options.limit > 0 ? std::min(options.limit, summary->groups) : summary->groups;
    progress(state);

    // The index is written as the batch goes (QSaveFile: a temporary file,
    // renamed when the batch ends), so memory does not grow with it.
    std::unique_ptr<QSaveFile> index;
    const auto writeIndex = [&](const QByteArray &line) -> core::Status {
        errno = 0;
        if (index->write(line) != line.size())
            return core::abandonFile(*index, errno);
        return {};
    };
    if (!options.outputDir.isEmpty()) {
        outcome.indexFile = QDir(options.outputDir).filePath(indexFileName());
        index = std::make_unique<QSaveFile>(outcome.indexFile);
        if (!index->open(QIODevice::WriteOnly))
            return core::writeError(outcome.indexFile, errno, index->errorString());
        if (auto s = writeIndex(csvLine(indexHeader())); !s)
            return s.error();
    }

    // The render threads live as long as the batch: each keeps its fonts
    // and glyphs (Qt's font cache is per thread) from one attestato to the next.
    const int workers = options.workers > 0 ? options.workers : std::max(1, QThread::idealThreadCount());
    QThreadPool pool;
    pool.setMaxThreadCount(workers);
    pool.setExpiryTimeout(-1);
    std::unique_ptr<AttestatoFiles> files;
    if (!options.outputDir.isEmpty())
        files = std::make_unique<AttestatoFiles>(options.outputDir, workers > 1 ? &pool : nullptr,
            options.renderGroup > 0 ? options.renderGroup : AttestatoFiles::renderGroupSize());
    batchRun.files = files.get();

    Error failure;
    PendingGroup after;
    const int pageSize = 500;
    bool finished = false;
    while (!finished && failure.code.isEmpty()) {
        auto page = reg.pendingGroups(criteria, after, pageSize);
        if (!page) {
            failure = page.error();
            break;
        }
        if (page->isEmpty())
            break;
        after = page->constLast();
        for (qsizetype start = 0; start < page->size() && !finished && failure.code.isEmpty();
             start += options.chunkSize) {
            IssueAttestatiChunk chunk(batchRun, page->mid(start, options.chunkSize), cancel);
            const core::Status s = runner.run(chunk);
            outcome.skippedOverLimit += chunk.skippedOverLimit();
            outcome.skippedNoEmployer += chunk.skippedNoEmployer();
            finished = chunk.cancelled() || chunk.reachedLimit();
            if (chunk.cancelled())
                outcome.cancelled = true;
            if (!s) {
                if (s.error().code == QLatin1String("volunteers.chunk_empty"))
                    continue; // nothing issued, nothing recorded
                // Rolled back: the files of a chunk written before a failed
                // commit go too.
                if (files)
                    files->discard();
                failure = s.error();
                break;
            }
            if (files)
                files->clear(); // committed: they belong to the register
            batchRun.batchId = chunk.batchId();
            batchRun.issued += int(chunk.issued().size());
            // Committed: the index and the progress in number order.
            for (const AttestatoContent &c : chunk.issued()) {
                QString fileName;
                if (!options.outputDir.isEmpty()) {
                    fileName = attestatoFileName(c.number, c.volunteerTaxCode);
                    if (auto w = writeIndex(csvLine(indexRow(c, fileName))); !w) {
                        index.reset();
                        failure = w.error();
                        break;
                    }
                }
                outcome.pastReimbursement += c.reimbursementClosed() ? 1 : 0;
                if (outcome.firstNumber.isEmpty())
                    outcome.firstNumber = c.number;
                outcome.lastNumber = c.number;
                ++outcome.issued;
                state.done = outcome.issued;
                state.lastNumber = c.number;
                progress(state);
            }
        }
    }

    const QString endState = !failure.code.isEmpty() ? QStringLiteral("failed")
        : outcome.cancelled                          ? QStringLiteral("cancelled")
                                                     : QStringLiteral("completed");
    outcome.batchId = batchRun.batchId;
    if (outcome.batchId != 0) {
        FinishAttestatoBatch finish(outcome.batchId, endState, outcome.issued);
        (void)runner.run(finish); // the attestati stand even if their batch's end is not recorded
    }
    // The index lists what is in the register: nothing issued, no index.
    if (index && outcome.issued == 0 && !failure.code.isEmpty())
        (void)core::abandonFile(*index, 0);
    else if (index)
        if (auto s = core::commitWholeFile(*index); !s && failure.code.isEmpty())
            failure = s.error();
    if (!failure.code.isEmpty())
        return failure;
    return outcome;
}

} // namespace volunteers

#include "volunteers/domain/attestatobatch.h"

#include "core/db/connectionstate.h"
#include "core/db/database.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/csv.h"
#include "core/domain/dates.h"
#include "core/reporting/reportrenderer.h"
#include "volunteers/domain/attestatodocument.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <numeric>

namespace volunteers {

using core::Error;
using core::Result;

AttestatoBatch::AttestatoBatch(QString databasePath, QString operatorName, const core::Clock &clock)
    : m_path(std::move(databasePath))
    , m_operator(std::move(operatorName))
    , m_clock(clock)
{
}

Result<BatchPreflight> AttestatoBatch::preflight(const QSqlDatabase &db, const AttestatoCriteria &criteria)
{
    BatchPreflight p;
    auto pending = AttestatoRegister(db, core::SystemClock::instance()).pendingSummary(criteria);
    if (!pending)
        return pending.error();
    p.pending = *pending;
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
        QStringLiteral("reimbursement_deadline"), QStringLiteral("file") };
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
        c.reimbursementDeadline.toString(Qt::ISODate), fileName };
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
    }
    auto connection = core::openDatabase(m_path, core::OpenOptions { false, true, false, 1 });
    if (!connection)
        return connection.error();
    const QSqlDatabase db = connection->db();
    core::setSessionOperator(db, m_operator);
    AttestatoRegister reg(db, m_clock);
    LimitMonitor limits(db);

    BatchOutcome outcome;
    {
        core::Transaction tx(db);
        if (!tx)
            return tx.error();
        auto id = core::allocateRowId(db);
        if (!id)
            return id.error();
        auto q = core::runQuery(db,
            QStringLiteral("INSERT INTO attestato_batch(id, started_at, period_from, period_to, organisation_id, "
                           "event_id, output_dir, operator) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            { *id, m_clock.nowMs(), core::toSqlDate(criteria.from), core::toSqlDate(criteria.to),
                criteria.organisationId ? QVariant(criteria.organisationId) : QVariant(),
                criteria.eventId ? QVariant(criteria.eventId) : QVariant(), options.outputDir, m_operator });
        if (!q)
            return q.error();
        if (auto s = tx.commit(); !s)
            return s.error();
        outcome.batchId = *id;
    }

    auto summary = reg.pendingSummary(criteria);
    if (!summary)
        return summary.error();
    BatchProgress state;
    state.total = options.limit > 0 ? std::min(options.limit, summary->groups) : summary->groups;
    progress(state);

    // The index is written as the batch goes (QSaveFile: a temporary file,
    // renamed when the batch ends), so memory does not grow with it.
    std::unique_ptr<QSaveFile> index;
    if (!options.outputDir.isEmpty()) {
        outcome.indexFile = QDir(options.outputDir).filePath(indexFileName());
        index = std::make_unique<QSaveFile>(outcome.indexFile);
        if (!index->open(QIODevice::WriteOnly))
            return Error(QStringLiteral("file.cannot_write"), { outcome.indexFile, index->errorString() });
        index->write(csvLine(indexHeader()));
    }

    Error failure;
    qint64 lastVolunteer = 0;
    LimitAssessment assessment;
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
        // One chunk: issue in one transaction, then write the files.
        for (qsizetype start = 0; start < page->size() && !finished && failure.code.isEmpty();
             start += options.chunkSize) {
            QList<AttestatoContent> issued;
            {
                core::Transaction tx(db);
                if (!tx) {
                    failure = tx.error();
                    break;
                }
                const qsizetype end = std::min(page->size(), start + qsizetype(options.chunkSize));
                for (qsizetype i = start; i < end; ++i) {
                    if (cancel.load()) {
                        outcome.cancelled = true;
                        finished = true;
                        break;
                    }
                    if (options.limit > 0 && outcome.issued + int(issued.size()) >= options.limit) {
                        finished = true;
                        break;
                    }
                    const PendingGroup &g = page->at(i);
                    if (g.volunteerId != lastVolunteer) {
                        auto a = limits.assess(g.volunteerId);
                        if (!a) {
                            failure = a.error();
                            break;
                        }
                        assessment = *a;
                        lastVolunteer = g.volunteerId;
                    }
                    const QDate monthStart = core::fromSqlDate(g.month + QStringLiteral("-01"));
                    const QDate from = criteria.from.isValid() ? std::max(criteria.from, monthStart) : monthStart;
                    const QDate monthEnd = monthStart.addMonths(1).addDays(-1);
                    const QDate to = criteria.to.isValid() ? std::min(criteria.to, monthEnd) : monthEnd;
                    auto one = reg.issue(g.volunteerId, g.eventId, g.organisationId, from, to,
                        options.includeOverLimit ? OverLimitPolicy::Include : OverLimitPolicy::Refuse, outcome.batchId,
                        &assessment);
                    if (!one) {
                        if (one.error().code == QLatin1String("volunteers.over_limit"))
                            ++outcome.skippedOverLimit;
                        else if (one.error().code == QLatin1String("volunteers.no_employer"))
                            ++outcome.skippedNoEmployer;
                        else {
                            failure = one.error();
                            break;
                        }
                        continue;
                    }
                    issued.append(std::move(one->content));
                }
                if (!failure.code.isEmpty())
                    break; // the transaction rolls back: this chunk is not in the register
                if (auto s = tx.commit(); !s) {
                    failure = s.error();
                    break;
                }
            }
            // Committed: the files of this chunk, rendered on every core
            // (each document on its own QTextDocument and QPdfWriter), then
            // the index and the progress in number order.
            QList<Error> fileErrors(issued.size());
            if (!options.outputDir.isEmpty()) {
                QList<int> indexes(issued.size());
                std::iota(indexes.begin(), indexes.end(), 0);
                QtConcurrent::blockingMap(indexes, [&](int i) {
                    const AttestatoContent &c = issued.at(i);
                    const QString path
                        = QDir(options.outputDir).filePath(attestatoFileName(c.number, c.volunteerTaxCode));
                    if (auto s = core::ReportRenderer(attestatoDocument(c), QLocale(QLocale::Italian, QLocale::Italy))
                                     .writePdf(path);
                        !s)
                        fileErrors[i] = s.error();
                });
            }
            for (qsizetype i = 0; i < issued.size(); ++i) {
                const AttestatoContent &c = issued.at(i);
                QString fileName;
                if (!options.outputDir.isEmpty()) {
                    if (!fileErrors.at(i).code.isEmpty()) {
                        failure = fileErrors.at(i);
                        break;
                    }
                    fileName = attestatoFileName(c.number, c.volunteerTaxCode);
                    index->write(csvLine(indexRow(c, fileName)));
                }
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
    {
        core::Transaction tx(db);
        if (tx) {
            (void)core::runQuery(db,
                QStringLiteral("UPDATE attestato_batch SET finished_at = ?, state = ?, issued_count = ? WHERE id = ?"),
                { m_clock.nowMs(), endState, outcome.issued, outcome.batchId });
            (void)tx.commit();
        }
    }
    if (index && !index->commit() && failure.code.isEmpty())
        failure = Error(QStringLiteral("file.cannot_write"), { outcome.indexFile, index->errorString() });
    if (!failure.code.isEmpty())
        return failure;
    return outcome;
}

} // namespace volunteers

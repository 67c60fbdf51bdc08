#include "volunteers/domain/attestatocommands.h"

#include "core/auth/permissions.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/domain/dates.h"
#include "volunteers/domain/attestatofiles.h"

namespace volunteers {

using core::Error;
using core::Status;

IssueAttestato::IssueAttestato(qint64 volunteerId, qint64 eventId, qint64 organisationId, const QDate &from,
    const QDate &to, OverLimitPolicy policy)
    : m_volunteerId(volunteerId)
    , m_eventId(eventId)
    , m_organisationId(organisationId)
    , m_from(from)
    , m_to(to)
    , m_policy(policy)
{
}

QString IssueAttestato::permission() const
{
    return core::Permission::VolunteersAttestati;
}

Status IssueAttestato::check(const core::CommandContext &) const
{
    if (m_volunteerId <= 0)
        return Error(QStringLiteral("volunteers.unknown_volunteer"), { QString::number(m_volunteerId) });
    if (m_eventId <= 0)
        return Error(QStringLiteral("volunteers.unknown_event"));
    if (!m_from.isValid() || !m_to.isValid() || m_to < m_from)
        return Error(
            QStringLiteral("volunteers.bad_range"), { core::toItalianDate(m_from), core::toItalianDate(m_to) });
    return {};
}

Status IssueAttestato::apply(const core::CommandContext &context)
{
    auto issued = AttestatoRegister(context.db, context.clock)
                      .issue(m_volunteerId, m_eventId, m_organisationId, m_from, m_to, m_policy);
    if (!issued)
        return issued.error();
    m_issued = *issued;
    return {};
}

QString IssueAttestato::auditDetail() const
{
    return QStringLiteral("%1 %2").arg(m_issued.id).arg(m_issued.content.number);
}

IssueAttestatiChunk::IssueAttestatiChunk(BatchRun &run, QList<PendingGroup> groups, const std::atomic_bool &cancel)
    : m_run(run)
    , m_groups(std::move(groups))
    , m_cancel(cancel)
{
}

QString IssueAttestatiChunk::permission() const
{
    return core::Permission::VolunteersAttestati;
}

Status IssueAttestatiChunk::recordBatch(const core::CommandContext &context)
{
    auto id = core::allocateRowId(context.db);
    if (!id)
        return id.error();
    const AttestatoCriteria &criteria = m_run.options.criteria;
    auto q = core::runQuery(context.db,
        QStringLiteral("INSERT INTO attestato_batch(id, started_at, period_from, period_to, organisation_id, "
                       "event_id, output_dir, operator) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { *id, m_run.startedAtMs, core::toSqlDate(criteria.from), core::toSqlDate(criteria.to),
            criteria.organisationId ? QVariant(criteria.organisationId) : QVariant(),
            criteria.eventId ? QVariant(criteria.eventId) : QVariant(), m_run.options.outputDir, m_run.operatorName });
    if (!q)
        return q.error();
    m_batchId = *id;
    return {};
}

Status IssueAttestatiChunk::apply(const core::CommandContext &context)
{
    m_issued.clear();
    m_batchId = m_run.batchId;
    // The batch is recorded with its first attestati, in their transaction:
    // a batch that issues nothing (or fails before) leaves no trace.
    if (m_batchId == 0)
        if (auto s = recordBatch(context); !s)
            return s;
    const AttestatoCriteria &criteria = m_run.options.criteria;
    AttestatoRegister reg(context.db, context.clock);
    LimitMonitor limits(context.db);
    for (const PendingGroup &g : std::as_const(m_groups)) {
        if (m_cancel.load()) {
            m_cancelled = true;
            break;
        }
        if (m_run.options.limit > 0 && m_run.issued + int(m_issued.size()) >= m_run.options.limit) {
            m_reachedLimit = true;
            break;
        }
        if (g.volunteerId != m_run.assessedVolunteer) {
            auto a = limits.assess(g.volunteerId);
            if (!a)
                return a.error();
            m_run.assessment = *a;
            m_run.assessedVolunteer = g.volunteerId;
        }
        const QDate monthStart = core::fromSqlDate(g.month + QStringLiteral("-01"));
        const QDate from = criteria.from.isValid() ? std::max(criteria.from, monthStart) : monthStart;
        const QDate monthEnd = monthStart.addMonths(1).addDays(-1);
        const QDate to = criteria.to.isValid() ? std::min(criteria.to, monthEnd) : monthEnd;
        auto one = reg.issue(g.volunteerId, g.eventId, g.organisationId, from, to,
            m_run.options.includeOverLimit ? OverLimitPolicy::Include : OverLimitPolicy::Refuse, m_batchId,
            &m_run.assessment);
        if (!one) {
            if (one.error().code == QLatin1String("volunteers.over_limit"))
                ++m_skippedOverLimit;
            else if (one.error().code == QLatin1String("volunteers.no_employer"))
                ++m_skippedNoEmployer;
            else
                return one.error();
            continue;
        }
        if (m_run.files)
            m_run.files->add(one->content); // rendered on a worker while the next is numbered
        m_issued.append(std::move(one->content));
    }
    if (m_issued.isEmpty() && m_run.batchId == 0)
        return Error(QStringLiteral("volunteers.chunk_empty"));
    // The files of this chunk, before the commit: a file that cannot be
    // written takes the chunk's files away and the register stays as it was.
    if (m_run.files)
        if (auto s = m_run.files->finish(); !s)
            return s;
    return {};
}

QString IssueAttestatiChunk::auditDetail() const
{
    QString detail = QStringLiteral("batch %1, %2 issued").arg(m_batchId).arg(m_issued.size());
    if (!m_issued.isEmpty())
        detail += QStringLiteral(" (%1 – %2)").arg(m_issued.constFirst().number, m_issued.constLast().number);
    return detail;
}

QString FinishAttestatoBatch::permission() const
{
    return core::Permission::VolunteersAttestati;
}

Status FinishAttestatoBatch::apply(const core::CommandContext &context)
{
    auto q = core::runQuery(context.db,
        QStringLiteral("UPDATE attestato_batch SET finished_at = ?, state = ?, issued_count = ? WHERE id = ?"),
        { context.clock.nowMs(), m_state, m_issued, m_batchId });
    if (!q)
        return q.error();
    return {};
}

QString FinishAttestatoBatch::auditDetail() const
{
    return QStringLiteral("batch %1 %2, %3 issued").arg(m_batchId).arg(m_state).arg(m_issued);
}

} // namespace volunteers

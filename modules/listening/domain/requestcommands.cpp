#include "listening/domain/requestcommands.h"

#include "core/auth/permissions.h"

namespace listening {

namespace Permission = core::Permission;

namespace {
core::Status requestIsOpen(const core::CommandContext &context, qint64 requestId)
{
    return ListeningService(context.db, context.clock).checkOpen(requestId);
}
} // namespace

RegisterRequest::RegisterRequest(NewRequest request)
    : m_request(std::move(request))
{
}

QString RegisterRequest::permission() const
{
    return Permission::ListeningIntake;
}

core::Status RegisterRequest::apply(const core::CommandContext &context)
{
    auto id = ListeningService(context.db, context.clock).registerRequest(m_request);
    if (!id)
        return id.error();
    m_requestId = *id;
    return {};
}

AssignRequest::AssignRequest(qint64 requestId, qint64 psychologistId)
    : m_requestId(requestId)
    , m_psychologistId(psychologistId)
{
}

QString AssignRequest::permission() const
{
    return Permission::ListeningAssign;
}

core::Status AssignRequest::check(const core::CommandContext &context) const
{
    return requestIsOpen(context, m_requestId);
}

core::Status AssignRequest::apply(const core::CommandContext &context)
{
    const ListeningRepository repository(context.db);
    auto before = repository.assignments(m_requestId);
    if (!before)
        return before.error();
    m_previous = before->isEmpty() ? 0 : before->constLast().psychologistId;
    if (auto request = repository.request(m_requestId))
        m_requestCode = request->code;
    return ListeningService(context.db, context.clock).assign(m_requestId, m_psychologistId);
}

core::Status AssignRequest::revert(const core::CommandContext &context)
{
    // Refused like any assignment once the case is closed, or when the
    // previous psychologist has left the roster since.
    return ListeningService(context.db, context.clock).assign(m_requestId, m_previous);
}

QString AssignRequest::text() const
{
    return RequestCommandText::tr("assignment of request %1").arg(m_requestCode);
}

QString AssignRequest::auditDetail() const
{
    return QStringLiteral("%1 psychologist %2").arg(m_requestId).arg(m_psychologistId);
}

LogAttempt::LogAttempt(qint64 requestId, QDateTime at, AttemptOutcome outcome, qint64 psychologistId)
    : m_requestId(requestId)
    , m_at(std::move(at))
    , m_outcome(outcome)
    , m_psychologistId(psychologistId)
{
}

QString LogAttempt::permission() const
{
    return Permission::ListeningAttempt;
}

core::Status LogAttempt::check(const core::CommandContext &context) const
{
    return requestIsOpen(context, m_requestId);
}

core::Status LogAttempt::apply(const core::CommandContext &context)
{
    ListeningService service(context.db, context.clock);
    auto logged = service.logAttempt(m_requestId, m_at, m_outcome, m_psychologistId);
    if (!logged)
        return logged.error();
    m_logged = *logged;
    if (m_requestCode.isEmpty())
        if (auto request = ListeningRepository(context.db).request(m_requestId))
            m_requestCode = request->code;
    return {};
}

QString LogAttempt::auditDetail() const
{
    return QStringLiteral("%1 attempt %2").arg(m_requestId).arg(m_logged.attemptId);
}

core::Status LogAttempt::revert(const core::CommandContext &context)
{
    // Refused with listening.request_closed once the case was closed: a
    // closed case's calls are history.
    return ListeningService(context.db, context.clock).voidAttempt(m_logged.attemptId);
}

QString LogAttempt::text() const
{
    return RequestCommandText::tr("call for request %1").arg(m_requestCode);
}

VoidAttempt::VoidAttempt(qint64 attemptId)
    : m_attemptId(attemptId)
{
}

QString VoidAttempt::permission() const
{
    return Permission::ListeningAttempt;
}

core::Status VoidAttempt::apply(const core::CommandContext &context)
{
    return ListeningService(context.db, context.clock).voidAttempt(m_attemptId);
}

RecordEscalation::RecordEscalation(qint64 requestId, QDateTime calledAt, QString reason, qint64 psychologistId)
    : m_requestId(requestId)
    , m_calledAt(std::move(calledAt))
    , m_reason(std::move(reason))
    , m_psychologistId(psychologistId)
{
}

QString RecordEscalation::permission() const
{
    return Permission::ListeningEscalate;
}

core::Status RecordEscalation::check(const core::CommandContext &context) const
{
    return requestIsOpen(context, m_requestId);
}

core::Status RecordEscalation::apply(const core::CommandContext &context)
{
    auto id = ListeningService(context.db, context.clock)
                  .recordEscalation(m_requestId, m_calledAt, m_reason, m_psychologistId);
    if (!id)
        return id.error();
    m_escalationId = *id;
    return {};
}

QString RecordEscalation::auditDetail() const
{
    return QStringLiteral("%1 escalation %2").arg(m_requestId).arg(m_escalationId);
}

RecordOutcome::RecordOutcome(OutcomeInput outcome)
    : m_outcome(std::move(outcome))
{
}

QString RecordOutcome::permission() const
{
    return Permission::ListeningOutcome;
}

core::Status RecordOutcome::check(const core::CommandContext &context) const
{
    return requestIsOpen(context, m_outcome.requestId);
}

core::Status RecordOutcome::apply(const core::CommandContext &context)
{
    return ListeningService(context.db, context.clock).recordOutcome(m_outcome);
}

CloseUnreachable::CloseUnreachable(qint64 requestId, QString note)
    : m_requestId(requestId)
    , m_note(std::move(note))
{
}

QString CloseUnreachable::permission() const
{
    return Permission::ListeningCloseUnreachable;
}

core::Status CloseUnreachable::check(const core::CommandContext &context) const
{
    return requestIsOpen(context, m_requestId);
}

core::Status CloseUnreachable::apply(const core::CommandContext &context)
{
    return ListeningService(context.db, context.clock).closeUnreachable(m_requestId, m_note);
}

} // namespace listening

#include "listening/domain/listeningservice.h"

#include "core/auth/access.h"
#include "core/auth/vault.h"
#include "core/db/connectionstate.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"

namespace listening {

using core::Access;
using core::Error;
using core::Result;
using core::Status;
using core::Vault;
namespace Permission = core::Permission;

namespace {
QString isoLocal(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// Opens a sealed field for display; a damaged one reads as a marker, never
// as an error that would hide the rest of the case.
QString openField(const QSqlDatabase &db, const QByteArray &sealed, const QString &context)
{
    auto text = Vault::open(db, sealed, context);
    return text ? *text : QStringLiteral("\u26a0");
}
} // namespace

ListeningService::ListeningService(QSqlDatabase db, const core::Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_repository(m_db)
{
}

QString ListeningService::fieldContext(const QString &table, const QString &column, qint64 id)
{
    return QStringLiteral("%1.%2:%3").arg(table, column).arg(id);
}

Result<RequestRow> ListeningService::openRequest(qint64 requestId) const
{
    auto request = m_repository.request(requestId);
    if (!request)
        return request.error();
    if (!request->id)
        return Error(QStringLiteral("listening.unknown_request"), { QString::number(requestId) });
    auto outcome = m_repository.outcome(requestId);
    if (!outcome)
        return outcome.error();
    if (outcome->id)
        return Error(QStringLiteral("listening.request_closed"), { request->code });
    return request;
}

Status ListeningService::checkOpen(qint64 requestId) const
{
    auto request = openRequest(requestId);
    return request ? Status() : Status(request.error());
}

Status ListeningService::checkTime(const QDateTime &at, const RequestRow &request, const QString &tooEarlyCode) const
{
    if (!at.isValid())
        return Error(QStringLiteral("listening.no_time"));
    const qint64 ms = at.toMSecsSinceEpoch();
    if (ms < request.receivedAt)
        return Error(tooEarlyCode, { request.code, isoLocal(request.receivedAt), isoLocal(ms) });
    if (ms > m_clock.nowMs() + futureToleranceMs)
        return Error(QStringLiteral("listening.in_future"), { isoLocal(ms) });
    return {};
}

Status ListeningService::checkPsychologist(qint64 psychologistId, bool required) const
{
    if (!psychologistId)
        return required ? Status(Error(QStringLiteral("listening.no_psychologist"))) : Status();
    auto active = core::queryValue(
        m_db, QStringLiteral("SELECT active FROM listening_psychologist WHERE id = ?"), { psychologistId });
    if (!active)
        return active.error();
    if (!active->isValid())
        return Error(QStringLiteral("listening.unknown_psychologist"), { QString::number(psychologistId) });
    if (active->toInt() == 0)
        return Error(QStringLiteral("listening.inactive_psychologist"));
    return {};
}

Result<qint64> ListeningService::registerRequest(const NewRequest &n)
{
    if (auto s = Access::require(m_db, Permission::ListeningIntake, m_clock); !s)
        return s.error();
    if (auto s = checkCallbackPhone(n.callerPhone); !s)
        return s.error();
    if (n.callerName.size() > maxNameLength)
        return Error(QStringLiteral("listening.too_long"), { QString::number(maxNameLength) });
    if (n.reason.size() > maxReasonLength)
        return Error(QStringLiteral("listening.too_long"), { QString::number(maxReasonLength) });
    if (!n.receivedAt.isValid())
        return Error(QStringLiteral("listening.no_time"));
    const qint64 now = m_clock.nowMs();
    const qint64 received = n.receivedAt.toMSecsSinceEpoch();
    if (received > now + futureToleranceMs)
        return Error(QStringLiteral("listening.in_future"), { isoLocal(received) });
    if (received < now - oldestIntakeMs)
        return Error(QStringLiteral("listening.too_old"), { isoLocal(received) });
    if (n.comuneId) {
        auto known = core::queryValue(m_db, QStringLiteral("SELECT count(*) FROM comune WHERE id = ?"), { n.comuneId });
        if (!known)
            return known.error();
        if (known->toInt() == 0)
            return Error(QStringLiteral("reference.unknown_comune"), { QString::number(n.comuneId) });
    }
    auto vaultId = Vault::requireVaultFor(m_db, Permission::ListeningPersonalRead);
    if (!vaultId)
        return vaultId.error();

    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto id = core::allocateRowId(m_db);
    if (!id)
        return id.error();
    RequestRow row;
    row.id = *id;
    auto code = m_repository.nextCode(n.receivedAt.toLocalTime().date().year(), core::sessionWorkstation(m_db));
    if (!code)
        return code.error();
    row.code = *code;
    row.receivedAt = received;
    row.recordedAt = std::max(now, received);
    row.dueAt = Deadline::dueAt(received, n.urgency);
    row.callerKind = n.callerKind;
    row.urgency = n.urgency;
    row.comuneId = n.comuneId;
    row.vaultId = *vaultId;
    const QString table = QStringLiteral("listening_request");
    auto name = Vault::seal(
        m_db, row.vaultId, fieldContext(table, QStringLiteral("caller_name"), row.id), n.callerName.simplified());
    auto phone = Vault::seal(
        m_db, row.vaultId, fieldContext(table, QStringLiteral("caller_phone"), row.id), n.callerPhone.simplified());
    auto reason
        = Vault::seal(m_db, row.vaultId, fieldContext(table, QStringLiteral("reason"), row.id), n.reason.trimmed());
    if (!name || !phone || !reason)
        return !name ? name.error() : !phone ? phone.error() : reason.error();
    row.callerName = *name;
    row.callerPhone = *phone;
    row.reason = *reason;
    if (auto s = m_repository.insertRequest(row); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return row.id;
}

Status ListeningService::assign(qint64 requestId, qint64 psychologistId)
{
    if (auto s = Access::require(m_db, Permission::ListeningAssign, m_clock); !s)
        return s;
    auto request = openRequest(requestId);
    if (!request)
        return request.error();
    if (auto s = checkPsychologist(psychologistId, true); !s)
        return s;
    auto assignments = m_repository.assignments(requestId);
    if (!assignments)
        return assignments.error();
    if (!assignments->isEmpty() && assignments->constLast().psychologistId == psychologistId)
        return Error(QStringLiteral("listening.already_assigned"), { assignments->constLast().psychologist });
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto id = core::allocateRowId(m_db);
    if (!id)
        return id.error();
    if (auto s = m_repository.insertAssignment({ *id, requestId, psychologistId, {}, m_clock.nowMs() }); !s)
        return s;
    return tx.commit();
}

Result<AttemptLogged> ListeningService::logAttempt(
    qint64 requestId, const QDateTime &at, AttemptOutcome outcome, qint64 psychologistId)
{
    if (auto s = Access::require(m_db, Permission::ListeningAttempt, m_clock); !s)
        return s.error();
    if (outcome == AttemptOutcome::Void)
        return Error(QStringLiteral("listening.bad_outcome"));
    auto request = openRequest(requestId);
    if (!request)
        return request.error();
    if (auto s = checkTime(at, *request, QStringLiteral("listening.attempt_before_request")); !s)
        return s.error();
    if (auto s = checkPsychologist(psychologistId, false); !s)
        return s.error();
    auto attempts = m_repository.attempts(requestId);
    if (!attempts)
        return attempts.error();
    const bool raisedBefore = isRaisedToCoordinator(summarizeAttempts(*attempts));

    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto id = core::allocateRowId(m_db);
    if (!id)
        return id.error();
    const qint64 attemptedAt = at.toMSecsSinceEpoch();
    if (auto s = m_repository.insertAttempt(*id, requestId, psychologistId, attemptedAt, m_clock.nowMs(), outcome, 0);
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    attempts->append({ *id, attemptedAt, outcome, 0, psychologistId, {} });
    AttemptLogged logged;
    logged.attemptId = *id;
    logged.raisedToCoordinator = isRaisedToCoordinator(summarizeAttempts(*attempts));
    logged.raisedNow = logged.raisedToCoordinator && !raisedBefore;
    return logged;
}

Status ListeningService::voidAttempt(qint64 attemptId)
{
    if (auto s = Access::require(m_db, Permission::ListeningAttempt, m_clock); !s)
        return s;
    qint64 requestId = 0;
    auto original = m_repository.attempt(attemptId, &requestId);
    if (!original)
        return original.error();
    if (!original->id || original->outcome == AttemptOutcome::Void)
        return Error(QStringLiteral("listening.unknown_attempt"), { QString::number(attemptId) });
    auto request = openRequest(requestId);
    if (!request)
        return request.error();
    auto attempts = m_repository.attempts(requestId);
    if (!attempts)
        return attempts.error();
    for (const AttemptRecord &a : *attempts)
        if (a.outcome == AttemptOutcome::Void && a.voidsId == attemptId)
            return Error(QStringLiteral("listening.already_cancelled"));
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto id = core::allocateRowId(m_db);
    if (!id)
        return id.error();
    const qint64 now = m_clock.nowMs();
    if (auto s = m_repository.insertAttempt(
            *id, requestId, original->psychologistId, now, now, AttemptOutcome::Void, attemptId);
        !s)
        return s;
    return tx.commit();
}

Result<qint64> ListeningService::recordEscalation(
    qint64 requestId, const QDateTime &calledAt, const QString &reason, qint64 psychologistId)
{
    if (auto s = Access::require(m_db, Permission::ListeningEscalate, m_clock); !s)
        return s.error();
    auto request = openRequest(requestId);
    if (!request)
        return request.error();
    if (auto s = checkTime(calledAt, *request, QStringLiteral("listening.escalation_before_request")); !s)
        return s.error();
    if (reason.trimmed().isEmpty())
        return Error(QStringLiteral("listening.no_escalation_reason"));
    if (reason.size() > maxReasonLength)
        return Error(QStringLiteral("listening.too_long"), { QString::number(maxReasonLength) });
    if (auto s = checkPsychologist(psychologistId, false); !s)
        return s.error();
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto id = core::allocateRowId(m_db);
    if (!id)
        return id.error();
    EscalationRow row;
    row.id = *id;
    row.requestId = requestId;
    row.calledAt = calledAt.toMSecsSinceEpoch();
    row.recordedAt = m_clock.nowMs();
    row.psychologistId = psychologistId;
    row.vaultId = request->vaultId;
    auto sealed = Vault::seal(m_db, row.vaultId,
        fieldContext(QStringLiteral("listening_escalation"), QStringLiteral("reason"), row.id), reason.trimmed());
    if (!sealed)
        return sealed.error();
    row.reason = *sealed;
    if (auto s = m_repository.insertEscalation(row); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return row.id;
}

Status ListeningService::recordOutcome(const OutcomeInput &in)
{
    if (auto s = Access::require(m_db, Permission::ListeningOutcome, m_clock); !s)
        return s;
    if (in.disposition == Disposition::Unreachable)
        return Error(QStringLiteral("listening.bad_outcome"));
    auto request = openRequest(in.requestId);
    if (!request)
        return request.error();
    if (auto s = checkTime(in.closedAt, *request, QStringLiteral("listening.closed_before_request")); !s)
        return s;
    auto attempts = m_repository.attempts(in.requestId);
    if (!attempts)
        return attempts.error();
    const AttemptSummary summary = summarizeAttempts(*attempts);
    if (!summary.reached)
        return Error(QStringLiteral("listening.not_reached"), { request->code });
    const QStringList known = needCodes();
    for (const QString &need : in.needs)
        if (!known.contains(need))
            return Error(QStringLiteral("listening.unknown_need"), { need });
    if (in.disposition == Disposition::Referral && in.referralService.trimmed().isEmpty())
        return Error(QStringLiteral("listening.no_referral_service"));
    if (in.disposition == Disposition::Escalation118) {
        auto escalations = m_repository.escalations(in.requestId);
        if (!escalations)
            return escalations.error();
        if (escalations->isEmpty())
            return Error(QStringLiteral("listening.no_escalation"), { request->code });
    }
    if (in.notes.size() > maxNotesLength)
        return Error(QStringLiteral("listening.too_long"), { QString::number(maxNotesLength) });
    if (auto s = checkPsychologist(in.psychologistId, false); !s)
        return s;

    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto id = core::allocateRowId(m_db);
    if (!id)
        return id.error();
    OutcomeRow row;
    row.id = *id;
    row.requestId = in.requestId;
    row.closedAt = in.closedAt.toMSecsSinceEpoch();
    row.recordedAt = m_clock.nowMs();
    row.psychologistId = in.psychologistId;
    row.disposition = in.disposition;
    row.needs = in.needs;
    row.needs.removeDuplicates();
    row.referralService = in.disposition == Disposition::Referral ? in.referralService.simplified() : QString();
    row.vaultId = request->vaultId;
    auto notes = Vault::seal(m_db, row.vaultId,
        fieldContext(QStringLiteral("listening_outcome"), QStringLiteral("notes"), row.id), in.notes.trimmed());
    if (!notes)
        return notes.error();
    row.notes = *notes;
    if (auto s = m_repository.insertOutcome(row); !s)
        return s;
    return tx.commit();
}

Status ListeningService::closeUnreachable(qint64 requestId, const QString &note)
{
    if (auto s = Access::require(m_db, Permission::ListeningCloseUnreachable, m_clock); !s)
        return s;
    auto request = openRequest(requestId);
    if (!request)
        return request.error();
    auto attempts = m_repository.attempts(requestId);
    if (!attempts)
        return attempts.error();
    const AttemptSummary summary = summarizeAttempts(*attempts);
    if (!isRaisedToCoordinator(summary))
        return Error(QStringLiteral("listening.not_raised"),
            { request->code, QString::number(summary.failed), QString::number(failedAttemptsBeforeRaise) });
    if (note.size() > maxNotesLength)
        return Error(QStringLiteral("listening.too_long"), { QString::number(maxNotesLength) });
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto id = core::allocateRowId(m_db);
    if (!id)
        return id.error();
    OutcomeRow row;
    row.id = *id;
    row.requestId = requestId;
    row.closedAt = row.recordedAt = m_clock.nowMs();
    row.disposition = Disposition::Unreachable;
    row.vaultId = request->vaultId;
    auto notes = Vault::seal(m_db, row.vaultId,
        fieldContext(QStringLiteral("listening_outcome"), QStringLiteral("notes"), row.id), note.trimmed());
    if (!notes)
        return notes.error();
    row.notes = *notes;
    if (auto s = m_repository.insertOutcome(row); !s)
        return s;
    return tx.commit();
}

Result<RequestDetail> ListeningService::detail(qint64 requestId) const
{
    if (auto s = Access::require(m_db, Permission::ListeningView, m_clock); !s)
        return s.error();
    auto request = m_repository.request(requestId);
    if (!request)
        return request.error();
    if (!request->id)
        return Error(QStringLiteral("listening.unknown_request"), { QString::number(requestId) });
    RequestDetail d;
    d.request = *request;
    auto assignments = m_repository.assignments(requestId);
    auto attempts = m_repository.attempts(requestId);
    auto escalations = m_repository.escalations(requestId);
    auto outcome = m_repository.outcome(requestId);
    if (!assignments || !attempts || !escalations || !outcome)
        return !assignments ? assignments.error()
            : !attempts     ? attempts.error()
            : !escalations  ? escalations.error()
                            : outcome.error();
    d.assignments = *assignments;
    d.attempts = *attempts;
    d.escalations = *escalations;
    d.outcome = *outcome;
    d.summary = summarizeAttempts(d.attempts);
    d.raised = !d.outcome.id && isRaisedToCoordinator(d.summary);
    d.deadline
        = deadlineStatus(d.request.receivedAt, d.request.dueAt, m_clock.nowMs(), d.summary.reached || d.outcome.id);
    d.personalVisible = Vault::canOpen(m_db, Permission::ListeningPersonalRead);
    if (d.personalVisible) {
        const QString table = QStringLiteral("listening_request");
        d.callerName
            = openField(m_db, d.request.callerName, fieldContext(table, QStringLiteral("caller_name"), requestId));
        d.callerPhone
            = openField(m_db, d.request.callerPhone, fieldContext(table, QStringLiteral("caller_phone"), requestId));
        d.reason = openField(m_db, d.request.reason, fieldContext(table, QStringLiteral("reason"), requestId));
        for (const EscalationRow &e : d.escalations)
            d.escalationReasons.append(openField(
                m_db, e.reason, fieldContext(QStringLiteral("listening_escalation"), QStringLiteral("reason"), e.id)));
        if (d.outcome.id)
            d.outcomeNotes = openField(m_db, d.outcome.notes,
                fieldContext(QStringLiteral("listening_outcome"), QStringLiteral("notes"), d.outcome.id));
    }
    return d;
}

} // namespace listening

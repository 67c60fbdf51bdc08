#include "listening/domain/listeningrepository.h"

#include "core/db/numberfloor.h"
#include "core/db/sql.h"

namespace listening {

using core::Error;
using core::Result;
using core::runQuery;
using core::Status;

namespace {
const QString requestColumns = QStringLiteral(
    "SELECT r.id, r.code, r.received_at, r.recorded_at, r.due_at, r.caller_kind, r.urgency, coalesce(r.comune_id, 0), "
    "coalesce(c.name, ''), r.vault_id, r.caller_name, r.caller_phone, r.reason "
    "FROM listening_request r LEFT JOIN comune c ON c.id = r.comune_id ");
const QString openOnly = QStringLiteral("NOT EXISTS (SELECT 1 FROM listening_outcome o WHERE o.request_id = r.id)");

RequestRow readRequest(const QSqlQuery &q)
{
    RequestRow r;
    r.id = q.value(0).toLongLong();
    r.code = q.value(1).toString();
    r.receivedAt = q.value(2).toLongLong();
    r.recordedAt = q.value(3).toLongLong();
    r.dueAt = q.value(4).toLongLong();
    r.callerKind = callerKindFromCode(q.value(5).toString()).value_or(CallerKind::Citizen);
    r.urgency = urgencyFromCode(q.value(6).toString()).value_or(Urgency::Normal);
    r.comuneId = q.value(7).toInt();
    r.comune = q.value(8).toString();
    r.vaultId = q.value(9).toLongLong();
    r.callerName = q.value(10).toByteArray();
    r.callerPhone = q.value(11).toByteArray();
    r.reason = q.value(12).toByteArray();
    return r;
}

AttemptRecord readAttempt(const QSqlQuery &q, int first)
{
    AttemptRecord a;
    a.id = q.value(first).toLongLong();
    a.attemptedAt = q.value(first + 1).toLongLong();
    a.outcome = attemptOutcomeFromCode(q.value(first + 2).toString()).value_or(AttemptOutcome::NoAnswer);
    a.voidsId = q.value(first + 3).toLongLong();
    a.psychologistId = q.value(first + 4).toLongLong();
    a.psychologist = q.value(first + 5).toString();
    return a;
}

QVariant nullableId(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}
} // namespace

Result<QString> ListeningRepository::nextCode(int year, int workstation) const
{
    const QString prefix = QStringLiteral("AS-%1-%2-").arg(year % 100, 2, 10, QLatin1Char('0')).arg(workstation);
    QString upper = prefix;
    upper.chop(1);
    upper.append(QLatin1Char('.')); // '.' sorts right after '-': the range covers exactly this prefix
    auto last = core::queryValue(m_db,
        QStringLiteral(
            "SELECT max(CAST(substr(code, ?) AS INTEGER)) FROM listening_request WHERE code >= ? AND code < ?"),
        { prefix.size() + 1, prefix, upper });
    if (!last)
        return last.error();
    // Past the codes already handed out before a restore (numberfloor.h).
    const qint64 highest
        = std::max(last->toLongLong(), core::numberFloor(m_db, QStringLiteral("listening_request"), prefix));
    return prefix + QStringLiteral("%1").arg(highest + 1, 4, 10, QLatin1Char('0'));
}

Status ListeningRepository::insertRequest(const RequestRow &r)
{
    auto q = runQuery(m_db,
        QStringLiteral("INSERT INTO listening_request(id, code, received_at, recorded_at, due_at, caller_kind, "
                       "urgency, comune_id, "
                       "vault_id, caller_name, caller_phone, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { r.id, r.code, r.receivedAt, r.recordedAt, r.dueAt, callerKindCode(r.callerKind), urgencyCode(r.urgency),
            r.comuneId ? QVariant(r.comuneId) : QVariant(), r.vaultId, r.callerName, r.callerPhone, r.reason });
    return q ? Status() : Status(q.error());
}

Status ListeningRepository::insertAssignment(const AssignmentRow &a)
{
    auto q = runQuery(m_db,
        QStringLiteral(
            "INSERT INTO listening_assignment(id, request_id, psychologist_id, assigned_at) VALUES (?, ?, ?, ?)"),
        { a.id, a.requestId, a.psychologistId, a.assignedAt });
    return q ? Status() : Status(q.error());
}

Status ListeningRepository::insertAttempt(qint64 id, qint64 requestId, qint64 psychologistId, qint64 attemptedAt,
    qint64 recordedAt, AttemptOutcome outcome, qint64 voidsId)
{
    auto q = runQuery(m_db,
        QStringLiteral("INSERT INTO listening_attempt(id, request_id, psychologist_id, attempted_at, recorded_at, "
                       "outcome, voids_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { id, requestId, nullableId(psychologistId), attemptedAt, recordedAt, attemptOutcomeCode(outcome),
            nullableId(voidsId) });
    return q ? Status() : Status(q.error());
}

Status ListeningRepository::insertEscalation(const EscalationRow &e)
{
    auto q = runQuery(m_db,
        QStringLiteral("INSERT INTO listening_escalation(id, request_id, called_at, recorded_at, psychologist_id, "
                       "vault_id, reason) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { e.id, e.requestId, e.calledAt, e.recordedAt, nullableId(e.psychologistId), e.vaultId, e.reason });
    return q ? Status() : Status(q.error());
}

Status ListeningRepository::insertOutcome(const OutcomeRow &o)
{
    auto q = runQuery(m_db,
        QStringLiteral("INSERT INTO listening_outcome(id, request_id, closed_at, recorded_at, psychologist_id, "
                       "disposition, needs, "
                       "referral_service, vault_id, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { o.id, o.requestId, o.closedAt, o.recordedAt, nullableId(o.psychologistId), dispositionCode(o.disposition),
            o.needs.join(QLatin1Char(',')), o.referralService, o.vaultId, o.notes });
    return q ? Status() : Status(q.error());
}

Result<RequestRow> ListeningRepository::request(qint64 id) const
{
    auto q = runQuery(m_db, requestColumns + QStringLiteral("WHERE r.id = ?"), { id });
    if (!q)
        return q.error();
    return q->next() ? readRequest(*q) : RequestRow();
}

Result<QList<AttemptRecord>> ListeningRepository::attempts(qint64 requestId) const
{
    auto q = runQuery(m_db,
        QStringLiteral("SELECT t.id, t.attempted_at, t.outcome, coalesce(t.voids_id, 0), coalesce(t.psychologist_id, "
                       "0), coalesce(p.name, '') "
                       "FROM listening_attempt t LEFT JOIN listening_psychologist p ON p.id = t.psychologist_id "
                       "WHERE t.request_id = ? ORDER BY t.attempted_at, t.id"),
        { requestId });
    if (!q)
        return q.error();
    QList<AttemptRecord> list;
    while (q->next())
        list.append(readAttempt(*q, 0));
    return list;
}

Result<AttemptRecord> ListeningRepository::attempt(qint64 attemptId, qint64 *requestId) const
{
    auto q = runQuery(m_db,
        QStringLiteral("SELECT t.request_id, t.id, t.attempted_at, t.outcome, coalesce(t.voids_id, 0), "
                       "coalesce(t.psychologist_id, 0), '' "
                       "FROM listening_attempt t WHERE t.id = ?"),
        { attemptId });
    if (!q)
        return q.error();
    if (!q->next())
        return AttemptRecord();
    *requestId = q->value(0).toLongLong();
    return readAttempt(*q, 1);
}

Result<QList<AssignmentRow>> ListeningRepository::assignments(qint64 requestId) const
{
    auto q = runQuery(m_db,
        QStringLiteral(
            "SELECT a.id, a.request_id, a.psychologist_id, p.name, a.assigned_at FROM listening_assignment a "
            "JOIN listening_psychologist p ON p.id = a.psychologist_id WHERE a.request_id = ? ORDER BY a.assigned_at, "
            "a.id"),
        { requestId });
    if (!q)
        return q.error();
    QList<AssignmentRow> list;
    while (q->next())
        list.append({ q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
            q->value(3).toString(), q->value(4).toLongLong() });
    return list;
}

Result<QList<EscalationRow>> ListeningRepository::escalations(qint64 requestId) const
{
    auto q = runQuery(m_db,
        QStringLiteral("SELECT e.id, e.request_id, e.called_at, e.recorded_at, coalesce(e.psychologist_id, 0), "
                       "coalesce(p.name, ''), "
                       "e.vault_id, e.reason FROM listening_escalation e LEFT JOIN listening_psychologist p ON p.id = "
                       "e.psychologist_id "
                       "WHERE e.request_id = ? ORDER BY e.called_at, e.id"),
        { requestId });
    if (!q)
        return q.error();
    QList<EscalationRow> list;
    while (q->next())
        list.append({ q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
            q->value(3).toLongLong(), q->value(4).toLongLong(), q->value(5).toString(), q->value(6).toLongLong(),
            q->value(7).toByteArray() });
    return list;
}

Result<OutcomeRow> ListeningRepository::outcome(qint64 requestId) const
{
    auto q = runQuery(m_db,
        QStringLiteral("SELECT o.id, o.request_id, o.closed_at, o.recorded_at, coalesce(o.psychologist_id, 0), "
                       "coalesce(p.name, ''), "
                       "o.disposition, o.needs, o.referral_service, o.vault_id, o.notes FROM listening_outcome o "
                       "LEFT JOIN listening_psychologist p ON p.id = o.psychologist_id WHERE o.request_id = ?"),
        { requestId });
    if (!q)
        return q.error();
    OutcomeRow o;
    if (!q->next())
        return o;
    o.id = q->value(0).toLongLong();
    o.requestId = q->value(1).toLongLong();
    o.closedAt = q->value(2).toLongLong();
    o.recordedAt = q->value(3).toLongLong();
    o.psychologistId = q->value(4).toLongLong();
    o.psychologist = q->value(5).toString();
    o.disposition = dispositionFromCode(q->value(6).toString()).value_or(Disposition::Support);
    o.needs = q->value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    o.referralService = q->value(8).toString();
    o.vaultId = q->value(9).toLongLong();
    o.notes = q->value(10).toByteArray();
    return o;
}

Result<QList<RequestRow>> ListeningRepository::openRequests() const
{
    auto q = runQuery(
        m_db, requestColumns + QStringLiteral("WHERE ") + openOnly + QStringLiteral(" ORDER BY r.due_at, r.id"));
    if (!q)
        return q.error();
    QList<RequestRow> list;
    while (q->next())
        list.append(readRequest(*q));
    return list;
}

Result<QHash<qint64, QList<AttemptRecord>>> ListeningRepository::attemptsOfOpenRequests() const
{
    auto q = runQuery(m_db,
        QStringLiteral("SELECT t.request_id, t.id, t.attempted_at, t.outcome, coalesce(t.voids_id, 0), "
                       "coalesce(t.psychologist_id, 0), "
                       "coalesce(p.name, '') FROM listening_attempt t JOIN listening_request r ON r.id = t.request_id "
                       "LEFT JOIN listening_psychologist p ON p.id = t.psychologist_id WHERE ")
            + openOnly + QStringLiteral(" ORDER BY t.request_id, t.attempted_at, t.id"));
    if (!q)
        return q.error();
    QHash<qint64, QList<AttemptRecord>> map;
    while (q->next())
        map[q->value(0).toLongLong()].append(readAttempt(*q, 1));
    return map;
}

Result<QHash<qint64, AssignmentRow>> ListeningRepository::currentAssignmentsOfOpenRequests() const
{
    auto q = runQuery(m_db,
        QStringLiteral(
            "SELECT a.id, a.request_id, a.psychologist_id, p.name, a.assigned_at FROM listening_assignment a "
            "JOIN listening_request r ON r.id = a.request_id JOIN listening_psychologist p ON p.id = a.psychologist_id "
            "WHERE ")
            + openOnly + QStringLiteral(" ORDER BY a.request_id, a.assigned_at, a.id"));
    if (!q)
        return q.error();
    QHash<qint64, AssignmentRow> map; // the latest wins: rows come in time order
    while (q->next())
        map.insert(q->value(1).toLongLong(),
            { q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(), q->value(3).toString(),
                q->value(4).toLongLong() });
    return map;
}

Result<QHash<qint64, int>> ListeningRepository::escalationCountsOfOpenRequests() const
{
    auto q = runQuery(m_db,
        QStringLiteral("SELECT e.request_id, count(*) FROM listening_escalation e JOIN listening_request r ON r.id = "
                       "e.request_id WHERE ")
            + openOnly + QStringLiteral(" GROUP BY e.request_id"));
    if (!q)
        return q.error();
    QHash<qint64, int> map;
    while (q->next())
        map.insert(q->value(0).toLongLong(), q->value(1).toInt());
    return map;
}

} // namespace listening

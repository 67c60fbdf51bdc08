#pragma once

#include "core/domain/result.h"
#include "listening/domain/casestate.h"
#include "listening/domain/listeningtypes.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace listening {

// A request as stored: the personal fields are sealed bytes (vault.h).
struct RequestRow {
    qint64 id = 0;
    QString code;
    qint64 receivedAt = 0;
    qint64 recordedAt = 0;
    qint64 dueAt = 0;
    CallerKind callerKind = CallerKind::Citizen;
    Urgency urgency = Urgency::Normal;
    int comuneId = 0;
    QString comune;
    qint64 vaultId = 0;
    QByteArray callerName;
    QByteArray callerPhone;
    QByteArray reason;
};

struct AssignmentRow {
    qint64 id = 0;
    qint64 requestId = 0;
    qint64 psychologistId = 0;
    QString psychologist;
    qint64 assignedAt = 0;
};

struct EscalationRow {
    qint64 id = 0;
    qint64 requestId = 0;
    qint64 calledAt = 0;
    qint64 recordedAt = 0;
    qint64 psychologistId = 0;
    QString psychologist;
    qint64 vaultId = 0;
    QByteArray reason;
};

struct OutcomeRow {
    qint64 id = 0;
    qint64 requestId = 0;
    qint64 closedAt = 0;
    qint64 recordedAt = 0;
    qint64 psychologistId = 0;
    QString psychologist;
    Disposition disposition = Disposition::Support;
    QStringList needs;
    QString referralService;
    qint64 vaultId = 0;
    QByteArray notes;
};

// SQL of the listening line: prepared statements, no rules. Writes run in
// the caller's transaction (ListeningService). GUI thread's connection or
// a worker's own.
class ListeningRepository {
public:
    explicit ListeningRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // "AS-21-1-0042": year, workstation, sequence; unique across workstations.
    core::Result<QString> nextCode(int year, int workstation) const;
    core::Status insertRequest(const RequestRow &row);
    core::Status insertAssignment(const AssignmentRow &row);
    core::Status insertAttempt(qint64 id, qint64 requestId, qint64 psychologistId, qint64 attemptedAt,
        qint64 recordedAt, AttemptOutcome outcome, qint64 voidsId);
    core::Status insertEscalation(const EscalationRow &row);
    core::Status insertOutcome(const OutcomeRow &row);

    // id 0 when there is no such request.
    core::Result<RequestRow> request(qint64 id) const;
    core::Result<QList<AttemptRecord>> attempts(qint64 requestId) const;
    core::Result<AttemptRecord> attempt(qint64 attemptId, qint64 *requestId) const;
    core::Result<QList<AssignmentRow>> assignments(qint64 requestId) const;
    core::Result<QList<EscalationRow>> escalations(qint64 requestId) const;
    // id 0 while the request is open.
    core::Result<OutcomeRow> outcome(qint64 requestId) const;

    // The open requests (no outcome yet) by deadline, and what belongs to them.
    core::Result<QList<RequestRow>> openRequests() const;
    core::Result<QHash<qint64, QList<AttemptRecord>>> attemptsOfOpenRequests() const;
    core::Result<QHash<qint64, AssignmentRow>> currentAssignmentsOfOpenRequests() const;
    core::Result<QHash<qint64, int>> escalationCountsOfOpenRequests() const;


private:
    QSqlDatabase m_db;
};

} // namespace listening

#include "listening/domain/callbackqueue.h"

#include "core/auth/permissions.h"
#include "core/auth/vault.h"
#include "listening/domain/listeningrepository.h"
#include "listening/domain/listeningservice.h"

#include <algorithm>

namespace listening {

core::Result<QList<QueueEntry>> CallbackQueue::load(const QSqlDatabase &db, qint64 nowMs, bool withPersonal)
{
    const ListeningRepository repository(db);
    auto requests = repository.openRequests();
    if (!requests)
        return requests.error();
    auto attempts = repository.attemptsOfOpenRequests();
    if (!attempts)
        return attempts.error();
    auto assignments = repository.currentAssignmentsOfOpenRequests();
    if (!assignments)
        return assignments.error();
    auto escalations = repository.escalationCountsOfOpenRequests();
    if (!escalations)
        return escalations.error();
    const bool personal = withPersonal && core::Vault::canOpen(db, core::Permission::ListeningPersonalRead);
    const QString table = QStringLiteral("listening_request");

    QList<QueueEntry> entries;
    entries.reserve(requests->size());
    for (const RequestRow &r : *requests) {
        QueueEntry e;
        e.requestId = r.id;
        e.code = r.code;
        e.receivedAt = r.receivedAt;
        e.dueAt = r.dueAt;
        e.urgency = r.urgency;
        e.callerKind = r.callerKind;
        e.comune = r.comune;
        const AssignmentRow assignment = assignments->value(r.id);
        e.psychologistId = assignment.psychologistId;
        e.psychologist = assignment.psychologist;
        e.attempts = summarizeAttempts(attempts->value(r.id));
        e.raised = isRaisedToCoordinator(e.attempts);
        e.escalations = escalations->value(r.id);
        e.deadline = deadlineStatus(r.receivedAt, r.dueAt, nowMs, e.attempts.reached);
        if (personal) {
            e.personalVisible = true;
            auto open = [&](const QByteArray &sealed, const QString &column) {
                auto text = core::Vault::open(db, sealed, ListeningService::fieldContext(table, column, r.id));
                return text ? *text : QStringLiteral("\u26a0");
            };
            e.callerName = open(r.callerName, QStringLiteral("caller_name"));
            e.callerPhone = open(r.callerPhone, QStringLiteral("caller_phone"));
            e.reason = open(r.reason, QStringLiteral("reason"));
        }
        entries.append(e);
    }
    // Still to call back first, by deadline; then those reached.
    std::stable_sort(entries.begin(), entries.end(), [](const QueueEntry &a, const QueueEntry &b) {
        if (a.attempts.reached != b.attempts.reached)
            return !a.attempts.reached;
        if (!a.attempts.reached)
            return a.dueAt < b.dueAt;
        return a.receivedAt < b.receivedAt;
    });
    return entries;
}

QueueCounts CallbackQueue::count(const QList<QueueEntry> &entries)
{
    QueueCounts c;
    for (const QueueEntry &e : entries) {
        ++c.open;
        if (!e.attempts.reached)
            ++c.waiting;
        switch (e.deadline.stage) {
        case DeadlineStage::Overdue:
            ++c.overdue;
            break;
        case DeadlineStage::Past24h:
            ++c.past24h;
            break;
        case DeadlineStage::DueSoon:
            ++c.dueSoon;
            break;
        case DeadlineStage::OnTime:
        case DeadlineStage::CalledBack:
            break;
        }
        if (e.raised)
            ++c.raised;
    }
    return c;
}

core::Result<QueueCounts> CallbackQueue::counts(const QSqlDatabase &db, qint64 nowMs)
{
    auto entries = load(db, nowMs, false);
    if (!entries)
        return entries.error();
    return count(*entries);
}

} // namespace listening

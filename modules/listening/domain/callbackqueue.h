#pragma once

#include "core/domain/result.h"
#include "listening/domain/callbackdeadline.h"
#include "listening/domain/casestate.h"
#include "listening/domain/listeningtypes.h"

#include <QList>
#include <QSqlDatabase>

namespace listening {

// One open request in the callback queue.
struct QueueEntry {
    qint64 requestId = 0;
    QString code;
    qint64 receivedAt = 0;
    qint64 dueAt = 0;
    Urgency urgency = Urgency::Normal;
    CallerKind callerKind = CallerKind::Citizen;
    QString comune;
    qint64 psychologistId = 0;
    QString psychologist;
    AttemptSummary attempts;
    bool raised = false; // with the coordinator after failed attempts
    int escalations = 0;
    DeadlineStatus deadline;
    // Opened only when the session may read callers' data.
    bool personalVisible = false;
    QString callerName;
    QString callerPhone;
    QString reason;
};

struct QueueCounts {
    int open = 0;
    int waiting = 0; // not yet called back
    int overdue = 0; // past their deadline, not called back
    int past24h = 0; // normal requests beyond 24 h, not yet overdue
    int dueSoon = 0;
    int raised = 0;
};

// The callback queue: every request without an outcome, those still to be
// called back first, by deadline (the most urgent on top), then those
// reached and waiting for the interview outcome. Nothing leaves the queue
// but an outcome: failed callbacks stay, raised to the coordinator.
class CallbackQueue {
public:
    // withPersonal: open the callers' names and phones (only when the
    // session holds the key; otherwise they stay closed).
    static core::Result<QList<QueueEntry>> load(const QSqlDatabase &db, qint64 nowMs, bool withPersonal);
    static QueueCounts count(const QList<QueueEntry> &entries);
    // Counts without opening anything (Cruscotto, status bar).
    static core::Result<QueueCounts> counts(const QSqlDatabase &db, qint64 nowMs);
};

} // namespace listening

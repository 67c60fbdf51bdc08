#pragma once

#include "core/domain/result.h"
#include "listening/domain/listeningtypes.h"

#include <QList>

namespace listening {

// One row of the attempts ledger.
struct AttemptRecord {
    qint64 id = 0;
    qint64 attemptedAt = 0;
    AttemptOutcome outcome = AttemptOutcome::NoAnswer;
    qint64 voidsId = 0;
    qint64 psychologistId = 0;
    QString psychologist;
};

// What the attempts of a case add up to, cancelled entries left out.
struct AttemptSummary {
    int total = 0; // attempts that count (not cancelled)
    int noAnswer = 0;
    int wrongNumber = 0;
    int failed = 0; // no answer + wrong number
    bool reached = false;
    qint64 firstReachedAt = 0;
    qint64 lastAttemptAt = 0;
    std::optional<AttemptOutcome> lastOutcome;
};

AttemptSummary summarizeAttempts(const QList<AttemptRecord> &attempts);

// After this many failed attempts (or any wrong number) a case is raised to
// the coordinator. It stays in the queue, highlighted, until the caller is
// reached or a coordinator closes it as unreachable: never dropped.
constexpr int failedAttemptsBeforeRaise = 3;
bool isRaisedToCoordinator(const AttemptSummary &summary);

// A phone number as the operator typed it ("02 7740-5555", "+39 333 123
// 4567") without spaces and punctuation; empty when it has letters or
// other characters.
QString normalizePhone(const QString &typed);
// 6 to 15 digits (E.164 at most), an optional leading +.
bool isCallablePhone(const QString &normalized);
// Checks the way to call back. Codes: listening.no_callback, listening.bad_phone.
core::Status checkCallbackPhone(const QString &typed);

} // namespace listening

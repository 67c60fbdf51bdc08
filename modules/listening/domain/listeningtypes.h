#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace listening {

// Who left the message.
enum class CallerKind { Citizen, Volunteer, Relative };
// Urgent: call back within 24 hours; normal: within 48 hours.
enum class Urgency { Normal, Urgent };
// A callback attempt; Void cancels a mistaken entry (append-only ledger).
enum class AttemptOutcome { Reached, NoAnswer, WrongNumber, Void };
// How a case was closed.
enum class Disposition { Support, Referral, Escalation118, Unreachable };

QString callerKindCode(CallerKind kind);
std::optional<CallerKind> callerKindFromCode(const QString &code);
QString urgencyCode(Urgency urgency);
std::optional<Urgency> urgencyFromCode(const QString &code);
QString attemptOutcomeCode(AttemptOutcome outcome);
std::optional<AttemptOutcome> attemptOutcomeFromCode(const QString &code);
QString dispositionCode(Disposition disposition);
std::optional<Disposition> dispositionFromCode(const QString &code);

// The needs a psychologist may note after the interview (codes stored in
// clear, comma separated: they feed the aggregate figures).
QStringList needCodes();

// Translated names of the codes above, for the tab and the reports.
class ListeningText {
    Q_DECLARE_TR_FUNCTIONS(listening::ListeningText)
public:
    static QString callerKind(CallerKind kind);
    static QString urgency(Urgency urgency);
    static QString attemptOutcome(AttemptOutcome outcome);
    static QString disposition(Disposition disposition);
    static QString need(const QString &code);
    // "3 h 05 min", "2 days 4 h": a span of elapsed time.
    static QString span(qint64 ms);
    // "in 3 h 05 min" or "2 h 10 min late".
    static QString countdown(qint64 remainingMs);
    // Services psychologists usually refer callers to (suggestions).
    static QStringList referralServices();
};

} // namespace listening

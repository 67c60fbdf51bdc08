#include "listening/domain/casestate.h"

#include <QSet>

namespace listening {

AttemptSummary summarizeAttempts(const QList<AttemptRecord> &attempts)
{
    QSet<qint64> cancelled;
    for (const AttemptRecord &a : attempts)
        if (a.outcome == AttemptOutcome::Void)
            cancelled.insert(a.voidsId);
    AttemptSummary s;
    for (const AttemptRecord &a : attempts) {
        if (a.outcome == AttemptOutcome::Void || cancelled.contains(a.id))
            continue;
        ++s.total;
        switch (a.outcome) {
        case AttemptOutcome::Reached:
            if (!s.reached || a.attemptedAt < s.firstReachedAt)
                s.firstReachedAt = a.attemptedAt;
            s.reached = true;
            break;
        case AttemptOutcome::NoAnswer:
            ++s.noAnswer;
            break;
        case AttemptOutcome::WrongNumber:
            ++s.wrongNumber;
            break;
        case AttemptOutcome::Void:
            break;
        }
        if (a.attemptedAt >= s.lastAttemptAt) {
            s.lastAttemptAt = a.attemptedAt;
            s.lastOutcome = a.outcome;
        }
    }
    s.failed = s.noAnswer + s.wrongNumber;
    return s;
}

bool isRaisedToCoordinator(const AttemptSummary &summary)
{
    return !summary.reached && (summary.failed >= failedAttemptsBeforeRaise || summary.wrongNumber > 0);
}

QString normalizePhone(const QString &typed)
{
    QString out;
    const QString text = typed.trimmed();
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit() && c.unicode() < 128)
            out.append(c);
        else if (c == QLatin1Char('+') && out.isEmpty() && i == 0)
            out.append(c);
        else if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('/')
            || c == QLatin1Char('(') || c == QLatin1Char(')'))
            continue;
        else
            return {};
    }
    return out;
}

bool isCallablePhone(const QString &normalized)
{
    const int digits = int(normalized.size()) - (normalized.startsWith(QLatin1Char('+')) ? 1 : 0);
    return digits >= 6 && digits <= 15;
}

core::Status checkCallbackPhone(const QString &typed)
{
    if (typed.trimmed().isEmpty())
        return core::Error(QStringLiteral("listening.no_callback"));
    if (!isCallablePhone(normalizePhone(typed)))
        return core::Error(QStringLiteral("listening.bad_phone"), { typed.trimmed() });
    return {};
}

} // namespace listening

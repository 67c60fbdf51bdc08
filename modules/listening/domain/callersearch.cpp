#include "listening/domain/callersearch.h"

#include "core/auth/permissions.h"
#include "core/auth/vault.h"
#include "listening/domain/callbackqueue.h"

namespace listening {

namespace {
QString digits(const QString &text)
{
    QString out;
    for (QChar c : text)
        if (c.isDigit())
            out.append(c);
    return out;
}
} // namespace

core::Result<QList<core::SearchMatch>> searchCallers(const QSqlDatabase &db, const QString &text, int limit, qint64 nowMs)
{
    const QString wanted = text.simplified();
    if (wanted.isEmpty() || !core::Vault::canOpen(db, core::Permission::ListeningPersonalRead))
        return QList<core::SearchMatch>();
    auto entries = CallbackQueue::load(db, nowMs, true);
    if (!entries)
        return entries.error();
    const QString wantedDigits = digits(wanted);
    QList<core::SearchMatch> matches;
    for (const QueueEntry &e : *entries) {
        if (matches.size() >= limit)
            break;
        if (!e.personalVisible)
            continue;
        const bool byName = e.callerName.contains(wanted, Qt::CaseInsensitive);
        const bool byPhone = wantedDigits.size() >= 3 && digits(e.callerPhone).contains(wantedDigits);
        if (byName || byPhone)
            matches.append({ e.requestId, e.callerName, e.code + QStringLiteral(" · ") + e.comune });
    }
    return matches;
}

} // namespace listening

#include "core/sync/hybridclock.h"

#include "core/db/sql.h"

#include <algorithm>

namespace core::sync {

qint64 HybridClock::stamp(qint64 physicalMs)
{
    // The same rule as the transactions' (core/db/transaction.cpp).
    m_last = std::max(physicalMs, m_last);
    return m_last;
}

HybridClock::Received HybridClock::receive(qint64 remoteMs, qint64 physicalMs)
{
    Received r;
    const qint64 wanted = remoteMs + 1;
    if (wanted > physicalMs + maxAheadMs)
        r.aheadMs = remoteMs - physicalMs; // teaches nothing: one of the two clocks is wrong
    else
        m_last = std::max(m_last, wanted);
    r.clock = m_last;
    return r;
}

Result<qint64> HybridClock::read(const QSqlDatabase &db)
{
    auto v = queryValue(db, QStringLiteral("SELECT hlc_ms FROM session_context WHERE id = 1"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Status HybridClock::store(const QSqlDatabase &db, qint64 clock)
{
    auto q = runQuery(
        db, QStringLiteral("UPDATE session_context SET hlc_ms = max(hlc_ms, ?) WHERE id = 1"), { clock });
    if (!q)
        return q.error();
    return {};
}

} // namespace core::sync

#include "core/auth/lockoutpolicy.h"

#include <algorithm>

namespace core {

qint64 LockoutPolicy::delayAfter(int consecutiveFailures)
{
    if (consecutiveFailures <= 0)
        return 0;
    if (consecutiveFailures > 10)
        return maxDelaySecs;
    return std::min<qint64>(qint64(1) << (consecutiveFailures - 1), maxDelaySecs);
}

qint64 LockoutPolicy::remainingSecs(int consecutiveFailures, qint64 lastFailureMs, qint64 nowMs)
{
    const qint64 delayMs = delayAfter(consecutiveFailures) * 1000;
    const qint64 elapsed = std::max<qint64>(0, nowMs - lastFailureMs);
    if (elapsed >= delayMs)
        return 0;
    return (delayMs - elapsed + 999) / 1000;
}

} // namespace core

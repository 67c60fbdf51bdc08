#pragma once

#include <QtGlobal>

namespace core {

// How long the next sign-in must wait after wrong passwords for the same
// user name: 1 s after the first, doubling each time, at most 5 minutes.
// Never a permanent lock: in an emergency a colleague's typos must not lock
// a psychologist out for the night; 5 minutes per guess is enough against
// guessing at the keyboard (a stolen file is protected by Argon2 instead).
struct LockoutPolicy {
    static constexpr qint64 maxDelaySecs = 300;

    // Seconds to wait after `consecutiveFailures` wrong passwords.
    static qint64 delayAfter(int consecutiveFailures);
    // Seconds still to wait at `nowMs`, given the time of the last failure.
    static qint64 remainingSecs(int consecutiveFailures, qint64 lastFailureMs, qint64 nowMs);
};

} // namespace core

#pragma once

#include "core/domain/clock.h"

#include <QDateTime>

namespace testsupport {

// The instant the test suite lives at (CISIAMO_TEST_NOW in
// cmake/CisiamoHelpers.cmake): CTest starts every test, and runCisiamo()
// every program, with CISIAMO_NOW set to it, so the demo databases, the
// reports and the change log all see this day, whatever the real date.
// Run a test binary by hand with CISIAMO_NOW=2026-03-10T10:00:00 (or via
// ctest -R) when it reads a demo built by the suite.
inline QDateTime testNow()
{
    return QDateTime::fromString(QStringLiteral(CISIAMO_TEST_NOW), Qt::ISODate);
}
inline QDate testToday()
{
    return testNow().date();
}

} // namespace testsupport

#pragma once

#include "support/testclock.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

// The demo database the tests read, built once per test run by the CTest
// fixture "demo" (tests/CMakeLists.txt: the real binary, `cisiamo demo` with
// CISIAMO_NOW at the suite's instant, so its "today" is testToday()) and
// copied into each test's own folder so that tests can write to it. A test
// declares it with cisiamo_test_uses_demo(). When a test runs on its own and
// the fixture's file is missing, it is built here.
inline QString copyOfDemoDatabase(const QTemporaryDir &dir)
{
    const QString shared = QStringLiteral(CISIAMO_DEMO_DB);
    if (!QFile::exists(shared)) {
        QDir().mkpath(QFileInfo(shared).absolutePath());
        // As the fixture builds it: accounts at the cheapest Argon2 cost.
        const auto built = testsupport::runCisiamo({ QStringLiteral("--db"), shared, QStringLiteral("demo") },
            { { QStringLiteral("CISIAMO_DEMO_KDF"), QStringLiteral("minimum") } });
        if (built.exitCode != 0)
            return {};
    }
    const QString copy = dir.filePath(QStringLiteral("demo.sqlite"));
    QFile::remove(copy);
    return QFile::copy(shared, copy) ? copy : QString();
}

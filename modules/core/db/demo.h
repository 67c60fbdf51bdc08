#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlDatabase>

#include <functional>

namespace core {

// What a module's demo step gets: the new database (reference data loaded,
// operator "demo"), how many years of activity to invent for performance
// work (0 = the published period only), a fixed "today" and a seeded random
// generator, so the same command always builds the same database.
struct DemoContext {
    QSqlDatabase db;
    int years = 0;
    QDate today;
    QRandomGenerator random{ 20210319 };
    std::function<void(const QString &)> progress = [](const QString &) {};
};

// The demo's "now", for what is placed before it (the listening line's
// latest requests): today at 17:30 when the demo is built for another day;
// for the clock's today, the instant the program was started at when
// CISIAMO_NOW sets it (the same rows at every build, whatever the build's
// own speed), the real time otherwise.
inline QDateTime demoNow(const DemoContext &context)
{
    const SystemClock &clock = SystemClock::instance();
    if (context.today != clock.today())
        return QDateTime(context.today, QTime(17, 30));
    if (SystemClock::isShifted()) {
        const QDateTime started = SystemClock::parseSetting(qEnvironmentVariable("CISIAMO_NOW"));
        if (started.isValid() && started.date() == context.today)
            return started;
    }
    return clock.now();
}

// One module's contribution to the demo database. Steps run in module order
// (stock before deliveries); each should commit in transactions of its own.
struct DemoStep {
    QString name;
    std::function<Status(DemoContext &)> run;
};

} // namespace core

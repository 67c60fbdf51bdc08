#pragma once

#include <QDate>
#include <QDateTime>

namespace core {

// The time source of the domain. Production code uses SystemClock; tests
// inject a FixedClock so that no rule depends on the day the tests run.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toLocalTime().date(); }
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
};

// The computer's clock, unless the process was started with CISIAMO_NOW
// (an ISO date-time, or a date alone: that day at 12:00 local time): then
// the program lives as if it had been started at that instant, and its
// time runs on from there. The test suite and scripts use it so that
// "today" is a fixed day (demo databases, reports, the change log).
class SystemClock final : public Clock {
public:
    QDateTime now() const override;
    static const SystemClock &instance();

    // True when CISIAMO_NOW moved this process's clock.
    static bool isShifted();
    // The value of CISIAMO_NOW when it is set but not a date or date-time
    // (the program refuses to start), empty otherwise.
    static QString invalidSetting();
    // Reads CISIAMO_NOW as the parser of the variable does (empty text: invalid).
    static QDateTime parseSetting(const QString &text);
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime at) : m_at(std::move(at)) { }
    QDateTime now() const override { return m_at; }
    void set(const QDateTime &at) { m_at = at; }
    void advanceSecs(qint64 s) { m_at = m_at.addSecs(s); }

private:
    QDateTime m_at;
};

} // namespace core

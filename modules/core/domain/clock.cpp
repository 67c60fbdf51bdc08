#include "core/domain/clock.h"

namespace core {

namespace {

// Read once: the offset between CISIAMO_NOW and the real time at start.
struct Shift {
    bool set = false;
    bool valid = true;
    QString text;
    qint64 offsetMs = 0;
};

const Shift &shift()
{
    static const Shift s = [] {
        Shift result;
        if (!qEnvironmentVariableIsSet("CISIAMO_NOW"))
            return result;
        result.set = true;
        result.text = qEnvironmentVariable("CISIAMO_NOW");
        const QDateTime at = SystemClock::parseSetting(result.text);
        if (!at.isValid()) {
            result.valid = false;
            return result;
        }
        result.offsetMs = at.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch();
        return result;
    }();
    return s;
}

} // namespace

QDateTime SystemClock::parseSetting(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (date.isValid() && trimmed.size() == 10)
        return QDateTime(date, QTime(12, 0));
    const QDateTime at = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    return at.isValid() ? at : QDateTime();
}

QDateTime SystemClock::now() const
{
    const Shift &s = shift();
    const QDateTime real = QDateTime::currentDateTime();
    return s.offsetMs ? real.addMSecs(s.offsetMs) : real;
}

const SystemClock &SystemClock::instance()
{
    static SystemClock clock;
    return clock;
}

bool SystemClock::isShifted()
{
    return shift().set && shift().valid;
}

QString SystemClock::invalidSetting()
{
    const Shift &s = shift();
    return s.set && !s.valid ? (s.text.isEmpty() ? QStringLiteral("\"\"") : s.text) : QString();
}

} // namespace core

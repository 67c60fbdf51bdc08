#include "core/db/connectionstate.h"

#include "core/domain/clock.h"

#include <QMutex>
#include <QSqlDatabase>

#include <map>

namespace core {

namespace {
QMutex registryMutex;
// std::map: references to its values stay valid while other entries come and go.
std::map<QString, ConnectionState> &registry()
{
    static std::map<QString, ConnectionState> states;
    return states;
}
} // namespace

ConnectionState &connectionState(const QSqlDatabase &db)
{
    QMutexLocker lock(&registryMutex);
    return registry()[db.connectionName()];
}

void forgetConnectionState(const QString &connectionName)
{
    QMutexLocker lock(&registryMutex);
    registry().erase(connectionName);
}

void setSessionOperator(const QSqlDatabase &db, const QString &name)
{
    connectionState(db).operatorName = name.trimmed();
}

QString sessionOperator(const QSqlDatabase &db)
{
    return connectionState(db).operatorName;
}

int sessionWorkstation(const QSqlDatabase &db)
{
    return connectionState(db).workstation;
}

void setSessionClock(const QSqlDatabase &db, const Clock *clock)
{
    connectionState(db).clock = clock;
}

qint64 sessionClockMs(const QSqlDatabase &db)
{
    if (const Clock *clock = connectionState(db).clock)
        return clock->nowMs();
    return SystemClock::isShifted() ? SystemClock::instance().nowMs() : 0;
}

} // namespace core

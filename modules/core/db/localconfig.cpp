#include "core/db/localconfig.h"
#include "core/db/roommemberrows.h"

#include "core/db/connectionstate.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"

namespace core::LocalConfig {

QString value(const QSqlDatabase &db, const QString &key, const QString &fallback)
{
    auto v = queryValue(db, QStringLiteral("SELECT value FROM local_config WHERE key = ?"), { key });
    if (!v || !v->isValid())
        return fallback;
    return v->toString();
}

Status setValue(const QSqlDatabase &db, const QString &key, const QString &value)
{
    auto q = runQuery(db,
        QStringLiteral("INSERT INTO local_config(key, value) VALUES (?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
        { key, value });
    if (!q)
        return q.error();
    return {};
}

Status checkWorkstationNumber(const QSqlDatabase &db, int number)
{
    if (number < 1 || number > maxWorkstationNumber)
        return Error(QStringLiteral("db.bad_workstation"), { QString::number(number) });
    const int current = sessionWorkstation(db);
    if (number == current)
        return {};
    // Rows written by another workstation with this number came in through
    // a sync: taking its number would make our new ids collide with theirs.
    auto foreign = queryValue(db,
        QStringLiteral("SELECT count(*) FROM change_log WHERE workstation = ?"), { number });
    if (!foreign)
        return foreign.error();
    if (foreign->toLongLong() > 0)
        return Error(QStringLiteral("db.workstation_in_use"), { QString::number(number) });
    // Changes received by sync are applied without logging: the workstations
    // they came from are in the sync bookkeeping.
    auto synced = queryValue(db, QStringLiteral("SELECT count(*) FROM sync_source WHERE workstation = ?"), { number });
    if (!synced)
        return synced.error();
    if (synced->toLongLong() > 0)
        return Error(QStringLiteral("db.workstation_in_use"), { QString::number(number) });
    // A member of the room (or a removed one) holds it.
    auto member = RoomMemberRows::numberTaken(db, number);
    if (!member)
        return member.error();
    if (*member)
        return Error(QStringLiteral("db.workstation_in_use"), { QString::number(number) });
    return {};
}

Status setWorkstationNumber(const QSqlDatabase &db, int number)
{
    if (auto s = checkWorkstationNumber(db, number); !s)
        return s;
    if (number == sessionWorkstation(db))
        return {};
    return setValue(db, workstationNumber, QString::number(number));
}

} // namespace core::LocalConfig

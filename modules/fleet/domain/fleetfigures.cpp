#include "fleet/domain/fleetfigures.h"

#include "core/db/sql.h"
#include "core/domain/dates.h"
#include "fleet/domain/fleetrules.h"

namespace fleet {

core::Result<FleetFigures> fleetFigures(const QSqlDatabase &db, const QDate &today)
{
    const QString t = core::toSqlDate(today);
    const QString limit = core::toSqlDate(today.addDays(dueWindowDays));
    auto q = core::runQuery(db,
        QStringLiteral("SELECT count(*), coalesce(sum(state = 'operational'), 0), "
                       "coalesce(sum(revision_due < ?), 0), coalesce(sum(revision_due BETWEEN ? AND ?), 0), "
                       "coalesce(sum(insurance_expiry < ?), 0), coalesce(sum(insurance_expiry BETWEEN ? AND ?), 0) "
                       "FROM fleet_vehicle WHERE active = 1 AND state <> 'out_of_service'"),
        { t, t, limit, t, t, limit });
    if (!q)
        return q.error();
    FleetFigures f;
    if (q->next()) {
        f.vehicles = q->value(0).toInt();
        f.vehiclesOperational = q->value(1).toInt();
        f.revisionsOverdue = q->value(2).toInt();
        f.revisionsDueSoon = q->value(3).toInt();
        f.insuranceOverdue = q->value(4).toInt();
        f.insuranceDueSoon = q->value(5).toInt();
    }
    auto e = core::runQuery(db,
        QStringLiteral("SELECT count(*), coalesce(sum(check_due < ?), 0), "
                       "(SELECT count(DISTINCT equipment_id) FROM fleet_loan_open) "
                       "FROM fleet_equipment WHERE active = 1 AND state <> 'out_of_service'"),
        { t });
    if (!e)
        return e.error();
    if (e->next()) {
        f.equipment = e->value(0).toInt();
        f.checksOverdue = e->value(1).toInt();
        f.equipmentOut = e->value(2).toInt();
    }
    return f;
}

QStringList fleetFigureTables()
{
    return { QStringLiteral("fleet_vehicle"), QStringLiteral("fleet_equipment"), QStringLiteral("fleet_loan") };
}

} // namespace fleet

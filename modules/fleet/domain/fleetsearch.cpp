#include "fleet/domain/fleetsearch.h"

#include "fleet/domain/fleetrules.h"
#include "fleet/domain/fleettypes.h"

#include <functional>

namespace fleet {

namespace {

// The type codes whose name contains the text ("furg" → van): "IN ('', ?,
// ...)" with one placeholder per code found (a handful at most; '' is no
// code, so none found matches nothing), the codes appended to `binds`.
QString typesNamed(const QString &text, const QStringList &codes, QString (*name)(const QString &), QVariantList &binds)
{
    QString in = QStringLiteral("IN (''");
    for (const QString &code : codes)
        if (name(code).contains(text, Qt::CaseInsensitive)) {
            in += QStringLiteral(", ?");
            binds.append(code);
        }
    return in + QLatin1Char(')');
}

// The rows of a search, with their titles and details read through
// `shape` (types in Italian, plates written as people write them).
core::Result<QList<core::SearchMatch>> shaped(core::Result<QList<core::SearchMatch>> rows,
                                              const std::function<void(core::SearchMatch &)> &shape)
{
    if (rows)
        for (core::SearchMatch &m : *rows)
            shape(m);
    return rows;
}

} // namespace

core::Result<QList<core::SearchMatch>> searchVehicles(const QSqlDatabase &db, const QString &text, int limit)
{
    const QString wanted = text.simplified();
    QString plate = wanted.toUpper();
    plate.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    const QString like = core::likeContains(wanted);
    QVariantList binds { core::likeContains(plate), like };
    const QString types = typesNamed(wanted, vehicleTypeCodes(), &FleetText::vehicleType, binds);
    binds << core::likeStartsWith(plate) << limit;
    // The type's code travels in the detail (before a tab) and is put into
    // words here, outside SQL.
    return shaped(core::searchMatches(db,
                      QStringLiteral("SELECT v.id, v.plate, v.vehicle_type || char(9) || "
                                     "CASE WHEN v.model <> '' THEN ' ' || v.model ELSE '' END "
                                     "|| coalesce(' · ' || s.name, '') "
                                     "FROM fleet_vehicle v LEFT JOIN fleet_site s ON s.id = v.site_id "
                                     "WHERE v.active = 1 AND (v.plate LIKE ? ESCAPE '\\' OR v.model LIKE ? ESCAPE '\\' "
                                     "OR v.vehicle_type %1) "
                                     "ORDER BY v.plate LIKE ? ESCAPE '\\' DESC, v.plate, v.id LIMIT ?")
                          .arg(types),
                      binds),
        [](core::SearchMatch &m) {
            m.title = Plate::display(m.title);
            const int tab = m.detail.indexOf(QLatin1Char('\t'));
            m.detail = FleetText::vehicleType(m.detail.left(tab)) + m.detail.mid(tab + 1);
        });
}

core::Result<QList<core::SearchMatch>> searchEquipment(const QSqlDatabase &db, const QString &text, int limit)
{
    const QString wanted = text.simplified();
    const QString like = core::likeContains(wanted);
    QVariantList binds { like, like };
    const QString types = typesNamed(wanted, equipmentTypeCodes(), &FleetText::equipmentType, binds);
    binds << core::likeStartsWith(wanted) << core::likeStartsWith(wanted) << limit;
    return shaped(core::searchMatches(db,
                      QStringLiteral("SELECT e.id, e.description, e.equipment_type || char(9) "
                                     "|| CASE WHEN e.serial_number <> '' THEN ' · ' || e.serial_number ELSE '' END "
                                     "|| coalesce(' · ' || s.name, '') "
                                     "FROM fleet_equipment e LEFT JOIN fleet_site s ON s.id = e.site_id "
                                     "WHERE e.active = 1 AND (e.serial_number LIKE ? ESCAPE '\\' "
                                     "OR e.description LIKE ? ESCAPE '\\' "
                                     "OR e.equipment_type %1) "
                                     "ORDER BY e.serial_number LIKE ? ESCAPE '\\' DESC, e.description LIKE ? ESCAPE '\\' "
                                     "DESC, e.description, e.serial_number, e.id LIMIT ?")
                          .arg(types),
                      binds),
        [](core::SearchMatch &m) {
            const int tab = m.detail.indexOf(QLatin1Char('\t'));
            m.detail = FleetText::equipmentType(m.detail.left(tab)) + m.detail.mid(tab + 1);
        });
}

core::Result<QList<core::SearchMatch>> searchSites(const QSqlDatabase &db, const QString &text, int limit)
{
    const QString like = core::likeContains(text.simplified());
    return core::searchMatches(db,
        QStringLiteral("SELECT s.id, s.name, s.address FROM fleet_site s "
                       "WHERE s.name LIKE ? ESCAPE '\\' OR s.address LIKE ? ESCAPE '\\' "
                       "ORDER BY s.name LIKE ? ESCAPE '\\' DESC, s.name, s.id LIMIT ?"),
        { like, like, core::likeStartsWith(text.simplified()), limit });
}

core::Result<QList<core::SearchMatch>> searchModules(const QSqlDatabase &db, const QString &text, int limit)
{
    const QString like = core::likeContains(text.simplified());
    return core::searchMatches(db,
        QStringLiteral("SELECT m.id, m.name, m.description FROM fleet_module m WHERE m.active = 1 AND m.name LIKE ? ESCAPE '\\' "
                       "ORDER BY m.name LIKE ? ESCAPE '\\' DESC, m.name, m.id LIMIT ?"),
        { like, core::likeStartsWith(text.simplified()), limit });
}

} // namespace fleet

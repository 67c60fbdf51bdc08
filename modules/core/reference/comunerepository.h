#pragma once

#include "core/domain/result.h"
#include "core/reference/comune.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace core {

// A fixed place on the map (the Idroscalo, the CCV-MI centre).
struct ReferencePoint {
    QString code;
    QString name;
    QGeoCoordinate coordinate;
};

// Reads the comuni and writes the details the operators keep about the 133
// of the metropolitan city. Owned by whoever uses it; GUI thread or a worker
// with its own connection.
class ComuneRepository {
public:
    explicit ComuneRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    // The 133 comuni of the metropolitan city, by name.
    Result<QList<Comune>> metropolitanComuni() const;
    // Any Italian comune by id (ISTAT code as a number); invalid when absent.
    Result<Comune> comune(int id) const;
    Result<Comune> comuneByIstatCode(const QString &istatCode) const;

    Result<ComuneDetails> details(int comuneId) const;
    // Validates (known comune, known zone, plausible e-mail addresses) and
    // saves in one transaction; the change is logged with the operator.
    Status saveDetails(const ComuneDetails &details);

    // GeoJSON geometry text of each of the 133, keyed by comune id.
    Result<QHash<int, QByteArray>> geometries() const;
    Result<ReferencePoint> referencePoint(const QString &code) const;

private:
    QSqlDatabase m_db;
};

} // namespace core

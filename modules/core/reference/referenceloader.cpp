#include "core/reference/referenceloader.h"

#include "core/db/changenotifier.h"
#include "core/db/localconfig.h"
#include "core/db/logsuspension.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/csv.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace core {

namespace {

const QString resourceDir = QStringLiteral(":/reference/");

Result<CsvTable> readResourceCsv(const QString &name)
{
    return readCsvFile(resourceDir + name, QLatin1Char(','));
}

// Runs one prepared INSERT per CSV record. `bind` maps a record to values.
template<typename Bind>
Status insertRows(const QSqlDatabase &db, const QString &sql, const CsvTable &table, Bind bind)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return queryError(q, sql);
    for (const CsvRecord &record : table.records) {
        const QVariantList values = bind(record.fields);
        for (int i = 0; i < values.size(); ++i)
            bindValue(q, i, values.at(i));
        if (!q.exec())
            return queryError(q, sql).at(table.header.join(QLatin1Char(',')), record.line);
    }
    return {};
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

int istatToId(const QString &code)
{
    return code.toInt();
}

Status loadComuni(const QSqlDatabase &db)
{
    auto italy = readResourceCsv(QStringLiteral("comuni_italia.csv"));
    if (!italy)
        return italy.error();
    const QString sql = QStringLiteral(
        "INSERT INTO comune(id, istat_code, name, province, region, lat, lon, population, cadastral_code) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    return insertRows(db, sql, *italy, [](const QStringList &f) {
        return QVariantList{ istatToId(f.value(0)), f.value(0), f.value(1), f.value(2), f.value(3),
                             nullIfEmpty(f.value(4)), nullIfEmpty(f.value(5)), nullIfEmpty(f.value(6)),
                             nullIfEmpty(f.value(7)) };
    });
}

Result<QHash<QString, QByteArray>> readGeometries()
{
    QFile file(resourceDir + QStringLiteral("comuni_cmm.geojson"));
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("file.cannot_read"), { file.fileName(), file.errorString() });
    const QJsonArray features = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("features")).toArray();
    QHash<QString, QByteArray> geometries;
    for (const QJsonValue &f : features) {
        const QJsonObject feature = f.toObject();
        const QString code = feature.value(QLatin1String("properties")).toObject().value(QLatin1String("istat_code")).toString();
        geometries.insert(code, QJsonDocument(feature.value(QLatin1String("geometry")).toObject()).toJson(QJsonDocument::Compact));
    }
    return geometries;
}

Status loadMetropolitanComuni(const QSqlDatabase &db)
{
    auto cmm = readResourceCsv(QStringLiteral("comuni_cmm.csv"));
    if (!cmm)
        return cmm.error();
    auto geometries = readGeometries();
    if (!geometries)
        return geometries.error();
    for (const CsvRecord &r : cmm->records)
        if (!geometries->contains(r.fields.value(0)))
            return Error(QStringLiteral("reference.missing_geometry"), { r.fields.value(0) });
    const QString sql = QStringLiteral(
        "INSERT INTO comune_cmm(comune_id, population, lat, lon, geometry, zona_omogenea) VALUES (?, ?, ?, ?, ?, ?)");
    auto s = insertRows(db, sql, *cmm, [&](const QStringList &f) {
        // Only Milano's zone is certain; the others are set by the operators.
        const int id = istatToId(f.value(0));
        const QString zone = f.value(5).isEmpty() && id == 15146 ? QStringLiteral("Milano") : f.value(5);
        return QVariantList{ id, f.value(4).toLongLong(), f.value(2).toDouble(), f.value(3).toDouble(),
                             QString::fromUtf8(geometries->value(f.value(0))), zone };
    });
    if (!s)
        return s;

    auto contacts = readResourceCsv(QStringLiteral("comuni_cmm_contacts.csv"));
    if (!contacts)
        return contacts.error();
    return insertRows(db,
        QStringLiteral("UPDATE comune_cmm SET phone = ?, email = ?, pec = ?, cap = ? WHERE comune_id = ?"),
        *contacts, [](const QStringList &f) {
            return QVariantList{ f.value(2), f.value(3), f.value(4), f.value(5), istatToId(f.value(0)) };
        });
}

Status loadSmallTables(const QSqlDatabase &db)
{
    auto aliases = readResourceCsv(QStringLiteral("comune_aliases.csv"));
    if (!aliases)
        return aliases.error();
    int aliasId = 0;
    if (auto s = insertRows(db, QStringLiteral("INSERT INTO comune_alias(id, alias, comune_id, note) VALUES (?, ?, ?, ?)"),
                            *aliases, [&](const QStringList &f) {
                                return QVariantList{ ++aliasId, f.value(0), istatToId(f.value(1)), f.value(2) };
                            });
        !s)
        return s;

    auto points = readResourceCsv(QStringLiteral("poi_idroscalo.csv"));
    if (!points)
        return points.error();
    int pointId = 0;
    if (auto s = insertRows(db, QStringLiteral("INSERT INTO reference_point(id, code, name, lat, lon, note) VALUES (?, ?, ?, ?, ?, ?)"),
                            *points, [&](const QStringList &f) {
                                ++pointId;
                                const QString code = pointId == 1 ? QStringLiteral("idroscalo") : QStringLiteral("ccvmi");
                                return QVariantList{ pointId, code, f.value(0), f.value(1).toDouble(), f.value(2).toDouble(), f.value(3) };
                            });
        !s)
        return s;

    struct Simple {
        QString file;
        QString sql;
    };
    const QList<Simple> simple = {
        { QStringLiteral("goods_categories.csv"),
          QStringLiteral("INSERT INTO goods_category(id, code, name, kind, sort_order) VALUES (?, ?, ?, ?, ?)") },
        { QStringLiteral("volunteer_services.csv"),
          QStringLiteral("INSERT INTO volunteer_service(id, code, name, published, sort_order) VALUES (?, ?, ?, ?, ?)") },
        { QStringLiteral("tutoring_subjects.csv"),
          QStringLiteral("INSERT INTO tutoring_subject(id, code, name, school_order, sort_order) VALUES (?, ?, ?, ?, ?)") },
    };
    for (const Simple &t : simple) {
        auto table = readResourceCsv(t.file);
        if (!table)
            return table.error();
        if (auto s = insertRows(db, t.sql, *table, [](const QStringList &f) {
                return QVariantList{ f.value(0).toInt(), f.value(1), f.value(2), f.value(3), f.value(4).toInt() };
            });
            !s)
            return s;
    }

    auto schools = readResourceCsv(QStringLiteral("schools.csv"));
    if (!schools)
        return schools.error();
    int schoolId = 0;
    QSqlQuery q(db);
    const QString sql = QStringLiteral(
        "INSERT INTO school(id, name, comune_id, sort_order) "
        "SELECT ?, ?, c.id, ? FROM comune c JOIN comune_cmm m ON m.comune_id = c.id WHERE c.name = ?");
    if (!q.prepare(sql))
        return queryError(q, sql);
    for (const CsvRecord &r : schools->records) {
        ++schoolId;
        q.bindValue(0, schoolId);
        q.bindValue(1, r.fields.value(0));
        q.bindValue(2, schoolId * 10);
        q.bindValue(3, r.fields.value(1));
        if (!q.exec())
            return queryError(q, sql);
        if (q.numRowsAffected() != 1)
            return Error(QStringLiteral("reference.unknown_comune"), { r.fields.value(1) });
    }
    return {};
}

// Version 2: the town hall's contacts (comuni_cmm_contacts.csv) become the
// defaults of each COC's CAP, phone and e-mail (the PEC when the town hall
// has no e-mail), only where the COC's own is empty: what an operator typed
// is never overwritten. The file has no street address: a COC without one
// is named on the DDT, the trip sheet and the day's plan.
Status fillCocDefaults(const QSqlDatabase &db)
{
    const QStringList updates {
        QStringLiteral("UPDATE comune_cmm SET coc_cap = cap WHERE coc_cap = '' AND cap <> ''"),
        QStringLiteral("UPDATE comune_cmm SET coc_phone = phone WHERE coc_phone = '' AND phone <> ''"),
        QStringLiteral("UPDATE comune_cmm SET coc_email = CASE WHEN email <> '' THEN email ELSE pec END "
                       "WHERE coc_email = '' AND (email <> '' OR pec <> '')"),
    };
    for (const QString &sql : updates) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return queryError(q, sql);
    }
    return {};
}

} // namespace

Status loadReferenceData(const QSqlDatabase &db)
{
    const int loaded = LocalConfig::value(db, LocalConfig::referenceVersion, QStringLiteral("0")).toInt();
    if (loaded >= referenceDataVersion)
        return {};

    Transaction tx(db);
    if (!tx)
        return tx.error();
    {
        // Logging comes back on when this scope ends, still inside the
        // transaction, so the committed state always has it on.
        LogSuspension noLog(db);
        if (!noLog.ok())
            return Error(QStringLiteral("db.query"), { QStringLiteral("log suspension") });
        if (loaded < 1) {
            for (auto step : { loadComuni, loadMetropolitanComuni, loadSmallTables }) {
                if (auto s = step(db); !s)
                    return s;
            }
        }
        if (loaded < 2) {
            if (auto s = fillCocDefaults(db); !s)
                return s;
        }
    }
    if (auto s = LocalConfig::setValue(db, LocalConfig::referenceVersion, QString::number(referenceDataVersion)); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    ChangeNotifier::instance()->notifyChanged({ QStringLiteral("comune"), QStringLiteral("comune_cmm") });
    return {};
}

} // namespace core

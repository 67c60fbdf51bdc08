#include "core/sync/opendata.h"

#include "core/db/sql.h"
#include "core/domain/csv.h"
#include "core/domain/dates.h"
#include "core/domain/units.h"
#include "core/domain/wholefile.h"
#include "core/reference/geojson.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

#include <cmath>

namespace core::sync {

namespace {

QMutex sourceMutex;
OpenDataSources::DistributionQuery &registeredQuery()
{
    static OpenDataSources::DistributionQuery query;
    return query;
}

double round6(double v)
{
    return std::round(v * 1e6) / 1e6;
}

double ringArea(const GeoRing &ring)
{
    double sum = 0;
    for (qsizetype i = 0; i + 1 < ring.size(); ++i)
        sum += ring.at(i).x() * ring.at(i + 1).y() - ring.at(i + 1).x() * ring.at(i).y();
    return sum / 2;
}

QJsonArray ringJson(GeoRing ring, bool counterClockwise)
{
    for (QPointF &p : ring)
        p = QPointF(round6(p.x()), round6(p.y()));
    if (!ring.isEmpty() && ring.first() != ring.last())
        ring.append(ring.first());
    if ((ringArea(ring) > 0) != counterClockwise)
        std::reverse(ring.begin(), ring.end());
    QJsonArray positions;
    for (const QPointF &p : ring)
        positions.append(QJsonArray { p.x(), p.y() });
    return positions;
}

QJsonArray polygonJson(const GeoPolygon &polygon)
{
    QJsonArray rings;
    for (qsizetype i = 0; i < polygon.size(); ++i)
        rings.append(ringJson(polygon.at(i), i == 0));
    return rings;
}

QString kgText(Grams grams)
{
    return kgExact(grams); // machine format: dot decimals, no grouping, every gram
}

double kgValue(Grams grams)
{
    return double(grams) / 1000.0;
}

struct Totals {
    Grams foodGrams = 0;
    Pieces dpiPieces = 0;
    Pieces kitPieces = 0;
    Pieces otherPieces = 0;
};

Totals totalsOf(const ComuneDistributions &d, const QHash<qint64, QString> &kinds)
{
    Totals t;
    for (auto it = d.byCategory.constBegin(); it != d.byCategory.constEnd(); ++it) {
        const QString kind = kinds.value(it.key());
        if (kind == QLatin1String("food"))
            t.foodGrams += it.value().grams;
        else if (kind == QLatin1String("dpi"))
            t.dpiPieces += it.value().pieces;
        else if (kind == QLatin1String("kit"))
            t.kitPieces += it.value().pieces;
        else
            t.otherPieces += it.value().pieces;
    }
    return t;
}

QHash<qint64, QString> kindsOf(const QList<OpenDataCategory> &categories)
{
    QHash<qint64, QString> kinds;
    for (const OpenDataCategory &c : categories)
        kinds.insert(c.id, c.kind);
    return kinds;
}

double perThousand(Grams grams, qint64 residents)
{
    return residents > 0 ? std::round(kgValue(grams) * 1000.0 / double(residents) * 1000.0) / 1000.0 : 0.0;
}

} // namespace

void OpenDataSources::setDistributionQuery(DistributionQuery query)
{
    QMutexLocker lock(&sourceMutex);
    registeredQuery() = std::move(query);
}

OpenDataSources::DistributionQuery OpenDataSources::distributionQuery()
{
    QMutexLocker lock(&sourceMutex);
    return registeredQuery();
}

OpenDataExporter::OpenDataExporter(const QSqlDatabase &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<QList<OpenDataCategory>> OpenDataExporter::categories() const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT id, code, name, kind FROM goods_category ORDER BY sort_order, id"));
    if (!q)
        return q.error();
    QList<OpenDataCategory> list;
    while (q->next())
        list.append({ q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
            q->value(3).toString() == QLatin1String("food") });
    return list;
}

Result<QList<OpenDataRow>> OpenDataExporter::rows() const
{
    auto q = runQuery(m_db,
        QStringLiteral("SELECT c.id, c.istat_code, c.name, m.zona_omogenea, m.population, m.geometry "
                       "FROM comune_cmm m JOIN comune c ON c.id = m.comune_id ORDER BY c.istat_code"));
    if (!q)
        return q.error();
    QList<OpenDataRow> rows;
    QHash<int, int> index;
    while (q->next()) {
        OpenDataRow r;
        r.comuneId = q->value(0).toInt();
        r.istatCode = q->value(1).toString();
        r.name = q->value(2).toString();
        r.zonaOmogenea = q->value(3).toString();
        r.residents = q->value(4).toLongLong();
        r.geometry = q->value(5).toString().toUtf8();
        r.totals.comuneId = r.comuneId;
        index.insert(r.comuneId, int(rows.size()));
        rows.append(r);
    }
    if (const auto query = OpenDataSources::distributionQuery()) {
        auto figures = query(m_db);
        if (!figures)
            return figures.error();
        for (const ComuneDistributions &d : *figures) {
            auto it = index.constFind(d.comuneId);
            if (it != index.constEnd())
                rows[it.value()].totals = d; // comuni outside the metropolitan city have no polygon: not published
        }
    }
    return rows;
}

QByteArray OpenDataExporter::csv(const QList<OpenDataRow> &rows, const QList<OpenDataCategory> &categories)
{
    const QHash<qint64, QString> kinds = kindsOf(categories);
    CsvWriter writer;
    QStringList header = { QStringLiteral("codice_istat"), QStringLiteral("comune"), QStringLiteral("zona_omogenea"),
        QStringLiteral("residenti"), QStringLiteral("distribuzioni"), QStringLiteral("kg_alimenti"),
        QStringLiteral("kg_alimenti_per_1000_residenti"), QStringLiteral("pezzi_dpi"), QStringLiteral("pezzi_kit"),
        QStringLiteral("pezzi_altri_beni"), QStringLiteral("prima_distribuzione"),
        QStringLiteral("ultima_distribuzione") };
    for (const OpenDataCategory &c : categories)
        header.append((c.food ? QStringLiteral("kg_") : QStringLiteral("pezzi_")) + c.code);
    writer.writeRow(header);
    for (const OpenDataRow &r : rows) {
        const Totals t = totalsOf(r.totals, kinds);
        QStringList fields = { r.istatCode, r.name, r.zonaOmogenea, QString::number(r.residents),
            QString::number(r.totals.distributions), kgText(t.foodGrams),
            QString::number(perThousand(t.foodGrams, r.residents), 'f', 3), QString::number(t.dpiPieces),
            QString::number(t.kitPieces), QString::number(t.otherPieces), toSqlDate(r.totals.first),
            toSqlDate(r.totals.last) };
        for (const OpenDataCategory &c : categories) {
            const CategoryAmount a = r.totals.byCategory.value(c.id);
            fields.append(c.food ? kgText(a.grams) : QString::number(a.pieces));
        }
        // Code, name and zone are text (neutralised if they look like a
        // formula); the rest are numbers and ISO dates.
        QList<CsvCell> kinds(fields.size(), CsvCell::Number);
        for (int i = 0; i < 3; ++i)
            kinds[i] = CsvCell::Text;
        writer.writeRow(fields, kinds);
    }
    return writer.data();
}

Result<QJsonObject> OpenDataExporter::normalisedGeometry(const QByteArray &geometry)
{
    auto polygons = parseGeoJsonGeometry(geometry);
    if (!polygons)
        return polygons.error();
    if (polygons->size() == 1)
        return QJsonObject { { QStringLiteral("type"), QStringLiteral("Polygon") },
            { QStringLiteral("coordinates"), polygonJson(polygons->first()) } };
    QJsonArray parts;
    for (const GeoPolygon &p : *polygons)
        parts.append(polygonJson(p));
    return QJsonObject { { QStringLiteral("type"), QStringLiteral("MultiPolygon") },
        { QStringLiteral("coordinates"), parts } };
}

Result<QByteArray> OpenDataExporter::geoJson(const QList<OpenDataRow> &rows, const QList<OpenDataCategory> &categories)
{
    const QHash<qint64, QString> kinds = kindsOf(categories);
    QJsonArray features;
    for (const OpenDataRow &r : rows) {
        auto geometry = normalisedGeometry(r.geometry);
        if (!geometry)
            return Error(QStringLiteral("reference.missing_geometry"), { r.istatCode });
        const Totals t = totalsOf(r.totals, kinds);
        QJsonObject properties {
            { QStringLiteral("codice_istat"), r.istatCode },
            { QStringLiteral("comune"), r.name },
            { QStringLiteral("zona_omogenea"), r.zonaOmogenea },
            { QStringLiteral("residenti"), QJsonValue(r.residents) },
            { QStringLiteral("distribuzioni"), QJsonValue(r.totals.distributions) },
            { QStringLiteral("kg_alimenti"), kgValue(t.foodGrams) },
            { QStringLiteral("kg_alimenti_per_1000_residenti"), perThousand(t.foodGrams, r.residents) },
            { QStringLiteral("pezzi_dpi"), QJsonValue(t.dpiPieces) },
            { QStringLiteral("pezzi_kit"), QJsonValue(t.kitPieces) },
            { QStringLiteral("pezzi_altri_beni"), QJsonValue(t.otherPieces) },
            { QStringLiteral("prima_distribuzione"),
                r.totals.first.isValid() ? QJsonValue(toSqlDate(r.totals.first)) : QJsonValue() },
            { QStringLiteral("ultima_distribuzione"),
                r.totals.last.isValid() ? QJsonValue(toSqlDate(r.totals.last)) : QJsonValue() },
        };
        for (const OpenDataCategory &c : categories) {
            const CategoryAmount a = r.totals.byCategory.value(c.id);
            if (c.food)
                properties.insert(QStringLiteral("kg_") + c.code, kgValue(a.grams));
            else
                properties.insert(QStringLiteral("pezzi_") + c.code, QJsonValue(a.pieces));
        }
        features.append(
            QJsonObject { { QStringLiteral("type"), QStringLiteral("Feature") }, { QStringLiteral("id"), r.istatCode },
                { QStringLiteral("geometry"), *geometry }, { QStringLiteral("properties"), properties } });
    }
    const QJsonObject collection { { QStringLiteral("type"), QStringLiteral("FeatureCollection") },
        { QStringLiteral("features"), features } };
    return QJsonDocument(collection).toJson(QJsonDocument::Compact);
}

Result<OpenDataReport> OpenDataExporter::writeTo(const QString &folder)
{
    if (folder.isEmpty())
        return Error(QStringLiteral("sync.folder_unreachable"), { folder });
    const QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
        return Error(QStringLiteral("file.cannot_create_dir"), { dir.absolutePath() });
    auto list = rows();
    if (!list)
        return list.error();
    auto cats = categories();
    if (!cats)
        return cats.error();
    auto geo = geoJson(*list, *cats);
    if (!geo)
        return geo.error();

    OpenDataReport report;
    report.hasSource = bool(OpenDataSources::distributionQuery());
    report.comuni = int(list->size());
    const QHash<qint64, QString> kinds = kindsOf(*cats);
    for (const OpenDataRow &r : *list) {
        report.distributions += r.totals.distributions;
        report.foodGrams += totalsOf(r.totals, kinds).foodGrams;
    }
    const QJsonObject metadata {
        { QStringLiteral("titolo"),
            QStringLiteral("Distribuzioni del CCV-MI per comune della Città metropolitana di Milano") },
        { QStringLiteral("editore"),
            QStringLiteral("CCV-MI, Comitato di Coordinamento dei Volontari di Protezione Civile della Città "
                           "metropolitana di Milano") },
        { QStringLiteral("licenza"), QStringLiteral("CC-BY-4.0") },
        { QStringLiteral("generato_il"), m_clock.now().toUTC().toString(Qt::ISODate) },
        { QStringLiteral("comuni"), report.comuni },
        { QStringLiteral("distribuzioni"), QJsonValue(report.distributions) },
        { QStringLiteral("kg_alimenti"), kgValue(report.foodGrams) },
        { QStringLiteral("dati_distribuzioni_presenti"), report.hasSource },
        { QStringLiteral("confini"), QStringLiteral("ISTAT, elaborazione openpolis (CC BY 4.0)") },
        { QStringLiteral("residenti"), QStringLiteral("ANPR (CC0)") },
        { QStringLiteral("file"),
            QJsonArray {
                QStringLiteral("distribuzioni_per_comune.csv"), QStringLiteral("distribuzioni_per_comune.geojson") } },
        { QStringLiteral("note"),
            QStringLiteral(
                "Totali di tutte le consegne valide alla data; alimenti in kg, DPI, kit e altri beni in pezzi. "
                "Geometrie WGS 84 (RFC 7946).") },
    };
    const QList<QPair<QString, QByteArray>> outputs = {
        { QStringLiteral("distribuzioni_per_comune.csv"), csv(*list, *cats) },
        { QStringLiteral("distribuzioni_per_comune.geojson"), *geo },
        { QStringLiteral("metadati.json"), QJsonDocument(metadata).toJson(QJsonDocument::Indented) },
    };
    QList<QPair<QString, QByteArray>> files;
    for (const auto &o : outputs)
        files.append({ dir.absoluteFilePath(o.first), o.second });
    // The three files are one publication: all new or all as they were.
    if (auto s = writeWholeFiles(files); !s)
        return s.error();
    for (const auto &f : files)
        report.files.append(f.first);
    return report;
}

} // namespace core::sync

#include "core/sync/opendata.h"

#include "core/db/sql.h"
#include "core/domain/csv.h"
#include "core/domain/dates.h"
#include "core/domain/units.h"
#include "core/domain/wholefile.h"
#include "core/reference/geojson.h"
#include "core/reporting/cellformat.h"
#include "core/reporting/reportxlsx.h"

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

// A category's own column: a prefix no fixed column has, so that a
// category coded like a total ("altri_beni", "dpi") never repeats a name.
QString categoryColumnName(const OpenDataCategory &c)
{
    return (c.food ? QStringLiteral("kg_categoria_") : QStringLiteral("pezzi_categoria_")) + c.code;
}

// One comune's values in the order of OpenDataExporter::columns().
QVariantList rowValues(const OpenDataRow &r, const QList<OpenDataCategory> &categories, const QHash<qint64, QString> &kinds)
{
    const Totals t = totalsOf(r.totals, kinds);
    auto date = [](const QDate &d) { return d.isValid() ? QVariant(d) : QVariant(); };
    QVariantList values { r.istatCode, r.name, r.zonaOmogenea, r.residents, r.totals.distributions, t.foodGrams,
        perThousand(t.foodGrams, r.residents), t.dpiPieces, t.kitPieces, t.otherPieces, date(r.totals.first),
        date(r.totals.last) };
    for (const OpenDataCategory &c : categories) {
        const CategoryAmount a = r.totals.byCategory.value(c.id);
        values.append(c.food ? a.grams : a.pieces);
    }
    return values;
}

ReportColumn reportColumn(const OpenDataColumn &c)
{
    ReportColumn column;
    column.key = c.name;
    column.title = c.name; // the same names as the CSV and the dictionary
    column.kind = c.kind;
    column.decimals = c.decimals;
    return column;
}

const QString csvName = QStringLiteral("distribuzioni_per_comune.csv");
const QString geoJsonName = QStringLiteral("distribuzioni_per_comune.geojson");
const QString xlsxName = QStringLiteral("distribuzioni_per_comune.xlsx");
const QString dictionaryName = QStringLiteral("dizionario_colonne.csv");
const QString readmeName = QStringLiteral("LEGGIMI.txt");
const QString metadataName = QStringLiteral("metadati.json");
const QString publisher = QStringLiteral("CCV-MI, Comitato di Coordinamento dei Volontari di Protezione Civile della Città "
                                         "metropolitana di Milano");
const QString datasetTitle = QStringLiteral("Distribuzioni del CCV-MI per comune della Città metropolitana di Milano");

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

QList<OpenDataColumn> OpenDataExporter::columns(const QList<OpenDataCategory> &categories)
{
    const QString integer = QStringLiteral("intero");
    const QString kg = QStringLiteral("decimale, punto come separatore, fino a 3 cifre (ogni grammo)");
    const QString date = QStringLiteral("data AAAA-MM-GG, vuota se nessuna consegna");
    QList<OpenDataColumn> list {
        { QStringLiteral("codice_istat"), QStringLiteral("Codice ISTAT del comune, 6 cifre con gli zeri iniziali"), {},
            QStringLiteral("testo (non è un numero)"), ColumnKind::Text, 0 },
        { QStringLiteral("comune"), QStringLiteral("Nome del comune"), {}, QStringLiteral("testo"), ColumnKind::Text, 0 },
        { QStringLiteral("zona_omogenea"), QStringLiteral("Zona omogenea della Città metropolitana"), {},
            QStringLiteral("testo"), ColumnKind::Text, 0 },
        { QStringLiteral("residenti"), QStringLiteral("Popolazione residente (ANPR)"), QStringLiteral("persone"), integer,
            ColumnKind::Integer, 0 },
        { QStringLiteral("distribuzioni"), QStringLiteral("Consegne effettuate al comune (annullate e rese escluse)"),
            QStringLiteral("consegne"), integer, ColumnKind::Integer, 0 },
        { QStringLiteral("kg_alimenti"), QStringLiteral("Alimenti consegnati, tutte le categorie alimentari"),
            QStringLiteral("kg"), kg, ColumnKind::Grams, 3 },
        { QStringLiteral("kg_alimenti_per_1000_residenti"),
            QStringLiteral("Alimenti consegnati ogni 1000 residenti (kg_alimenti × 1000 / residenti)"), QStringLiteral("kg"),
            QStringLiteral("decimale, punto come separatore, 3 cifre"), ColumnKind::Decimal, 3 },
        { QStringLiteral("pezzi_dpi"), QStringLiteral("Dispositivi di protezione individuale consegnati, tutte le categorie DPI"),
            QStringLiteral("pezzi"), integer, ColumnKind::Integer, 0 },
        { QStringLiteral("pezzi_kit"), QStringLiteral("Kit consegnati (tamponi, vaccini), tutte le categorie kit"),
            QStringLiteral("pezzi"), integer, ColumnKind::Integer, 0 },
        { QStringLiteral("pezzi_altri_beni"), QStringLiteral("Altri beni consegnati, tutte le categorie non alimentari, non DPI e non kit"),
            QStringLiteral("pezzi"), integer, ColumnKind::Integer, 0 },
        { QStringLiteral("prima_distribuzione"), QStringLiteral("Giorno della prima consegna"), {}, date, ColumnKind::Date, 0 },
        { QStringLiteral("ultima_distribuzione"), QStringLiteral("Giorno dell'ultima consegna"), {}, date, ColumnKind::Date, 0 },
    };
    for (const OpenDataCategory &c : categories)
        list.append({ categoryColumnName(c), QStringLiteral("Consegnato della categoria «%1»").arg(c.name),
            c.food ? QStringLiteral("kg") : QStringLiteral("pezzi"), c.food ? kg : integer,
            c.food ? ColumnKind::Grams : ColumnKind::Integer, c.food ? 3 : 0 });
    return list;
}

QByteArray OpenDataExporter::csv(const QList<OpenDataRow> &rows, const QList<OpenDataCategory> &categories)
{
    const QHash<qint64, QString> kinds = kindsOf(categories);
    const QList<OpenDataColumn> list = columns(categories);
    QList<ReportColumn> reportColumns;
    QStringList header;
    // Code, name and zone are text (neutralised if they look like a
    // formula); the rest are numbers and ISO dates.
    QList<CsvCell> cellKinds;
    for (const OpenDataColumn &c : list) {
        reportColumns.append(reportColumn(c));
        header.append(c.name);
        cellKinds.append(c.kind == ColumnKind::Text ? CsvCell::Text : CsvCell::Number);
    }
    CsvWriter writer;
    writer.writeRow(header);
    for (const OpenDataRow &r : rows) {
        const QVariantList values = rowValues(r, categories, kinds);
        QStringList fields;
        for (int i = 0; i < reportColumns.size(); ++i)
            fields.append(formatCellForMachines(values.value(i), reportColumns.at(i))); // kg to the gram, ISO dates
        writer.writeRow(fields, cellKinds);
    }
    return writer.data();
}

QByteArray OpenDataExporter::dictionaryCsv(const QList<OpenDataCategory> &categories)
{
    CsvWriter writer;
    writer.writeRow({ QStringLiteral("nome"), QStringLiteral("significato"), QStringLiteral("unita"), QStringLiteral("tipo") });
    for (const OpenDataColumn &c : columns(categories))
        writer.writeRow({ c.name, c.meaning, c.unit, c.type });
    return writer.data();
}

QByteArray OpenDataExporter::readme(const QList<OpenDataCategory> &categories)
{
    QString text = QStringLiteral(
        "%1\n"
        "Editore: %2\n"
        "Licenza: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.it)\n"
        "Confini comunali: ISTAT, elaborazione openpolis (CC BY 4.0). Residenti: ANPR (CC0).\n"
        "\n"
        "I file\n"
        "- %3: una riga per ciascuno dei comuni della Città metropolitana di Milano,\n"
        "  con i totali di tutte le consegne valide alla data di generazione.\n"
        "- %4: la stessa tabella per i fogli di calcolo (codici ISTAT come testo,\n"
        "  numeri come numeri, date come date), con il dizionario delle colonne.\n"
        "- %5: i confini dei comuni (RFC 7946, WGS 84) con gli stessi totali come proprietà.\n"
        "- %6: nome, significato, unità di misura e tipo di ogni colonna.\n"
        "- %7: titolo, licenza, data di generazione e fonti, per i programmi.\n"
        "\n"
        "Come è scritto il CSV\n"
        "- Codifica UTF-8 senza BOM, righe terminate da CR LF, formato RFC 4180.\n"
        "- Separatore di campo: la virgola. Separatore decimale: il punto (114.916 è\n"
        "  centoquattordici virgola novecentosedici). Nessun separatore delle migliaia.\n"
        "- Date nel formato AAAA-MM-GG (ISO 8601); vuote se il comune non ha ricevuto consegne.\n"
        "- codice_istat è un testo di 6 cifre: gli zeri iniziali fanno parte del codice\n"
        "  (015146, non 15146). Aprendo il CSV in un foglio di calcolo, importare la\n"
        "  colonna come testo, oppure usare il file .xlsx.\n"
        "- Alimenti in kg con ogni grammo (fino a 3 decimali); DPI, kit e altri beni in pezzi.\n"
        "- Le colonne kg_categoria_* e pezzi_categoria_* dettagliano i totali per categoria\n"
        "  di beni; i nomi delle colonne non si ripetono.\n"
        "\n"
        "Le colonne\n")
                       .arg(datasetTitle, publisher, csvName, xlsxName, geoJsonName, dictionaryName, metadataName);
    for (const OpenDataColumn &c : columns(categories))
        text += QStringLiteral("- %1: %2%3; %4.\n")
                    .arg(c.name, c.meaning, c.unit.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.unit), c.type);
    return text.toUtf8();
}

ReportDocument OpenDataExporter::document(const QList<OpenDataRow> &rows, const QList<OpenDataCategory> &categories) const
{
    const QHash<qint64, QString> kinds = kindsOf(categories);
    const QList<OpenDataColumn> list = columns(categories);
    ReportDocument document;
    document.name = QStringLiteral("opendata");
    document.title = datasetTitle;
    document.printedAt = m_clock.now();
    document.parameters = { { QStringLiteral("Editore"), publisher }, { QStringLiteral("Licenza"), QStringLiteral("CC BY 4.0") },
        { QStringLiteral("Confini"), QStringLiteral("ISTAT, elaborazione openpolis (CC BY 4.0)") },
        { QStringLiteral("Residenti"), QStringLiteral("ANPR (CC0)") } };
    ReportTable table;
    for (const OpenDataColumn &c : list)
        table.columns.append(reportColumn(c));
    for (const OpenDataRow &r : rows)
        table.rows.append(rowValues(r, categories, kinds));
    document.addHeading(QStringLiteral("Distribuzioni per comune"));
    document.addTable(table);

    ReportTable dictionary;
    dictionary.columns = { { QStringLiteral("nome"), QStringLiteral("nome") },
        { QStringLiteral("significato"), QStringLiteral("significato") }, { QStringLiteral("unita"), QStringLiteral("unità") },
        { QStringLiteral("tipo"), QStringLiteral("tipo nel CSV") } };
    for (const OpenDataColumn &c : list)
        dictionary.rows.append({ c.name, c.meaning, c.unit, c.type });
    document.addHeading(QStringLiteral("Dizionario delle colonne"));
    document.addTable(dictionary);
    return document;
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
                properties.insert(categoryColumnName(c), kgValue(a.grams));
            else
                properties.insert(categoryColumnName(c), QJsonValue(a.pieces));
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
    auto workbook = ReportXlsx::toBytes(document(*list, *cats), QLocale(QLocale::Italian, QLocale::Italy),
                                        dir.absoluteFilePath(xlsxName));
    if (!workbook)
        return workbook.error();
    const QJsonObject metadata {
        { QStringLiteral("titolo"), datasetTitle },
        { QStringLiteral("editore"), publisher },
        { QStringLiteral("licenza"), QStringLiteral("CC-BY-4.0") },
        { QStringLiteral("generato_il"), m_clock.now().toUTC().toString(Qt::ISODate) },
        { QStringLiteral("comuni"), report.comuni },
        { QStringLiteral("distribuzioni"), QJsonValue(report.distributions) },
        { QStringLiteral("kg_alimenti"), kgValue(report.foodGrams) },
        { QStringLiteral("dati_distribuzioni_presenti"), report.hasSource },
        { QStringLiteral("confini"), QStringLiteral("ISTAT, elaborazione openpolis (CC BY 4.0)") },
        { QStringLiteral("residenti"), QStringLiteral("ANPR (CC0)") },
        { QStringLiteral("file"), QJsonArray { csvName, geoJsonName, xlsxName, dictionaryName, readmeName } },
        { QStringLiteral("csv"),
            QJsonObject { { QStringLiteral("codifica"), QStringLiteral("UTF-8") }, { QStringLiteral("formato"), QStringLiteral("RFC 4180") },
                { QStringLiteral("separatore"), QStringLiteral(",") }, { QStringLiteral("decimali"), QStringLiteral(".") },
                { QStringLiteral("date"), QStringLiteral("AAAA-MM-GG") } } },
        { QStringLiteral("note"),
            QStringLiteral(
                "Totali di tutte le consegne valide alla data; alimenti in kg, DPI, kit e altri beni in pezzi. "
                "Geometrie WGS 84 (RFC 7946). Significato delle colonne in dizionario_colonne.csv.") },
    };
    const QList<QPair<QString, QByteArray>> outputs = {
        { csvName, csv(*list, *cats) },
        { geoJsonName, *geo },
        { xlsxName, *workbook },
        { dictionaryName, dictionaryCsv(*cats) },
        { readmeName, readme(*cats) },
        { metadataName, QJsonDocument(metadata).toJson(QJsonDocument::Indented) },
    };
    QList<QPair<QString, QByteArray>> files;
    for (const auto &o : outputs)
        files.append({ dir.absoluteFilePath(o.first), o.second });
    // The files are one publication: all new or all as they were.
    if (auto s = writeWholeFiles(files); !s)
        return s.error();
    for (const auto &f : files)
        report.files.append(f.first);
    return report;
}

} // namespace core::sync

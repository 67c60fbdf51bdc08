// Open data of distributions per comune: correct files with zero totals
// before the deliveries module exists, figures from the registered query
// once it does, and a GeoJSON that is valid RFC 7946.

#include "core/sync/opendata.h"
#include "core/domain/csv.h"
#include "xlsxreader.h"
#include "syncfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace core;
using namespace core::sync;
using namespace syncfixtures;

namespace {

const QDateTime at(QDate(2024, 5, 2), QTime(10, 30), QTimeZone::utc());

double signedArea(const QJsonArray &ring)
{
    double sum = 0;
    for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
        const QJsonArray p = ring.at(i).toArray();
        const QJsonArray q = ring.at(i + 1).toArray();
        sum += p.at(0).toDouble() * q.at(1).toDouble() - q.at(0).toDouble() * p.at(1).toDouble();
    }
    return sum / 2;
}

// RFC 7946 checks: what a strict reader of the public map would check.
// Returns an empty string when valid, otherwise what is wrong.
QString validateLinearRing(const QJsonValue &value, bool outer)
{
    if (!value.isArray())
        return QStringLiteral("ring is not an array");
    const QJsonArray ring = value.toArray();
    if (ring.size() < 4)
        return QStringLiteral("ring with fewer than 4 positions");
    for (const QJsonValue &p : ring) {
        const QJsonArray position = p.toArray();
        if (position.size() < 2 || position.size() > 3)
            return QStringLiteral("position without 2 or 3 numbers");
        for (const QJsonValue &n : position)
            if (!n.isDouble() || !std::isfinite(n.toDouble()))
                return QStringLiteral("position with a non-number");
        const double lon = position.at(0).toDouble();
        const double lat = position.at(1).toDouble();
        if (lon < -180 || lon > 180 || lat < -90 || lat > 90)
            return QStringLiteral("position outside WGS 84 longitude/latitude");
    }
    if (ring.first() != ring.last())
        return QStringLiteral("ring not closed");
    const double area = signedArea(ring);
    if (outer && area <= 0)
        return QStringLiteral("outer ring not counter-clockwise");
    if (!outer && area >= 0)
        return QStringLiteral("hole not clockwise");
    return {};
}

QString validatePolygon(const QJsonValue &value)
{
    const QJsonArray rings = value.toArray();
    if (rings.isEmpty())
        return QStringLiteral("polygon without rings");
    for (qsizetype i = 0; i < rings.size(); ++i)
        if (QString e = validateLinearRing(rings.at(i), i == 0); !e.isEmpty())
            return e;
    return {};
}

QString validateGeoJson(const QByteArray &data, int *featureCount)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return QStringLiteral("not a JSON object");
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("type")).toString() != QLatin1String("FeatureCollection"))
        return QStringLiteral("not a FeatureCollection");
    if (root.contains(QLatin1String("crs")))
        return QStringLiteral("crs member (removed by RFC 7946)");
    if (!root.value(QLatin1String("features")).isArray())
        return QStringLiteral("features is not an array");
    const QJsonArray features = root.value(QLatin1String("features")).toArray();
    *featureCount = int(features.size());
    for (const QJsonValue &f : features) {
        const QJsonObject feature = f.toObject();
        if (feature.value(QLatin1String("type")).toString() != QLatin1String("Feature"))
            return QStringLiteral("member is not a Feature");
        if (!feature.contains(QLatin1String("geometry")) || !feature.contains(QLatin1String("properties")))
            return QStringLiteral("feature without geometry or properties");
        if (!feature.value(QLatin1String("properties")).isObject())
            return QStringLiteral("properties is not an object");
        const QJsonValue id = feature.value(QLatin1String("id"));
        if (!id.isUndefined() && !id.isString() && !id.isDouble())
            return QStringLiteral("id is neither string nor number");
        const QJsonObject geometry = feature.value(QLatin1String("geometry")).toObject();
        const QString type = geometry.value(QLatin1String("type")).toString();
        const QJsonValue coordinates = geometry.value(QLatin1String("coordinates"));
        if (type == QLatin1String("Polygon")) {
            if (QString e = validatePolygon(coordinates); !e.isEmpty())
                return e;
        } else if (type == QLatin1String("MultiPolygon")) {
            if (coordinates.toArray().isEmpty())
                return QStringLiteral("empty MultiPolygon");
            for (const QJsonValue &p : coordinates.toArray())
                if (QString e = validatePolygon(p); !e.isEmpty())
                    return e;
        } else {
            return QStringLiteral("unexpected geometry ") + type;
        }
    }
    return {};
}

QJsonObject featureOf(const QByteArray &geojson, const QString &istat)
{
    for (const QJsonValue &f : QJsonDocument::fromJson(geojson).object().value(QLatin1String("features")).toArray())
        if (f.toObject().value(QLatin1String("id")).toString() == istat)
            return f.toObject();
    return {};
}

class SourceGuard {
public:
    ~SourceGuard() { OpenDataSources::setDistributionQuery({}); }
};

} // namespace

class TestOpenData : public QObject {
    Q_OBJECT
private slots:
    void zeroTotalsBeforeDeliveriesExist();
    void figuresComeFromTheRegisteredQuery();
    void geoJsonIsValidRfc7946();
    void geometryIsRewoundAndClosed_data();
    void geometryIsRewoundAndClosed();
    void unwritableFolderIsReported();
    void columnNamesAreUnique_data();
    void columnNamesAreUnique();
    void excelCopyDictionaryAndReadme();
};

void TestOpenData::zeroTotalsBeforeDeliveriesExist()
{
    testsupport::TestDatabase database;
    QTemporaryDir out;
    FixedClock clock(at);
    auto report = OpenDataExporter(database.db(), clock).writeTo(out.path());
    QVERIFY(report);
    QCOMPARE(report->comuni, 133);
    QCOMPARE(report->distributions, 0);
    QVERIFY(!report->hasSource);
    QCOMPARE(report->files.size(), 6);

    const QList<QByteArray> lines
        = readFile(QDir(out.path()).filePath(QStringLiteral("distribuzioni_per_comune.csv"))).split('\n');
    QVERIFY(lines.first().startsWith("codice_istat,comune,zona_omogenea,residenti,distribuzioni,kg_alimenti,"));
    QVERIFY(lines.first().contains(",kg_categoria_bevande,"));
    QVERIFY(lines.first().contains(",pezzi_categoria_dpi_mascherine,"));
    QCOMPARE(lines.size(), 135); // header, 133 comuni, empty after the last CRLF
    bool milano = false;
    for (const QByteArray &l : lines)
        if (l.startsWith("015146,Milano,Milano,")) {
            milano = true;
            QVERIFY(l.contains(",0,0,0.000,0,0,0,,,"));
        }
    QVERIFY(milano);
    const QJsonObject metadata
        = QJsonDocument::fromJson(readFile(QDir(out.path()).filePath(QStringLiteral("metadati.json")))).object();
    QCOMPARE(metadata.value(QLatin1String("licenza")).toString(), QStringLiteral("CC-BY-4.0"));
    QCOMPARE(metadata.value(QLatin1String("generato_il")).toString(), QStringLiteral("2024-05-02T10:30:00Z"));
    QCOMPARE(metadata.value(QLatin1String("dati_distribuzioni_presenti")).toBool(), false);
}

void TestOpenData::figuresComeFromTheRegisteredQuery()
{
    SourceGuard guard;
    OpenDataSources::setDistributionQuery([](const QSqlDatabase &) -> Result<QList<ComuneDistributions>> {
        ComuneDistributions milano;
        milano.comuneId = 15146;
        milano.distributions = 3;
        milano.first = QDate(2021, 3, 1);
        milano.last = QDate(2021, 3, 19);
        milano.byCategory.insert(1, { 71883500, 0 }); // Bevande, grams
        milano.byCategory.insert(2, { 1500, 0 });
        milano.byCategory.insert(20, { 0, 1200 }); // masks, pieces
        ComuneDistributions limbiate; // outside the metropolitan city: not published
        limbiate.comuneId = 108027;
        limbiate.distributions = 1;
        return QList<ComuneDistributions> { milano, limbiate };
    });
    testsupport::TestDatabase database;
    QTemporaryDir out;
    auto report = OpenDataExporter(database.db()).writeTo(out.path());
    QVERIFY(report);
    QVERIFY(report->hasSource);
    QCOMPARE(report->distributions, 3);
    QCOMPARE(report->foodGrams, 71885000);

    const QByteArray csv = readFile(QDir(out.path()).filePath(QStringLiteral("distribuzioni_per_comune.csv")));
    const QByteArray header = csv.left(csv.indexOf('\r'));
    QByteArray row;
    for (const QByteArray &l : csv.split('\n'))
        if (l.startsWith("015146,"))
            row = l.trimmed();
    const QList<QByteArray> names = header.split(',');
    const QList<QByteArray> values = row.split(',');
    QCOMPARE(values.size(), names.size());
    auto field = [&](const char *name) { return values.value(names.indexOf(name)); };
    QCOMPARE(field("distribuzioni"), QByteArray("3"));
    QCOMPARE(field("kg_alimenti"), QByteArray("71885"));
    QCOMPARE(field("kg_categoria_bevande"), QByteArray("71883.5"));
    QCOMPARE(field("kg_categoria_formaggi_latticini"), QByteArray("1.5"));
    QCOMPARE(field("pezzi_dpi"), QByteArray("1200"));
    QCOMPARE(field("pezzi_categoria_dpi_mascherine"), QByteArray("1200"));
    QCOMPARE(field("prima_distribuzione"), QByteArray("2021-03-01"));
    QCOMPARE(field("ultima_distribuzione"), QByteArray("2021-03-19"));

    const QJsonObject properties
        = featureOf(readFile(QDir(out.path()).filePath(QStringLiteral("distribuzioni_per_comune.geojson"))),
            QStringLiteral("015146"))
              .value(QLatin1String("properties"))
              .toObject();
    QCOMPARE(properties.value(QLatin1String("distribuzioni")).toInt(), 3);
    QCOMPARE(properties.value(QLatin1String("kg_alimenti")).toDouble(), 71885.0);
    QCOMPARE(properties.value(QLatin1String("comune")).toString(), QStringLiteral("Milano"));
    QVERIFY(properties.value(QLatin1String("kg_alimenti_per_1000_residenti")).toDouble() > 0);
}

void TestOpenData::geoJsonIsValidRfc7946()
{
    testsupport::TestDatabase database;
    QTemporaryDir out;
    QVERIFY(OpenDataExporter(database.db()).writeTo(out.path()));
    int features = 0;
    const QString problem = validateGeoJson(
        readFile(QDir(out.path()).filePath(QStringLiteral("distribuzioni_per_comune.geojson"))), &features);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(features, 133);
}

void TestOpenData::geometryIsRewoundAndClosed_data()
{
    QTest::addColumn<QByteArray>("geometry");
    QTest::addColumn<QString>("type");
    QTest::newRow("clockwise polygon") << QByteArray(
        R"({"type":"Polygon","coordinates":[[[9.0,45.0],[9.0,45.1],[9.1,45.1],[9.1,45.0],[9.0,45.0]]]})")
                                       << "Polygon";
    QTest::newRow("unclosed ring") << QByteArray(
        R"({"type":"Polygon","coordinates":[[[9.0,45.0],[9.1,45.0],[9.1,45.1],[9.0,45.1]]]})")
                                   << "Polygon";
    QTest::newRow("counter-clockwise hole")
        << QByteArray(R"({"type":"Polygon","coordinates":[[[9.0,45.0],[9.2,45.0],[9.2,45.2],[9.0,45.2],[9.0,45.0]],)"
                      R"([[9.05,45.05],[9.15,45.05],[9.15,45.15],[9.05,45.15],[9.05,45.05]]]})")
        << "Polygon";
    QTest::newRow("multipolygon") << QByteArray(
        R"({"type":"MultiPolygon","coordinates":[[[[9.0,45.0],[9.0,45.1],[9.1,45.1],[9.0,45.0]]],)"
        R"([[[9.3,45.3],[9.4,45.3],[9.4,45.4],[9.3,45.3]]]]})")
                                  << "MultiPolygon";
    QTest::newRow("excess precision") << QByteArray(
        R"({"type":"Polygon","coordinates":[[[9.123456789,45.0],[9.2,45.0000001],[9.2,45.2],[9.123456789,45.0]]]})")
                                      << "Polygon";
}

void TestOpenData::geometryIsRewoundAndClosed()
{
    QFETCH(QByteArray, geometry);
    QFETCH(QString, type);
    // Through the database, as an operator's edit arriving by sync would be.
    testsupport::TestDatabase database;
    QVERIFY(write(database.db(), QStringLiteral("UPDATE comune_cmm SET geometry = ? WHERE comune_id = 15146"),
        { QString::fromUtf8(geometry) }));
    auto rows = OpenDataExporter(database.db()).rows();
    QVERIFY(rows);
    auto categories = OpenDataExporter(database.db()).categories();
    QVERIFY(categories);
    auto geojson = OpenDataExporter::geoJson(*rows, *categories);
    QVERIFY(geojson);
    int features = 0;
    const QString problem = validateGeoJson(*geojson, &features);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QJsonObject g = featureOf(*geojson, QStringLiteral("015146")).value(QLatin1String("geometry")).toObject();
    QCOMPARE(g.value(QLatin1String("type")).toString(), type);
    const QByteArray text = QJsonDocument(g).toJson(QJsonDocument::Compact);
    QVERIFY2(!text.contains("9.123456789"), text.constData());
}

void TestOpenData::unwritableFolderIsReported()
{
    testsupport::TestDatabase database;
    QTemporaryDir out;
    const QString blocker = QDir(out.path()).filePath(QStringLiteral("file"));
    QVERIFY(writeFile(blocker, "x"));
    auto report = OpenDataExporter(database.db()).writeTo(blocker + QStringLiteral("/open-data"));
    QVERIFY(!report);
    QCOMPARE(report.error().code, QStringLiteral("file.cannot_create_dir"));
}

// A goods category coded like a total ("altri_beni" is both the total of
// the kind and a category of the reference data) never repeats a column.
void TestOpenData::columnNamesAreUnique_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("food");
    QTest::newRow("reference data") << QString() << false;
    QTest::newRow("a category called like the kind total") << "dpi" << false;
    QTest::newRow("a food category called alimenti") << "alimenti" << true;
    QTest::newRow("a category called like a fixed column") << "alimenti_per_1000_residenti" << true;
}

void TestOpenData::columnNamesAreUnique()
{
    QFETCH(QString, code);
    QFETCH(bool, food);
    testsupport::TestDatabase database;
    auto categories = OpenDataExporter(database.db()).categories();
    QVERIFY(categories);
    if (!code.isEmpty())
        categories->append({ 999, code, QStringLiteral("Prova"), food ? QStringLiteral("food") : QStringLiteral("other"), food });
    auto rows = OpenDataExporter(database.db()).rows();
    QVERIFY(rows);
    const QByteArray csv = OpenDataExporter::csv(*rows, *categories);
    const QList<QByteArray> header = csv.left(csv.indexOf('\r')).split(',');
    QCOMPARE(QSet<QByteArray>(header.cbegin(), header.cend()).size(), header.size());
    QCOMPARE(header.count("pezzi_altri_beni"), 1);
    QCOMPARE(header.size(), OpenDataExporter::columns(*categories).size());
}

// The spreadsheet copy: codes stay text with their zeros, totals are
// numbers, dates are dates; the dictionary explains every CSV column; the
// README says how the CSV is written.
void TestOpenData::excelCopyDictionaryAndReadme()
{
    SourceGuard guard;
    OpenDataSources::setDistributionQuery([](const QSqlDatabase &) -> Result<QList<ComuneDistributions>> {
        ComuneDistributions d;
        d.comuneId = 15002; // Abbiategrasso: the ISTAT code starts with a zero
        d.distributions = 2;
        d.first = QDate(2021, 3, 1);
        d.last = QDate(2021, 3, 19);
        d.byCategory.insert(1, { 3815600, 0 });
        return QList<ComuneDistributions> { d };
    });
    testsupport::TestDatabase database;
    QTemporaryDir out;
    QVERIFY(OpenDataExporter(database.db()).writeTo(out.path()));
    const QDir dir(out.path());
    const QByteArray csv = readFile(dir.filePath(QStringLiteral("distribuzioni_per_comune.csv")));
    const QList<QByteArray> header = csv.left(csv.indexOf('\r')).split(',');

    const testsupport::XlsxReader xlsx
        = testsupport::XlsxReader::fromFile(dir.filePath(QStringLiteral("distribuzioni_per_comune.xlsx")));
    QVERIFY2(xlsx.isValid(), qPrintable(xlsx.error()));
    QCOMPARE(xlsx.sheetNames().mid(0, 2), QStringList({ "Distribuzioni per comune", "Dizionario delle colonne" }));
    const auto cells = xlsx.cells(0);
    QVERIFY(xlsx.firstRowFrozen(0));
    // The same columns as the CSV, in the same order.
    // Excel's column letters: A..Z, AA..
    auto letters = [](qsizetype c) {
        const QString last(QChar(char16_t(u'A' + c % 26)));
        return c < 26 ? last : QString(QChar(char16_t(u'A' + c / 26 - 1))) + last;
    };
    for (int c = 0; c < header.size(); ++c)
        QCOMPARE(cells.value(letters(c) + "1").text.toUtf8(), header.at(c));
    int row = 0;
    for (int r = 2; r <= 134 && !row; ++r)
        if (cells.value(QStringLiteral("A%1").arg(r)).text == QLatin1String("015002"))
            row = r;
    QVERIFY(row > 0);
    auto at = [&](const char *name) { return cells.value(letters(header.indexOf(name)) + QString::number(row)); };
    QVERIFY(at("codice_istat").isText());
    QCOMPARE(at("kg_alimenti").value, QString("3815.6"));
    QVERIFY(at("kg_alimenti").isNumber());
    QVERIFY(at("kg_alimenti_per_1000_residenti").isNumber());
    QVERIFY(at("prima_distribuzione").isNumber());
    QCOMPARE(xlsx.numberFormat(at("prima_distribuzione").style), QString("dd/mm/yyyy"));
    QCOMPARE(at("prima_distribuzione").value, QString("44256")); // 01/03/2021

    // Every column of the CSV in the dictionary, with its meaning and type.
    auto dictionary = core::parseCsv(readFile(dir.filePath(QStringLiteral("dizionario_colonne.csv"))));
    QVERIFY(dictionary);
    QCOMPARE(dictionary->header, QStringList({ "nome", "significato", "unita", "tipo" }));
    QCOMPARE(dictionary->records.size(), header.size());
    for (int i = 0; i < header.size(); ++i) {
        const QStringList &fields = dictionary->records.at(i).fields;
        QCOMPARE(fields.value(0).toUtf8(), header.at(i));
        QVERIFY(!fields.value(1).isEmpty());
        QVERIFY(!fields.value(3).isEmpty());
    }
    const QString readme = QString::fromUtf8(readFile(dir.filePath(QStringLiteral("LEGGIMI.txt"))));
    QVERIFY(readme.contains(QStringLiteral("RFC 4180")));
    QVERIFY(readme.contains(QStringLiteral("UTF-8")));
    QVERIFY(readme.contains(QStringLiteral("Separatore decimale: il punto")));
    QVERIFY(readme.contains(QStringLiteral("- kg_alimenti_per_1000_residenti: ")));
}

QTEST_GUILESS_MAIN(TestOpenData)
#include "tst_opendata.moc"

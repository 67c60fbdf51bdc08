#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"
#include "core/domain/units.h"
#include "core/reporting/reportdocument.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace core::sync {

// What was delivered to one comune, as the deliveries module counts it.
struct CategoryAmount {
    Grams grams = 0;
    Pieces pieces = 0;
};
struct ComuneDistributions {
    int comuneId = 0; // comune.id (the ISTAT code as a number)
    qint64 distributions = 0; // deliveries made (not cancelled / reversed)
    QDate first; // day of the first and of the last delivery
    QDate last;
    QHash<qint64, CategoryAmount> byCategory; // goods_category.id -> delivered
};

// The single query the open data is made from. The deliveries module
// provides it from its domain library and registers it at start (with its
// sync tables, from app/moduleregistry.cpp):
//
//   core::sync::OpenDataSources::setDistributionQuery(&deliveries::openDataDistributions);
//
// Contract: one entry per comune that received something, totals of every
// valid delivery to date (reversals netted out), read on the connection it
// is given (the sync worker's: never the GUI's). Until a query is set the
// open data lists every comune with zero totals, so the files and the
// public map that reads them work from day one.
class OpenDataSources {
public:
    using DistributionQuery = std::function<Result<QList<ComuneDistributions>>(const QSqlDatabase &db)>;

    static void setDistributionQuery(DistributionQuery query);
    static DistributionQuery distributionQuery();
};

// One line of the open data: a comune of the metropolitan city and its totals.
struct OpenDataRow {
    int comuneId = 0;
    QString istatCode;
    QString name;
    QString zonaOmogenea;
    qint64 residents = 0;
    QByteArray geometry; // GeoJSON geometry as stored in comune_cmm
    ComuneDistributions totals;
};

struct OpenDataCategory {
    qint64 id = 0;
    QString code;
    QString name;
    QString kind; // food, dpi, kit, other
    bool food = false; // food is published in kg, the rest in pieces
};

// One column of the published table, as the column dictionary explains
// it: the CSV header, what it means, its unit, its type in words, and how
// the Excel copy writes it.
struct OpenDataColumn {
    QString name;    // "kg_alimenti"
    QString meaning; // Italian: the open data is published in Italian
    QString unit;    // "kg", "pezzi", "persone", "" (none)
    QString type;    // "testo", "intero", "decimale (3 cifre)", "data (AAAA-MM-GG)"
    ColumnKind kind = ColumnKind::Text;
    int decimals = 0;
};

struct OpenDataReport {
    QStringList files;
    int comuni = 0;
    qint64 distributions = 0;
    Grams foodGrams = 0;
    bool hasSource = false;
};

// Writes the open data of distributions per comune for publication (the
// public map): distribuzioni_per_comune.csv (RFC 4180, comma, dot
// decimals, UTF-8), distribuzioni_per_comune.geojson (RFC 7946: a
// FeatureCollection with one feature per comune, its polygon with the outer
// ring counter-clockwise, WGS 84 longitude/latitude with 6 decimals, and
// its totals as properties), distribuzioni_per_comune.xlsx (the same table
// for spreadsheets: ISTAT codes as text, numbers as numbers, dates as
// dates, and the dictionary), dizionario_colonne.csv (name, meaning, unit,
// type of every column), LEGGIMI.txt (how to read the files) and
// metadati.json (licence, time, sources). Column names are unique by
// construction: the totals by kind are fixed names, each goods category
// adds "kg_categoria_<code>" or "pezzi_categoria_<code>".
// The files are replaced together, atomically. Thread of its connection.
class OpenDataExporter {
public:
    explicit OpenDataExporter(const QSqlDatabase &db, const Clock &clock = SystemClock::instance());

    Result<OpenDataReport> writeTo(const QString &folder);

    Result<QList<OpenDataRow>> rows() const;
    Result<QList<OpenDataCategory>> categories() const;
    static QList<OpenDataColumn> columns(const QList<OpenDataCategory> &categories);
    static QByteArray csv(const QList<OpenDataRow> &rows, const QList<OpenDataCategory> &categories);
    static QByteArray dictionaryCsv(const QList<OpenDataCategory> &categories);
    static QByteArray readme(const QList<OpenDataCategory> &categories);
    // The table and its dictionary as a report, for the Excel copy.
    ReportDocument document(const QList<OpenDataRow> &rows, const QList<OpenDataCategory> &categories) const;
    static Result<QByteArray> geoJson(const QList<OpenDataRow> &rows, const QList<OpenDataCategory> &categories);

    // A GeoJSON geometry rewritten to RFC 7946: closed rings, outer rings
    // counter-clockwise and holes clockwise, coordinates rounded to 6
    // decimals; a single polygon stays a Polygon, several a MultiPolygon.
    static Result<QJsonObject> normalisedGeometry(const QByteArray &geometry);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace core::sync

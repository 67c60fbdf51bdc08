#include "comuni/domain/comunireports.h"

#include "core/auth/permissions.h"
#include "core/db/sql.h"
#include "core/reporting/reportcatalog.h"

namespace comuni {

using namespace core;

QList<ReportDefinition> ComuniReports::definitions()
{
    ReportDefinition list;
    list.name = QStringLiteral("comuni");
    list.title = [] { return tr("Comuni of the metropolitan city"); };
    list.build = &ComuniReports::comuniList;
    list.permission = Permission::ComuniView;

    ReportDefinition contacts;
    contacts.name = QStringLiteral("comuni-contacts");
    contacts.title = [] { return tr("Town hall and COC contacts"); };
    contacts.build = &ComuniReports::contacts;
    contacts.permission = Permission::ComuniView;
    return { list, contacts };
}

Result<ReportDocument> ComuniReports::comuniList(const QSqlDatabase &db, const ReportRequest &request)
{
    auto q = runQuery(db,
        QStringLiteral("SELECT c.istat_code, c.name, m.lat, m.lon, m.population, m.zona_omogenea "
                       "FROM comune_cmm m JOIN comune c ON c.id = m.comune_id ORDER BY c.name COLLATE NOCASE"));
    if (!q)
        return q.error();
    ReportTable table;
    table.columns = { { QStringLiteral("istat_code"), tr("ISTAT code") }, { QStringLiteral("name"), tr("Comune") },
        { QStringLiteral("lat"), tr("Latitude"), ColumnKind::Decimal, 5 },
        { QStringLiteral("lon"), tr("Longitude"), ColumnKind::Decimal, 5 },
        { QStringLiteral("population"), tr("Residents"), ColumnKind::Integer } };
    qint64 residents = 0;
    while (q->next()) {
        table.rows.append(
            { q->value(0), q->value(1), q->value(2).toDouble(), q->value(3).toDouble(), q->value(4).toLongLong() });
        residents += q->value(4).toLongLong();
    }
    table.totals
        = { tr("Total: %n comuni", nullptr, int(table.rows.size())), QVariant(), QVariant(), QVariant(), residents };

    ReportDocument doc
        = core::newReportDocument(QStringLiteral("comuni"), tr("Comuni of the Città metropolitana di Milano"), request);
    doc.addParagraph(tr("ISTAT code, centroid of the municipal area and residents (ANPR register). "
                        "Boundaries: ISTAT, processed by openpolis (CC BY 4.0)."));
    doc.addTable(table);
    return doc;
}

Result<ReportDocument> ComuniReports::contacts(const QSqlDatabase &db, const ReportRequest &request)
{
    auto q = runQuery(db,
        QStringLiteral("SELECT m.zona_omogenea, c.name, m.phone, m.pec, m.coc_contact, m.coc_phone, m.coc_email "
                       "FROM comune_cmm m JOIN comune c ON c.id = m.comune_id "
                       "ORDER BY m.zona_omogenea = '', m.zona_omogenea, c.name COLLATE NOCASE"));
    if (!q)
        return q.error();
    // One table with every column for the CSV; on paper the town halls and
    // the COCs are two tables, since seven columns of e-mail and PEC
    // addresses, never broken, do not fit side by side on a page.
    ReportTable townHalls;
    townHalls.columns = { { QStringLiteral("zona_omogenea"), tr("Zona omogenea") },
        { QStringLiteral("comune"), tr("Comune") }, { QStringLiteral("phone"), tr("Town hall phone") },
        { QStringLiteral("pec"), tr("PEC") }, { QStringLiteral("coc_contact"), tr("COC contact") },
        { QStringLiteral("coc_phone"), tr("COC phone") }, { QStringLiteral("coc_email"), tr("COC e-mail") } };
    for (int c = 4; c < townHalls.columns.size(); ++c)
        townHalls.columns[c].onPaper = false;
    ReportTable cocs;
    cocs.columns = { { QStringLiteral("comune"), tr("Comune") }, { QStringLiteral("coc_contact"), tr("COC contact") },
        { QStringLiteral("coc_phone"), tr("COC phone") }, { QStringLiteral("coc_email"), tr("COC e-mail") } };
    while (q->next()) {
        const QString zone = q->value(0).toString();
        townHalls.rows.append({ zone.isEmpty() ? tr("(not set)") : zone, q->value(1), q->value(2), q->value(3),
            q->value(4), q->value(5), q->value(6) });
        cocs.rows.append({ q->value(1), q->value(4), q->value(5), q->value(6) });
    }
    ReportDocument doc
        = core::newReportDocument(QStringLiteral("comuni-contacts"), tr("Town hall and COC contacts"), request);
    doc.landscape = true;
    doc.addHeading(tr("Town halls"));
    doc.addTable(townHalls);
    doc.addHeading(tr("COC (municipal operations centres)"));
    doc.addTable(cocs);
    return doc;
}

Result<ComuniFigures> comuniFigures(const QSqlDatabase &db)
{
    auto q = runQuery(db,
        QStringLiteral(
            "SELECT count(*), coalesce(sum(population), 0), "
            "sum(coc_contact <> '' OR coc_phone <> '' OR coc_email <> ''), sum(zona_omogenea <> '') FROM comune_cmm"));
    if (!q)
        return q.error();
    ComuniFigures f;
    if (q->next()) {
        f.comuni = q->value(0).toInt();
        f.residents = q->value(1).toLongLong();
        f.withCocContact = q->value(2).toInt();
        f.withZone = q->value(3).toInt();
    }
    return f;
}

} // namespace comuni

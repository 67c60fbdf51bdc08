#include "support/workstationpair.h"

#include "core/db/connectionstate.h"
#include "core/db/sql.h"
#include "core/reporting/reportcsv.h"
#include "core/sync/syncschema.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace testsupport {

WorkstationPair::WorkstationPair(int first, int second)
    : m_a(std::make_unique<TestDatabase>(true, first))
    , m_b(std::make_unique<TestDatabase>(true, second))
{
    core::setSessionClock(m_a->db(), &m_clock);
    core::setSessionClock(m_b->db(), &m_clock);
    stampWithClock();
}

void WorkstationPair::tick(qint64 seconds)
{
    m_clock.advanceSecs(seconds);
    stampWithClock();
}

void WorkstationPair::stampWithClock()
{
    // A core::Transaction stamps session_context.clock_ms with the session
    // clock; a plain statement outside one uses what is there, and NULL
    // (a fresh copy of the template) made the triggers read the real time:
    // rows months ahead of the room's clock, and a sync.clock_ahead warning
    // on every import. As a transaction would: never before the hlc.
    for (const QSqlDatabase &db : { a(), b() })
        if (db.isOpen())
            (void)core::runQuery(db,
                QStringLiteral("UPDATE session_context SET clock_ms = max(hlc_ms, ?) WHERE id = 1"),
                { m_clock.nowMs() });
}

bool WorkstationPair::isValid() const
{
    return m_a->isValid() && m_b->isValid() && m_folder.isValid();
}

QString WorkstationPair::errorText() const
{
    return m_a->errorText() + m_b->errorText();
}

core::Result<core::sync::ExportReport> WorkstationPair::exportFrom(int index)
{
    core::sync::SyncExporter exporter(station(index), m_clock);
    return exporter.exportTo(core::sync::ExportOptions { folder(), 20000, {} });
}

core::Result<core::sync::ImportReport> WorkstationPair::importInto(int index)
{
    core::sync::SyncImporter importer(station(index), m_clock);
    auto report = importer.importFrom(folder());
    if (report && !report->clockAhead.isEmpty() && !m_clockAheadAllowed) {
        const core::sync::ClockAhead &ahead = report->clockAhead.first();
        qWarning("WorkstationPair: a row stamped %lld s ahead of the room's clock by workstation %d (%s): "
                 "something wrote with the real clock",
            ahead.aheadMs / 1000, ahead.workstation, qPrintable(ahead.fileName));
        return core::Error(QStringLiteral("test.clock_ahead"),
            { QString::number(ahead.workstation), QString::number(ahead.aheadMs), ahead.fileName });
    }
    return report;
}

core::Result<WorkstationPair::Exchange> WorkstationPair::exchange(int rounds)
{
    Exchange result;
    for (int round = 0; round < rounds; ++round) {
        int moved = 0;
        for (int i = 0; i < 2; ++i) {
            auto exported = exportFrom(i);
            if (!exported)
                return exported.error();
            moved += int(exported->files.size());
        }
        for (int i = 0; i < 2; ++i) {
            auto imported = importInto(i);
            if (!imported)
                return imported.error();
            (i == 0 ? result.intoA : result.intoB) = *imported;
            moved += int(imported->files.size()) + imported->retried;
        }
        if (moved == 0)
            break;
    }
    return result;
}

QString WorkstationPair::tableDump(const QSqlDatabase &db, const QString &table)
{
    QString text;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(core::sync::quoteIdentifier(table))))
        return QStringLiteral("error: ") + table;
    const int columns = q.record().count();
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < columns; ++i) {
            const QVariant v = q.value(i);
            fields.append(v.isNull() ? QStringLiteral("NULL") : v.toString());
        }
        text += fields.join(QLatin1Char('|')) + QLatin1Char('\n');
    }
    return text;
}

QStringList WorkstationPair::differingTables() const
{
    QStringList differing;
    auto schema = core::sync::SyncSchema::read(a());
    if (!schema)
        return { QStringLiteral("schema: ") + schema.error().args.value(0) };
    for (const QString &table : schema->order())
        // The membership list converges only once both have exported: each
        // station's own row leaves with its first file.
        if (table != QLatin1String("room_member") && tableDump(a(), table) != tableDump(b(), table))
            differing.append(table);
    return differing;
}

QStringList WorkstationPair::differingReports(
    const core::ReportCatalog &catalog, const QStringList &names, const core::ReportRequest &request) const
{
    QStringList differing;
    for (const QString &name : names) {
        const core::ReportDefinition *definition = catalog.find(name);
        if (!definition) {
            differing.append(name + QStringLiteral(" (unknown)"));
            continue;
        }
        auto first = definition->build(a(), request);
        auto second = definition->build(b(), request);
        if (!first || !second) {
            differing.append(name + QStringLiteral(" (failed)"));
            continue;
        }
        if (core::reportToCsv(*first, core::CsvFlavor::Machine) != core::reportToCsv(*second, core::CsvFlavor::Machine))
            differing.append(name);
    }
    return differing;
}

bool createLoggedTable(const QSqlDatabase &db, const QString &table, const QString &columnsSql)
{
    QStringList statements = { QStringLiteral("CREATE TABLE %1 (%2)").arg(table, columnsSql) };
    const QList<QPair<QString, QString>> ops = { { QStringLiteral("insert"), QStringLiteral("NEW") },
        { QStringLiteral("update"), QStringLiteral("NEW") }, { QStringLiteral("delete"), QStringLiteral("OLD") } };
    for (const auto &op : ops)
        statements.append(QStringLiteral(
            "CREATE TRIGGER %1_log_%2 AFTER %3 ON %1 WHEN (SELECT log_enabled FROM session_context WHERE id = 1) BEGIN "
            "INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator) "
            "SELECT '%1', %4.id, '%5', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)), "
            "workstation, operator "
            "FROM session_context WHERE id = 1; END")
                              .arg(table, op.first, op.first.toUpper(), op.second, op.first.left(1).toUpper()));
    for (const QString &s : statements) {
        QSqlQuery q(db);
        if (!q.exec(s))
            return false;
    }
    return true;
}

} // namespace testsupport

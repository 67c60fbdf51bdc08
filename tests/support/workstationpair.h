#pragma once

#include "core/domain/clock.h"
#include "core/reporting/reportcatalog.h"
#include "core/sync/syncexporter.h"
#include "core/sync/syncimporter.h"
#include "support/testdatabase.h"

#include <QTemporaryDir>

#include <memory>

namespace testsupport {

// Two (or more) workstations, each with its own database and number, and
// the sync folder they share: record changes on each offline, exchange
// files, and compare what they end up with. Tests of modules that merge
// through sync use it as:
//
//   WorkstationPair pair;                       // workstations 1 and 2
//   ... record stock, deliveries on pair.a() and pair.b() ...
//   QVERIFY(pair.exchange());                   // both ways, until quiet
//   QCOMPARE(pair.differingTables(), {});
//   QCOMPARE(pair.differingReports(catalog, { "stock-by-category" }, request), {});
class WorkstationPair {
public:
    explicit WorkstationPair(int first = 1, int second = 2);

    bool isValid() const;
    QString errorText() const;
    QSqlDatabase a() const { return m_a->db(); }
    QSqlDatabase b() const { return m_b->db(); }
    QSqlDatabase station(int index) const { return index == 0 ? a() : b(); }
    TestDatabase &database(int index) { return index == 0 ? *m_a : *m_b; }
    QString folder() const { return m_folder.path(); }

    // The room's clock: both stations stamp their change log with it, and
    // export and import by it. It stands still; tick() moves it on, so that
    // a test says which of two edits is the later (no sleeping).
    // Every row is stamped by it, also those written outside a
    // core::Transaction (a test's plain INSERT): the change log's triggers
    // read session_context.clock_ms, kept at the room's time here.
    const core::FixedClock &clock() const { return m_clock; }
    void tick(qint64 seconds = 60);

    // Exports from one station (0 = a, 1 = b) into the folder.
    core::Result<core::sync::ExportReport> exportFrom(int index);
    // Imports the folder into one station. Fails (test.clock_ahead) when
    // the import warns of a workstation's clock ahead (sync.clock_ahead):
    // in a normal round every row carries the room's clock, so the warning
    // means a row was stamped with the real time. A test that sets a
    // station's clock ahead on purpose says so with allowClockAhead().
    core::Result<core::sync::ImportReport> importInto(int index);
    void allowClockAhead(bool allowed = true) { m_clockAheadAllowed = allowed; }
    // Both export, then both import, repeated while anything moves (rows
    // sent back after a refused deletion travel on the next round), at
    // most `rounds` times. The last import reports of a and b.
    struct Exchange {
        core::sync::ImportReport intoA;
        core::sync::ImportReport intoB;
    };
    core::Result<Exchange> exchange(int rounds = 4);

    // The rows of one table, ordered by key, as text.
    static QString tableDump(const QSqlDatabase &db, const QString &table);
    // The synchronised tables whose rows differ between the two stations
    // (room_member aside: each station's own row leaves with its first file).
    QStringList differingTables() const;
    // The reports (as machine CSV, without the printing time) that differ.
    QStringList differingReports(
        const core::ReportCatalog &catalog, const QStringList &names, const core::ReportRequest &request) const;

private:
    void stampWithClock();

    core::FixedClock m_clock { QDateTime(QDate(2026, 3, 10), QTime(10, 0)) };
    bool m_clockAheadAllowed = false;
    std::unique_ptr<TestDatabase> m_a;
    std::unique_ptr<TestDatabase> m_b;
    QTemporaryDir m_folder;
};

// Creates a test table with its change-log triggers (made like
// scripts/gen_triggers.py makes them) in a database.
bool createLoggedTable(const QSqlDatabase &db, const QString &table, const QString &columnsSql);

} // namespace testsupport

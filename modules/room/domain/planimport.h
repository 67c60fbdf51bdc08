#pragma once

#include "core/domain/clock.h"
#include "core/domain/csv.h"
#include "core/domain/importproblem.h"
#include "core/domain/result.h"

#include <QSqlDatabase>

namespace room {

// What an import of plan states did (or would do, on a dry run).
struct PlanImportReport {
    int records = 0;
    int added = 0;     // comuni without a plan row before
    int updated = 0;   // comuni whose plan changed
    int unchanged = 0; // comuni whose plan was already as the file says
    QList<core::ImportProblem> problems; // with file, line and column
    bool committed = false;
    int errorCount() const { return core::errorCount(problems); }
    bool ok() const { return errorCount() == 0; }
};

// Imports the states of the comuni's emergency plans from a spreadsheet
// saved as CSV (comma or semicolon; header names without case, accents or
// spaces), one line per comune:
//
//   comune (required; read by core::ComuneMatcher: a name one typing
//     error away is accepted with a warning naming the comune understood,
//     an ambiguous or unknown name, or a comune outside the metropolitan
//     city, is an error), piano (required: sì/no), approvazione,
//     revisione (last revision), scadenza (revision due; empty: three
//     years after the last revision), portale (sì/no: entered in the
//     regional portal), rischi (scenarios separated by commas, / or +, or ; in a quoted field:
//     idrogeologico, idraulico, incendi boschivi, sismico, industriale,
//     neve e ghiaccio, ondate di calore, trasporti, dighe), atto, note.
//
// Dates dd/mm/yyyy (or yyyy-mm-dd). A column the file does not have keeps
// the comune's value on record. Every line is checked with validatePlan()
// against the clock's today. All or nothing, in one transaction (a
// savepoint inside the caller's) rolled back on any error or on a dry run;
// at most 200 errors are listed.
class PlanImporter {
public:
    PlanImporter(QSqlDatabase db, const core::Clock &clock)
        : m_db(std::move(db))
        , m_clock(clock)
    {
    }

    core::Result<PlanImportReport> importTable(const core::CsvTable &table, const QString &file, bool dryRun);
    core::Result<PlanImportReport> importFile(const QString &path, bool dryRun);

private:
    QSqlDatabase m_db;
    const core::Clock &m_clock;
};

} // namespace room

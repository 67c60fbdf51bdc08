#pragma once

#include "core/domain/clock.h"
#include "core/domain/csv.h"
#include "core/domain/result.h"

#include <QSqlDatabase>

namespace fleet {

// What an import did (or would do, on a dry run), with every problem found
// at its file, line and column.
struct FleetImportReport {
    int records = 0;
    int added = 0;
    int updated = 0;
    QList<core::Error> errors; // nothing is written when not empty
    bool committed = false;
    bool ok() const { return errors.isEmpty(); }
};

// Imports the Colonna Mobile's spreadsheets (CSV, comma or semicolon;
// header names without case, accents or spaces):
//
// vehicles: targa, tipo, proprietario (Città metropolitana | CCV-MI | the
//   name or registry number of an organisation); optional modello, sede
//   (a site's name), stato (operativo | in manutenzione | fuori servizio),
//   immatricolazione, revisione, assicurazione (dates dd/mm/yyyy), km,
//   note. A plate on record updates that vehicle (its odometer never goes
//   back).
// equipment: tipo, descrizione; optional matricola (serial number), sede,
//   stato, verifica (next periodic check), note. A serial number on record
//   updates that piece.
//
// Types are read in Italian or as codes (furgone / van, generatore /
// generator...). All or nothing, in one transaction rolled back on any
// error or on a dry run; at most 200 errors are listed. Texts longer than
// core::overlongFields() allows and km above core::maxImportQuantity are
// refused before they are converted.
class FleetImporter {
public:
    FleetImporter(QSqlDatabase db, const core::Clock &clock)
        : m_db(std::move(db))
        , m_clock(clock)
    {
    }

    core::Result<FleetImportReport> importVehicles(const core::CsvTable &table, const QString &file, bool dryRun);
    core::Result<FleetImportReport> importEquipment(const core::CsvTable &table, const QString &file, bool dryRun);
    // "vehicles" or "equipment".
    core::Result<FleetImportReport> importFile(const QString &kind, const QString &path, bool dryRun);

private:
    QSqlDatabase m_db;
    const core::Clock &m_clock;
};

} // namespace fleet

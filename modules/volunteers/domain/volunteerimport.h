#pragma once

#include "core/domain/clock.h"
#include "core/domain/csv.h"
#include "core/domain/result.h"

#include <QSqlDatabase>

namespace volunteers {

// The outcome of an import: what would be (dry run) or was written, and
// every problem found with its file, line and field.
struct ImportReport {
    int records = 0;
    int added = 0; // volunteers added, or person-days added
    int updated = 0; // volunteers updated (same codice fiscale)
    QList<core::Error> errors; // nothing is written when not empty
    QList<core::Error> warnings; // written anyway: comune names corrected, names not matching the codice fiscale
    bool committed = false;

    bool ok() const { return errors.isEmpty(); }
};

// Imports the spreadsheets the room uses today (CSV, comma or semicolon,
// UTF-8 or Latin-1; header names without case or accents):
//
// volunteers: cognome, nome, codice_fiscale, organizzazione (name or
//   registry number), comune_residenza; optional indirizzo, telefono, email,
//   condizione (dipendente | autonomo | non occupato), datore_lavoro,
//   datore_cf_piva, datore_indirizzo, datore_pec. A codice fiscale already
//   on record updates that volunteer.
// activations: codice_fiscale, evento, data (or dal and al), servizio;
//   optional comune, luogo, organizzazione (default: the volunteer's).
// organisations: nome, comune (of the seat, in the metropolitan city);
//   optional tipo (associazione | gruppo comunale), numero_registro,
//   codice_fiscale, indirizzo, rappresentante, ruolo_rappresentante,
//   telefono, email, pec, note. A name (or registry number) already on
//   record updates that organisation: importing the list again adds none.
//
// All or nothing: everything runs in one transaction, rolled back when any
// line is wrong or when dryRun is set; then the report lists every problem
// (up to 200). Comune names go through ComuneMatcher: a corrected name is a
// warning, an ambiguous or unknown one an error with suggestions.
class VolunteerImporter {
public:
    VolunteerImporter(QSqlDatabase db, const core::Clock &clock)
        : m_db(std::move(db))
        , m_clock(clock)
    {
    }

    core::Result<ImportReport> importVolunteers(const core::CsvTable &table, const QString &fileName, bool dryRun);
    core::Result<ImportReport> importActivations(const core::CsvTable &table, const QString &fileName, bool dryRun);
    core::Result<ImportReport> importOrganisations(const core::CsvTable &table, const QString &fileName, bool dryRun);

    // Reads the file and imports it; "volunteers", "activations" or "organisations".
    core::Result<ImportReport> importFile(const QString &kind, const QString &path, bool dryRun);

    static QStringList volunteerColumns();

private:
    QSqlDatabase m_db;
    const core::Clock &m_clock;
};

} // namespace volunteers

#pragma once

#include "core/reporting/reportcatalog.h"

#include <QCoreApplication>

namespace volunteers {

// "renewal-activity --organisation ID --year Y" (Print menu and `cisiamo
// report`): what an organisation did in a year, for its yearly renewal of
// operational status ("una relazione sull'attività svolta con esercitazioni
// e attivazioni, elenco delle attrezzature e dei mezzi in capo alla
// organizzazione"). One table, so that the CSV carries all of it:
// - activations: per event, the organisation's volunteers and person-days
//   (effective days of the activation ledger in the year);
// - exercises starting in the year, with participants and person-days;
// - courses: the editions ending in the year its volunteers took part in,
//   how many enrolled and how many were certified;
// - vehicles owned and equipment on loan on 31/12 of the year (or today,
//   for the current year), taken from the Colonna Mobile's report
//   equipment-by-organisation (fleet::FleetReports), not queried again.
// Counts, no names: Permission::VolunteersView.
// Errors: training.organisation_missing, training.unknown_organisation {id},
// training.year_invalid {text}.
class RenewalActivityReport {
    Q_DECLARE_TR_FUNCTIONS(volunteers::RenewalActivityReport)
public:
    static core::ReportDefinition definition();
    static core::Result<core::ReportDocument> build(const QSqlDatabase &db, const core::ReportRequest &request);
};

} // namespace volunteers

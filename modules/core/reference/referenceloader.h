#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>

namespace core {

// The version of the reference data shipped in the resources. Raise it when
// the bundled files change, and teach loadReferenceData() the new step.
// 1: the tables; 2: the COCs' CAP, phone and e-mail default to the town hall's.
inline constexpr int referenceDataVersion = 2;

// Loads the reference data from the program's resources into a database
// that does not have it yet: every Italian comune, the 133 of the
// metropolitan city with polygons and contacts, aliases of merged comuni,
// the Idroscalo, goods categories, volunteer services, tutoring subjects and
// schools; then (version 2) the town hall's CAP, phone and e-mail as the
// defaults of each COC's own where they are empty. One transaction, not
// logged (every workstation loads the same rows and fills the same defaults
// itself; what an operator types later is logged and synchronised). Does nothing when the database is already current, so it
// is safe to call at every start.
Status loadReferenceData(const QSqlDatabase &db);

} // namespace core

#pragma once

#include "core/db/textsearch.h"

namespace volunteers {

// The global search's query over the volunteers: surname, name (either
// order) or codice fiscale containing `text`, at most `limit`, by name.
core::Result<QList<core::SearchMatch>> searchVolunteers(const QSqlDatabase &db, const QString &text, int limit);

} // namespace volunteers

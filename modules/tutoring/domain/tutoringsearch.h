#pragma once

#include "core/db/textsearch.h"

namespace tutoring {

// The global search's query over the pupils: surname, name (either order)
// or code containing `text`, at most `limit`, by name.
core::Result<QList<core::SearchMatch>> searchPupils(const QSqlDatabase &db, const QString &text, int limit);

} // namespace tutoring

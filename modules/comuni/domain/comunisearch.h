#pragma once

#include "core/db/textsearch.h"

namespace comuni {

// The global search's query over the comuni of the metropolitan city: name
// or ISTAT code containing `text`, at most `limit`, by name.
core::Result<QList<core::SearchMatch>> searchComuni(const QSqlDatabase &db, const QString &text, int limit);

} // namespace comuni

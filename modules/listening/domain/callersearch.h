#pragma once

#include "core/db/textsearch.h"

namespace listening {

// The global search over the callers of the open requests: name or phone
// containing `text` (phone compared on digits), at most `limit`, the most
// urgent first. The names are sealed in the data vault, so they are opened
// and compared here, not in SQL; a session that may not open them (no
// listening.personal.read or no key) gets nothing, without an audit entry.
core::Result<QList<core::SearchMatch>> searchCallers(const QSqlDatabase &db, const QString &text, int limit, qint64 nowMs);

} // namespace listening

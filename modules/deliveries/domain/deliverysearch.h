#pragma once

#include "core/db/textsearch.h"

namespace deliveries {

// The global search's queries: DDT numbers and request numbers (or the
// platform's reference of a request) containing `text`, the latest first,
// at most `limit` each. The detail names the recipient and the date.
core::Result<QList<core::SearchMatch>> searchDeliveryNotes(const QSqlDatabase &db, const QString &text, int limit);
core::Result<QList<core::SearchMatch>> searchRequests(const QSqlDatabase &db, const QString &text, int limit);

} // namespace deliveries

#pragma once

#include "core/db/textsearch.h"

namespace volunteers {

// The global search's query over the volunteers: surname, name (either
// order) or codice fiscale containing `text`, at most `limit`, by name.
core::Result<QList<core::SearchMatch>> searchVolunteers(const QSqlDatabase &db, const QString &text, int limit);

// The course editions (Volontari › Formazione) whose code, or whose course's
// code or title, contains `text`, newest first; title: the course and the
// edition's code; detail: the dates and the place.
core::Result<QList<core::SearchMatch>> searchTrainingEditions(const QSqlDatabase &db, const QString &text, int limit);

} // namespace volunteers

#pragma once

#include "core/db/textsearch.h"

namespace fleet {

// The global search's queries (Ctrl+K) over the Colonna Mobile, each at most
// `limit` rows, what starts with the text first. A type is found by its
// Italian name ("furgone", "generatore": FleetText), a plate with or without
// spaces. Read only `db` (the search's worker connection). Withdrawn
// vehicles and equipment are left out, like in their lists.

// Title: the plate as written ("AB 123 CD"); detail: type, model · site.
core::Result<QList<core::SearchMatch>> searchVehicles(const QSqlDatabase &db, const QString &text, int limit);
// By serial number, description or type; title: the description; detail:
// type · serial · site.
core::Result<QList<core::SearchMatch>> searchEquipment(const QSqlDatabase &db, const QString &text, int limit);
// By name or address; detail: the address.
core::Result<QList<core::SearchMatch>> searchSites(const QSqlDatabase &db, const QString &text, int limit);
// Modules of the Colonna Mobile by name; detail: the description.
core::Result<QList<core::SearchMatch>> searchModules(const QSqlDatabase &db, const QString &text, int limit);

} // namespace fleet

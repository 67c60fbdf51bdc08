#pragma once

#include "core/db/textsearch.h"

namespace room {

// The global search's queries (Ctrl+K) over the room's records, each at most
// `limit` rows, what starts with the text first. Read only `db` (the
// search's worker connection). Columns: id, title, detail.

// Events by name or authorising act; detail: start date · act.
core::Result<QList<core::SearchMatch>> searchEvents(const QSqlDatabase &db, const QString &text, int limit);
// Diary entries whose text or counterpart contains the text, newest first;
// title: the text (cut at 64 characters); detail: date and time · event.
core::Result<QList<core::SearchMatch>> searchDiary(const QSqlDatabase &db, const QString &text, int limit);
// Protocol entries by number, counterpart or subject, newest first; title:
// number and subject; detail: date · counterpart.
core::Result<QList<core::SearchMatch>> searchProtocol(const QSqlDatabase &db, const QString &text, int limit);
// Emergency plans by comune name; id: the comune's id (the plan's key);
// detail: "has plan (0/1) TAB approved on TAB revision due TAB zona
// omogenea" (dates yyyy-MM-dd or empty), for the module to put in words.
core::Result<QList<core::SearchMatch>> searchPlans(const QSqlDatabase &db, const QString &text, int limit);

} // namespace room

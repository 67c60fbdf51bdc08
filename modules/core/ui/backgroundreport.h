#pragma once

#include "core/domain/result.h"
#include "core/reporting/reportdocument.h"

#include <QSqlDatabase>

#include <functional>

namespace core {

class BackgroundReader;

// Builds a report on `reader`'s worker connection, signed in there as the
// window's connection `db` is (core::sessionCopy: the same person, the same
// keys to open sealed names), so that the GUI thread runs no SQL for it.
// Pictures only the GUI thread can draw (DeferredImages) are drawn when
// the document arrives; then `done` runs on the reader's thread (the GUI
// thread), with the document or the error. Nothing runs when the reader is
// stopped or destroyed first.
void buildReportInBackground(BackgroundReader *reader, const QSqlDatabase &db,
    std::function<Result<ReportDocument>(const QSqlDatabase &)> build,
    std::function<void(const Result<ReportDocument> &)> done);

} // namespace core

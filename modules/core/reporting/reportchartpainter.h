#pragma once

#include "core/reporting/reportdocument.h"

#include <QImage>
#include <QLocale>
#include <QSize>

namespace core {

// Draws a ReportChart as a bar chart into an image (QPainter only), for
// printed reports and PDF from the command line.
QImage paintReportChart(const ReportChart &chart, QSize size, const QLocale &locale = QLocale());

} // namespace core

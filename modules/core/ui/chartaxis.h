#pragma once

class QChart;
class QValueAxis;

namespace core {

// On-screen charts (Qt Charts) write their numbers as the paper ones do.

// Axis ticks and bar labels through QLocale ("1.474", "0,5"), not printf.
void localizeChartNumbers(QChart *chart);

// The axis from 0 on niceAxis() ticks (core/reporting/niceaxis.h): round,
// distinct steps; whole ones for counts; 0..1 for an empty chart.
void setNiceRange(QValueAxis *axis, double maxValue, bool integers);

} // namespace core

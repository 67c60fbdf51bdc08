#include "core/reporting/reportchartpainter.h"

#include "core/reporting/niceaxis.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace core {

namespace {

const QList<QColor> palette = { QColor(0x1f, 0x5f, 0x99), QColor(0xe0, 0x7b, 0x24), QColor(0x3a, 0x8f, 0x4b),
                                QColor(0x9b, 0x3d, 0x8e), QColor(0xc0, 0x39, 0x2b), QColor(0x6b, 0x6b, 0x6b) };

// The image is drawn at three times its printed size at 96 dpi
// (ReportHtmlWriter::chartPixelSize): a point on paper is 3 * 96 / 72 of
// its pixels. The text is sized in printed points, not from the image, so
// that a small or short chart still prints readable text.
constexpr double pixelsPerPoint = 3 * 96.0 / 72.0;
constexpr double textPoints = 8;
constexpr double titlePoints = 9;

QLocale groupedLocale(const QLocale &locale)
{
    QLocale grouped = locale;
    grouped.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return grouped;
}

} // namespace

QImage paintReportChart(const ReportChart &chart, QSize size, const QLocale &locale)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = p.font();
    font.setPixelSize(int(std::lround(textPoints * pixelsPerPoint)));
    p.setFont(font);
    const QFontMetricsF fm(font);
    const double line = fm.height();

    double maxValue = 0;
    for (const ReportSeries &s : chart.series)
        for (double v : s.values)
            maxValue = std::max(maxValue, v);
    // Whole ticks for whole figures (counts, kg rounded): no "2,5 consegne".
    const NiceAxis axis = niceAxis(maxValue, 5, chart.decimals == 0);
    const double top = axis.top;
    const QLocale numbers = groupedLocale(locale);
    auto tickLabel = [&](double v) { return niceAxisLabel(v, axis, numbers); };
    auto valueLabel = [&](double v) { return numbers.toString(v, 'f', chart.decimals); };

    QRectF area(0, 0, size.width(), size.height());
    if (!chart.title.isEmpty()) {
        QFont bold = font;
        bold.setPixelSize(int(std::lround(titlePoints * pixelsPerPoint)));
        bold.setBold(true);
        p.setFont(bold);
        const double titleLine = QFontMetricsF(bold).height();
        p.drawText(QRectF(0, 0, size.width(), titleLine * 1.4), Qt::AlignCenter, chart.title);
        p.setFont(font);
        area.setTop(titleLine * 1.5);
    }
    if (chart.series.size() > 1) {
        // Legend at the bottom.
        double x = 10;
        const double y = size.height() - line * 1.2;
        for (int s = 0; s < chart.series.size(); ++s) {
            p.fillRect(QRectF(x, y + line * 0.2, line * 0.7, line * 0.7), palette.at(s % palette.size()));
            p.drawText(QPointF(x + line, y + line * 0.85), chart.series.at(s).name);
            x += line * 1.5 + fm.horizontalAdvance(chart.series.at(s).name) + 20;
        }
        area.setBottom(y - line * 0.3);
    }

    const int groups = int(chart.categories.size());
    if (groups == 0 || chart.series.isEmpty() || maxValue <= 0) {
        // Nothing to draw bars for: say so, without an axis of zeros.
        p.setPen(QColor(0x55, 0x5f, 0x6a));
        p.drawText(area, Qt::AlignCenter, QCoreApplication::translate("core::ReportChart", "No data"));
        return image;
    }
    const int seriesCount = int(chart.series.size());

    if (chart.horizontal) {
        double labelWidth = 0;
        for (const QString &c : chart.categories)
            labelWidth = std::max(labelWidth, fm.horizontalAdvance(c));
        labelWidth = std::min(labelWidth + 10, area.width() * 0.4);
        // Room for the value after the longest bar, and for the last tick.
        const double valueWidth
            = std::max(fm.horizontalAdvance(tickLabel(top)), fm.horizontalAdvance(valueLabel(maxValue))) + 12;
        const QRectF plot(area.left() + labelWidth, area.top() + 5, area.width() - labelWidth - valueWidth, area.height() - line - 10);
        const double band = plot.height() / groups;
        p.setPen(QColor(0xdd, 0xdd, 0xdd));
        for (int i = 0; i <= axis.intervals(); ++i) {
            const double v = axis.tick(i);
            const double x = plot.left() + plot.width() * v / top;
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
            p.setPen(Qt::black);
            p.drawText(QRectF(x - valueWidth, plot.bottom() + 2, 2 * valueWidth, line),
                       Qt::AlignHCenter | Qt::AlignTop | Qt::TextDontClip, tickLabel(v));
            p.setPen(QColor(0xdd, 0xdd, 0xdd));
        }
        p.setPen(Qt::black);
        for (int g = 0; g < groups; ++g) {
            const double y0 = plot.top() + g * band;
            p.drawText(QRectF(area.left(), y0, labelWidth - 6, band), Qt::AlignRight | Qt::AlignVCenter,
                       fm.elidedText(chart.categories.at(g), Qt::ElideRight, labelWidth - 6));
            const double barHeight = band * 0.7 / seriesCount;
            for (int s = 0; s < seriesCount; ++s) {
                const double v = chart.series.at(s).values.value(g);
                const QRectF bar(plot.left(), y0 + band * 0.15 + s * barHeight, plot.width() * v / top, barHeight);
                p.fillRect(bar, palette.at(s % palette.size()));
                p.drawText(QPointF(bar.right() + 4, bar.center().y() + fm.ascent() / 2 - 1), valueLabel(v));
            }
        }
        return image;
    }

    const double axisWidth = fm.horizontalAdvance(tickLabel(top)) + 12;
    // Rotate category labels when they do not fit under their bars.
    double longest = 0;
    for (const QString &c : chart.categories)
        longest = std::max(longest, fm.horizontalAdvance(c));
    const double bandGuess = (area.width() - axisWidth) / groups;
    const bool rotate = longest > bandGuess - 4;
    const double labelsHeight = rotate ? std::min(longest, area.height() * 0.35) + 6 : line + 6;
    const QRectF plot(area.left() + axisWidth, area.top() + line, area.width() - axisWidth - 10,
                      area.height() - labelsHeight - line);
    const double band = plot.width() / groups;
    for (int i = 0; i <= axis.intervals(); ++i) {
        const double v = axis.tick(i);
        const double y = plot.bottom() - plot.height() * v / top;
        p.setPen(QColor(0xdd, 0xdd, 0xdd));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Qt::black);
        p.drawText(QRectF(area.left(), y - line / 2, axisWidth - 6, line),
                   Qt::AlignRight | Qt::AlignVCenter | Qt::TextDontClip, tickLabel(v));
    }
    p.setPen(Qt::black);
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    const double barWidth = band * 0.7 / seriesCount;
    for (int g = 0; g < groups; ++g) {
        const double x0 = plot.left() + g * band;
        for (int s = 0; s < seriesCount; ++s) {
            const double v = chart.series.at(s).values.value(g);
            const double h = plot.height() * v / top;
            const QRectF bar(x0 + band * 0.15 + s * barWidth, plot.bottom() - h, barWidth, h);
            p.fillRect(bar, palette.at(s % palette.size()));
            if (seriesCount == 1 && groups <= 16)
                p.drawText(QRectF(bar.left() - 20, bar.top() - line, bar.width() + 40, line),
                           Qt::AlignHCenter | Qt::AlignBottom | Qt::TextDontClip, valueLabel(v));
        }
        const QString category = chart.categories.at(g);
        if (rotate) {
            p.save();
            p.translate(x0 + band / 2 + fm.ascent() / 2, plot.bottom() + 4);
            p.rotate(-90);
            p.drawText(QRectF(-labelsHeight, -fm.ascent(), labelsHeight - 2, line), Qt::AlignRight | Qt::AlignVCenter,
                       fm.elidedText(category, Qt::ElideRight, labelsHeight - 2));
            p.restore();
        } else {
            p.drawText(QRectF(x0, plot.bottom() + 3, band, line), Qt::AlignHCenter | Qt::AlignTop, category);
        }
    }
    return image;
}

} // namespace core

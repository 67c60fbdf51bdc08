#include "core/reporting/reportchartpainter.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace core {

namespace {

const QList<QColor> palette = { QColor(0x1f, 0x5f, 0x99), QColor(0xe0, 0x7b, 0x24), QColor(0x3a, 0x8f, 0x4b),
                                QColor(0x9b, 0x3d, 0x8e), QColor(0xc0, 0x39, 0x2b), QColor(0x6b, 0x6b, 0x6b) };

double niceStep(double range, int ticks)
{
    if (range <= 0)
        return 1;
    const double raw = range / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : { 1.0, 2.0, 2.5, 5.0, 10.0 })
        if (raw <= m * magnitude)
            return m * magnitude;
    return 10 * magnitude;
}

} // namespace

QImage paintReportChart(const ReportChart &chart, QSize size, const QLocale &locale)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = p.font();
    // From the shorter side: a horizontal chart with many categories is
    // tall, and its text must still fit across it.
    font.setPixelSize(std::max(10, std::min(size.height(), size.width() / 2) / 28));
    p.setFont(font);
    const QFontMetricsF fm(font);
    const double line = fm.height();

    double maxValue = 0;
    for (const ReportSeries &s : chart.series)
        for (double v : s.values)
            maxValue = std::max(maxValue, v);
    const double step = niceStep(maxValue, 5);
    const double top = std::max(step, std::ceil(maxValue / step) * step);
    auto label = [&](double v) { return locale.toString(v, 'f', step < 1 ? chart.decimals : 0); };

    QRectF area(0, 0, size.width(), size.height());
    if (!chart.title.isEmpty()) {
        QFont bold = font;
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(QRectF(0, 0, size.width(), line * 1.5), Qt::AlignCenter, chart.title);
        p.setFont(font);
        area.setTop(line * 1.6);
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
    if (groups == 0 || chart.series.isEmpty())
        return image;
    const int seriesCount = int(chart.series.size());

    if (chart.horizontal) {
        double labelWidth = 0;
        for (const QString &c : chart.categories)
            labelWidth = std::max(labelWidth, fm.horizontalAdvance(c));
        labelWidth = std::min(labelWidth + 10, area.width() * 0.4);
        const double valueWidth = fm.horizontalAdvance(label(top)) + 12; // room for the value after the longest bar
        const QRectF plot(area.left() + labelWidth, area.top() + 5, area.width() - labelWidth - valueWidth, area.height() - line - 10);
        const double band = plot.height() / groups;
        p.setPen(QColor(0xdd, 0xdd, 0xdd));
        for (double v = 0; v <= top + 1e-9; v += step) {
            const double x = plot.left() + plot.width() * v / top;
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
            p.setPen(Qt::black);
            p.drawText(QRectF(x - valueWidth, plot.bottom() + 2, 2 * valueWidth, line), Qt::AlignHCenter | Qt::AlignTop, label(v));
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
                p.drawText(QPointF(bar.right() + 4, bar.center().y() + fm.ascent() / 2 - 1), label(v));
            }
        }
        return image;
    }

    const double axisWidth = fm.horizontalAdvance(label(top)) + 12;
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
    for (double v = 0; v <= top + 1e-9; v += step) {
        const double y = plot.bottom() - plot.height() * v / top;
        p.setPen(QColor(0xdd, 0xdd, 0xdd));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Qt::black);
        p.drawText(QRectF(area.left(), y - line / 2, axisWidth - 6, line), Qt::AlignRight | Qt::AlignVCenter, label(v));
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
                           Qt::AlignHCenter | Qt::AlignBottom, label(v));
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

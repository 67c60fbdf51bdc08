#include "core/reporting/reportcolumnwidths.h"

#include "core/reporting/reporttablelayout.h"

#include <QFontMetricsF>

#include <algorithm>
#include <iterator>
#include <limits>
#include <numeric>

namespace core {

namespace {

constexpr double widthEpsilon = 0.01;

// Each column at least its least; the room left in proportion to what each
// would still need to keep every paragraph on one line (as browsers do).
QList<double> proportionalWidths(const QList<TextExtent> &columns, double width)
{
    QList<double> widths;
    double minSum = 0, preferredSum = 0;
    for (const TextExtent &e : columns) {
        minSum += e.min;
        preferredSum += e.preferred;
    }
    for (const TextExtent &e : columns) {
        if (preferredSum <= width)
            widths.append(e.preferred + (width - preferredSum) * e.preferred / std::max(widthEpsilon, preferredSum));
        else if (minSum <= width)
            widths.append(e.min + (width - minSum) * (e.preferred - e.min) / std::max(widthEpsilon, preferredSum - minSum));
        else
            widths.append(e.min * width / minSum); // squeezed: some values overflow their cell
    }
    return widths;
}

// The least text width at which `text` takes at most `lines` lines.
double widthForLines(const QString &text, int lines, const TextExtent &extent, const QFontMetricsF &metrics)
{
    if (text.count(QLatin1Char('\n')) + 1 > lines)
        return extent.preferred;
    double low = extent.min, high = extent.preferred;
    if (wrapCellText(text, false, low, metrics).size() <= lines)
        return low;
    while (high - low > 0.5) {
        const double middle = (low + high) / 2;
        (wrapCellText(text, false, middle, metrics).size() <= lines ? high : low) = middle;
    }
    return high;
}

// What each text of each column needs for `lines` lines, narrowest first.
using Needs = QList<QList<QPair<double, int>>>; // per column: (width, occurrences)

Needs needsFor(int lines, const QList<WrappingTexts> &wrapping, const QFontMetricsF &metrics)
{
    Needs needs;
    for (const WrappingTexts &w : wrapping) {
        QList<QPair<double, int>> column;
        for (int t = 0; t < w.texts.size(); ++t)
            column.append({ lines == 1 ? w.extents.at(t).preferred
                                       : widthForLines(w.texts.at(t), lines, w.extents.at(t), metrics),
                            w.counts.at(t) });
        std::sort(column.begin(), column.end());
        needs.append(column);
    }
    return needs;
}

// The width each column needs for the share of its cells given.
QList<double> widthsForShare(const Needs &needs, double share, const QList<TextExtent> &columns,
                             const QList<WrappingTexts> &wrapping, double padding)
{
    QList<double> widths;
    for (int c = 0; c < columns.size(); ++c) {
        const WrappingTexts &w = wrapping.at(c);
        const int total = int(w.rowText.size());
        double typical = 0;
        int seen = w.fitting;
        for (const auto &n : needs.at(c)) {
            if (seen >= share * total)
                break;
            typical = n.first;
            seen += n.second;
        }
        widths.append(std::max(columns.at(c).min, std::min(typical + padding, columns.at(c).preferred)));
    }
    return widths;
}

double sum(const QList<double> &values)
{
    return std::accumulate(values.cbegin(), values.cend(), 0.0);
}

// From the widths needed to the whole width: the room left goes first to
// the columns it brings down a line (`fewer`), cheapest first, then to what
// the columns still want, or, when they have it all, to every column by its size.
QList<double> spread(QList<double> widths, const QList<double> &fewer, const QList<TextExtent> &columns, double width)
{
    double room = width - sum(widths);
    if (!fewer.isEmpty()) {
        QList<int> order;
        for (int c = 0; c < columns.size(); ++c)
            if (fewer.at(c) > widths.at(c))
                order.append(c);
        std::sort(order.begin(), order.end(),
                  [&](int a, int b) { return fewer.at(a) - widths.at(a) < fewer.at(b) - widths.at(b); });
        for (int c : std::as_const(order)) {
            if (fewer.at(c) - widths.at(c) > room)
                break;
            room -= fewer.at(c) - widths.at(c);
            widths[c] = fewer.at(c);
        }
    }
    double wanted = 0, preferred = 0;
    for (int c = 0; c < columns.size(); ++c) {
        wanted += std::max(0.0, columns.at(c).preferred - widths.at(c));
        preferred += columns.at(c).preferred;
    }
    for (int c = 0; c < columns.size(); ++c) {
        const TextExtent &e = columns.at(c);
        if (wanted >= room)
            widths[c] += room * std::max(0.0, e.preferred - widths.at(c)) / std::max(widthEpsilon, wanted);
        else
            widths[c] = std::max(widths.at(c), e.preferred)
                + (room - wanted) * e.preferred / std::max(widthEpsilon, preferred);
    }
    return widths;
}

// The lines of all body rows at these widths: what the page count follows.
qint64 bodyLines(const QList<double> &widths, const QList<WrappingTexts> &wrapping, double padding,
                 const QFontMetricsF &metrics)
{
    QList<int> rowLines;
    for (int c = 0; c < wrapping.size(); ++c) {
        const WrappingTexts &w = wrapping.at(c);
        if (rowLines.isEmpty())
            rowLines.fill(1, w.rowText.size());
        QList<int> textLines;
        for (const QString &text : w.texts)
            textLines.append(int(wrapCellText(text, false, widths.at(c) - padding, metrics).size()));
        for (int r = 0; r < w.rowText.size(); ++r)
            if (w.rowText.at(r) >= 0)
                rowLines[r] = std::max(rowLines.at(r), textLines.at(w.rowText.at(r)));
    }
    return std::accumulate(rowLines.cbegin(), rowLines.cend(), qint64(0));
}

} // namespace

QList<double> columnWidths(const QList<TextExtent> &columns, const QList<WrappingTexts> &wrapping, double padding,
                           double width, const QFontMetricsF &metrics)
{
    double minSum = 0;
    for (const TextExtent &e : columns)
        minSum += e.min;
    if (minSum > width + widthEpsilon)
        return proportionalWidths(columns, width);

    QList<QList<double>> candidates { proportionalWidths(columns, width) };
    const double shares[] = { 0.95, 0.85, 0.7 };
    QList<QList<double>> fewer(std::size(shares)); // per share: the widths for one line less
    for (int lines = 1; lines <= 6; ++lines) {
        const Needs needs = needsFor(lines, wrapping, metrics);
        bool nearlyAll = false;
        for (int s = 0; s < int(std::size(shares)); ++s) {
            const QList<double> need = widthsForShare(needs, shares[s], columns, wrapping, padding);
            if (sum(need) > width + widthEpsilon) {
                fewer[s] = need;
                continue;
            }
            candidates.append(spread(need, fewer.at(s), columns, width));
            nearlyAll = nearlyAll || s == 0;
        }
        if (nearlyAll)
            break;
    }
    QList<double> best;
    qint64 bestLines = std::numeric_limits<qint64>::max();
    for (const QList<double> &widths : std::as_const(candidates)) {
        const qint64 lines = bodyLines(widths, wrapping, padding, metrics);
        if (lines < bestLines) {
            best = widths;
            bestLines = lines;
        }
    }
    return best;
}

} // namespace core

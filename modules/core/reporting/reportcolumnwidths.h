#pragma once

#include <QList>
#include <QStringList>

class QFontMetricsF;

namespace core {

// The least and the most room a text, or a column, needs: its widest piece
// that cannot break, and its widest paragraph on one line.
struct TextExtent {
    double min = 0;
    double preferred = 0;
};

// The texts of a column that may wrap, each once, and in which rows they are.
struct WrappingTexts {
    QStringList texts;
    QList<TextExtent> extents;
    QList<int> counts;
    QList<int> rowText; // per body row: index in texts, -1 for a cell that never wraps
    int fitting = 0;    // cells that never wrap: the column's least width holds them already
};

// Column widths adding up to `width` for a table whose columns need at
// least `columns[i].min` (values that never break, padding included) and at
// most `columns[i].preferred`. A row is as tall as its cell with the most
// lines, so the room is shared for the fewest lines in all: a few
// allocations are tried (every text column wrapping into the same few lines
// for nearly all its cells, for most of them...) and the lowest kept.
QList<double> columnWidths(const QList<TextExtent> &columns, const QList<WrappingTexts> &wrapping, double padding,
                           double width, const QFontMetricsF &metrics);

} // namespace core

#pragma once

#include "core/reporting/reportdocument.h"

#include <QFont>
#include <QList>
#include <QLocale>
#include <QStringList>

class QFontMetricsF;
class QPaintDevice;

namespace core {

// One cell as it will be printed: its text cut into lines, only between
// words of a column that may wrap, never inside a number, a date, a code, a
// phone number or an e-mail address.
struct TableCellLayout {
    QString text;
    QStringList lines;
    bool unbreakable = false; // printed on one line (one line per '\n' of the text)
    // Printed columns it covers: a totals label runs over the empty cells to
    // its right; a covered cell has 0.
    int span = 1;
};

struct TableRowLayout {
    enum class Kind { Header, Body, Totals };
    Kind kind = Kind::Body;
    int index = 0; // position among the table's body rows (Body only)
    QList<TableCellLayout> cells; // one per printed column
    double height = 0; // device pixels
};

// A table measured for a width with the fonts of the paint device that will
// print it: pure measurement, no painting.
struct TableLayout {
    double fontPt = 8;
    // False: even at the smallest font the values that cannot break are
    // wider than the page; the columns were squeezed and may overflow.
    bool fits = true;
    QList<int> columns;      // source column of each printed column
    QList<bool> rightAligned;
    QList<double> widths;    // device pixels, adding up to the width asked
    double paddingX = 0;     // left and right of the text, device pixels
    double paddingY = 0;     // above and below the text
    double lineHeight = 0;
    TableRowLayout header;
    QList<TableRowLayout> rows;
    bool hasTotals = false;
    TableRowLayout totals;

    double width() const;
};

struct TableStyle {
    double fontPt = 8;
    double minFontPt = 7;
    double fontStep = 0.5;
};

QFont reportTableFont(double pointSize, bool bold = false);

// Lays the table out in `width` device pixels: its own font size first,
// then smaller, down to the style's minimum; `fits` is false when even that
// is too wide (the caller then tries landscape).
TableLayout layOutTable(const ReportTable &table, const QLocale &locale, double width, QPaintDevice *device,
                        const TableStyle &style = {});

// The pieces of a paragraph between which a line may break: words, but a
// number stays with what follows it ("34 kg", "02 1234 5678", "+39 335").
QStringList unbreakablePieces(const QString &paragraph);

// A value printed on one line: any column but free text (numbers, dates...),
// a text column that does not wrap, or a text without a place to break
// (a code, an e-mail address, a phone number, one word).
// A label in a number or date column ("Total: 1.616 movements") is text.
bool cellIsUnbreakable(const ReportColumn &column, const QVariant &value, const QString &text);

// Cuts a cell's text into lines of at most `width` pixels, between pieces
// only (an unbreakable text gives one line per paragraph).
QStringList wrapCellText(const QString &text, bool unbreakable, double width, const QFontMetricsF &metrics);

} // namespace core

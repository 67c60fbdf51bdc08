#include "core/reporting/reporttablelayout.h"

#include "core/reporting/cellformat.h"
#include "core/reporting/reportcolumnwidths.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPaintDevice>

#include <algorithm>
#include <numeric>

namespace core {

namespace {

constexpr double paddingXMm = 0.9;
constexpr double paddingYMm = 0.45;
constexpr double tableEpsilon = 0.01;

double mmToPx(double mm, const QPaintDevice *device)
{
    return mm * device->logicalDpiX() / 25.4;
}

// A token that is a number, a date, a time or a phone prefix: digits and
// punctuation, no letters.
bool isNumberToken(const QString &token)
{
    bool digit = false;
    for (const QChar c : token) {
        if (c.isLetter())
            return false;
        digit = digit || c.isDigit();
    }
    return digit;
}

// A dash or a bullet on its own: it stays with the word after it.
bool isPunctuationToken(const QString &token)
{
    for (const QChar c : token)
        if (c.isLetterOrNumber())
            return false;
    return true;
}

QStringList paragraphs(const QString &text)
{
    return text.split(QLatin1Char('\n'));
}

TextExtent measure(const QString &text, bool unbreakable, const QFontMetricsF &metrics)
{
    TextExtent e;
    for (const QString &p : paragraphs(text)) {
        const double whole = metrics.horizontalAdvance(p);
        e.preferred = std::max(e.preferred, whole);
        if (unbreakable) {
            e.min = std::max(e.min, whole);
            continue;
        }
        for (const QString &piece : unbreakablePieces(p))
            e.min = std::max(e.min, metrics.horizontalAdvance(piece));
    }
    return e;
}

bool mayWrap(const ReportColumn &column)
{
    return column.kind == ColumnKind::Text && column.wraps;
}

// The texts of the body that may wrap, column by column, each measured once
// (a register repeats its places, items and categories).
QList<WrappingTexts> wrappingTexts(const QList<QStringList> &body, const QList<QList<bool>> &unbreakable, int count,
                                   const QFontMetricsF &metrics)
{
    QList<WrappingTexts> columns(count);
    for (int c = 0; c < count; ++c) {
        QHash<QString, int> index;
        WrappingTexts &w = columns[c];
        for (int r = 0; r < body.size(); ++r) {
            const QString &text = body.at(r).at(c);
            if (unbreakable.at(r).at(c)) {
                w.rowText.append(-1);
                ++w.fitting;
                continue;
            }
            const auto found = index.constFind(text);
            if (found != index.cend()) {
                w.rowText.append(*found);
                ++w.counts[*found];
                continue;
            }
            w.rowText.append(int(w.texts.size()));
            index.insert(text, int(w.texts.size()));
            w.texts.append(text);
            w.extents.append(measure(text, false, metrics));
            w.counts.append(1);
        }
    }
    return columns;
}

} // namespace

bool cellIsUnbreakable(const ReportColumn &column, const QVariant &value, const QString &text)
{
    const bool label = value.typeId() == QMetaType::QString;
    if (!mayWrap(column) && !(label && column.kind != ColumnKind::Text))
        return true;
    for (const QString &p : paragraphs(text))
        if (unbreakablePieces(p).size() > 1)
            return false;
    return true;
}

double TableLayout::width() const
{
    return std::accumulate(widths.cbegin(), widths.cend(), 0.0);
}

QFont reportTableFont(double pointSize, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

QStringList unbreakablePieces(const QString &paragraph)
{
    // Leading spaces (an indented line, "  · lot 12") stay with the first piece.
    qsizetype start = 0;
    while (start < paragraph.size() && paragraph.at(start) == QLatin1Char(' '))
        ++start;
    const QString indent = paragraph.left(start);
    QStringList pieces;
    bool glue = false; // the previous word was a number, a dash or a bullet: no break after it
    for (const QString &word : paragraph.mid(start).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (glue && !pieces.isEmpty())
            pieces.last() += QLatin1Char(' ') + word;
        else
            pieces.append(word);
        glue = isNumberToken(word) || isPunctuationToken(word);
    }
    if (pieces.isEmpty())
        return { indent };
    pieces.first().prepend(indent);
    return pieces;
}

QStringList wrapCellText(const QString &text, bool unbreakable, double width, const QFontMetricsF &metrics)
{
    if (unbreakable)
        return paragraphs(text);
    QStringList lines;
    for (const QString &p : paragraphs(text)) {
        QString line;
        for (const QString &piece : unbreakablePieces(p)) {
            if (line.isEmpty()) {
                line = piece;
                continue;
            }
            const QString longer = line + QLatin1Char(' ') + piece;
            if (metrics.horizontalAdvance(longer) <= width + tableEpsilon) {
                line = longer;
            } else {
                lines.append(line);
                line = piece;
            }
        }
        lines.append(line);
    }
    return lines;
}

TableLayout layOutTable(const ReportTable &table, const QLocale &locale, double width, QPaintDevice *device,
                        const TableStyle &style)
{
    TableLayout layout;
    layout.paddingX = mmToPx(paddingXMm, device);
    layout.paddingY = mmToPx(paddingYMm, device);
    for (int c = 0; c < table.columns.size(); ++c) {
        if (table.columns.at(c).onPaper) {
            layout.columns.append(c);
            layout.rightAligned.append(isNumericColumn(table.columns.at(c)));
        }
    }
    const int count = int(layout.columns.size());

    // The texts once; their measures for each font size tried.
    auto texts = [&](const QVariantList &row) {
        QStringList out;
        for (int c : std::as_const(layout.columns))
            out.append(formatCellForPaper(row.value(c), table.columns.at(c), locale));
        return out;
    };
    QList<QStringList> body;
    body.reserve(table.rows.size());
    for (const QVariantList &row : table.rows)
        body.append(texts(row));
    const QStringList totals = table.totals.isEmpty() ? QStringList() : texts(table.totals);
    QList<QList<bool>> unbreakable;
    for (int r = 0; r < body.size(); ++r) {
        QList<bool> flags;
        for (int i = 0; i < count; ++i) {
            const int c = layout.columns.at(i);
            flags.append(cellIsUnbreakable(table.columns.at(c), table.rows.at(r).value(c), body.at(r).at(i)));
        }
        unbreakable.append(flags);
    }
    QList<bool> totalsUnbreakable;
    for (int i = 0; i < totals.size(); ++i) {
        const int c = layout.columns.at(i);
        totalsUnbreakable.append(cellIsUnbreakable(table.columns.at(c), table.totals.value(c), totals.at(i)));
    }
    // A label of the totals row runs over the empty cells after it.
    QList<int> totalsSpan(totals.size(), 1);
    for (int i = 0; i < totals.size(); ++i) {
        if (totalsSpan.at(i) == 0 || totals.at(i).isEmpty()
            || table.totals.value(layout.columns.at(i)).typeId() != QMetaType::QString)
            continue;
        int j = i + 1;
        while (j < totals.size() && totals.at(j).isEmpty())
            totalsSpan[j++] = 0;
        totalsSpan[i] = j - i;
    }

    QList<double> widths;
    double pt = style.fontPt;
    for (;; pt -= style.fontStep) {
        const QFontMetricsF plain(reportTableFont(pt), device);
        const QFontMetricsF bold(reportTableFont(pt, true), device);
        QList<TextExtent> extents(count);
        for (int i = 0; i < count; ++i)
            extents[i] = measure(table.columns.at(layout.columns.at(i)).title, false, bold);
        for (int r = 0; r < body.size(); ++r)
            for (int i = 0; i < count; ++i) {
                const TextExtent e = measure(body.at(r).at(i), unbreakable.at(r).at(i), plain);
                extents[i].min = std::max(extents[i].min, e.min);
                extents[i].preferred = std::max(extents[i].preferred, e.preferred);
            }
        for (int i = 0; i < totals.size(); ++i) {
            if (totalsSpan.at(i) != 1)
                continue; // a label over several columns finds its room there
            const TextExtent e = measure(totals.at(i), totalsUnbreakable.at(i), bold);
            extents[i].min = std::max(extents[i].min, e.min);
            extents[i].preferred = std::max(extents[i].preferred, e.preferred);
        }
        double minSum = 0;
        for (TextExtent &e : extents) {
            e.min += 2 * layout.paddingX;
            e.preferred += 2 * layout.paddingX;
            minSum += e.min;
        }
        const bool fits = minSum <= width + tableEpsilon;
        if (fits || pt - style.fontStep < style.minFontPt - tableEpsilon) {
            layout.fits = fits;
            layout.fontPt = pt;
            widths = columnWidths(extents, wrappingTexts(body, unbreakable, count, plain), 2 * layout.paddingX,
                                  width, plain);
            break;
        }
    }
    layout.widths = widths;

    const QFontMetricsF plain(reportTableFont(layout.fontPt), device);
    const QFontMetricsF bold(reportTableFont(layout.fontPt, true), device);
    layout.lineHeight = std::max(plain.lineSpacing(), bold.lineSpacing());
    auto makeRow = [&](TableRowLayout::Kind kind, int index, const QStringList &cells, const QList<bool> &flags,
                       const QFontMetricsF &metrics, const QList<int> &spans = {}) {
        TableRowLayout row;
        row.kind = kind;
        row.index = index;
        int lines = 1;
        for (int i = 0; i < count; ++i) {
            TableCellLayout cell;
            cell.text = cells.value(i);
            cell.unbreakable = flags.value(i, true);
            cell.span = spans.value(i, 1);
            double room = 0;
            for (int k = i; k < i + cell.span; ++k)
                room += widths.at(k);
            cell.lines = cell.span > 0 ? wrapCellText(cell.text, cell.unbreakable, room - 2 * layout.paddingX, metrics)
                                       : QStringList();
            lines = std::max(lines, int(cell.lines.size()));
            row.cells.append(cell);
        }
        row.height = lines * layout.lineHeight + 2 * layout.paddingY;
        return row;
    };
    QStringList titles;
    QList<bool> titleFlags;
    for (int c : std::as_const(layout.columns)) {
        titles.append(table.columns.at(c).title);
        titleFlags.append(false); // header words never break, but a header may wrap between them
    }
    layout.header = makeRow(TableRowLayout::Kind::Header, -1, titles, titleFlags, bold);
    for (int r = 0; r < body.size(); ++r)
        layout.rows.append(makeRow(TableRowLayout::Kind::Body, r, body.at(r), unbreakable.at(r), plain));
    if (!totals.isEmpty()) {
        layout.hasTotals = true;
        layout.totals = makeRow(TableRowLayout::Kind::Totals, int(body.size()), totals, totalsUnbreakable, bold,
                                totalsSpan);
    }
    return layout;
}

} // namespace core

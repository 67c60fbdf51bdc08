#include "core/reporting/reporttablelayout.h"

#include "core/reporting/cellformat.h"

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

// The widest piece and the widest paragraph of a text: the least and the
// most room its column needs.
struct Extent {
    double min = 0;
    double preferred = 0;
};

Extent measure(const QString &text, bool unbreakable, const QFontMetricsF &metrics)
{
    Extent e;
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

// Column widths for `width`: each at least its widest unbreakable piece;
// the room left goes to the columns in proportion to what they would still
// need to keep every paragraph on one line, then in proportion to their size.
QList<double> shareWidth(const QList<Extent> &extents, double width)
{
    QList<double> widths;
    double minSum = 0, preferredSum = 0;
    for (const Extent &e : extents) {
        minSum += e.min;
        preferredSum += e.preferred;
    }
    for (const Extent &e : extents) {
        if (preferredSum <= width)
            widths.append(e.preferred + (width - preferredSum) * (preferredSum > 0 ? e.preferred / preferredSum : 1.0 / extents.size()));
        else if (minSum <= width)
            widths.append(e.min + (width - minSum) * (e.preferred - e.min) / std::max(tableEpsilon, preferredSum - minSum));
        else
            widths.append(e.min * width / minSum); // squeezed: some values overflow their cell
    }
    return widths;
}

// The least text width at which `text` takes at most `lines` lines, between
// its widest piece and its whole width.
double widthForLines(const QString &text, int lines, const Extent &extent, const QFontMetricsF &metrics)
{
    if (paragraphs(text).size() > lines)
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

// The texts of a column that may wrap, each once, with how often it occurs.
struct WrappingTexts {
    QStringList texts;
    QList<Extent> extents;
    QList<int> counts;
    int total = 0;   // cells of the column
    int fitting = 0; // of which never wrap: their width is the column's least already
};

QList<WrappingTexts> wrappingTexts(const QList<QStringList> &body, const QList<QList<bool>> &unbreakable, int count,
                                   const QFontMetricsF &metrics)
{
    QList<WrappingTexts> columns(count);
    for (int c = 0; c < count; ++c) {
        QHash<QString, int> index;
        WrappingTexts &w = columns[c];
        for (int r = 0; r < body.size(); ++r) {
            const QString &text = body.at(r).at(c);
            ++w.total;
            if (unbreakable.at(r).at(c)) {
                ++w.fitting;
                continue;
            }
            const auto found = index.constFind(text);
            if (found != index.cend()) {
                ++w.counts[*found];
                continue;
            }
            index.insert(text, int(w.texts.size()));
            w.texts.append(text);
            w.extents.append(measure(text, false, metrics));
            w.counts.append(1);
        }
    }
    return columns;
}

// Widths that keep rows low: a row is as tall as its cell with the most
// lines, so every text column gets the room to wrap its cells into the same
// few lines (nearly all its cells: a rare long one may take one more); the
// room left goes to what would still wrap.
QList<double> balancedWidths(const QList<Extent> &extents, const QList<WrappingTexts> &wrapping, double padding,
                             double width, const QFontMetricsF &metrics)
{
    constexpr double share = 0.95;
    QList<double> fewer; // what each column needs for one line less
    for (int lines = 1; lines <= 6; ++lines) {
        QList<double> need;
        double sum = 0;
        for (int c = 0; c < extents.size(); ++c) {
            const WrappingTexts &w = wrapping.at(c);
            QList<QPair<double, int>> needs; // width, occurrences
            for (int t = 0; t < w.texts.size(); ++t)
                needs.append({ lines == 1 ? w.extents.at(t).preferred
                                          : widthForLines(w.texts.at(t), lines, w.extents.at(t), metrics),
                               w.counts.at(t) });
            std::sort(needs.begin(), needs.end());
            double typical = 0;
            int seen = w.fitting;
            for (const auto &n : std::as_const(needs)) {
                typical = n.first;
                seen += n.second;
                if (seen >= share * w.total)
                    break;
            }
            need.append(std::max(extents.at(c).min, std::min(typical + padding, extents.at(c).preferred)));
            sum += need.last();
        }
        if (sum > width + tableEpsilon) {
            fewer = need;
            continue;
        }
        // The room left: first to the columns that it brings down a line,
        // cheapest first (their rows get lower even if others do not) ...
        QList<double> widths = need;
        double room = width - sum;
        if (!fewer.isEmpty()) {
            QList<int> order;
            for (int c = 0; c < extents.size(); ++c)
                if (fewer.at(c) > need.at(c))
                    order.append(c);
            std::sort(order.begin(), order.end(),
                      [&](int a, int b) { return fewer.at(a) - need.at(a) < fewer.at(b) - need.at(b); });
            for (int c : std::as_const(order)) {
                if (fewer.at(c) - widths.at(c) > room)
                    break;
                room -= fewer.at(c) - widths.at(c);
                widths[c] = fewer.at(c);
            }
        }
        // ... then to what the columns still want, or, when they all have
        // it, to every column by its size.
        double wanted = 0, preferred = 0;
        for (int c = 0; c < extents.size(); ++c) {
            wanted += extents.at(c).preferred - widths.at(c);
            preferred += extents.at(c).preferred;
        }
        for (int c = 0; c < extents.size(); ++c) {
            const Extent &e = extents.at(c);
            if (wanted >= room)
                widths[c] += room * (e.preferred - widths.at(c)) / std::max(tableEpsilon, wanted);
            else
                widths[c] = e.preferred + (room - wanted) * e.preferred / std::max(tableEpsilon, preferred);
        }
        return widths;
    }
    return shareWidth(extents, width);
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
            out.append(formatCellForPeople(row.value(c), table.columns.at(c), locale));
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
        QList<Extent> extents(count);
        for (int i = 0; i < count; ++i)
            extents[i] = measure(table.columns.at(layout.columns.at(i)).title, false, bold);
        for (int r = 0; r < body.size(); ++r)
            for (int i = 0; i < count; ++i) {
                const Extent e = measure(body.at(r).at(i), unbreakable.at(r).at(i), plain);
                extents[i].min = std::max(extents[i].min, e.min);
                extents[i].preferred = std::max(extents[i].preferred, e.preferred);
            }
        for (int i = 0; i < totals.size(); ++i) {
            if (totalsSpan.at(i) != 1)
                continue; // a label over several columns finds its room there
            const Extent e = measure(totals.at(i), totalsUnbreakable.at(i), bold);
            extents[i].min = std::max(extents[i].min, e.min);
            extents[i].preferred = std::max(extents[i].preferred, e.preferred);
        }
        double minSum = 0;
        for (Extent &e : extents) {
            e.min += 2 * layout.paddingX;
            e.preferred += 2 * layout.paddingX;
            minSum += e.min;
        }
        const bool fits = minSum <= width + tableEpsilon;
        if (fits || pt - style.fontStep < style.minFontPt - tableEpsilon) {
            layout.fits = fits;
            layout.fontPt = pt;
            widths = balancedWidths(extents, wrappingTexts(body, unbreakable, count, plain), 2 * layout.paddingX,
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

#include "core/reporting/reporthtml.h"

#include "core/domain/clock.h"
#include "core/reporting/cellformat.h"

#include <algorithm>

namespace core {

namespace {

constexpr double pxPerMm = 96.0 / 25.4;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Paragraph text keeps the line breaks the builder put in it.
QString escMultiline(const QString &s)
{
    return esc(s).replace(QLatin1Char('\n'), QLatin1String("<br/>"));
}

} // namespace

QString ReportHtmlWriter::imageResourceName(int blockIndex)
{
    return QStringLiteral("report-image:%1").arg(blockIndex);
}

int ReportHtmlWriter::blockWidthPx(const ReportBlock &block, bool landscape)
{
    const double fullMm = landscape ? 267.0 : 180.0;
    const double mm = block.widthMm > 0 ? std::min(block.widthMm, fullMm) : fullMm;
    return int(mm * pxPerMm);
}

QSize ReportHtmlWriter::chartPixelSize(const ReportBlock &block, bool landscape)
{
    // Drawn at three times the printed size so that it stays sharp on paper.
    const int w = blockWidthPx(block, landscape);
    const int rows = block.chart.horizontal ? int(block.chart.categories.size()) : 0;
    const int h = rows > 0 ? std::max(int(w * 0.35), rows * 22 + 60) : int(w * 0.5);
    return QSize(w * 3, h * 3);
}

QString ReportHtmlWriter::printedLine(const ReportDocument &document) const
{
    const QDateTime at = document.printedAt.isValid() ? document.printedAt : core::SystemClock::instance().now();
    const QString date = m_locale.toString(at.date(), QStringLiteral("dd/MM/yyyy"));
    const QString time = m_locale.toString(at.time(), QStringLiteral("HH:mm"));
    if (document.operatorName.isEmpty())
        return tr("Printed on %1 at %2").arg(date, time);
    return tr("Printed on %1 at %2 by %3").arg(date, time, document.operatorName);
}

QString ReportHtmlWriter::table(const ReportTable &table) const
{
    QString html;
    html += QLatin1String("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                          "style=\"border-collapse: collapse; border-color: #9aa5b1;\">");
    // Column widths from their content: QTextDocument shares the width
    // evenly otherwise, and a date or a label then breaks over three lines
    // while a column of small numbers stays half empty.
    // Text longer than 14 characters wraps; numbers, dates and header words
    // never break.
    QList<int> weight(table.columns.size(), 0);
    for (int i = 0; i < table.columns.size(); ++i) {
        const ReportColumn &c = table.columns.at(i);
        for (const QString &word : c.title.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            weight[i] = std::max(weight.at(i), int(word.size()) + 1);
        const qsizetype cap = c.kind == ColumnKind::Text ? 14 : 24;
        for (int r = 0; r < std::min<qsizetype>(table.rows.size(), 200); ++r)
            weight[i] = std::max(weight.at(i), int(std::min(formatCellForPeople(table.rows.at(r).value(i), c, m_locale).size(), cap)));
        weight[i] = std::max(weight.at(i), 5);
    }
    int total = 0;
    for (int i = 0; i < table.columns.size(); ++i)
        total += table.columns.at(i).onPaper ? weight.at(i) : 0;
    // Percentages that add up to 100, the rounding left to the widest.
    QList<int> percent(table.columns.size(), 0);
    int given = 0, widest = -1;
    for (int i = 0; i < table.columns.size(); ++i) {
        if (!table.columns.at(i).onPaper)
            continue;
        percent[i] = std::max(1, 100 * weight.at(i) / std::max(1, total));
        given += percent.at(i);
        if (widest < 0 || weight.at(i) > weight.at(widest))
            widest = i;
    }
    if (widest >= 0)
        percent[widest] = std::max(1, percent.at(widest) + 100 - given);
    html += QLatin1String("<thead><tr>");
    for (int i = 0; i < table.columns.size(); ++i) {
        const ReportColumn &c = table.columns.at(i);
        if (!c.onPaper)
            continue;
        const char *align = isNumericColumn(c) ? "right" : "left";
        html += QStringLiteral("<th bgcolor=\"#e8eef4\" align=\"%1\" width=\"%2%\">%3</th>")
                    .arg(QLatin1String(align)).arg(percent.at(i)).arg(esc(c.title));
    }
    html += QLatin1String("</tr></thead>");
    for (const QVariantList &row : table.rows) {
        html += QLatin1String("<tr>");
        for (int i = 0; i < table.columns.size(); ++i) {
            const ReportColumn &c = table.columns.at(i);
            if (!c.onPaper)
                continue;
            const char *align = isNumericColumn(c) ? "right" : "left";
            html += QStringLiteral("<td align=\"%1\">%2</td>")
                        .arg(QLatin1String(align), escMultiline(formatCellForPeople(row.value(i), c, m_locale)));
        }
        html += QLatin1String("</tr>");
    }
    if (!table.totals.isEmpty()) {
        html += QLatin1String("<tr>");
        for (int i = 0; i < table.columns.size(); ++i) {
            const ReportColumn &c = table.columns.at(i);
            if (!c.onPaper)
                continue;
            const char *align = isNumericColumn(c) ? "right" : "left";
            html += QStringLiteral("<td bgcolor=\"#f3f5f7\" align=\"%1\"><b>%2</b></td>")
                        .arg(QLatin1String(align), esc(formatCellForPeople(table.totals.value(i), c, m_locale)));
        }
        html += QLatin1String("</tr>");
    }
    html += QLatin1String("</table>");
    return html;
}

QString ReportHtmlWriter::write(const ReportDocument &document) const
{
    QString html;
    html += QLatin1String("<html><head><meta charset=\"utf-8\"/><style>"
                          "body { font-size: 9.5pt; color: #1b1f23; }"
                          "h1 { font-size: 15pt; margin-top: 6px; margin-bottom: 2px; color: #123a61; }"
                          "h2 { font-size: 12pt; margin-top: 12px; margin-bottom: 4px; color: #123a61; }"
                          "h3 { font-size: 10.5pt; margin-top: 8px; margin-bottom: 3px; }"
                          "p { margin-top: 3px; margin-bottom: 3px; }"
                          "td, th { font-size: 9pt; }"
                          ".muted { color: #555f6a; font-size: 8.5pt; }"
                          "</style></head><body>");
    if (document.letterhead) {
        html += QStringLiteral(
            "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td>"
            "<p style=\"font-size: 8pt; color: #555f6a; margin: 0;\">CITTÀ METROPOLITANA DI MILANO · PROTEZIONE CIVILE</p>"
            "<p style=\"font-size: 11.5pt; font-weight: bold; color: #123a61; margin: 0;\">"
            "CCV-MI · Comitato di Coordinamento dei Volontari di Protezione Civile</p>"
            "<p style=\"font-size: 8pt; color: #555f6a; margin: 0;\">Sala operativa · Parco Idroscalo, "
            "via circonvallazione Idroscalo, Peschiera Borromeo (MI) · tel. 335 79.09.412</p>"
            "</td></tr></table><hr/>");
    }
    if (document.titleBlock && !document.title.isEmpty())
        html += QStringLiteral("<h1>%1</h1>").arg(esc(document.title));
    if (document.titleBlock && !document.subtitle.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escMultiline(document.subtitle));
    if (document.titleBlock && !document.parameters.isEmpty()) {
        html += QLatin1String("<table cellspacing=\"0\" cellpadding=\"1\">");
        for (const auto &p : document.parameters)
            html += QStringLiteral("<tr><td class=\"muted\">%1:&nbsp;&nbsp;</td><td>%2</td></tr>").arg(esc(p.first), esc(p.second));
        html += QLatin1String("</table>");
    }
    if (document.letterhead)
        html += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(printedLine(document)));

    for (int i = 0; i < document.blocks.size(); ++i) {
        const ReportBlock &b = document.blocks.at(i);
        switch (b.type) {
        case ReportBlock::Type::Heading: {
            const int level = std::clamp(b.level, 1, 3);
            html += QStringLiteral("<h%1>%2</h%1>").arg(level).arg(esc(b.text));
            break;
        }
        case ReportBlock::Type::Paragraph:
            html += QStringLiteral("<p>%1</p>").arg(escMultiline(b.text));
            break;
        case ReportBlock::Type::Table:
            html += table(b.table);
            break;
        case ReportBlock::Type::KeyValues:
            html += QLatin1String("<table cellspacing=\"0\" cellpadding=\"2\">");
            for (const auto &p : b.pairs)
                html += QStringLiteral("<tr><td class=\"muted\" valign=\"top\">%1</td><td><b>%2</b></td></tr>")
                            .arg(esc(p.first), escMultiline(p.second));
            html += QLatin1String("</table>");
            break;
        case ReportBlock::Type::Image:
        case ReportBlock::Type::Chart: {
            const int w = blockWidthPx(b, document.landscape);
            int h = 0;
            if (b.type == ReportBlock::Type::Image)
                h = b.image.isNull() ? 0 : int(double(w) * b.image.height() / std::max(1, b.image.width()));
            else
                h = chartPixelSize(b, document.landscape).height() / 3;
            html += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\"/></p>")
                        .arg(imageResourceName(i)).arg(w).arg(h);
            if (b.type == ReportBlock::Type::Image && !b.text.isEmpty())
                html += QStringLiteral("<p align=\"center\" class=\"muted\">%1</p>").arg(esc(b.text));
            break;
        }
        case ReportBlock::Type::Signatures: {
            html += QLatin1String("<br/><table width=\"100%\" cellspacing=\"12\" cellpadding=\"4\"><tr>");
            for (const QString &label : b.labels)
                // QTextDocument ignores a cell's height: blank lines give
                // the signature its room.
                html += QStringLiteral("<td width=\"%1%\" style=\"border: 1px solid #9aa5b1;\" height=\"70\" valign=\"top\">"
                                       "<span class=\"muted\">%2</span><br/><br/><br/><br/></td>")
                            .arg(100 / std::max<qsizetype>(1, b.labels.size()))
                            .arg(esc(label));
            html += QLatin1String("</tr></table>");
            break;
        }
        case ReportBlock::Type::PageBreak:
            // An empty paragraph is dropped by the HTML reader: the break sits on a real (tiny) one.
            html += QLatin1String("<p style=\"page-break-after: always; margin: 0; font-size: 1pt;\">&nbsp;</p>");
            break;
        case ReportBlock::Type::Html:
            html += b.text;
            break;
        }
    }
    html += QLatin1String("</body></html>");
    return html;
}

} // namespace core

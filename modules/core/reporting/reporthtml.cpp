#include "core/reporting/reporthtml.h"

#include "core/domain/clock.h"
#include "core/reporting/cellformat.h"
#include "core/reporting/reporttablelayout.h"

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
    // For a browser, which sizes the columns itself: values that must not
    // break (numbers, dates, codes, phones, e-mail addresses) are nowrap.
    QString html;
    html += QLatin1String("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                          "style=\"border-collapse: collapse; border-color: #9aa5b1;\">");
    auto cell = [&](const ReportColumn &c, const QVariant &value, bool totals) {
        const QString text = formatCellForPaper(value, c, m_locale);
        const bool nowrap = cellIsUnbreakable(c, value, text);
        return QStringLiteral("<td%1 align=\"%2\"%3>%4</td>")
            .arg(totals ? QStringLiteral(" bgcolor=\"#f3f5f7\"") : QString(),
                 QLatin1String(isNumericColumn(c) ? "right" : "left"),
                 nowrap ? QStringLiteral(" style=\"white-space: nowrap;\"") : QString(),
                 totals ? QStringLiteral("<b>%1</b>").arg(escMultiline(text)) : escMultiline(text));
    };
    html += QLatin1String("<thead><tr>");
    for (const ReportColumn &c : table.columns)
        if (c.onPaper)
            html += QStringLiteral("<th bgcolor=\"#e8eef4\" align=\"%1\">%2</th>")
                        .arg(QLatin1String(isNumericColumn(c) ? "right" : "left"), esc(c.title));
    html += QLatin1String("</tr></thead>");
    for (const QVariantList &row : table.rows) {
        html += QLatin1String("<tr>");
        for (int i = 0; i < table.columns.size(); ++i)
            if (table.columns.at(i).onPaper)
                html += cell(table.columns.at(i), row.value(i), false);
        html += QLatin1String("</tr>");
    }
    if (!table.totals.isEmpty()) {
        html += QLatin1String("<tr>");
        for (int i = 0; i < table.columns.size(); ++i)
            if (table.columns.at(i).onPaper)
                html += cell(table.columns.at(i), table.totals.value(i), true);
        html += QLatin1String("</tr>");
    }
    html += QLatin1String("</table>");
    return html;
}

QString ReportHtmlWriter::page(const QString &body)
{
    return QLatin1String("<html><head><meta charset=\"utf-8\"/><style>"
                         "body { font-size: 9.5pt; color: #1b1f23; }"
                         "h1 { font-size: 15pt; margin-top: 6px; margin-bottom: 2px; color: #123a61; }"
                         "h2 { font-size: 12pt; margin-top: 12px; margin-bottom: 4px; color: #123a61; }"
                         "h3 { font-size: 10.5pt; margin-top: 8px; margin-bottom: 3px; }"
                         "p { margin-top: 3px; margin-bottom: 3px; }"
                         "td, th { font-size: 9pt; }"
                         ".muted { color: #555f6a; font-size: 8.5pt; }"
                         "</style></head><body>")
        + body + QLatin1String("</body></html>");
}

QString ReportHtmlWriter::preamble(const ReportDocument &document) const
{
    QString html;
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
    // When and by whom, under the title; a document that draws its own
    // heading (a letter with its date, a DDT) has it in the footer only:
    // the date twice on one page read as two dates.
    if (document.letterhead && document.titleBlock)
        html += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(printedLine(document)));
    return html;
}

QString ReportHtmlWriter::block(const ReportDocument &document, int index) const
{
    const ReportBlock &b = document.blocks.at(index);
    switch (b.type) {
    case ReportBlock::Type::Heading: {
        const int level = std::clamp(b.level, 1, 3);
        return QStringLiteral("<h%1>%2</h%1>").arg(level).arg(esc(b.text));
    }
    case ReportBlock::Type::Paragraph:
        return QStringLiteral("<p>%1</p>").arg(escMultiline(b.text));
    case ReportBlock::Type::Table:
        return table(b.table);
    case ReportBlock::Type::KeyValues: {
        QString html = QLatin1String("<table cellspacing=\"0\" cellpadding=\"2\">");
        for (const auto &p : b.pairs)
            html += QStringLiteral("<tr><td class=\"muted\" valign=\"top\">%1</td><td><b>%2</b></td></tr>")
                        .arg(esc(p.first), escMultiline(p.second));
        return html + QLatin1String("</table>");
    }
    case ReportBlock::Type::Image:
    case ReportBlock::Type::Chart: {
        const int w = blockWidthPx(b, document.landscape);
        int h = 0;
        if (b.type == ReportBlock::Type::Image)
            h = b.image.isNull() ? 0 : int(double(w) * b.image.height() / std::max(1, b.image.width()));
        else
            h = chartPixelSize(b, document.landscape).height() / 3;
        QString html = QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\"/></p>")
                           .arg(imageResourceName(index)).arg(w).arg(h);
        if (b.type == ReportBlock::Type::Image && !b.text.isEmpty())
            html += QStringLiteral("<p align=\"center\" class=\"muted\">%1</p>").arg(esc(b.text));
        return html;
    }
    case ReportBlock::Type::Signatures: {
        QString html = QLatin1String("<br/><table width=\"100%\" cellspacing=\"12\" cellpadding=\"4\"><tr>");
        for (const QString &label : b.labels)
            // QTextDocument ignores a cell's height: blank lines give
            // the signature its room.
            html += QStringLiteral("<td width=\"%1%\" style=\"border: 1px solid #9aa5b1;\" height=\"70\" valign=\"top\">"
                                   "<span class=\"muted\">%2</span><br/><br/><br/><br/></td>")
                        .arg(100 / std::max<qsizetype>(1, b.labels.size()))
                        .arg(esc(label));
        return html + QLatin1String("</tr></table>");
    }
    case ReportBlock::Type::PageBreak:
    case ReportBlock::Type::SectionBreak:
        // An empty paragraph is dropped by the HTML reader: the break sits on a real (tiny) one.
        return QLatin1String("<p style=\"page-break-after: always; margin: 0; font-size: 1pt;\">&nbsp;</p>");
    case ReportBlock::Type::Html:
        return b.text;
    }
    return {};
}

QString ReportHtmlWriter::write(const ReportDocument &document) const
{
    QString html = preamble(document);
    for (int i = 0; i < document.blocks.size(); ++i)
        html += block(document, i);
    return page(html);
}

} // namespace core

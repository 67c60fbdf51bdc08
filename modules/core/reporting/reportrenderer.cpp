#include "core/reporting/reportrenderer.h"
#include "core/reporting/pdfsplit.h"

#include "core/domain/clock.h"
#include "core/reporting/reportchartpainter.h"
#include "core/reporting/reportflow.h"
#include "core/reporting/reporthtml.h"
#include "core/reporting/reportpaginator.h"
#include "core/reporting/reporttablelayout.h"
#include "core/domain/wholefile.h"
#include "core/domain/errorlogtext.h"
#include "core/domain/logcategories.h"

#include <QBuffer>
#include <vector>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace core {

namespace {
constexpr double headerMm = 9.0;
constexpr double footerMm = 9.0;
constexpr double tableSpaceAfterMm = 2.5;
// Landscape is decided once, on a 300 dpi measure, with this much room to
// spare so that every resolution (hinted screen fonts too) fits the same.
constexpr double landscapeDecisionSlack = 0.96;

double mmToPx(double mm, int dpi)
{
    return mm * dpi / 25.4;
}

// An image at a resolution: a page to paint on, or (tiny) a device to
// measure text with.
QImage imageAt(QSize size, int dpi)
{
    QImage image(size, QImage::Format_RGB32);
    const int dotsPerMeter = int(std::round(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

void paintTableRow(QPainter &painter, const TableLayout &table, const TableRowLayout &row, QPointF origin, int dpi)
{
    painter.save();
    const bool bold = row.kind != TableRowLayout::Kind::Body;
    const QRectF whole(origin, QSizeF(table.width(), row.height));
    if (row.kind == TableRowLayout::Kind::Header)
        painter.fillRect(whole, QColor(0xe8, 0xee, 0xf4));
    else if (row.kind == TableRowLayout::Kind::Totals)
        painter.fillRect(whole, QColor(0xf3, 0xf5, 0xf7));
    painter.setFont(reportTableFont(table.fontPt, bold));
    painter.setBrush(Qt::NoBrush);
    const QPen text(QColor(0x1b, 0x1f, 0x23));
    const QPen grid(QColor(0x9a, 0xa5, 0xb1), mmToPx(0.2, dpi));
    double x = origin.x();
    for (int c = 0; c < row.cells.size(); ++c) {
        const TableCellLayout &cell = row.cells.at(c);
        double w = 0;
        for (int k = c; k < c + cell.span; ++k)
            w += table.widths.at(k);
        const double left = x;
        x += table.widths.at(c);
        if (cell.span == 0)
            continue; // covered by the label before it
        const Qt::Alignment align = table.rightAligned.at(c) && cell.span == 1 ? Qt::AlignRight : Qt::AlignLeft;
        painter.setPen(text);
        for (int l = 0; l < cell.lines.size(); ++l) {
            const QRectF line(left + table.paddingX, origin.y() + table.paddingY + l * table.lineHeight,
                              w - 2 * table.paddingX, table.lineHeight);
            painter.drawText(line, align | Qt::AlignVCenter | Qt::TextSingleLine, cell.lines.at(l));
        }
        painter.setPen(grid);
        painter.drawRect(QRectF(left, origin.y(), w, row.height));
    }
    painter.restore();
}

} // namespace

struct ReportRenderer::Layout {
    QRectF paintRect; // printable area, device pixels, relative to the page
    QRectF body;      // where the content goes, relative to paintRect
    int dpi = 96;
    // One entry per item placed by the paginator.
    QList<PageItem> items;
    QList<std::shared_ptr<ReportFlow>> flows; // flow items
    QList<TableLayout> tables;                // table items
    QList<int> tableNumbers;                  // table items: which table of the document, else -1
    QList<PaginatedPage> pages;
};

ReportRenderer::ReportRenderer(ReportDocument document, const QLocale &locale)
    : m_document(std::move(document)), m_locale(locale)
{
    if (!m_document.printedAt.isValid())
        m_document.printedAt = core::SystemClock::instance().now();
}

ReportRenderer::~ReportRenderer() = default;

QPageLayout ReportRenderer::pageLayout() const
{
    const bool landscape = m_document.landscape || needsLandscape();
    return QPageLayout(QPageSize(QPageSize::A4), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
}

bool ReportRenderer::needsLandscape() const
{
    if (m_landscape >= 0)
        return m_landscape == 1;
    m_landscape = 0;
    const int dpi = 300;
    const QPageLayout portrait(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 12, 15, 12),
                               QPageLayout::Millimeter);
    QImage measure = imageAt(QSize(1, 1), dpi);
    const double width = portrait.paintRectPixels(dpi).width() * landscapeDecisionSlack;
    for (const ReportBlock &b : m_document.blocks)
        if (b.type == ReportBlock::Type::Table && !layOutTable(b.table, m_locale, width, &measure).fits)
            m_landscape = 1;
    return m_landscape == 1;
}

QString ReportRenderer::html() const
{
    return ReportHtmlWriter(m_locale).write(m_document);
}

QString ReportRenderer::standaloneHtml() const
{
    QString html = this->html();
    for (int i = 0; i < m_document.blocks.size(); ++i) {
        const ReportBlock &b = m_document.blocks.at(i);
        QImage image;
        if (b.type == ReportBlock::Type::Image)
            image = b.image;
        else if (b.type == ReportBlock::Type::Chart)
            image = paintReportChart(b.chart, ReportHtmlWriter::chartPixelSize(b, m_document.landscape), m_locale);
        else
            continue;
        QBuffer png;
        png.open(QIODevice::WriteOnly);
        image.save(&png, "PNG");
        html.replace(QStringLiteral("src=\"%1\"").arg(ReportHtmlWriter::imageResourceName(i)),
                     QStringLiteral("src=\"data:image/png;base64,%1\"").arg(QString::fromLatin1(png.data().toBase64())));
    }
    return html;
}

std::unique_ptr<ReportRenderer::Layout> ReportRenderer::layOut(QPaintDevice *device, const QPageLayout &pageLayout,
                                                                int dpi) const
{
    auto layout = std::make_unique<Layout>();
    layout->dpi = dpi;
    layout->paintRect = QRectF(pageLayout.paintRectPixels(dpi));
    const double header = mmToPx(headerMm, dpi);
    const double footer = mmToPx(footerMm, dpi);
    layout->body = QRectF(0, header, layout->paintRect.width(), layout->paintRect.height() - header - footer);
    const double width = layout->body.width();

    const ReportHtmlWriter writer(m_locale);
    auto add = [&](const PageItem &item, std::shared_ptr<ReportFlow> flow = {}, const TableLayout &table = {},
                   int tableNumber = -1) {
        layout->items.append(item);
        layout->flows.append(std::move(flow));
        layout->tables.append(table);
        layout->tableNumbers.append(tableNumber);
    };
    // A whole flow is never cut (a picture, the signature boxes, a DDT's
    // heading) unless it is taller than a page.
    auto addFlow = [&](const QString &html, const QList<QPair<QString, QImage>> &images, bool keepWithNext,
                       bool whole = false) {
        auto flow = std::make_shared<ReportFlow>(ReportHtmlWriter::page(html), device, width, images);
        PageItem item;
        item.kind = PageItem::Kind::Flow;
        item.breaks = whole ? QList<double> { 0.0, flow->height() } : flow->breaks();
        item.keepWithNext = keepWithNext;
        add(item, flow);
    };

    const QString preamble = writer.preamble(m_document);
    if (!preamble.isEmpty())
        addFlow(preamble, {}, true, true);
    int tables = 0;
    for (int i = 0; i < m_document.blocks.size(); ++i) {
        const ReportBlock &b = m_document.blocks.at(i);
        PageItem item;
        switch (b.type) {
        case ReportBlock::Type::Table: {
            const TableLayout table = layOutTable(b.table, m_locale, width, device);
            item.kind = PageItem::Kind::Table;
            item.headerHeight = table.header.height;
            for (const TableRowLayout &row : table.rows)
                item.rowHeights.append(row.height);
            item.totalsHeight = table.hasTotals ? table.totals.height : -1;
            item.spaceAfter = mmToPx(tableSpaceAfterMm, dpi);
            add(item, {}, table, tables++);
            break;
        }
        case ReportBlock::Type::PageBreak:
            item.kind = PageItem::Kind::PageBreak;
            add(item);
            break;
        case ReportBlock::Type::SectionBreak:
            item.kind = PageItem::Kind::SectionBreak;
            add(item);
            break;
        case ReportBlock::Type::Image:
            addFlow(writer.block(m_document, i), { { ReportHtmlWriter::imageResourceName(i), b.image } }, false, true);
            break;
        case ReportBlock::Type::Chart:
            addFlow(writer.block(m_document, i),
                    { { ReportHtmlWriter::imageResourceName(i),
                        paintReportChart(b.chart, ReportHtmlWriter::chartPixelSize(b, m_document.landscape), m_locale) } },
                    false, true);
            break;
        default:
            addFlow(writer.block(m_document, i), {}, b.type == ReportBlock::Type::Heading,
                    b.type == ReportBlock::Type::Signatures || b.type == ReportBlock::Type::Html);
            break;
        }
    }
    layout->pages = paginate(layout->items, layout->body.height());
    return layout;
}

void ReportRenderer::paintPage(QPainter &painter, const Layout &layout, int page, bool originAtPaintRect) const
{
    painter.save();
    if (!originAtPaintRect)
        painter.translate(layout.paintRect.topLeft());
    const double width = layout.paintRect.width();
    const PaginatedPage &placed = layout.pages.at(page);

    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(7.5);
    painter.setFont(small);
    painter.setPen(QColor(0x55, 0x5f, 0x6a));
    const double headerHeight = layout.body.top();
    const QRectF headerRect(0, 0, width, headerHeight * 0.7);
    painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignTop, m_document.title);
    painter.drawText(headerRect, Qt::AlignRight | Qt::AlignTop, QStringLiteral("CCV-MI · Ci siAMO!"));
    painter.setPen(QPen(QColor(0x9a, 0xa5, 0xb1), 0));
    painter.drawLine(QPointF(0, headerHeight * 0.75), QPointF(width, headerHeight * 0.75));

    const double footerTop = layout.body.bottom() + mmToPx(2, layout.dpi);
    painter.drawLine(QPointF(0, footerTop), QPointF(width, footerTop));
    painter.setPen(QColor(0x55, 0x5f, 0x6a));
    const QRectF footerRect(0, footerTop + mmToPx(1, layout.dpi), width, mmToPx(footerMm - 3, layout.dpi));
    painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignTop, ReportHtmlWriter(m_locale).printedLine(m_document));
    painter.drawText(footerRect, Qt::AlignRight | Qt::AlignTop, tr("Page %1 of %2").arg(placed.number).arg(placed.count));

    for (const PlacedSlice &slice : placed.slices) {
        painter.save();
        painter.translate(layout.body.left(), layout.body.top() + slice.y);
        layout.flows.at(slice.item)->paint(painter, slice.from, slice.to);
        painter.restore();
    }
    for (const PlacedRow &row : placed.rows) {
        const TableLayout &table = layout.tables.at(row.item);
        const TableRowLayout &r = row.row == PlacedRow::Header ? table.header
            : row.row < table.rows.size()                      ? table.rows.at(row.row)
                                                               : table.totals;
        paintTableRow(painter, table, r, QPointF(layout.body.left(), layout.body.top() + row.y), layout.dpi);
    }
    painter.restore();
}

ReportLayoutModel ReportRenderer::layoutReport(int dpi) const
{
    const QPageLayout pageLayout = this->pageLayout();
    QImage measure = imageAt(QSize(1, 1), dpi);
    const auto layout = layOut(&measure, pageLayout, dpi);
    ReportLayoutModel model;
    model.landscape = pageLayout.orientation() == QPageLayout::Landscape;
    model.dpi = dpi;
    model.body = layout->body;
    for (const PaginatedPage &page : layout->pages) {
        ReportPageModel out;
        out.section = page.section;
        out.number = page.number;
        out.count = page.count;
        for (const PlacedRow &row : page.rows) {
            const TableLayout &table = layout->tables.at(row.item);
            const bool header = row.row == PlacedRow::Header;
            const bool totals = !header && row.row >= table.rows.size();
            const TableRowLayout &r = header ? table.header : totals ? table.totals : table.rows.at(row.row);
            double x = layout->body.left();
            for (int c = 0; c < r.cells.size(); ++c) {
                const double left = x;
                x += table.widths.at(c);
                if (r.cells.at(c).span == 0)
                    continue;
                double w = 0;
                for (int k = c; k < c + r.cells.at(c).span; ++k)
                    w += table.widths.at(k);
                PlacedCell cell;
                cell.text = r.cells.at(c).text;
                cell.lines = r.cells.at(c).lines;
                cell.rect = QRectF(left, layout->body.top() + row.y, w, r.height);
                cell.textRect = cell.rect.adjusted(table.paddingX, table.paddingY, -table.paddingX, -table.paddingY);
                cell.table = layout->tableNumbers.at(row.item);
                cell.row = row.row;
                cell.column = c;
                cell.header = header;
                cell.totals = totals;
                cell.unbreakable = r.cells.at(c).unbreakable;
                cell.fontPt = table.fontPt;
                out.cells.append(cell);
            }
        }
        model.pages.append(out);
    }
    return model;
}

Status ReportRenderer::print(QPagedPaintDevice *device) const
{
    const QPageLayout pageLayout = device->pageLayout();
    const int dpi = device->logicalDpiY();
    auto layout = layOut(device, pageLayout, dpi);
    QPainter painter;
    if (!painter.begin(device))
        return Error(QStringLiteral("report.cannot_print"));
    painter.setRenderHint(QPainter::Antialiasing);
    for (int page = 0; page < layout->pages.size(); ++page) {
        if (page > 0 && !device->newPage())
            return Error(QStringLiteral("report.cannot_print"));
        paintPage(painter, *layout, page, true);
    }
    if (!painter.end()) // a QPdfWriter finishes its file here
        return Error(QStringLiteral("report.cannot_print"));
    return {};
}

QByteArray ReportRenderer::pdfData() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(pageLayout());
        writer.setTitle(m_document.title);
        writer.setCreator(QStringLiteral("Ci siAMO! - CCV-MI"));
        if (!print(&writer))
            return {};
    }
    return buffer.data();
}

QList<QByteArray> ReportRenderer::pdfDataEach(const QList<ReportDocument> &documents, const QLocale &locale)
{
    QList<QByteArray> files(documents.size());
    std::vector<std::unique_ptr<ReportRenderer>> renderers;
    renderers.reserve(documents.size());
    for (const ReportDocument &document : documents)
        renderers.push_back(std::make_unique<ReportRenderer>(document, locale));
    for (qsizetype first = 0; first < documents.size();) {
        // A run of documents on the same page layout: one QPdfWriter.
        const QPageLayout pageLayout = renderers.at(first)->pageLayout();
        qsizetype end = first + 1;
        while (end < documents.size() && renderers.at(end)->pageLayout().isEquivalentTo(pageLayout))
            ++end;
        QList<int> pageCounts;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        bool painted = true;
        {
            QPdfWriter writer(&buffer);
            writer.setResolution(300);
            writer.setPageLayout(pageLayout);
            writer.setCreator(QStringLiteral("Ci siAMO! - CCV-MI"));
            const int dpi = writer.logicalDpiY();
            QPainter painter;
            painted = painter.begin(&writer);
            if (painted)
                painter.setRenderHint(QPainter::Antialiasing);
            for (qsizetype d = first; d < end && painted; ++d) {
                const ReportRenderer &renderer = *renderers.at(d);
                auto layout = renderer.layOut(&writer, writer.pageLayout(), dpi);
                for (int page = 0; page < layout->pages.size() && painted; ++page) {
                    if ((d > first || page > 0) && !writer.newPage())
                        painted = false;
                    else
                        renderer.paintPage(painter, *layout, page, true);
                }
                pageCounts.append(int(layout->pages.size()));
            }
            if (painter.isActive() && !painter.end())
                painted = false;
        }
        if (painted) {
            const PdfPageSplitter pages(buffer.data());
            int page = 0;
            for (qsizetype d = first; d < end; ++d) {
                const ReportDocument &document = renderers.at(d)->m_document;
                const int count = pageCounts.value(d - first);
                if (pages.isValid() && count > 0)
                    files[d] = pages.extract(page, count, document.title, document.printedAt);
                page += count;
            }
        }
        first = end;
    }
    // Qt wrote something the splitter does not read (another Qt version?):
    // slower, but the same documents.
    for (qsizetype d = 0; d < files.size(); ++d)
        if (files.at(d).isEmpty()) {
            qCWarning(logcat::reports).noquote() << "report" << documents.at(d).name << "printed on its own";
            files[d] = renderers.at(d)->pdfData();
        }
    return files;
}

Status ReportRenderer::writePdf(const QString &path) const
{
    // The report's machine name only: a title may name a person.
    const QByteArray pdf = pdfData();
    if (pdf.isEmpty()) {
        qCWarning(logcat::reports).noquote() << "report" << m_document.name << "could not be printed to PDF";
        return Error(QStringLiteral("report.cannot_print"));
    }
    const Status written = writeWholeFile(path, pdf);
    if (!written)
        qCWarning(logcat::reports).noquote() << "report" << m_document.name << "PDF not written:" << errorLogText(written.error());
    else
        qCInfo(logcat::reports).noquote() << "report" << m_document.name << "written as PDF," << pdf.size() << "bytes";
    return written;
}

QList<QImage> ReportRenderer::renderPages(int dpi) const
{
    const QPageLayout pageLayout = this->pageLayout();
    QImage measure = imageAt(QSize(1, 1), dpi);
    auto layout = layOut(&measure, pageLayout, dpi);
    QList<QImage> pages;
    for (int page = 0; page < layout->pages.size(); ++page) {
        QImage image = imageAt(pageLayout.fullRectPixels(dpi).size(), dpi);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        paintPage(painter, *layout, page, false);
        painter.end();
        pages.append(image);
    }
    return pages;
}

} // namespace core

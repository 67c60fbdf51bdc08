#include "core/reporting/reportrenderer.h"

#include "core/domain/clock.h"
#include "core/reporting/reportchartpainter.h"
#include "core/reporting/reporthtml.h"
#include "core/domain/wholefile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace core {

namespace {
constexpr double headerMm = 9.0;
constexpr double footerMm = 9.0;

double mmToPx(double mm, int dpi)
{
    return mm * dpi / 25.4;
}
} // namespace

struct ReportRenderer::Layout {
    QTextDocument text;
    QRectF paintRect; // printable area, device pixels, relative to the page
    QRectF body;      // where the text flows, relative to paintRect
    int dpi = 96;
    int pages = 0;
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
    return QPageLayout(QPageSize(QPageSize::A4),
                       m_document.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
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
    QTextDocument &doc = layout->text;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.documentLayout()->setPaintDevice(device);

    for (int i = 0; i < m_document.blocks.size(); ++i) {
        const ReportBlock &b = m_document.blocks.at(i);
        if (b.type == ReportBlock::Type::Image)
            doc.addResource(QTextDocument::ImageResource, QUrl(ReportHtmlWriter::imageResourceName(i)), b.image);
        else if (b.type == ReportBlock::Type::Chart)
            doc.addResource(QTextDocument::ImageResource, QUrl(ReportHtmlWriter::imageResourceName(i)),
                            paintReportChart(b.chart, ReportHtmlWriter::chartPixelSize(b, m_document.landscape), m_locale));
    }
    doc.setHtml(html());

    layout->paintRect = QRectF(pageLayout.paintRectPixels(dpi));
    const double header = mmToPx(headerMm, dpi);
    const double footer = mmToPx(footerMm, dpi);
    layout->body = QRectF(0, header, layout->paintRect.width(), layout->paintRect.height() - header - footer);
    doc.setPageSize(layout->body.size());
    layout->pages = doc.pageCount();
    return layout;
}

void ReportRenderer::paintPage(QPainter &painter, const Layout &layout, int page, bool originAtPaintRect) const
{
    painter.save();
    if (!originAtPaintRect)
        painter.translate(layout.paintRect.topLeft());
    const double width = layout.paintRect.width();

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
    painter.drawText(footerRect, Qt::AlignRight | Qt::AlignTop, tr("Page %1 of %2").arg(page + 1).arg(layout.pages));

    // The body: the slice of the flowing document that falls on this page.
    const double pageHeight = layout.body.height();
    painter.translate(layout.body.left(), layout.body.top() - page * pageHeight);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, page * pageHeight, layout.body.width(), pageHeight);
    context.palette.setColor(QPalette::Text, Qt::black);
    painter.setClipRect(context.clip);
    layout.text.documentLayout()->draw(&painter, context);
    painter.restore();
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
    for (int page = 0; page < layout->pages; ++page) {
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

Status ReportRenderer::writePdf(const QString &path) const
{
    const QByteArray pdf = pdfData();
    if (pdf.isEmpty())
        return Error(QStringLiteral("report.cannot_print"));
    return writeWholeFile(path, pdf);
}

QList<QImage> ReportRenderer::renderPages(int dpi) const
{
    const QPageLayout pageLayout = this->pageLayout();
    const QSize pageSize = pageLayout.fullRectPixels(dpi).size();
    QImage measure(pageSize, QImage::Format_RGB32);
    const int dotsPerMeter = int(std::round(dpi / 0.0254));
    measure.setDotsPerMeterX(dotsPerMeter);
    measure.setDotsPerMeterY(dotsPerMeter);
    auto layout = layOut(&measure, pageLayout, dpi);
    QList<QImage> pages;
    for (int page = 0; page < layout->pages; ++page) {
        QImage image(pageSize, QImage::Format_RGB32);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
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

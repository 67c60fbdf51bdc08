#include "core/reporting/reportflow.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QUrl>

#include <algorithm>
#include <limits>

namespace core {

ReportFlow::ReportFlow(const QString &html, QPaintDevice *device, double width,
                       const QList<QPair<QString, QImage>> &images)
    : m_document(std::make_unique<QTextDocument>())
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    m_document->setDefaultFont(font);
    m_document->setDocumentMargin(0);
    // Words never break: an e-mail or a code longer than the line overflows
    // rather than being cut in two.
    QTextOption option = m_document->defaultTextOption();
    option.setWrapMode(QTextOption::WordWrap);
    m_document->setDefaultTextOption(option);
    m_document->documentLayout()->setPaintDevice(device);
    for (const auto &image : images)
        m_document->addResource(QTextDocument::ImageResource, QUrl(image.first), image.second);
    // The width before the text: setHtml() lays the document out, and
    // setTextWidth() lays it out again (always, even at the same width), so
    // in the other order every flow was laid out and shaped twice.
    m_document->setTextWidth(width);
    m_document->setHtml(html);
}

ReportFlow::~ReportFlow() = default;

double ReportFlow::height() const
{
    return m_document->documentLayout()->documentSize().height();
}

QList<double> ReportFlow::breaks() const
{
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    QList<double> breaks { 0.0 };
    for (auto it = m_document->rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            const QRectF rect = layout->frameBoundingRect(frame);
            breaks.append(rect.top());
            auto *table = qobject_cast<QTextTable *>(frame);
            if (!table)
                continue;
            // Between two rows: halfway from the lowest text of one to the highest of the next.
            double previousBottom = rect.top();
            for (int r = 0; r < table->rows(); ++r) {
                double top = std::numeric_limits<double>::max(), bottom = previousBottom;
                for (int c = 0; c < table->columns(); ++c) {
                    const QTextTableCell cell = table->cellAt(r, c);
                    if (cell.row() != r || cell.column() != c)
                        continue; // spanned from another cell
                    for (QTextFrame::iterator ci = cell.begin(); !ci.atEnd(); ++ci) {
                        const QRectF b = ci.currentFrame() ? layout->frameBoundingRect(ci.currentFrame())
                                                           : layout->blockBoundingRect(ci.currentBlock());
                        top = std::min(top, b.top());
                        bottom = std::max(bottom, b.bottom());
                    }
                }
                if (r > 0 && top < std::numeric_limits<double>::max())
                    breaks.append((previousBottom + top) / 2);
                previousBottom = bottom;
            }
            breaks.append(rect.bottom());
            continue;
        }
        const QTextBlock block = it.currentBlock();
        const QRectF rect = layout->blockBoundingRect(block);
        const QTextLayout *lines = block.layout();
        for (int i = 0; i < lines->lineCount(); ++i)
            breaks.append(rect.top() + lines->lineAt(i).y());
        breaks.append(rect.bottom());
    }
    breaks.append(height());
    std::sort(breaks.begin(), breaks.end());
    breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());
    while (!breaks.isEmpty() && breaks.last() > height())
        breaks.removeLast();
    return breaks;
}

void ReportFlow::paint(QPainter &painter, double from, double to) const
{
    painter.save();
    painter.translate(0, -from);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, from, m_document->textWidth(), to - from);
    context.palette.setColor(QPalette::Text, Qt::black);
    painter.setClipRect(context.clip, Qt::IntersectClip);
    m_document->documentLayout()->draw(&painter, context);
    painter.restore();
}

} // namespace core

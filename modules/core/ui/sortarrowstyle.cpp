#include "core/ui/sortarrowstyle.h"

#include <QImage>
#include <QPainter>

namespace core {

SortArrowStyle::SortArrowStyle(QStyle *base)
    : QProxyStyle(base)
{
    // QHeaderView shows a descending order as SortUp.
    m_swap = !headerArrowPointsDown(baseStyle(), QStyleOptionHeader::SortUp);
}

void SortArrowStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                   const QWidget *widget) const
{
    const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option);
    if (element != PE_IndicatorHeaderArrow || !header || !m_swap || header->sortIndicator == QStyleOptionHeader::None) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    QStyleOptionHeader flipped(*header);
    flipped.sortIndicator = header->sortIndicator == QStyleOptionHeader::SortUp ? QStyleOptionHeader::SortDown
                                                                                : QStyleOptionHeader::SortUp;
    QProxyStyle::drawPrimitive(element, &flipped, painter, widget);
}

bool SortArrowStyle::headerArrowPointsDown(const QStyle *style, QStyleOptionHeader::SortIndicator indicator)
{
    QImage image(32, 32, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QStyleOptionHeader option;
    option.rect = image.rect();
    option.sortIndicator = indicator;
    option.palette.setColor(QPalette::WindowText, Qt::black);
    option.palette.setColor(QPalette::ButtonText, Qt::black);
    option.palette.setColor(QPalette::Text, Qt::black);
    {
        QPainter painter(&image);
        style->drawPrimitive(QStyle::PE_IndicatorHeaderArrow, &option, &painter, nullptr);
    }
    // Width of the drawn part of each row, top to bottom.
    int firstWidth = -1;
    int lastWidth = -1;
    for (int y = 0; y < image.height(); ++y) {
        int width = 0;
        for (int x = 0; x < image.width(); ++x)
            width += qAlpha(image.pixel(x, y)) > 64 ? 1 : 0;
        if (width == 0)
            continue;
        if (firstWidth < 0)
            firstWidth = width;
        lastWidth = width;
    }
    return firstWidth > lastWidth;
}

} // namespace core

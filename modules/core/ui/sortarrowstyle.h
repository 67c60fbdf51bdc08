#pragma once

#include <QProxyStyle>
#include <QStyleOptionHeader>

namespace core {

// Every list's sort arrow points the way the values go down the list:
// down for newest (largest) first, up for A to Z. Qt's Fusion on Linux draws
// the opposite (an up arrow for "largest on top"), which the room read as
// "oldest first" on every list that starts at the newest. Styles that
// already draw it this way are left alone: the base style's arrow is looked
// at once, not assumed.
class SortArrowStyle : public QProxyStyle {
public:
    // Wraps base, or the application's default style when null (QProxyStyle
    // takes ownership).
    explicit SortArrowStyle(QStyle *base = nullptr);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;

    // Whether style draws the header arrow of indicator pointing down: looks
    // at the drawn pixels (the widest row of the arrow is above its tip).
    static bool headerArrowPointsDown(const QStyle *style, QStyleOptionHeader::SortIndicator indicator);

private:
    bool m_swap = false;
};

} // namespace core

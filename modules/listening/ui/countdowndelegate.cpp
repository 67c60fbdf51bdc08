#include "listening/ui/countdowndelegate.h"

#include "listening/domain/callbackdeadline.h"
#include "listening/ui/callbackqueuemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPolygon>

#include <algorithm>
#include <utility>

namespace listening {

void CountdownDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The cell's background (selection, row colour) from the style, without
    // its text and focus frame: QStyledItemDelegate::paint() would fill the
    // text in again from the model and draw it a second time under the bar,
    // with the dotted focus frame through it.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    background.state &= ~QStyle::State_HasFocus;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const auto stage = DeadlineStage(index.data(CallbackQueueModel::StageRole).toInt());
    const bool urgent = index.data(CallbackQueueModel::UrgentRole).toBool();
    const double elapsed = std::clamp(index.data(CallbackQueueModel::ElapsedRole).toDouble(), 0.0, 1.0);
    const QRect bar = option.rect.adjusted(4, 4, -4, -4);
    QColor fill(0x43, 0xa0, 0x47);
    if (stage == DeadlineStage::Overdue)
        fill = QColor(0xc6, 0x28, 0x28);
    else if (stage == DeadlineStage::Past24h || stage == DeadlineStage::DueSoon)
        fill = QColor(0xef, 0x8f, 0x00);
    else if (stage == DeadlineStage::CalledBack)
        fill = QColor(0x90, 0xa4, 0xae);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QColor(0xb0, 0xbe, 0xc5));
    painter->setBrush(QColor(0xff, 0xff, 0xff, 0xd0));
    painter->drawRoundedRect(bar, 3, 3);
    // An urgent request's whole promise is the first 24 hours.
    const double share = urgent ? std::min(1.0, elapsed * 2.0) : elapsed;
    QRect filled = bar;
    filled.setWidth(int(bar.width() * (stage == DeadlineStage::Overdue ? 1.0 : share)));
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(filled, 3, 3);
    if (!urgent) {
        // The 24-hour mark: a small triangle in the cell's margin above the
        // bar, pointing at it. Notches inside the bar ran through the text
        // like a dashed line.
        const int x = bar.left() + bar.width() / 2;
        const int top = option.rect.top();
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x37, 0x47, 0x4f));
        painter->drawPolygon(QPolygon({ QPoint(x - 4, top), QPoint(x + 4, top), QPoint(x, bar.top()) }));
    }
    // The text in white over the filled part, dark over the rest.
    QFont font = option.font;
    font.setBold(stage == DeadlineStage::Overdue);
    painter->setFont(font);
    const QRect textRect = bar.adjusted(6, 0, -6, 0);
    const QString text = QFontMetrics(font).elidedText(
        index.data(Qt::DisplayRole).toString(), Qt::ElideRight, textRect.width());
    // Each half clipped to its own part: every letter is drawn once.
    const QRect rest(filled.right() + 1, bar.top(), bar.right() - filled.right(), bar.height());
    const std::pair<QRect, QColor> parts[] = { { filled, QColor(Qt::white) }, { rest, QColor(0x21, 0x21, 0x21) } };
    for (const auto &[part, colour] : parts) {
        if (part.width() <= 0)
            continue; // nothing of this part to draw
        painter->setClipRect(part);
        painter->setPen(colour);
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text);
    }
    painter->setClipping(false);
    painter->restore();
    if (option.state & QStyle::State_HasFocus) {
        // The style's focus frame, around the cell, only on the focused cell.
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.rect = option.rect;
        focus.backgroundColor = option.palette.color(QPalette::Base);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

QSize CountdownDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width() + 24, 230));
    return size;
}

} // namespace listening

#pragma once

#include <QStyledItemDelegate>

namespace listening {

// Paints the deadline column of the callback queue as a bar over the 48
// hours, with a mark at 24 hours and the countdown written on it: filled
// green, then amber past 24 h (or near an urgent deadline), red once late.
class CountdownDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace listening

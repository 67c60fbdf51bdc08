#include "windowplacement.h"

QRect placeMainWindow(const QRect &saved, const QRect &available, const QSize &preferred)
{
    if (saved.isValid() && available.contains(saved))
        return saved;
    const QSize size = preferred.boundedTo(available.size());
    QRect placed(QPoint(0, 0), size);
    placed.moveCenter(available.center());
    return placed;
}

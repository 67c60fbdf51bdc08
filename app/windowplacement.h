#pragma once

#include <QRect>
#include <QSize>

// Where the main window opens. A geometry saved on a larger screen, or on a
// screen no longer attached, must not put the window (its status bar, its
// alarms) out of sight: the saved geometry is used only when it lies wholly
// within the screen's available area; otherwise the window takes the
// preferred size, shrunk to that area, centred in it.
// `saved` is the window's frame as restored (null when nothing was saved).
QRect placeMainWindow(const QRect &saved, const QRect &available, const QSize &preferred);

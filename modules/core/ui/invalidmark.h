#pragma once

#include <QColor>
#include <QString>

class QWidget;

namespace core {

// How a field the person must fix is shown, the same in every dialog: a
// red frame and a tooltip saying why; clearInvalid() gives the field its
// own tooltip back once it is fixed.
void markInvalid(QWidget *field, const QString &why);
void clearInvalid(QWidget *field);
bool isMarkedInvalid(const QWidget *field);

// The background of a table cell that must be fixed (Qt::BackgroundRole).
QColor invalidCellColor();

} // namespace core

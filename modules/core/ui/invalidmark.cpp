#include "core/ui/invalidmark.h"

#include <QVariant>
#include <QWidget>

namespace core {

namespace {
const char *const markedProperty = "invalidInput";
const char *const ownTooltipProperty = "invalidInputOwnTooltip";
} // namespace

void markInvalid(QWidget *field, const QString &why)
{
    if (!isMarkedInvalid(field)) {
        field->setProperty(ownTooltipProperty, field->toolTip());
        field->setProperty(markedProperty, true);
        // A selector on the property, so that the field's own children (a
        // line edit's buttons, a combo's list) keep their look.
        field->setStyleSheet(QStringLiteral(
            "*[invalidInput=\"true\"] { border: 2px solid #c62828; border-radius: 3px; padding: 1px; }"));
    }
    field->setToolTip(why);
}

void clearInvalid(QWidget *field)
{
    if (!isMarkedInvalid(field))
        return;
    field->setProperty(markedProperty, false);
    field->setStyleSheet(QString());
    field->setToolTip(field->property(ownTooltipProperty).toString());
}

bool isMarkedInvalid(const QWidget *field)
{
    return field->property(markedProperty).toBool();
}

QColor invalidCellColor()
{
    return QColor(0xff, 0xcd, 0xd2); // a light red that keeps black text readable
}

} // namespace core

#include "core/ui/growtofit.h"

#include <QLabel>
#include <QLayout>
#include <QWidget>

#include <algorithm>

namespace core {

void growToFit(QWidget *window)
{
    if (QLayout *layout = window->layout())
        layout->activate();
    const int needed = window->hasHeightForWidth() ? window->heightForWidth(window->width())
                                                   : window->sizeHint().height();
    if (needed > window->height())
        window->resize(window->width(), needed);
}

void showDialogError(QLabel *error, const QString &text)
{
    error->setText(text);
    error->show();
    growToFit(error->window());
}

int textWidth(const QWidget *widget, int characters)
{
    return widget->fontMetrics().averageCharWidth() * characters;
}

} // namespace core

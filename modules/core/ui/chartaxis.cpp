#include "core/ui/chartaxis.h"

#include "core/reporting/niceaxis.h"

#include <QChart>
#include <QLocale>
#include <QValueAxis>

namespace core {

void localizeChartNumbers(QChart *chart)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    chart->setLocale(locale);
    chart->setLocalizeNumbers(true);
}

void setNiceRange(QValueAxis *axis, double maxValue, bool integers)
{
    const NiceAxis nice = niceAxis(maxValue, 5, integers);
    axis->setRange(0, nice.top);
    axis->setTickCount(nice.intervals() + 1);
    axis->setMinorTickCount(0);
    // With localized numbers Qt Charts writes "%.Nf" through QLocale (a
    // format without the precision, such as "%d", gives empty labels).
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(nice.decimals));
}

} // namespace core

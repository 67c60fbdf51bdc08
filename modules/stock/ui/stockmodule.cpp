#include "stock/ui/stockmodule.h"

#include "core/domain/units.h"
#include "stock/domain/stockqueries.h"
#include "stock/domain/stockreports.h"
#include "stock/ui/stockerrortext.h"
#include "stock/ui/stocktab.h"

#include <QLocale>

namespace stock {

StockModule::StockModule()
{
    StockErrorText::registerTranslator();
}

QIcon StockModule::icon() const
{
    return QIcon(QStringLiteral(":/icons/magazzino.svg"));
}

core::ModuleTab *StockModule::createTab(core::AppContext &context, QWidget *parent)
{
    return new StockTab(context, parent);
}

QList<core::ReportDefinition> StockModule::reports() const
{
    return StockReports::definitions();
}

QStringList StockModule::headlineTables() const
{
    // What headlineFigures() reads: the Cruscotto asks again after a change to these.
    return { QStringLiteral("stock_movement"), QStringLiteral("stock_balance"), QStringLiteral("stock_lot"), QStringLiteral("stock_item"), QStringLiteral("stock_setting"), QStringLiteral("goods_category") };
}

QList<core::HeadlineFigure> StockModule::headlineFigures(const QSqlDatabase &db, const QDate &today) const
{
    using Tone = core::HeadlineFigure::Tone;
    auto categories = StockQueries::byCategory(db, today);
    auto alerts = StockQueries::alerts(db, today);
    if (!categories || !alerts)
        return {};
    const QLocale locale;
    core::Grams food = 0;
    qint64 dpi = 0;
    for (const CategoryStock &c : *categories) {
        if (c.kind == QLatin1String("food"))
            food += c.grams;
        else if (c.kind == QLatin1String("dpi"))
            dpi += c.pieces;
    }
    QList<core::HeadlineFigure> figures;
    // Rounded to one decimal like the Magazzino's overview (25.464,8 kg).
    figures.append({ tr("Food in stock"), core::formatKg(food, locale, 1),
        tr("DPI: %Ln piece(s)", nullptr, int(dpi)) });
    QString expiringNote = alerts->expiringLots > 0
        ? tr("first on %1").arg(alerts->firstExpiry.toString(QStringLiteral("dd/MM/yyyy")))
        : tr("none within %Ln day(s)", nullptr, alerts->warningDays);
    if (alerts->expiredLots > 0)
        expiringNote += QStringLiteral(" · ") + tr("%Ln expired lot(s) to write off", nullptr, alerts->expiredLots);
    figures.append({ tr("Lots expiring within %Ln day(s)", nullptr, alerts->warningDays),
        locale.toString(alerts->expiringLots), expiringNote,
        alerts->expiredLots > 0        ? Tone::Alert
            : alerts->expiringLots > 0 ? Tone::Warning
                                       : Tone::Normal });
    figures.append({ tr("Items under their minimum level"), locale.toString(alerts->underMinimum),
        alerts->underMinimum > 0 ? tr("see the Warehouse tab") : QString(),
        alerts->underMinimum > 0 ? Tone::Warning : Tone::Normal });
    if (alerts->overdrawnLots > 0)
        figures.append({ tr("Lots issued beyond what they held"), locale.toString(alerts->overdrawnLots),
            tr("issued on two workstations while apart: count them (Stock count)"), Tone::Alert });
    // Where a click on each figure leads (StockTab::openPage).
    const QStringList pages { QStringLiteral("lots"), QStringLiteral("lots-expiring"), QStringLiteral("overview"),
        QStringLiteral("counts") };
    for (int i = 0; i < figures.size() && i < pages.size(); ++i)
        figures[i].page = pages.at(i);
    return figures;
}

} // namespace stock

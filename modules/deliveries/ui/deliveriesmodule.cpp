#include "deliveries/ui/deliveriesmodule.h"

#include "deliveries/domain/deliverylabels.h"
#include "deliveries/domain/deliveryreports.h"
#include "deliveries/domain/distributionqueries.h"
#include "deliveries/ui/deliverieserrortext.h"
#include "deliveries/ui/deliveriestab.h"
#include "deliveries/ui/mapimage.h"

#include <QLocale>

namespace deliveries {

DeliveriesModule::DeliveriesModule()
{
    DeliveriesErrorText::registerTranslator();
}

QIcon DeliveriesModule::icon() const
{
    return QIcon(QStringLiteral(":/icons/consegne.svg"));
}

core::ModuleTab *DeliveriesModule::createTab(core::AppContext &context, QWidget *parent)
{
    return new DeliveriesTab(context, parent);
}

QList<core::ReportDefinition> DeliveriesModule::reports() const
{
    return DeliveryReports::definitions(&renderDistributionMap);
}

QList<core::HeadlineFigure> DeliveriesModule::headlineFigures(const QSqlDatabase &db, const QDate &today) const
{
    using Tone = core::HeadlineFigure::Tone;
    auto f = DistributionQueries::figures(db, today);
    if (!f)
        return {};
    const QLocale locale;
    QList<core::HeadlineFigure> figures;
    figures.append({ tr("Deliveries today"), locale.toString(f->today),
        f->today > 0 ? tr("%1 delivered, %2 on the road").arg(f->deliveredToday).arg(f->onTheRoad)
                     : tr("none planned") });
    figures.append({ tr("Requests waiting for an allocation"), locale.toString(f->waitingRequests),
        f->waitingRequests > 0 ? tr("share them in the Deliveries tab") : QString(),
        f->waitingRequests > 0 ? Tone::Warning : Tone::Normal });
    figures.append({ tr("Food delivered in %1").arg(today.year()), DeliveryLabels::kg(f->foodThisYear, locale) });
    return figures;
}

} // namespace deliveries

#include "deliveries/ui/deliveriesmodule.h"

#include "deliveries/domain/deliverysearch.h"
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

QStringList DeliveriesModule::headlineTables() const
{
    // What headlineFigures() reads: the Cruscotto asks again after a change to these.
    return { QStringLiteral("delivery"), QStringLiteral("delivery_event"), QStringLiteral("delivery_line"), QStringLiteral("delivery_request"), QStringLiteral("delivery_request_line") };
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
        f->today > 0 ? tr("%1, %2").arg(tr("%Ln delivered", nullptr, f->deliveredToday), tr("%Ln on the road", nullptr, f->onTheRoad))
                     : tr("none planned") });
    figures.append({ tr("Requests waiting for an allocation"), locale.toString(f->waitingRequests),
        f->waitingRequests > 0 ? tr("share them in the Deliveries tab") : QString(),
        f->waitingRequests > 0 ? Tone::Warning : Tone::Normal });
    figures.append({ tr("Food delivered in %1").arg(today.year()), DeliveryLabels::kg(f->foodThisYear, locale) });
    // Where a click on each figure leads (DeliveriesTab::openPage).
    const QStringList pages { QStringLiteral("plan"), QStringLiteral("allocation"), QStringLiteral("deliveries") };
    for (int i = 0; i < figures.size() && i < pages.size(); ++i)
        figures[i].page = pages.at(i);
    return figures;
}

QList<core::SearchHit> DeliveriesModule::search(const QSqlDatabase &db, const QString &text, int limit) const
{
    QList<core::SearchHit> hits;
    if (auto found = searchDeliveryNotes(db, text, limit))
        for (const core::SearchMatch &m : *found)
            hits.append({ QStringLiteral("ddt"), tr("DDTs (deliveries)"), m.id, m.title, m.detail });
    if (auto found = searchRequests(db, text, limit))
        for (const core::SearchMatch &m : *found)
            hits.append({ QStringLiteral("request"), tr("Requests"), m.id, m.title, m.detail });
    return hits;
}

} // namespace deliveries

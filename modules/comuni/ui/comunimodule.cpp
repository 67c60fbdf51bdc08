#include "comuni/ui/comunimodule.h"

#include "comuni/domain/comunisearch.h"
#include "comuni/domain/comunireports.h"
#include "comuni/ui/comunitab.h"

#include <QLocale>

namespace comuni {

QIcon ComuniModule::icon() const
{
    return QIcon(QStringLiteral(":/icons/comuni.svg"));
}

core::ModuleTab *ComuniModule::createTab(core::AppContext &context, QWidget *parent)
{
    return new ComuniTab(context, parent);
}

QList<core::ReportDefinition> ComuniModule::reports() const
{
    return ComuniReports::definitions();
}

QStringList ComuniModule::headlineTables() const
{
    // What headlineFigures() reads: the Cruscotto asks again after a change to these.
    return { QStringLiteral("comune"), QStringLiteral("comune_cmm") };
}

QList<core::HeadlineFigure> ComuniModule::headlineFigures(const QSqlDatabase &db, const QDate &today) const
{
    Q_UNUSED(today);
    auto f = comuniFigures(db);
    if (!f)
        return {};
    const QLocale locale;
    return {
        { tr("Comuni of the metropolitan city"), locale.toString(f->comuni), tr("%Ln resident(s)", nullptr, int(f->residents)) },
        { tr("COC with a contact on record"), QStringLiteral("%1 / %2").arg(f->withCocContact).arg(f->comuni),
          f->withCocContact < f->comuni ? tr("complete them in the Comuni tab") : QString(),
          f->withCocContact < f->comuni ? core::HeadlineFigure::Tone::Warning : core::HeadlineFigure::Tone::Normal },
        { tr("Zona omogenea assigned"), QStringLiteral("%1 / %2").arg(f->withZone).arg(f->comuni) },
    };
}

QList<core::SearchHit> ComuniModule::search(const QSqlDatabase &db, const QString &text, int limit) const
{
    QList<core::SearchHit> hits;
    if (auto found = searchComuni(db, text, limit))
        for (const core::SearchMatch &m : *found)
            hits.append({ QStringLiteral("comune"), tr("Comuni"), m.id, m.title, m.detail });
    return hits;
}

} // namespace comuni

#include "fleet/ui/fleetmodule.h"

#include "fleet/domain/fleetfigures.h"
#include "fleet/domain/fleetmodules.h"
#include "fleet/domain/fleetreports.h"
#include "fleet/domain/fleetsearch.h"
#include "fleet/ui/fleeterrors.h"
#include "fleet/ui/fleettab.h"

#include <QLocale>

namespace fleet {

FleetModule::FleetModule()
{
    FleetErrors::registerOnce();
}

QIcon FleetModule::icon() const
{
    return QIcon(QStringLiteral(":/icons/colonna.svg"));
}

core::ModuleTab *FleetModule::createTab(core::AppContext &context, QWidget *parent)
{
    return new FleetTab(context, parent);
}

QList<core::ReportDefinition> FleetModule::reports() const
{
    return FleetReports::definitions();
}

QStringList FleetModule::headlineTables() const
{
    QStringList tables = fleetFigureTables();
    for (const QString &t : Readiness::tables())
        if (!tables.contains(t))
            tables.append(t);
    // The readiness reads the modules' sites too (tst_dashboard checks the list).
    if (!tables.contains(QStringLiteral("fleet_site")))
        tables.append(QStringLiteral("fleet_site"));
    return tables;
}

QList<core::HeadlineFigure> FleetModule::headlineFigures(const QSqlDatabase &db, const QDate &today) const
{
    auto f = fleetFigures(db, today);
    if (!f)
        return {};
    const QLocale locale;
    using Tone = core::HeadlineFigure::Tone;
    QList<core::HeadlineFigure> figures;
    const int revisions = f->revisionsOverdue + f->revisionsDueSoon;
    figures.append({ tr("Vehicle revisions due"), locale.toString(revisions),
        tr("%1 · %2").arg(tr("%Ln overdue", nullptr, f->revisionsOverdue),
            tr("%Ln within 30 days", nullptr, f->revisionsDueSoon)),
        f->revisionsOverdue > 0 ? Tone::Alert : f->revisionsDueSoon > 0 ? Tone::Warning : Tone::Normal,
        QStringLiteral("vehicles") });
    const int insurance = f->insuranceOverdue + f->insuranceDueSoon;
    figures.append({ tr("Vehicle insurance expiring"), locale.toString(insurance),
        tr("%1 · %2").arg(tr("%Ln expired", nullptr, f->insuranceOverdue),
            tr("%Ln within 30 days", nullptr, f->insuranceDueSoon)),
        f->insuranceOverdue > 0 ? Tone::Alert : f->insuranceDueSoon > 0 ? Tone::Warning : Tone::Normal,
        QStringLiteral("vehicles") });
    figures.append({ tr("Equipment on loan"), locale.toString(f->equipmentOut),
        tr("%1 · %2").arg(tr("%Ln piece(s) in all", nullptr, f->equipment),
            tr("%Ln check(s) overdue", nullptr, f->checksOverdue)),
        f->checksOverdue > 0 ? Tone::Warning : Tone::Normal, QStringLiteral("equipment") });
    // Which modules could leave now (on the dashboard's worker thread).
    if (auto modules = Readiness::all(db, today, true); modules && !modules->isEmpty()) {
        QStringList ready;
        for (const ModuleReadiness &m : std::as_const(*modules))
            if (m.ready())
                ready.append(m.name);
        figures.append({ tr("Modules ready to leave"),
            tr("%1 of %2").arg(locale.toString(ready.size()), locale.toString(modules->size())),
            ready.isEmpty() ? tr("none could leave now") : ready.join(QStringLiteral(", ")),
            ready.isEmpty() ? Tone::Alert : ready.size() < modules->size() ? Tone::Warning : Tone::Normal,
            QStringLiteral("modules") });
    }
    return figures;
}

QList<core::SearchHit> FleetModule::search(const QSqlDatabase &db, const QString &text, int limit) const
{
    QList<core::SearchHit> hits;
    const auto add = [&](const core::Result<QList<core::SearchMatch>> &found, const QString &kind, const QString &group) {
        if (found)
            for (const core::SearchMatch &m : *found)
                hits.append({ kind, group, m.id, m.title, m.detail });
    };
    add(searchVehicles(db, text, limit), QStringLiteral("vehicle"), tr("Vehicles"));
    add(searchEquipment(db, text, limit), QStringLiteral("equipment"), tr("Equipment"));
    add(searchSites(db, text, limit), QStringLiteral("site"), tr("Sites"));
    add(searchModules(db, text, limit), QStringLiteral("fleet_module"), tr("Modules of the Colonna Mobile"));
    return hits;
}

} // namespace fleet

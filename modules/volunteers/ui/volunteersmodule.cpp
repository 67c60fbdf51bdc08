#include "volunteers/ui/volunteersmodule.h"

#include "volunteers/domain/volunteerfigures.h"
#include "volunteers/domain/volunteerreports.h"
#include "volunteers/domain/volunteersearch.h"
#include "volunteers/renewal/renewalactivityreport.h"
#include "volunteers/ui/volunteererrors.h"
#include "volunteers/ui/volunteerstab.h"

#include <QLocale>

namespace volunteers {

VolunteersModule::VolunteersModule()
{
    VolunteerErrors::registerOnce();
}

QIcon VolunteersModule::icon() const
{
    return QIcon(QStringLiteral(":/icons/volontari.svg"));
}

core::ModuleTab *VolunteersModule::createTab(core::AppContext &context, QWidget *parent)
{
    return new VolunteersTab(context, parent);
}

QList<core::ReportDefinition> VolunteersModule::reports() const
{
    auto reports = VolunteerReports::definitions();
    reports.append(RenewalActivityReport::definition());
    return reports;
}

QStringList VolunteersModule::headlineTables() const
{
    // What headlineFigures() reads: the Cruscotto asks again after a change to these.
    return { QStringLiteral("activation"), QStringLiteral("activation_event"), QStringLiteral("attestato"), QStringLiteral("attestato_day"), QStringLiteral("volunteer"), QStringLiteral("organisation"), QStringLiteral("organisation_renewal") };
}

QList<core::HeadlineFigure> VolunteersModule::headlineFigures(const QSqlDatabase &db, const QDate &today) const
{
    auto f = volunteerFigures(db, today);
    if (!f)
        return {};
    const QLocale locale;
    using Tone = core::HeadlineFigure::Tone;
    QList<core::HeadlineFigure> figures;
    figures.append({ tr("Person-days this month"), locale.toString(f->personDaysThisMonth),
        tr("%1 last month · %2")
            .arg(locale.toString(f->personDaysLastMonth), tr("%Ln active volunteer(s)", nullptr, f->activeVolunteers)) });
    figures.append({ tr("Volunteers over an art. 39 limit"), locale.toString(f->volunteersOverLimits),
        f->volunteersOverLimits > 0 ? tr("look at their days before issuing attestati") : tr("nobody over the limits"),
        f->volunteersOverLimits > 0 ? Tone::Alert : Tone::Normal });
    figures.append({ tr("Attestati to issue"), locale.toString(f->attestatiToIssue),
        f->volunteersWithoutEmployer > 0
            ? tr("%Ln volunteers without employer on record", nullptr, f->volunteersWithoutEmployer)
            : tr("batch production in the Volunteers tab"),
        f->attestatiToIssue > 0 ? Tone::Warning : Tone::Normal });
    figures.append({ tr("Organisations renewed in %1").arg(today.year()),
        QStringLiteral("%1 / %2").arg(f->organisationsRenewed).arg(f->organisations), {},
        f->organisationsRenewed < f->organisations ? Tone::Warning : Tone::Normal });
    // Where a click on each figure leads (VolunteersTab::openPage).
    const QStringList pages { QStringLiteral("persondays"), QStringLiteral("limits"), QStringLiteral("attestati"),
        QStringLiteral("organisations") };
    for (int i = 0; i < figures.size() && i < pages.size(); ++i)
        figures[i].page = pages.at(i);
    return figures;
}

QList<core::SearchHit> VolunteersModule::search(const QSqlDatabase &db, const QString &text, int limit) const
{
    QList<core::SearchHit> hits;
    if (auto found = searchVolunteers(db, text, limit))
        for (const core::SearchMatch &m : *found)
            hits.append({ QStringLiteral("volunteer"), tr("Volunteers"), m.id, m.title, m.detail });
    if (auto found = searchTrainingEditions(db, text, limit))
        for (const core::SearchMatch &m : *found)
            hits.append({ QStringLiteral("training_edition"), tr("Courses (editions)"), m.id, m.title, m.detail });
    return hits;
}

} // namespace volunteers

#include "tutoring/ui/tutoringmodule.h"

#include "tutoring/domain/tutoringsearch.h"
#include "tutoring/domain/tutoringfigures.h"
#include "tutoring/domain/tutoringreports.h"
#include "tutoring/ui/tutoringerrortext.h"
#include "tutoring/ui/tutoringtab.h"

#include <QLocale>

namespace tutoring {

TutoringModule::TutoringModule()
{
    TutoringErrorText::registerTranslator();
}

QIcon TutoringModule::icon() const
{
    return QIcon(QStringLiteral(":/icons/tutoring.svg"));
}

core::ModuleTab *TutoringModule::createTab(core::AppContext &context, QWidget *parent)
{
    return new TutoringTab(context, parent);
}

QList<core::ReportDefinition> TutoringModule::reports() const
{
    return TutoringReports::definitions();
}

QStringList TutoringModule::headlineTables() const
{
    // What headlineFigures() reads: the Cruscotto asks again after a change to these.
    return { QStringLiteral("tutoring_lesson"), QStringLiteral("tutoring_pupil"), QStringLiteral("tutoring_assistant"), QStringLiteral("tutoring_tutor") };
}

QList<core::HeadlineFigure> TutoringModule::headlineFigures(const QSqlDatabase &db, const QDate &today) const
{
    auto f = tutoringFigures(db);
    auto t = tutoringToday(db, today);
    if (!f || !t)
        return {};
    const QLocale l;
    QList<core::HeadlineFigure> figures {
        { tr("Hours of study support booked"), l.toString(f->hoursBooked),
            tr("of which %1 for BES pupils; %2").arg(l.toString(f->hoursBookedBes), tr("%Ln given", nullptr, f->hoursGiven)) },
        { tr("Pupils"), l.toString(f->pupils), tr("from %Ln comuni", nullptr, f->pupilComuni) },
        { tr("Study assistants"), l.toString(f->assistants),
            tr("%1 with the safety course, %2")
                .arg(l.toString(f->assistantsSafetyDone), tr("%Ln enrolled", nullptr, f->assistantsSafetyEnrolled)),
            f->assistantsSafetyDone == 0 && f->assistants > 0 ? core::HeadlineFigure::Tone::Warning
                                                              : core::HeadlineFigure::Tone::Normal },
        { tr("Lessons today"), l.toString(t->lessonsToday) },
    };
    if (t->awaitingOutcome > 0)
        figures.append({ tr("Past lessons without an outcome"), l.toString(t->awaitingOutcome),
            tr("record them in ConosciAMO › Lessons"), core::HeadlineFigure::Tone::Warning });
    // Where a click on each figure leads (TutoringTab::openPage).
    const QStringList pages { QStringLiteral("calendar"), QStringLiteral("pupils"), QStringLiteral("assistants"),
        QStringLiteral("lessons"), QStringLiteral("lessons") };
    for (int i = 0; i < figures.size() && i < pages.size(); ++i)
        figures[i].page = pages.at(i);
    return figures;
}

QList<core::SearchHit> TutoringModule::search(const QSqlDatabase &db, const QString &text, int limit) const
{
    QList<core::SearchHit> hits;
    if (auto found = searchPupils(db, text, limit))
        for (const core::SearchMatch &m : *found)
            hits.append({ QStringLiteral("pupil"), tr("Pupils (ConosciAMO)"), m.id, m.title, m.detail });
    return hits;
}

} // namespace tutoring

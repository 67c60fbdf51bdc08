#include "listening/ui/listeningmodule.h"

#include "core/ui/appcontext.h"
#include "listening/domain/callbackqueue.h"
#include "listening/domain/callersearch.h"
#include "listening/domain/listeningreports.h"
#include "listening/ui/listeningerrortext.h"
#include "listening/ui/listeningtab.h"

#include <QLocale>

namespace listening {

ListeningModule::ListeningModule()
{
    ListeningErrorText::registerTranslator();
}

QIcon ListeningModule::icon() const
{
    return QIcon(QStringLiteral(":/icons/listening.svg"));
}

core::ModuleTab *ListeningModule::createTab(core::AppContext &context, QWidget *parent)
{
    m_clock = context.clock;
    return new ListeningTab(context, parent);
}

QList<core::ReportDefinition> ListeningModule::reports() const
{
    return ListeningReports::definitions();
}

QStringList ListeningModule::headlineTables() const
{
    // What headlineFigures() reads: the Cruscotto asks again after a change to these.
    return { QStringLiteral("listening_request"), QStringLiteral("listening_attempt"), QStringLiteral("listening_outcome"), QStringLiteral("listening_escalation"), QStringLiteral("listening_assignment") };
}

QList<core::HeadlineFigure> ListeningModule::headlineFigures(const QSqlDatabase &db, const QDate &today) const
{
    const QDateTime now = today == m_clock->today() ? m_clock->now() : QDateTime(today, QTime(23, 59));
    auto counts = CallbackQueue::counts(db, now.toMSecsSinceEpoch());
    if (!counts)
        return {};
    const QLocale locale;
    QList<core::HeadlineFigure> figures;
    figures.append({ tr("Requests to call back"), locale.toString(counts->waiting),
        counts->open > counts->waiting ? tr("%Ln more waiting for the outcome", nullptr, counts->open - counts->waiting)
                                       : QString() });
    figures.append({ tr("Overdue callbacks"), locale.toString(counts->overdue),
        counts->overdue > 0 ? tr("past their 24/48-hour deadline: call now") : tr("none: every deadline is met"),
        counts->overdue > 0 ? core::HeadlineFigure::Tone::Alert : core::HeadlineFigure::Tone::Normal });
    if (counts->raised > 0 || counts->past24h > 0)
        figures.append({ tr("With the coordinator"), locale.toString(counts->raised),
            tr("%Ln beyond 24 hours", nullptr, counts->past24h), core::HeadlineFigure::Tone::Warning });
    auto month = ListeningReports::serviceFigures(db, today.addDays(-29), today, QStringLiteral("month"));
    if (month) {
        int requests = 0, within = 0;
        for (const ServiceFigures &f : *month) {
            requests += f.requests;
            within += f.within24h;
        }
        if (requests > 0)
            figures.append(
                { tr("Called back within 24 h"), locale.toString(100.0 * within / requests, 'f', 0) + locale.percent(),
                    tr("of %Ln request(s) in the last 30 days", nullptr, requests) });
    }
    for (core::HeadlineFigure &f : figures)
        f.page = QStringLiteral("queue"); // the deadlines: a click opens the callback queue
    return figures;
}

QList<core::HeadlineFigure> ListeningModule::statusFigures(const QSqlDatabase &db, const QDateTime &now) const
{
    auto counts = CallbackQueue::counts(db, now.toMSecsSinceEpoch());
    if (!counts)
        return {};
    if (counts->overdue > 0)
        return { { tr("Overdue callbacks"), QLocale().toString(counts->overdue), {},
            core::HeadlineFigure::Tone::Alert } };
    return { { tr("Callbacks due"), QLocale().toString(counts->waiting) } };
}

QList<core::SearchHit> ListeningModule::search(const QSqlDatabase &db, const QString &text, int limit) const
{
    // Callers only for who may read them (searchCallers checks the vault).
    QList<core::SearchHit> hits;
    if (auto found = searchCallers(db, text, limit, m_clock->nowMs()))
        for (const core::SearchMatch &m : *found)
            hits.append({ QStringLiteral("caller"), tr("Callers (AscoltiAMO)"), m.id, m.title, m.detail });
    return hits;
}

} // namespace listening

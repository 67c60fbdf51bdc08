#include "listening/domain/listeningreports.h"

#include "core/auth/auditlog.h"
#include "core/auth/permissions.h"
#include "core/auth/session.h"
#include "core/auth/vault.h"
#include "core/db/connectionstate.h"
#include "core/db/sql.h"
#include "core/domain/clock.h"
#include "core/reporting/reportcatalog.h"
#include "listening/domain/callbackdeadline.h"
#include "listening/domain/callbackqueue.h"

#include <QLocale>

#include <algorithm>

namespace listening {

using core::ColumnKind;
using core::ReportColumn;
using core::ReportDocument;
using core::ReportTable;
using core::Result;

namespace {
qint64 startOf(const QDate &d)
{
    return QDateTime(d, QTime(0, 0)).toMSecsSinceEpoch();
}

QDate periodStart(const QDate &day, bool weekly)
{
    return weekly ? day.addDays(1 - day.dayOfWeek()) : QDate(day.year(), day.month(), 1);
}

QString periodLabel(const QDate &start, bool weekly)
{
    if (!weekly)
        return start.toString(QStringLiteral("MM/yyyy"));
    // "W09 01/03-07/03": the ISO week and its days, readable on paper.
    return QStringLiteral("W%1 %2-%3")
        .arg(start.weekNumber(), 2, 10, QLatin1Char('0'))
        .arg(start.toString(QStringLiteral("dd/MM")), start.addDays(6).toString(QStringLiteral("dd/MM")));
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

QString periodText(const core::ReportRequest &r)
{
    return QStringLiteral("%1 - %2").arg(
        r.locale.toString(r.from, QStringLiteral("dd/MM/yyyy")), r.locale.toString(r.to, QStringLiteral("dd/MM/yyyy")));
}
} // namespace

QList<core::ReportDefinition> ListeningReports::definitions()
{
    core::ReportDefinition queueReport;
    queueReport.name = QStringLiteral("listening-queue");
    queueReport.title = [] { return tr("AscoltiAMO: callback queue"); };
    queueReport.build = &ListeningReports::queue;
    queueReport.permission = core::Permission::ListeningView; // names only with the key (see queue())

    core::ReportDefinition summaryReport;
    summaryReport.name = QStringLiteral("listening-summary");
    summaryReport.title = [] { return tr("AscoltiAMO: service figures"); };
    summaryReport.parameters = core::ReportDefinition::Period | core::ReportDefinition::By;
    summaryReport.required = core::ReportDefinition::Period;
    summaryReport.byChoices = { QStringLiteral("month"), QStringLiteral("week") };
    summaryReport.byTitle = [](const QString &by) { return by == QLatin1String("week") ? tr("week") : tr("month"); };
    summaryReport.build = &ListeningReports::summary;
    summaryReport.permission = core::Permission::ReportsAggregate;
    return { queueReport, summaryReport };
}

Result<QList<ServiceFigures>> ListeningReports::serviceFigures(
    const QSqlDatabase &db, const QDate &from, const QDate &to, const QString &by)
{
    const bool weekly = by == QLatin1String("week");
    auto q = core::runQuery(db,
        QStringLiteral(
            "SELECT r.received_at, r.urgency, "
            "  (SELECT min(t.attempted_at) FROM listening_attempt t WHERE t.request_id = r.id AND t.outcome = "
            "'reached' "
            "     AND NOT EXISTS (SELECT 1 FROM listening_attempt v WHERE v.voids_id = t.id)), "
            "  (SELECT count(*) FROM listening_escalation e WHERE e.request_id = r.id), "
            "  (SELECT o.disposition FROM listening_outcome o WHERE o.request_id = r.id) "
            "FROM listening_request r WHERE r.received_at >= ? AND r.received_at < ? ORDER BY r.received_at"),
        { startOf(from), startOf(to.addDays(1)) });
    if (!q)
        return q.error();
    QList<ServiceFigures> periods;
    for (QDate d = periodStart(from, weekly); d <= to; d = weekly ? d.addDays(7) : d.addMonths(1))
        periods.append({ d, periodLabel(d, weekly) });
    QList<QList<double>> hours(periods.size());
    while (q->next()) {
        const qint64 received = q->value(0).toLongLong();
        const QDate day = QDateTime::fromMSecsSinceEpoch(received).toLocalTime().date();
        const QDate start = periodStart(day, weekly);
        const auto it
            = std::find_if(periods.begin(), periods.end(), [&](const ServiceFigures &f) { return f.start == start; });
        if (it == periods.end())
            continue;
        ServiceFigures &f = *it;
        ++f.requests;
        f.urgent += q->value(1).toString() == QLatin1String("urgent");
        if (!q->value(2).isNull()) {
            const qint64 waited = q->value(2).toLongLong() - received;
            ++f.calledBack;
            f.within24h += waited <= Deadline::targetMs;
            f.within48h += waited <= Deadline::limitMs;
            hours[it - periods.begin()].append(double(waited) / double(Deadline::hourMs));
        }
        f.escalations += q->value(3).toInt();
        const QString disposition = q->value(4).toString();
        f.referrals += disposition == QLatin1String("referral");
        f.unreachable += disposition == QLatin1String("unreachable");
        f.stillOpen += q->value(4).isNull();
    }
    for (int i = 0; i < periods.size(); ++i)
        periods[i].medianHoursToCallback = median(hours.at(i));
    return periods;
}

Result<QList<NeedCount>> ListeningReports::needs(const QSqlDatabase &db, const QDate &from, const QDate &to)
{
    auto q = core::runQuery(db,
        QStringLiteral("SELECT o.needs FROM listening_outcome o JOIN listening_request r ON r.id = o.request_id "
                       "WHERE r.received_at >= ? AND r.received_at < ?"),
        { startOf(from), startOf(to.addDays(1)) });
    if (!q)
        return q.error();
    QList<NeedCount> counts;
    for (const QString &code : needCodes())
        counts.append({ code, 0 });
    while (q->next())
        for (const QString &code : q->value(0).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            for (NeedCount &c : counts)
                c.count += c.code == code;
    return counts;
}

Result<ReportDocument> ListeningReports::summary(const QSqlDatabase &db, const core::ReportRequest &request)
{
    const QString by = request.by.isEmpty() ? QStringLiteral("month") : request.by;
    auto figures = serviceFigures(db, request.from, request.to, by);
    if (!figures)
        return figures.error();
    ReportTable t;
    t.columns = { { QStringLiteral("period_start"), tr("From"), ColumnKind::Date, 0, false },
        { QStringLiteral("period"), by == QLatin1String("week") ? tr("Week") : tr("Month") },
        { QStringLiteral("requests"), tr("Requests"), ColumnKind::Integer },
        { QStringLiteral("urgent"), tr("Urgent"), ColumnKind::Integer },
        { QStringLiteral("called_back"), tr("Called back"), ColumnKind::Integer },
        { QStringLiteral("within_24h"), tr("Within 24 h"), ColumnKind::Integer },
        { QStringLiteral("within_48h"), tr("Within 48 h"), ColumnKind::Integer },
        { QStringLiteral("share_within_24h"), tr("% within 24 h"), ColumnKind::Percent, 1 },
        { QStringLiteral("share_within_48h"), tr("% within 48 h"), ColumnKind::Percent, 1 },
        { QStringLiteral("median_hours_to_callback"), tr("Median hours to callback"), ColumnKind::Decimal, 1 },
        { QStringLiteral("escalations_118"), tr("Escalations to 118"), ColumnKind::Integer },
        { QStringLiteral("referrals"), tr("Referrals"), ColumnKind::Integer },
        { QStringLiteral("unreachable"), tr("Unreachable"), ColumnKind::Integer },
        { QStringLiteral("still_open"), tr("Still open"), ColumnKind::Integer } };
    ServiceFigures total;
    core::ReportChart chart;
    chart.title = tr("Requests and callbacks within 24 h");
    core::ReportSeries requestsSeries { tr("Requests"), {} };
    core::ReportSeries within24Series { tr("Called back within 24 h"), {} };
    for (const ServiceFigures &f : *figures) {
        auto share = [&](int n) { return f.requests ? QVariant(double(n) / f.requests) : QVariant(); };
        t.rows.append({ f.start, f.label, f.requests, f.urgent, f.calledBack, f.within24h, f.within48h,
            share(f.within24h), share(f.within48h), f.calledBack ? QVariant(f.medianHoursToCallback) : QVariant(),
            f.escalations, f.referrals, f.unreachable, f.stillOpen });
        total.requests += f.requests;
        total.urgent += f.urgent;
        total.calledBack += f.calledBack;
        total.within24h += f.within24h;
        total.within48h += f.within48h;
        total.escalations += f.escalations;
        total.referrals += f.referrals;
        total.unreachable += f.unreachable;
        total.stillOpen += f.stillOpen;
        chart.categories.append(f.label);
        requestsSeries.values.append(f.requests);
        within24Series.values.append(f.within24h);
    }
    chart.series = { requestsSeries, within24Series };
    auto totalShare = [&](int n) { return total.requests ? QVariant(double(n) / total.requests) : QVariant(); };
    t.totals = { QVariant(), tr("Total"), total.requests, total.urgent, total.calledBack, total.within24h,
        total.within48h, totalShare(total.within24h), totalShare(total.within48h), QVariant(), total.escalations,
        total.referrals, total.unreachable, total.stillOpen };

    ReportDocument doc
        = core::newReportDocument(QStringLiteral("listening-summary"), tr("AscoltiAMO: service figures"), request);
    doc.subtitle = tr("Listening line 02 7740 5555: callbacks by the SPE psychologists");
    doc.landscape = true;
    doc.parameters.append({ tr("Period"), periodText(request) });
    doc.parameters.append({ tr("Grouped by"), by == QLatin1String("week") ? tr("week") : tr("month") });
    const QLocale &l = request.locale;
    auto percent = [&](int n) {
        return total.requests ? l.toString(100.0 * n / total.requests, 'f', 1) + l.percent() : QStringLiteral("-");
    };
    doc.addKeyValues({ { tr("Requests received"), l.toString(total.requests) },
        { tr("Called back within 24 hours"), percent(total.within24h) },
        { tr("Called back within 48 hours"), percent(total.within48h) },
        { tr("Escalations to 118"), l.toString(total.escalations) },
        { tr("Referrals to services"), l.toString(total.referrals) } });
    doc.addParagraph(tr("Aggregate figures only: no caller can be identified from this report. Times are measured from "
                        "the message on the answering machine to the first call that reached the caller."));
    doc.addTable(t);
    if (chart.categories.size() > 1)
        doc.addChart(chart);

    auto needs = ListeningReports::needs(db, request.from, request.to);
    if (!needs)
        return needs.error();
    ReportTable needsTable;
    needsTable.columns = { { QStringLiteral("need"), tr("Need assessed") },
        { QStringLiteral("cases"), tr("Cases"), ColumnKind::Integer } };
    for (const NeedCount &n : *needs)
        if (n.count > 0)
            needsTable.rows.append({ ListeningText::need(n.code), n.count });
    if (!needsTable.rows.isEmpty()) {
        doc.addHeading(tr("Needs assessed in the interviews"));
        doc.addTable(needsTable);
    }
    return doc;
}

Result<ReportDocument> ListeningReports::queue(const QSqlDatabase &db, const core::ReportRequest &request)
{
    const QDateTime now = request.now.isValid() ? request.now : core::SystemClock::instance().now();
    auto entries = CallbackQueue::load(db, now.toMSecsSinceEpoch(), true);
    if (!entries)
        return entries.error();
    const bool personal = core::Vault::canOpen(db, core::Permission::ListeningPersonalRead);
    ReportTable t;
    t.columns = { { QStringLiteral("code"), tr("Request") },
        { QStringLiteral("received_at"), tr("Received"), ColumnKind::DateTime, 0, false },
        { QStringLiteral("due_at"), tr("Call back by"), ColumnKind::DateTime },
        { QStringLiteral("time_left"), tr("Time left") },
        { QStringLiteral("hours_left"), tr("Hours left"), ColumnKind::Decimal, 1, false },
        { QStringLiteral("urgency"), tr("Urgency") }, { QStringLiteral("status"), tr("Status") },
        { QStringLiteral("comune"), tr("Comune") },
        { QStringLiteral("caller_kind"), tr("Caller"), ColumnKind::Text, 0, false },
        { QStringLiteral("psychologist"), tr("Psychologist") },
        { QStringLiteral("failed_attempts"), tr("Failed attempts"), ColumnKind::Integer } };
    if (personal) {
        t.columns += { { QStringLiteral("caller_name"), tr("Name") }, { QStringLiteral("caller_phone"), tr("Phone") } };
    } else {
        // Names left out: the audit log says who asked for the queue without them.
        const auto account = core::sessionAccount(db);
        core::AuditLog::Entry entry;
        entry.kind = core::AuditKind::Denied;
        entry.username = account ? account->username : core::sessionOperator(db);
        entry.accountId = account ? account->id : 0;
        entry.permission = core::Permission::ListeningPersonalRead;
        entry.detail = QStringLiteral("report listening-queue: caller names left out");
        entry.atMs = now.toMSecsSinceEpoch();
        (void)core::AuditLog::record(db, entry); // the report stands even if it cannot be logged
    }
    for (const QueueEntry &e : *entries) {
        QString status;
        switch (e.deadline.stage) {
        case DeadlineStage::Overdue:
            status = tr("OVERDUE");
            break;
        case DeadlineStage::Past24h:
            status = tr("beyond 24 h");
            break;
        case DeadlineStage::DueSoon:
            status = tr("due soon");
            break;
        case DeadlineStage::OnTime:
            status = tr("on time");
            break;
        case DeadlineStage::CalledBack:
            status = tr("reached, outcome to record");
            break;
        }
        if (e.raised)
            status += QStringLiteral(" · ") + tr("with the coordinator");
        const bool waiting = e.deadline.stage != DeadlineStage::CalledBack;
        QVariantList row { e.code, e.receivedAt, e.dueAt,
            waiting ? ListeningText::countdown(e.deadline.remainingToDue) : QString(),
            waiting ? QVariant(double(e.deadline.remainingToDue) / Deadline::hourMs) : QVariant(),
            e.urgency == Urgency::Urgent ? QStringLiteral("24 h") : QStringLiteral("48 h"), status, e.comune,
            ListeningText::callerKind(e.callerKind), e.psychologist, e.attempts.failed };
        if (personal)
            row << e.callerName << e.callerPhone;
        t.rows.append(row);
    }
    const QueueCounts counts = CallbackQueue::count(*entries);
    t.totals = { tr("Total: %n request(s)", nullptr, counts.open) };

    ReportDocument doc;
    doc.name = QStringLiteral("listening-queue");
    doc.title = tr("AscoltiAMO: callback queue");
    doc.subtitle = tr("Open requests by deadline: 24 hours for urgent ones, 48 hours for the others");
    doc.landscape = true;
    doc.operatorName = request.operatorName;
    doc.printedAt = now;
    doc.parameters.append({ tr("Situation at"), request.locale.toString(now, QStringLiteral("dd/MM/yyyy HH:mm")) });
    const QLocale &l = request.locale;
    doc.addKeyValues({ { tr("Open requests"), l.toString(counts.open) }, { tr("Overdue"), l.toString(counts.overdue) },
        { tr("Beyond 24 hours"), l.toString(counts.past24h) },
        { tr("With the coordinator"), l.toString(counts.raised) } });
    doc.addParagraph(personal ? tr("Contains callers' personal data: keep it confidential and destroy it after use.")
                              : tr("Callers' names and phone numbers are shown only to coordinators and psychologists "
                                   "signed in."));
    doc.addTable(t);
    return doc;
}

} // namespace listening

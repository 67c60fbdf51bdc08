#include "tutoring/domain/tutoringreports.h"

#include "core/auth/permissions.h"
#include "core/db/sql.h"
#include "core/domain/dates.h"
#include "core/reporting/reportcatalog.h"
#include "tutoring/domain/tutoringfigures.h"
#include "tutoring/domain/tutoringlabels.h"

namespace tutoring {

using namespace core;

namespace {

QString comuneLabel(const QString &name, const QString &province, bool metropolitan)
{
    return metropolitan || province.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, province);
}

QString formatDate(const QDate &d, const QLocale &locale)
{
    return locale.toString(d, QStringLiteral("dd/MM/yyyy"));
}

ReportDefinition definition(const QString &name, std::function<QString()> title,
    std::function<Result<ReportDocument>(const QSqlDatabase &, const ReportRequest &)> build, const QString &permission)
{
    ReportDefinition d;
    d.name = name;
    d.title = std::move(title);
    d.parameters = ReportDefinition::Period;
    d.build = std::move(build);
    d.permission = permission;
    return d;
}

} // namespace

QList<ReportDefinition> TutoringReports::definitions()
{
    QList<ReportDefinition> list {
        definition(
            QStringLiteral("tutoring-by-comune"), [] { return tr("ConosciAMO: pupils and hours by comune"); },
            &TutoringReports::byComune, core::Permission::ReportsAggregate),
        definition(
            QStringLiteral("tutoring-summary"), [] { return tr("ConosciAMO: summary figures"); },
            &TutoringReports::summary, core::Permission::ReportsAggregate),
        definition(
            QStringLiteral("tutoring-by-subject-week"),
            [] { return tr("ConosciAMO: hours booked and given by subject and week"); },
            &TutoringReports::bySubjectWeek, core::Permission::ReportsAggregate),
        definition(
            QStringLiteral("tutoring-pcto"),
            [] { return tr("ConosciAMO: PCTO hours statement of the study assistants"); },
            &TutoringReports::pctoStatement, core::Permission::TutoringView),
        definition(
            QStringLiteral("tutoring-standins"), [] { return tr("ConosciAMO: tutors' stand-in hours"); },
            &TutoringReports::standIns, core::Permission::TutoringView),
        definition(
            QStringLiteral("tutoring-safety-course"),
            [] { return tr("ConosciAMO: study assistants and the safety course"); }, &TutoringReports::safetyCourse,
            core::Permission::TutoringView),
    };
    // The course state is as of today, whatever the period.
    list.last().parameters = ReportDefinition::None;
    return list;
}

ReportDocument TutoringReports::document(const QString &name, const QString &title, const ReportRequest &request)
{
    ReportDocument doc = core::newReportDocument(name, title, request);
    doc.subtitle = tr("ConosciAMO · study support for pupils aged 12 to 16");
    const QLocale &locale = request.locale;
    QString period;
    if (request.from.isValid() && request.to.isValid())
        period = tr("%1 to %2").arg(formatDate(request.from, locale), formatDate(request.to, locale));
    else if (request.from.isValid())
        period = tr("from %1").arg(formatDate(request.from, locale));
    else if (request.to.isValid())
        period = tr("up to %1").arg(formatDate(request.to, locale));
    else
        period = tr("every lesson on record");
    doc.parameters.append({ tr("Lessons"), period });
    return doc;
}

// --- By comune ----------------------------------------------------------------

Result<ReportDocument> TutoringReports::byComune(const QSqlDatabase &db, const ReportRequest &request)
{
    QVariantList binds;
    const QString period = lessonPeriodFilter(request.from, request.to, binds);
    auto q = runQuery(db,
        QStringLiteral(
            "SELECT c.istat_code, c.name, c.province, m.comune_id IS NOT NULL, "
            "count(DISTINCT CASE WHEN l.channel = 'platform' AND p.school_order = 'middle' THEN p.id END), "
            "count(DISTINCT CASE WHEN l.channel = 'platform' AND p.school_order = 'high' THEN p.id END), "
            "coalesce(sum(l.channel = 'platform'), 0), "
            "count(DISTINCT CASE WHEN l.channel = 'bes' AND p.school_order = 'middle' THEN p.id END), "
            "count(DISTINCT CASE WHEN l.channel = 'bes' AND p.school_order = 'high' THEN p.id END), "
            "coalesce(sum(l.channel = 'bes'), 0) "
            "FROM tutoring_lesson l JOIN tutoring_pupil p ON p.id = l.pupil_id JOIN comune c ON c.id = p.comune_id "
            "LEFT JOIN comune_cmm m ON m.comune_id = c.id "
            "WHERE l.state <> 'cancelled'")
            + period + QStringLiteral(" GROUP BY c.id ORDER BY c.name COLLATE NOCASE, c.id"),
        binds);
    if (!q)
        return q.error();

    ReportTable platform;
    platform.columns
        = { { QStringLiteral("istat_code"), tr("ISTAT code") }, { QStringLiteral("comune"), tr("Comune of residence") },
              { QStringLiteral("pupils_middle"), tr("Middle school pupils"), ColumnKind::Integer },
              { QStringLiteral("pupils_high"), tr("High school pupils"), ColumnKind::Integer },
              { QStringLiteral("hours_booked"), tr("Hours booked"), ColumnKind::Integer } };
    ReportTable bes;
    bes.columns
        = { { QStringLiteral("istat_code"), tr("ISTAT code") }, { QStringLiteral("comune"), tr("Comune of residence") },
              { QStringLiteral("pupils_middle"), tr("Middle school pupils"), ColumnKind::Integer },
              { QStringLiteral("pupils_high"), tr("High school pupils"), ColumnKind::Integer },
              { QStringLiteral("hours_booked"), tr("Hours booked"), ColumnKind::Integer } };
    int totals[6] = { 0, 0, 0, 0, 0, 0 };
    QSet<QString> allComuni;
    ReportChart chart;
    chart.title = tr("Hours booked on the calendar by comune of residence");
    chart.horizontal = true;
    chart.unit = tr("h");
    ReportSeries hours { tr("Hours booked"), {} };
    while (q->next()) {
        const QString istat = q->value(0).toString();
        const QString name = comuneLabel(q->value(1).toString(), q->value(2).toString(), q->value(3).toBool());
        const int pm = q->value(4).toInt(), ph = q->value(5).toInt(), hp = q->value(6).toInt();
        const int bm = q->value(7).toInt(), bh = q->value(8).toInt(), hb = q->value(9).toInt();
        allComuni.insert(istat);
        if (hp > 0) {
            platform.rows.append({ istat, name, pm, ph, hp });
            chart.categories.append(name);
            hours.values.append(hp);
        }
        if (hb > 0)
            bes.rows.append({ istat, name, bm, bh, hb });
        const int values[6] = { pm, ph, hp, bm, bh, hb };
        for (int i = 0; i < 6; ++i)
            totals[i] += values[i];
    }
    chart.series.append(hours);
    platform.totals
        = { tr("Total: %n comuni", nullptr, int(platform.rows.size())), QVariant(), totals[0], totals[1], totals[2] };
    bes.totals = { tr("Total: %n comuni", nullptr, int(bes.rows.size())), QVariant(), totals[3], totals[4], totals[5] };

    ReportDocument doc
        = document(QStringLiteral("tutoring-by-comune"), tr("Pupils and hours booked by comune of residence"), request);
    doc.addParagraph(
        tr("Pupils who booked study support on the calendar, by comune of residence and school order, and the "
           "hours they booked (cancelled hours excluded). Pupils with special educational needs (BES) are served "
           "by a stable assistant assigned by hand, outside the calendar: they are counted in the second table."));
    doc.addHeading(tr("Booked on the calendar"));
    doc.addTable(platform);
    if (!chart.categories.isEmpty())
        doc.addChart(chart, 170);
    doc.addHeading(tr("BES pupils (stable assistant assigned by hand)"));
    if (bes.rows.isEmpty())
        doc.addParagraph(tr("No hours booked for BES pupils."));
    else
        doc.addTable(bes);
    const QLocale &l = request.locale;
    doc.addHeading(tr("All pupils"));
    doc.addKeyValues({ { tr("Pupils"), l.toString(totals[0] + totals[1] + totals[3] + totals[4]) },
        { tr("Comuni of residence"), l.toString(allComuni.size()) },
        { tr("Hours booked"),
            tr("%1, of which %2 for BES pupils").arg(l.toString(totals[2] + totals[5]), l.toString(totals[5])) } });
    return doc;
}

// --- Summary --------------------------------------------------------------------

Result<ReportDocument> TutoringReports::summary(const QSqlDatabase &db, const ReportRequest &request)
{
    auto f = tutoringFigures(db, request.from, request.to);
    if (!f)
        return f.error();
    ReportTable table;
    table.columns = { { QStringLiteral("hours_booked"), tr("Hours booked"), ColumnKind::Integer },
        { QStringLiteral("hours_booked_bes"), tr("of which BES"), ColumnKind::Integer },
        { QStringLiteral("hours_given"), tr("Hours given"), ColumnKind::Integer },
        { QStringLiteral("pupils"), tr("Pupils"), ColumnKind::Integer },
        { QStringLiteral("assistants"), tr("Study assistants"), ColumnKind::Integer },
        { QStringLiteral("assistants_safety_done"), tr("with the safety course"), ColumnKind::Integer } };
    table.rows.append(
        { f->hoursBooked, f->hoursBookedBes, f->hoursGiven, f->pupils, f->assistants, f->assistantsSafetyDone });

    ReportDocument doc = document(QStringLiteral("tutoring-summary"), tr("ConosciAMO in figures"), request);
    doc.addTable(table);
    const QLocale &l = request.locale;
    doc.addHeading(tr("Hours"));
    doc.addKeyValues({
        { tr("Hours booked"), l.toString(f->hoursBooked) },
        { tr("  on the calendar"), l.toString(f->hoursBookedPlatform) },
        { tr("  for BES pupils (assigned by hand)"), l.toString(f->hoursBookedBes) },
        { tr("Hours given"), l.toString(f->hoursGiven) },
        { tr("  of which by a tutor standing in"), l.toString(f->hoursStandIn) },
        { tr("Pupil absent"), l.toString(f->hoursNoShow) },
        { tr("Booked, outcome not yet recorded"), l.toString(f->hoursAwaitingOutcome) },
        { tr("Cancelled (not counted as booked)"), l.toString(f->hoursCancelled) },
    });
    doc.addHeading(tr("People"));
    doc.addKeyValues({
        { tr("Pupils"),
            tr("%1 (of which %2 BES) from %3")
                .arg(l.toString(f->pupils), l.toString(f->pupilsBes), tr("%Ln comune(s)", nullptr, int(f->pupilComuni))) },
        { tr("Study assistants"),
            tr("%1 from %2").arg(l.toString(f->assistants), tr("%Ln comune(s)", nullptr, int(f->assistantComuni))) },
        { tr("  safety course done"), l.toString(f->assistantsSafetyDone) },
        { tr("  enrolled in the next course"), l.toString(f->assistantsSafetyEnrolled) },
        { tr("Tutors"), l.toString(f->tutors) },
    });
    return doc;
}

// --- By subject and week -------------------------------------------------------------

Result<ReportDocument> TutoringReports::bySubjectWeek(const QSqlDatabase &db, const ReportRequest &request)
{
    QVariantList binds;
    const QString period = lessonPeriodFilter(request.from, request.to, binds);
    auto q = runQuery(db,
        QStringLiteral(
            "SELECT date(l.day, '-6 days', 'weekday 1') AS week, s.name, "
            "sum(l.state <> 'cancelled'), sum(l.state <> 'cancelled' AND l.channel = 'bes'), sum(l.state = 'given'), "
            "sum(l.state = 'no_show'), sum(l.state = 'cancelled') "
            "FROM tutoring_lesson l JOIN tutoring_subject s ON s.id = l.subject_id WHERE 1 = 1")
            + period + QStringLiteral(" GROUP BY week, s.id ORDER BY week, s.sort_order, s.id"),
        binds);
    if (!q)
        return q.error();
    ReportTable table;
    table.columns = { { QStringLiteral("week_start"), tr("Week from"), ColumnKind::Date },
        { QStringLiteral("subject"), tr("Subject") },
        { QStringLiteral("hours_booked"), tr("Hours booked"), ColumnKind::Integer },
        { QStringLiteral("hours_booked_bes"), tr("of which BES"), ColumnKind::Integer },
        { QStringLiteral("hours_given"), tr("Hours given"), ColumnKind::Integer },
        { QStringLiteral("hours_no_show"), tr("Pupil absent"), ColumnKind::Integer },
        { QStringLiteral("hours_cancelled"), tr("Cancelled"), ColumnKind::Integer } };
    QMap<QDate, QPair<int, int>> weeks; // booked, given
    QMap<QString, QList<int>> subjects;
    QStringList subjectOrder;
    int totals[5] = { 0, 0, 0, 0, 0 };
    while (q->next()) {
        const QDate week = fromSqlDate(q->value(0).toString());
        const QString subject = q->value(1).toString();
        QList<int> v;
        for (int i = 2; i <= 6; ++i)
            v.append(q->value(i).toInt());
        table.rows.append({ week, subject, v[0], v[1], v[2], v[3], v[4] });
        weeks[week].first += v[0];
        weeks[week].second += v[2];
        if (!subjects.contains(subject)) {
            subjects.insert(subject, { 0, 0, 0, 0, 0 });
            subjectOrder.append(subject);
        }
        for (int i = 0; i < 5; ++i) {
            subjects[subject][i] += v[i];
            totals[i] += v[i];
        }
    }
    table.totals = { tr("Total"), QVariant(), totals[0], totals[1], totals[2], totals[3], totals[4] };

    ReportChart chart;
    chart.title = tr("Hours booked and given by week");
    chart.unit = tr("h");
    ReportSeries booked { tr("Booked"), {} }, given { tr("Given"), {} };
    for (auto it = weeks.constBegin(); it != weeks.constEnd(); ++it) {
        chart.categories.append(request.locale.toString(it.key(), QStringLiteral("dd/MM")));
        booked.values.append(it.value().first);
        given.values.append(it.value().second);
    }
    chart.series = { booked, given };

    ReportTable bySubject;
    bySubject.columns = { { QStringLiteral("subject"), tr("Subject") },
        { QStringLiteral("hours_booked"), tr("Hours booked"), ColumnKind::Integer },
        { QStringLiteral("hours_booked_bes"), tr("of which BES"), ColumnKind::Integer },
        { QStringLiteral("hours_given"), tr("Hours given"), ColumnKind::Integer },
        { QStringLiteral("hours_no_show"), tr("Pupil absent"), ColumnKind::Integer },
        { QStringLiteral("hours_cancelled"), tr("Cancelled"), ColumnKind::Integer } };
    for (const QString &s : subjectOrder) {
        const QList<int> &v = subjects.value(s);
        bySubject.rows.append({ s, v[0], v[1], v[2], v[3], v[4] });
    }
    bySubject.totals = { tr("Total"), totals[0], totals[1], totals[2], totals[3], totals[4] };

    ReportDocument doc = document(
        QStringLiteral("tutoring-by-subject-week"), tr("Hours booked and given by subject and week"), request);
    doc.addParagraph(
        tr("Booked: hours in force (not cancelled), on the calendar and for BES pupils. Given: lessons whose "
           "outcome is «given», by the assistant or by a tutor standing in."));
    doc.addTable(table);
    if (!chart.categories.isEmpty())
        doc.addChart(chart, 170);
    doc.addHeading(tr("By subject"));
    doc.addTable(bySubject);
    return doc;
}

// --- PCTO statement ------------------------------------------------------------------

Result<ReportDocument> TutoringReports::pctoStatement(const QSqlDatabase &db, const ReportRequest &request)
{
    QVariantList binds;
    const QString periodGiven = lessonPeriodFilter(request.from, request.to, binds);
    const QString periodAbsent = lessonPeriodFilter(request.from, request.to, binds);
    QString where;
    const int schoolFilter = request.options.value(QStringLiteral("school")).toInt();
    if (schoolFilter > 0) {
        where = QStringLiteral(" WHERE sc.id = ?");
        binds.append(schoolFilter);
    }
    auto q = runQuery(db,
        QStringLiteral("SELECT sc.id, sc.name, sc_c.name, a.family_name, a.given_name, a.class_year, a.safety_course, "
                       "a.safety_course_on, "
                       "(SELECT count(*) FROM tutoring_lesson l WHERE l.assistant_id = a.id AND l.state = 'given' AND "
                       "l.taught_by = 'assistant'%1), "
                       "(SELECT count(*) FROM tutoring_lesson l WHERE l.assistant_id = a.id AND l.state = 'no_show'%2) "
                       "FROM tutoring_assistant a JOIN school sc ON sc.id = a.school_id JOIN comune sc_c ON sc_c.id = "
                       "sc.comune_id%3 "
                       "ORDER BY sc.sort_order, sc.id, a.family_name COLLATE NOCASE, a.given_name COLLATE NOCASE, a.id")
            .arg(periodGiven, periodAbsent, where),
        binds);
    if (!q)
        return q.error();

    struct Row {
        QString name;
        int classYear;
        QString course;
        int given;
        int absent;
        int courseHours;
    };
    struct SchoolBlock {
        QString name;
        QString comune;
        QList<Row> rows;
    };
    QList<SchoolBlock> schools;
    const QLocale &l = request.locale;
    while (q->next()) {
        if (schools.isEmpty() || schools.last().name != q->value(1).toString())
            schools.append({ q->value(1).toString(), q->value(2).toString(), {} });
        const SafetyCourse course = safetyCourseFromSql(q->value(6).toString());
        const QDate courseOn = fromSqlDate(q->value(7).toString());
        QString courseText = Labels::safetyCourse(course);
        if (course == SafetyCourse::Done && courseOn.isValid())
            courseText = tr("Done on %1").arg(formatDate(courseOn, l));
        const bool counts = course == SafetyCourse::Done && (!request.to.isValid() || courseOn <= request.to);
        schools.last().rows.append(
            { q->value(3).toString() + QLatin1Char(' ') + q->value(4).toString(), q->value(5).toInt(), courseText,
                q->value(8).toInt(), q->value(9).toInt(), counts ? safetyCourseHours : 0 });
    }

    ReportTable bySchool;
    bySchool.columns = { { QStringLiteral("school"), tr("School") },
        { QStringLiteral("assistants"), tr("Study assistants"), ColumnKind::Integer },
        { QStringLiteral("lesson_hours"), tr("Lesson hours given"), ColumnKind::Integer },
        { QStringLiteral("course_hours"), tr("Safety course hours"), ColumnKind::Integer },
        { QStringLiteral("pcto_hours"), tr("PCTO hours"), ColumnKind::Integer } };
    int all[4] = { 0, 0, 0, 0 };
    for (const SchoolBlock &s : schools) {
        int given = 0, course = 0;
        for (const Row &r : s.rows) {
            given += r.given;
            course += r.courseHours;
        }
        bySchool.rows.append({ s.name, int(s.rows.size()), given, course, given + course });
        all[0] += int(s.rows.size());
        all[1] += given;
        all[2] += course;
        all[3] += given + course;
    }
    bySchool.totals = { tr("Total"), all[0], all[1], all[2], all[3] };

    ReportDocument doc = document(QStringLiteral("tutoring-pcto"), tr("PCTO hours statement"), request);
    doc.addParagraph(
        tr("Hours of study support given by each study assistant within the ConosciAMO project of the "
           "Città metropolitana di Milano and the CCV-MI, for the school's PCTO records (Percorsi per le "
           "Competenze Trasversali e per l'Orientamento). Lesson hours are those recorded as given by the "
           "assistant; hours in which the pupil was absent are shown but not counted; the %1-hour course on "
           "health and safety at work counts once it is done.")
            .arg(safetyCourseHours));
    doc.addTable(bySchool);
    const QString lessons = doc.parameters.value(0).second;
    for (const SchoolBlock &s : schools) {
        // One page per school, so that each can be handed to its school;
        // a statement for one school follows the summary directly.
        if (schoolFilter == 0)
            doc.addSectionBreak(); // and counts its own pages
        doc.addHeading(tr("%1 (%2)").arg(s.name, s.comune));
        doc.addParagraph(tr("PCTO hours of the school's students who are study assistants in ConosciAMO (lessons: %1).")
                             .arg(lessons));
        ReportTable t;
        t.columns = { { QStringLiteral("assistant"), tr("Study assistant") },
            { QStringLiteral("class"), tr("Class"), ColumnKind::Integer },
            { QStringLiteral("safety_course"), tr("Safety course") },
            { QStringLiteral("lesson_hours"), tr("Lesson hours given"), ColumnKind::Integer },
            { QStringLiteral("absent_hours"), tr("Pupil absent (not counted)"), ColumnKind::Integer },
            { QStringLiteral("course_hours"), tr("Course hours"), ColumnKind::Integer },
            { QStringLiteral("pcto_hours"), tr("PCTO hours"), ColumnKind::Integer } };
        int sum[4] = { 0, 0, 0, 0 };
        for (const Row &r : s.rows) {
            t.rows.append({ r.name, r.classYear, r.course, r.given, r.absent, r.courseHours, r.given + r.courseHours });
            sum[0] += r.given;
            sum[1] += r.absent;
            sum[2] += r.courseHours;
            sum[3] += r.given + r.courseHours;
        }
        t.totals = { tr("Total: %n assistants", nullptr, int(s.rows.size())), QVariant(), QVariant(), sum[0], sum[1],
            sum[2], sum[3] };
        doc.addTable(t);
        doc.addSignatures({ tr("For the CCV-MI: the ConosciAMO coordinator"), tr("For the school: the PCTO tutor") });
    }
    return doc;
}

// --- Stand-ins -------------------------------------------------------------------------

Result<ReportDocument> TutoringReports::standIns(const QSqlDatabase &db, const ReportRequest &request)
{
    QVariantList binds;
    const QString period = lessonPeriodFilter(request.from, request.to, binds);
    auto q = runQuery(db,
        QStringLiteral("SELECT t.family_name || ' ' || t.given_name, t.kind, "
                       "(SELECT count(*) FROM tutoring_lesson l WHERE l.tutor_id = t.id AND l.state = 'given'%1) "
                       "FROM tutoring_tutor t ORDER BY t.family_name COLLATE NOCASE, t.given_name COLLATE NOCASE, t.id")
            .arg(period),
        binds);
    if (!q)
        return q.error();
    ReportTable byTutor;
    byTutor.columns = { { QStringLiteral("tutor"), tr("Tutor") }, { QStringLiteral("kind"), tr("Role") },
        { QStringLiteral("standin_hours"), tr("Stand-in hours"), ColumnKind::Integer } };
    int total = 0;
    while (q->next()) {
        byTutor.rows.append(
            { q->value(0), Labels::tutorKind(tutorKindFromSql(q->value(1).toString())), q->value(2).toInt() });
        total += q->value(2).toInt();
    }
    byTutor.totals = { tr("Total"), QVariant(), total };

    QVariantList detailBinds;
    const QString detailPeriod = lessonPeriodFilter(request.from, request.to, detailBinds);
    auto d = runQuery(db,
        QStringLiteral("SELECT l.day, l.start_hour, s.name, a.family_name || ' ' || a.given_name, t.family_name || ' ' "
                       "|| t.given_name "
                       "FROM tutoring_lesson l JOIN tutoring_subject s ON s.id = l.subject_id JOIN tutoring_assistant "
                       "a ON a.id = l.assistant_id "
                       "JOIN tutoring_tutor t ON t.id = l.tutor_id WHERE l.state = 'given' AND l.taught_by = 'tutor'")
            + detailPeriod + QStringLiteral(" ORDER BY l.day, l.start_hour, l.id"),
        detailBinds);
    if (!d)
        return d.error();
    ReportTable detail;
    detail.columns = { { QStringLiteral("day"), tr("Day"), ColumnKind::Date }, { QStringLiteral("slot"), tr("Hour") },
        { QStringLiteral("subject"), tr("Subject") }, { QStringLiteral("assistant"), tr("Assistant replaced") },
        { QStringLiteral("tutor"), tr("Tutor") } };
    while (d->next())
        detail.rows.append({ fromSqlDate(d->value(0).toString()), Labels::slot(d->value(1).toInt()), d->value(2),
            d->value(3), d->value(4) });

    ReportDocument doc = document(QStringLiteral("tutoring-standins"), tr("Tutors' stand-in hours"), request);
    doc.addParagraph(tr("Lessons that a tutor (a teacher or retired teacher) gave in place of the study assistant."));
    doc.addTable(byTutor);
    doc.addHeading(tr("Lessons"));
    if (detail.rows.isEmpty())
        doc.addParagraph(tr("No stand-in lessons."));
    else
        doc.addTable(detail);
    return doc;
}

// --- Safety course ---------------------------------------------------------------------

Result<ReportDocument> TutoringReports::safetyCourse(const QSqlDatabase &db, const ReportRequest &request)
{
    auto q = runQuery(db,
        QStringLiteral("SELECT sc.name, sum(a.safety_course = 'done'), sum(a.safety_course = 'enrolled'), "
                       "sum(a.safety_course = 'none'), count(*) "
                       "FROM tutoring_assistant a JOIN school sc ON sc.id = a.school_id GROUP BY sc.id ORDER BY "
                       "sc.sort_order, sc.id"));
    if (!q)
        return q.error();
    ReportTable bySchool;
    bySchool.columns = { { QStringLiteral("school"), tr("School") },
        { QStringLiteral("done"), tr("Course done"), ColumnKind::Integer },
        { QStringLiteral("enrolled"), tr("Enrolled"), ColumnKind::Integer },
        { QStringLiteral("not_enrolled"), tr("Not enrolled"), ColumnKind::Integer },
        { QStringLiteral("assistants"), tr("Study assistants"), ColumnKind::Integer } };
    int totals[4] = { 0, 0, 0, 0 };
    while (q->next()) {
        bySchool.rows.append(
            { q->value(0), q->value(1).toInt(), q->value(2).toInt(), q->value(3).toInt(), q->value(4).toInt() });
        for (int i = 0; i < 4; ++i)
            totals[i] += q->value(i + 1).toInt();
    }
    bySchool.totals = { tr("Total"), totals[0], totals[1], totals[2], totals[3] };

    ReportDocument doc = document(
        QStringLiteral("tutoring-safety-course"), tr("Study assistants and the health-and-safety course"), request);
    doc.parameters.clear(); // the course state is as of today, whatever the period
    doc.addParagraph(tr("Study assistants may give lessons only after the %1-hour course on health and safety at work.")
                         .arg(safetyCourseHours));
    doc.addTable(bySchool);
    ReportChart chart;
    chart.title = tr("Study assistants by course state");
    chart.categories = { Labels::safetyCourse(SafetyCourse::Done), Labels::safetyCourse(SafetyCourse::Enrolled),
        Labels::safetyCourse(SafetyCourse::None) };
    chart.series = { { tr("Study assistants"), { double(totals[0]), double(totals[1]), double(totals[2]) } } };
    doc.addChart(chart, 120);

    for (const SafetyCourse state : { SafetyCourse::Enrolled, SafetyCourse::None }) {
        auto list = runQuery(db,
            QStringLiteral("SELECT a.family_name || ' ' || a.given_name, sc.name, a.class_year, a.phone, a.email FROM "
                           "tutoring_assistant a "
                           "JOIN school sc ON sc.id = a.school_id WHERE a.safety_course = ? "
                           "ORDER BY a.family_name COLLATE NOCASE, a.given_name COLLATE NOCASE, a.id"),
            { toSql(state) });
        if (!list)
            return list.error();
        ReportTable t;
        t.columns = { { QStringLiteral("assistant"), tr("Study assistant") },
            { QStringLiteral("school"), tr("School") }, { QStringLiteral("class"), tr("Class"), ColumnKind::Integer },
            { QStringLiteral("phone"), tr("Phone") }, { QStringLiteral("email"), tr("E-mail") } };
        while (list->next())
            t.rows.append({ list->value(0), list->value(1), list->value(2).toInt(), list->value(3), list->value(4) });
        if (t.rows.isEmpty())
            continue;
        doc.addHeading(state == SafetyCourse::Enrolled ? tr("Enrolled in the next course") : tr("Not yet enrolled"));
        doc.addTable(t);
    }
    return doc;
}

} // namespace tutoring

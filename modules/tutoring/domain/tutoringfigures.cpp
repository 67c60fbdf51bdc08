#include "tutoring/domain/tutoringfigures.h"

#include "core/db/sql.h"
#include "core/domain/dates.h"

namespace tutoring {

QString lessonPeriodFilter(const QDate &from, const QDate &to, QVariantList &binds, const QString &alias)
{
    QString sql;
    if (from.isValid()) {
        sql += QStringLiteral(" AND %1.day >= ?").arg(alias);
        binds.append(core::toSqlDate(from));
    }
    if (to.isValid()) {
        sql += QStringLiteral(" AND %1.day <= ?").arg(alias);
        binds.append(core::toSqlDate(to));
    }
    return sql;
}

core::Result<TutoringFigures> tutoringFigures(const QSqlDatabase &db, const QDate &from, const QDate &to)
{
    TutoringFigures f;
    QVariantList binds;
    const QString period = lessonPeriodFilter(from, to, binds);
    auto lessons = core::runQuery(db,
        QStringLiteral(
            "SELECT coalesce(sum(l.state <> 'cancelled'), 0), coalesce(sum(l.state <> 'cancelled' AND l.channel = "
            "'platform'), 0), "
            "coalesce(sum(l.state <> 'cancelled' AND l.channel = 'bes'), 0), coalesce(sum(l.state = 'given'), 0), "
            "coalesce(sum(l.state = 'given' AND l.taught_by = 'tutor'), 0), coalesce(sum(l.state = 'no_show'), 0), "
            "coalesce(sum(l.state = 'booked'), 0), coalesce(sum(l.state = 'cancelled'), 0), "
            "count(DISTINCT CASE WHEN l.state <> 'cancelled' THEN l.pupil_id END), "
            "count(DISTINCT CASE WHEN l.state <> 'cancelled' AND l.channel = 'bes' THEN l.pupil_id END), "
            "count(DISTINCT CASE WHEN l.state <> 'cancelled' THEN p.comune_id END) "
            "FROM tutoring_lesson l JOIN tutoring_pupil p ON p.id = l.pupil_id WHERE 1 = 1")
            + period,
        binds);
    if (!lessons)
        return lessons.error();
    if (lessons->next()) {
        f.hoursBooked = lessons->value(0).toInt();
        f.hoursBookedPlatform = lessons->value(1).toInt();
        f.hoursBookedBes = lessons->value(2).toInt();
        f.hoursGiven = lessons->value(3).toInt();
        f.hoursStandIn = lessons->value(4).toInt();
        f.hoursNoShow = lessons->value(5).toInt();
        f.hoursAwaitingOutcome = lessons->value(6).toInt();
        f.hoursCancelled = lessons->value(7).toInt();
        f.pupils = lessons->value(8).toInt();
        f.pupilsBes = lessons->value(9).toInt();
        f.pupilComuni = lessons->value(10).toInt();
    }
    auto people = core::runQuery(db,
        QStringLiteral(
            "SELECT count(*), coalesce(sum(safety_course = 'done'), 0), coalesce(sum(safety_course = 'enrolled'), 0), "
            "count(DISTINCT comune_id), (SELECT count(*) FROM tutoring_tutor) FROM tutoring_assistant"));
    if (!people)
        return people.error();
    if (people->next()) {
        f.assistants = people->value(0).toInt();
        f.assistantsSafetyDone = people->value(1).toInt();
        f.assistantsSafetyEnrolled = people->value(2).toInt();
        f.assistantComuni = people->value(3).toInt();
        f.tutors = people->value(4).toInt();
    }
    return f;
}

core::Result<TutoringToday> tutoringToday(const QSqlDatabase &db, const QDate &today)
{
    TutoringToday t;
    auto q = core::runQuery(db,
        QStringLiteral("SELECT (SELECT count(*) FROM tutoring_lesson WHERE day = ? AND state <> 'cancelled'), "
                       "(SELECT count(*) FROM tutoring_lesson WHERE day < ? AND state = 'booked')"),
        { core::toSqlDate(today), core::toSqlDate(today) });
    if (!q)
        return q.error();
    if (q->next()) {
        t.lessonsToday = q->value(0).toInt();
        t.awaitingOutcome = q->value(1).toInt();
    }
    return t;
}

} // namespace tutoring

#include "tutoring/domain/tutoringlists.h"

#include "core/db/sql.h"
#include "core/domain/dates.h"
#include "tutoring/domain/tutoringreports.h"

namespace tutoring {

void ListFilter::addSearch(const QStringList &expressions, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return;
    QString escaped = trimmed;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    QStringList parts;
    for (const QString &e : expressions) {
        parts.append(e + QStringLiteral(" LIKE ? ESCAPE '\\'"));
        binds.append(escaped + QLatin1Char('%'));
    }
    conditions.append(QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
}

namespace TutoringLists {

namespace {

// "Cisliano" inside the metropolitan city, "Limbiate (MB)" outside.
const QString comuneName
    = QStringLiteral("CASE WHEN m.comune_id IS NULL THEN c.name || ' (' || c.province || ')' ELSE c.name END");
const QString comuneJoin = QStringLiteral("JOIN comune c ON c.id = %1 LEFT JOIN comune_cmm m ON m.comune_id = c.id");
// The lessons of a person that count as booked and as given.
QString hoursBooked(const QString &column, const QString &id)
{
    return QStringLiteral("(SELECT count(*) FROM tutoring_lesson l WHERE l.%1 = %2 AND l.state <> 'cancelled')")
        .arg(column, id);
}
QString hoursGiven(const QString &column, const QString &id)
{
    return QStringLiteral("(SELECT count(*) FROM tutoring_lesson l WHERE l.%1 = %2 AND l.state = 'given')")
        .arg(column, id);
}

} // namespace

ListQuery pupils()
{
    return { QStringLiteral("tutoring_pupil p ") + comuneJoin.arg(QStringLiteral("p.comune_id")),
        QStringLiteral("p.id"),
        { QStringLiteral("p.code"), QStringLiteral("p.family_name COLLATE NOCASE"), QStringLiteral("p.given_name"),
            QStringLiteral("p.school_order || p.class_year"), comuneName, QStringLiteral("p.bes"),
            QStringLiteral("p.consent_on"), hoursBooked(QStringLiteral("pupil_id"), QStringLiteral("p.id")),
            hoursGiven(QStringLiteral("pupil_id"), QStringLiteral("p.id")) },
        { QStringLiteral("tutoring_pupil"), QStringLiteral("tutoring_booking"), QStringLiteral("tutoring_outcome") } };
}

ListFilter pupilFilter(const PupilFilter &f)
{
    ListFilter out;
    out.addSearch(
        { QStringLiteral("p.family_name"), QStringLiteral("p.given_name"), QStringLiteral("p.code") }, f.search);
    if (!f.order.isEmpty()) {
        out.conditions.append(QStringLiteral("p.school_order = ?"));
        out.binds.append(f.order);
    }
    if (f.kind == QLatin1String("active"))
        out.conditions.append(QStringLiteral("p.active = 1"));
    else if (f.kind == QLatin1String("bes"))
        out.conditions.append(QStringLiteral("p.bes = 1"));
    else if (f.kind == QLatin1String("consent"))
        out.conditions.append(QStringLiteral("p.consent_on IS NULL"));
    return out;
}

ListQuery assistants()
{
    return { QStringLiteral("tutoring_assistant a JOIN school sc ON sc.id = a.school_id ")
            + comuneJoin.arg(QStringLiteral("a.comune_id")),
        QStringLiteral("a.id"),
        { QStringLiteral("a.code"), QStringLiteral("a.family_name COLLATE NOCASE"), QStringLiteral("a.given_name"),
            QStringLiteral("sc.name"), QStringLiteral("a.class_year"), comuneName,
            QStringLiteral("a.safety_course || '|' || coalesce(a.safety_course_on, '')"),
            QStringLiteral("(SELECT group_concat(s.name, ', ') FROM tutoring_assistant_subject x "
                           "JOIN tutoring_subject s ON s.id = x.subject_id WHERE x.assistant_id = a.id)"),
            QStringLiteral("(SELECT count(*) FROM tutoring_lesson l WHERE l.assistant_id = a.id AND l.state = 'given' "
                           "AND l.taught_by = 'assistant') + CASE a.safety_course WHEN 'done' THEN %1 ELSE 0 END")
                .arg(TutoringReports::safetyCourseHours) },
        { QStringLiteral("tutoring_assistant"), QStringLiteral("tutoring_assistant_subject"),
            QStringLiteral("tutoring_outcome") } };
}

ListFilter assistantFilter(const AssistantFilter &f)
{
    ListFilter out;
    out.addSearch(
        { QStringLiteral("a.family_name"), QStringLiteral("a.given_name"), QStringLiteral("a.code") }, f.search);
    if (f.schoolId > 0) {
        out.conditions.append(QStringLiteral("a.school_id = ?"));
        out.binds.append(f.schoolId);
    }
    if (!f.course.isEmpty()) {
        out.conditions.append(QStringLiteral("a.safety_course = ?"));
        out.binds.append(f.course);
    }
    return out;
}

ListQuery tutors()
{
    return { QStringLiteral("tutoring_tutor t"), QStringLiteral("t.id"),
        { QStringLiteral("t.code"), QStringLiteral("t.family_name COLLATE NOCASE"), QStringLiteral("t.given_name"),
            QStringLiteral("t.kind"), QStringLiteral("t.email"), QStringLiteral("t.phone"),
            QStringLiteral("(SELECT count(*) FROM tutoring_assistant a WHERE a.tutor_id = t.id)"),
            hoursGiven(QStringLiteral("tutor_id"), QStringLiteral("t.id")) },
        { QStringLiteral("tutoring_tutor"), QStringLiteral("tutoring_outcome"),
            QStringLiteral("tutoring_assistant") } };
}

ListFilter tutorFilter(const QString &search)
{
    ListFilter out;
    out.addSearch({ QStringLiteral("t.family_name"), QStringLiteral("t.code") }, search);
    return out;
}

ListQuery besAssignments()
{
    return { QStringLiteral("tutoring_bes_assignment b JOIN tutoring_pupil p ON p.id = b.pupil_id "
                            "JOIN tutoring_assistant a ON a.id = b.assistant_id ")
            + comuneJoin.arg(QStringLiteral("p.comune_id")),
        QStringLiteral("b.id"),
        { QStringLiteral("p.family_name || ' ' || substr(p.given_name, 1, 1) || '.'"),
            QStringLiteral("p.school_order || p.class_year"), comuneName,
            QStringLiteral("a.family_name || ' ' || a.given_name"), QStringLiteral("b.first_day"),
            QStringLiteral("b.last_day"), hoursBooked(QStringLiteral("bes_assignment_id"), QStringLiteral("b.id")),
            hoursGiven(QStringLiteral("bes_assignment_id"), QStringLiteral("b.id")) },
        { QStringLiteral("tutoring_bes_assignment"), QStringLiteral("tutoring_booking"),
            QStringLiteral("tutoring_outcome") } };
}

ListFilter besFilter(const BesFilter &f)
{
    ListFilter out;
    out.addSearch({ QStringLiteral("p.family_name"), QStringLiteral("a.family_name") }, f.search);
    if (f.inForceOnly) {
        out.conditions.append(QStringLiteral("(b.last_day IS NULL OR b.last_day >= ?)"));
        out.binds.append(core::toSqlDate(f.today));
    }
    return out;
}

ListQuery lessons()
{
    return { QStringLiteral("tutoring_lesson l JOIN tutoring_pupil p ON p.id = l.pupil_id "
                            "JOIN tutoring_assistant a ON a.id = l.assistant_id "
                            "JOIN tutoring_subject s ON s.id = l.subject_id "
                            "LEFT JOIN tutoring_tutor t ON t.id = l.tutor_id"),
        QStringLiteral("l.id"),
        { QStringLiteral("l.day"), QStringLiteral("l.start_hour"), QStringLiteral("s.name"),
            QStringLiteral("p.family_name || ' ' || substr(p.given_name, 1, 1) || '.'"),
            QStringLiteral("a.family_name || ' ' || a.given_name"), QStringLiteral("l.channel"),
            QStringLiteral("l.state"), QStringLiteral("coalesce(t.family_name || ' ' || t.given_name, '')") },
        { QStringLiteral("tutoring_booking"), QStringLiteral("tutoring_outcome") } };
}

ListFilter lessonFilter(const LessonFilter &f)
{
    ListFilter out;
    if (f.from.isValid()) {
        out.conditions.append(QStringLiteral("l.day >= ?"));
        out.binds.append(core::toSqlDate(f.from));
    }
    if (f.to.isValid()) {
        out.conditions.append(QStringLiteral("l.day <= ?"));
        out.binds.append(core::toSqlDate(f.to));
    }
    if (f.subjectId > 0) {
        out.conditions.append(QStringLiteral("l.subject_id = ?"));
        out.binds.append(f.subjectId);
    }
    if (f.state == QLatin1String("awaiting")) {
        out.conditions.append(QStringLiteral("l.state = 'booked' AND l.day < ?"));
        out.binds.append(core::toSqlDate(f.today));
    } else if (!f.state.isEmpty()) {
        out.conditions.append(QStringLiteral("l.state = ?"));
        out.binds.append(f.state);
    }
    if (!f.channel.isEmpty()) {
        out.conditions.append(QStringLiteral("l.channel = ?"));
        out.binds.append(f.channel);
    }
    const QString search = f.search.trimmed();
    if (!search.isEmpty()) {
        ListFilter names;
        names.addSearch({ QStringLiteral("p.family_name"), QStringLiteral("a.family_name") }, search);
        out.conditions.append(names.conditions.first().chopped(1) + QStringLiteral(" OR p.code = ? OR a.code = ?)"));
        out.binds << names.binds << search << search;
    }
    return out;
}

QStringList comuneLabels(const QSqlDatabase &db)
{
    QStringList names;
    if (auto q = core::runQuery(db,
            QStringLiteral("SELECT %1 FROM comune c LEFT JOIN comune_cmm m ON m.comune_id = c.id ORDER BY c.name")
                .arg(comuneName)))
        while (q->next())
            names.append(q->value(0).toString());
    return names;
}

QString comuneLabel(const QSqlDatabase &db, int comuneId)
{
    auto v = core::queryValue(db,
        QStringLiteral("SELECT %1 FROM comune c LEFT JOIN comune_cmm m ON m.comune_id = c.id WHERE c.id = ?")
            .arg(comuneName),
        { comuneId });
    return v && v->isValid() ? v->toString() : QString();
}

} // namespace TutoringLists

} // namespace tutoring

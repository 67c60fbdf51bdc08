#include "tutoring/domain/tutoringtypes.h"

namespace tutoring {

QString toSql(SchoolOrder v)
{
    return v == SchoolOrder::High ? QStringLiteral("high") : QStringLiteral("middle");
}

QString toSql(SafetyCourse v)
{
    switch (v) {
    case SafetyCourse::Enrolled:
        return QStringLiteral("enrolled");
    case SafetyCourse::Done:
        return QStringLiteral("done");
    case SafetyCourse::None:
        break;
    }
    return QStringLiteral("none");
}

QString toSql(TutorKind v)
{
    return v == TutorKind::RetiredTeacher ? QStringLiteral("retired_teacher") : QStringLiteral("teacher");
}

QString toSql(Channel v)
{
    return v == Channel::Bes ? QStringLiteral("bes") : QStringLiteral("platform");
}

QString toSql(LessonState v)
{
    switch (v) {
    case LessonState::Given:
        return QStringLiteral("given");
    case LessonState::Cancelled:
        return QStringLiteral("cancelled");
    case LessonState::NoShow:
        return QStringLiteral("no_show");
    case LessonState::Booked:
        break;
    }
    return QStringLiteral("booked");
}

QString toSql(TaughtBy v)
{
    return v == TaughtBy::Tutor ? QStringLiteral("tutor") : QStringLiteral("assistant");
}

SchoolOrder schoolOrderFromSql(const QString &s)
{
    return s == QLatin1String("high") ? SchoolOrder::High : SchoolOrder::Middle;
}

SafetyCourse safetyCourseFromSql(const QString &s)
{
    if (s == QLatin1String("done"))
        return SafetyCourse::Done;
    if (s == QLatin1String("enrolled"))
        return SafetyCourse::Enrolled;
    return SafetyCourse::None;
}

TutorKind tutorKindFromSql(const QString &s)
{
    return s == QLatin1String("retired_teacher") ? TutorKind::RetiredTeacher : TutorKind::Teacher;
}

Channel channelFromSql(const QString &s)
{
    return s == QLatin1String("bes") ? Channel::Bes : Channel::Platform;
}

LessonState lessonStateFromSql(const QString &s)
{
    if (s == QLatin1String("given"))
        return LessonState::Given;
    if (s == QLatin1String("cancelled"))
        return LessonState::Cancelled;
    if (s == QLatin1String("no_show"))
        return LessonState::NoShow;
    return LessonState::Booked;
}

TaughtBy taughtByFromSql(const QString &s)
{
    return s == QLatin1String("tutor") ? TaughtBy::Tutor : TaughtBy::Assistant;
}

bool isServedClass(SchoolOrder order, int classYear)
{
    return order == SchoolOrder::Middle ? (classYear == 2 || classYear == 3) : (classYear == 1 || classYear == 2);
}

namespace {
QString initialOf(const QString &name)
{
    const QString trimmed = name.trimmed();
    return trimmed.isEmpty() ? QString() : trimmed.left(1).toUpper() + QLatin1Char('.');
}
} // namespace

QString Pupil::shortName() const
{
    return familyName + QLatin1Char(' ') + initialOf(givenName);
}

QString Assistant::shortName() const
{
    return familyName + QLatin1Char(' ') + initialOf(givenName);
}

} // namespace tutoring

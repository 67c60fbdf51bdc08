#include "tutoring/domain/tutoringlabels.h"

#include <QLocale>

namespace tutoring {

QString Labels::schoolOrder(SchoolOrder order)
{
    return order == SchoolOrder::High ? tr("High school") : tr("Middle school");
}

QString Labels::schoolClass(SchoolOrder order, int classYear)
{
    return order == SchoolOrder::High ? tr("year %1 of high school").arg(classYear)
                                      : tr("year %1 of middle school").arg(classYear);
}

QString Labels::safetyCourse(SafetyCourse state)
{
    switch (state) {
    case SafetyCourse::Done:
        return tr("Done");
    case SafetyCourse::Enrolled:
        return tr("Enrolled");
    case SafetyCourse::None:
        break;
    }
    return tr("Not enrolled");
}

QString Labels::tutorKind(TutorKind kind)
{
    return kind == TutorKind::RetiredTeacher ? tr("Retired teacher") : tr("Teacher");
}

QString Labels::channel(Channel channel)
{
    return channel == Channel::Bes ? tr("BES assignment") : tr("Calendar");
}

QString Labels::lessonState(LessonState state)
{
    switch (state) {
    case LessonState::Given:
        return tr("Given");
    case LessonState::Cancelled:
        return tr("Cancelled");
    case LessonState::NoShow:
        return tr("Pupil absent");
    case LessonState::Booked:
        break;
    }
    return tr("Booked");
}

QString Labels::weekdayShort(int weekday)
{
    QString name = QLocale().dayName(weekday, QLocale::ShortFormat);
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

QString Labels::weekdayLong(int weekday)
{
    return QLocale().dayName(weekday, QLocale::LongFormat);
}

QString Labels::slot(int hour)
{
    return QStringLiteral("%1:00–%2:00").arg(hour, 2, 10, QLatin1Char('0')).arg(hour + 1, 2, 10, QLatin1Char('0'));
}

} // namespace tutoring

#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace tutoring {

// The words of ConosciAMO as the database stores them. Each enum has a
// stable text form (the SQL CHECK values); people see the translated
// labels made by the UI.

enum class SchoolOrder { Middle, High };
enum class SafetyCourse { None, Enrolled, Done };
enum class TutorKind { Teacher, RetiredTeacher };
// How an hour was booked: on the calendar (the platform), or against the
// stable assignment of a BES pupil.
enum class Channel { Platform, Bes };
// What happened to a booked lesson; Booked means no outcome recorded yet.
enum class LessonState { Booked, Given, Cancelled, NoShow };
enum class TaughtBy { Assistant, Tutor };

QString toSql(SchoolOrder v);
QString toSql(SafetyCourse v);
QString toSql(TutorKind v);
QString toSql(Channel v);
QString toSql(LessonState v);
QString toSql(TaughtBy v);
SchoolOrder schoolOrderFromSql(const QString &s);
SafetyCourse safetyCourseFromSql(const QString &s);
TutorKind tutorKindFromSql(const QString &s);
Channel channelFromSql(const QString &s);
LessonState lessonStateFromSql(const QString &s);
TaughtBy taughtByFromSql(const QString &s);

// Classes served: 2nd-3rd year of middle school, 1st-2nd of high school.
bool isServedClass(SchoolOrder order, int classYear);

// The hours of one pupil: booked (not cancelled) counts as booked;
// lessons count as given whether the assistant or a tutor gave them.
inline bool countsAsBooked(LessonState s)
{
    return s != LessonState::Cancelled;
}

struct Pupil {
    qint64 id = 0;
    QString code;
    QString familyName;
    QString givenName;
    int birthYear = 0;
    SchoolOrder order = SchoolOrder::Middle;
    int classYear = 2;
    QString schoolName;
    int comuneId = 0;
    QString parentName;
    QString parentPhone;
    QString parentEmail;
    bool bes = false;
    QDate consentOn; // invalid: the parent's consent has not arrived
    bool active = true;
    QString notes;

    QString fullName() const { return familyName + QLatin1Char(' ') + givenName; }
    // "Rossi M.": how a minor appears where the full name is not needed.
    QString shortName() const;
};

struct Assistant {
    qint64 id = 0;
    QString code;
    QString familyName;
    QString givenName;
    int schoolId = 0;
    int classYear = 4;
    int comuneId = 0;
    qint64 tutorId = 0; // 0: none
    QString email;
    QString phone;
    SafetyCourse safetyCourse = SafetyCourse::None;
    QDate safetyCourseOn; // valid exactly when Done
    bool active = true;
    QString notes;
    QList<int> subjectIds;
    // Weekly availability as weekday (1 = Monday) * 100 + start hour.
    QList<int> availability;

    QString fullName() const { return familyName + QLatin1Char(' ') + givenName; }
    QString shortName() const;
};

struct Tutor {
    qint64 id = 0;
    QString code;
    QString familyName;
    QString givenName;
    TutorKind kind = TutorKind::Teacher;
    QString email;
    QString phone;
    bool active = true;
    QString notes;

    QString fullName() const { return familyName + QLatin1Char(' ') + givenName; }
};

struct Subject {
    int id = 0;
    QString code;
    QString name;
    SchoolOrder order = SchoolOrder::Middle;
};

struct School {
    int id = 0;
    QString name;
    QString comuneName;
};

struct BesAssignment {
    qint64 id = 0;
    qint64 pupilId = 0;
    qint64 assistantId = 0;
    QDate firstDay;
    QDate lastDay; // invalid: open
    QString note;

    bool covers(const QDate &day) const { return day >= firstDay && (!lastDay.isValid() || day <= lastDay); }
};

// Encodes a weekly availability slot: weekday 1-7, start hour 0-23.
constexpr int availabilityKey(int weekday, int hour)
{
    return weekday * 100 + hour;
}

} // namespace tutoring

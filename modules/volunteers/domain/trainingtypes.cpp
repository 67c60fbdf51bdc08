#include "volunteers/domain/trainingtypes.h"

#include "core/domain/dates.h"

#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace volunteers {

using core::Error;
using core::Status;

QString audienceCode(Course::Audience audience)
{
    switch (audience) {
    case Course::Audience::Volunteers:
        return QStringLiteral("volunteers");
    case Course::Audience::Students:
        return QStringLiteral("students");
    case Course::Audience::Staff:
        return QStringLiteral("staff");
    }
    return QStringLiteral("volunteers");
}

Course::Audience audienceFromCode(const QString &code)
{
    if (code == QLatin1String("students"))
        return Course::Audience::Students;
    if (code == QLatin1String("staff"))
        return Course::Audience::Staff;
    return Course::Audience::Volunteers;
}

QString editionModeCode(Edition::Mode mode)
{
    switch (mode) {
    case Edition::Mode::Presence:
        return QStringLiteral("presence");
    case Edition::Mode::Remote:
        return QStringLiteral("remote");
    case Edition::Mode::Mixed:
        return QStringLiteral("mixed");
    }
    return QStringLiteral("presence");
}

Edition::Mode editionModeFromCode(const QString &code)
{
    if (code == QLatin1String("remote"))
        return Edition::Mode::Remote;
    if (code == QLatin1String("mixed"))
        return Edition::Mode::Mixed;
    return Edition::Mode::Presence;
}

QString testResultCode(TestResult result)
{
    switch (result) {
    case TestResult::None:
        return QStringLiteral("none");
    case TestResult::Passed:
        return QStringLiteral("passed");
    case TestResult::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("none");
}

TestResult testResultFromCode(const QString &code)
{
    if (code == QLatin1String("passed"))
        return TestResult::Passed;
    if (code == QLatin1String("failed"))
        return TestResult::Failed;
    return TestResult::None;
}

namespace {
const char *const scenarioCodes[] = { "hydro_meteo", "earthquake", "forest_fire", "missing_person", "health",
    "major_event", "other" };
}

QString scenarioCode(Exercise::Scenario scenario)
{
    return QString::fromLatin1(scenarioCodes[int(scenario)]);
}

bool scenarioFromCode(const QString &code, Exercise::Scenario *scenario)
{
    for (int i = 0; i < int(std::size(scenarioCodes)); ++i)
        if (code == QLatin1String(scenarioCodes[i])) {
            *scenario = Exercise::Scenario(i);
            return true;
        }
    return false;
}

Status TrainingRules::checkCourse(const Course &c)
{
    if (c.code.trimmed().isEmpty())
        return Error(QStringLiteral("training.course_code_missing"));
    if (c.title.trimmed().isEmpty())
        return Error(QStringLiteral("training.course_title_missing"));
    if (c.minAttendance < 0 || c.minAttendance > 100)
        return Error(QStringLiteral("training.attendance_range"), { QString::number(c.minAttendance) });
    if (c.finalTest && (c.maxScore <= 0 || c.passScore < 0 || c.passScore > c.maxScore))
        return Error(QStringLiteral("training.test_scores"), { QString::number(c.passScore), QString::number(c.maxScore) });
    if (c.validityMonths < 0 || c.validityMonths > 600)
        return Error(QStringLiteral("training.validity_range"), { QString::number(c.validityMonths) });
    if (c.validityMonths > 0 && c.qualification.trimmed().isEmpty())
        return Error(QStringLiteral("training.validity_without_qualification"));
    return {};
}

Status TrainingRules::checkEdition(const Edition &e)
{
    if (e.code.trimmed().isEmpty())
        return Error(QStringLiteral("training.edition_code_missing"));
    if (!e.startDate.isValid() || !e.endDate.isValid())
        return Error(QStringLiteral("date.invalid"), { QString() });
    if (e.endDate < e.startDate)
        return Error(QStringLiteral("training.edition_dates"),
            { core::toItalianDate(e.startDate), core::toItalianDate(e.endDate) });
    return {};
}

Status TrainingRules::checkSession(const TrainingSession &s, const Edition &e)
{
    if (!s.day.isValid())
        return Error(QStringLiteral("date.invalid"), { QString() });
    if (s.day < e.startDate || s.day > e.endDate)
        return Error(QStringLiteral("training.session_outside_edition"),
            { core::toItalianDate(s.day), core::toItalianDate(e.startDate), core::toItalianDate(e.endDate) });
    if (s.minutes < 15 || s.minutes > 720)
        return Error(QStringLiteral("training.session_minutes"), { QString::number(s.minutes) });
    static const QRegularExpression time(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
    if (!s.startTime.isEmpty() && !time.match(s.startTime).hasMatch())
        return Error(QStringLiteral("training.session_time"), { s.startTime });
    return {};
}

Status TrainingRules::checkTestResult(const Course &c, TestResult result, int score)
{
    if (!c.finalTest)
        return Error(QStringLiteral("training.no_final_test"));
    if (score < -1 || score > c.maxScore)
        return Error(QStringLiteral("training.score_range"), { QString::number(score), QString::number(c.maxScore) });
    if (score >= 0 && result != TestResult::None && (score >= c.passScore) != (result == TestResult::Passed))
        return Error(QStringLiteral("training.result_disagrees"), { QString::number(score), QString::number(c.passScore) });
    if (score >= 0 && result == TestResult::None)
        return Error(QStringLiteral("training.result_disagrees"), { QString::number(score), QString::number(c.passScore) });
    return {};
}

bool TrainingRules::attendanceSufficient(int attendedMinutes, int totalMinutes, int minAttendance)
{
    if (totalMinutes <= 0)
        return false;
    return qint64(attendedMinutes) * 100 >= qint64(minAttendance) * totalMinutes;
}

Status TrainingRules::checkCertificate(const Course &c, const Participant &p)
{
    if (p.totalMinutes <= 0)
        return Error(QStringLiteral("training.no_sessions"));
    if (!attendanceSufficient(p.attendedMinutes, p.totalMinutes, c.minAttendance))
        return Error(QStringLiteral("training.attendance_insufficient"),
            { QString::number(qint64(p.attendedMinutes) * 100 / p.totalMinutes), QString::number(c.minAttendance) });
    if (c.finalTest && p.testResult == TestResult::None)
        return Error(QStringLiteral("training.test_missing"));
    if (c.finalTest && p.testResult == TestResult::Failed)
        return Error(QStringLiteral("training.test_failed"),
            { p.testScore >= 0 ? QString::number(p.testScore) : QString() });
    return {};
}

QDate TrainingRules::qualificationExpiry(const QDate &obtainedOn, int validityMonths)
{
    if (validityMonths <= 0 || !obtainedOn.isValid())
        return {};
    return obtainedOn.addMonths(validityMonths);
}

Status TrainingRules::checkExercise(const Exercise &x, const QDate &today)
{
    if (x.organisationId == 0)
        return Error(QStringLiteral("training.organisation_missing"));
    if (x.title.trimmed().isEmpty())
        return Error(QStringLiteral("training.exercise_title_missing"));
    if (!x.startDate.isValid() || !x.endDate.isValid())
        return Error(QStringLiteral("date.invalid"), { QString() });
    if (x.endDate < x.startDate)
        return Error(QStringLiteral("training.exercise_dates"),
            { core::toItalianDate(x.startDate), core::toItalianDate(x.endDate) });
    if (x.startDate > today)
        return Error(QStringLiteral("training.exercise_in_future"), { core::toItalianDate(x.startDate) });
    if (x.participants < 1 || x.participants > 10000)
        return Error(QStringLiteral("training.exercise_participants"), { QString::number(x.participants) });
    const qint64 days = x.startDate.daysTo(x.endDate) + 1;
    if (x.personDays < x.participants || x.personDays > x.participants * days)
        return Error(QStringLiteral("training.exercise_person_days"),
            { QString::number(x.personDays), QString::number(x.participants), QString::number(days) });
    return {};
}

Status TrainingRules::checkCourseChange(const Course &before, const Course &after, const TrainingUse &use)
{
    const bool rulesChanged = before.minAttendance != after.minAttendance || before.finalTest != after.finalTest
        || (after.finalTest && (before.passScore != after.passScore || before.maxScore != after.maxScore))
        || before.qualification.simplified() != after.qualification.simplified()
        || std::max(0, before.validityMonths) != std::max(0, after.validityMonths);
    if (use.certificates > 0 && rulesChanged)
        return Error(QStringLiteral("training.course_certified"), { QString::number(use.certificates) });
    if (use.testsRecorded > 0 && (!after.finalTest || (before.finalTest && before.passScore != after.passScore)))
        return Error(QStringLiteral("training.course_tests_recorded"), { QString::number(use.testsRecorded) });
    if (after.finalTest && use.highestScore > after.maxScore)
        return Error(QStringLiteral("training.score_above_max"),
            { QString::number(use.highestScore), QString::number(after.maxScore) });
    return {};
}

Status TrainingRules::checkEditionChange(const Edition &before, const Edition &after, const TrainingUse &use)
{
    if (use.participants > 0 && before.courseId != after.courseId)
        return Error(QStringLiteral("training.edition_course_locked"), { QString::number(use.participants) });
    if (use.certificates > 0
        && (before.code.trimmed().compare(after.code.trimmed(), Qt::CaseInsensitive) != 0
            || before.startDate != after.startDate || before.endDate != after.endDate))
        return Error(QStringLiteral("training.edition_certified"), { QString::number(use.certificates) });
    return {};
}

} // namespace volunteers

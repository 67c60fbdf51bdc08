#pragma once

#include "core/domain/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace volunteers {

// Training and exercises (Volontari › Formazione, migration 0026): plain
// records as TrainingRepository reads and writes them, and the pure rules
// on them. Ids are global row ids (0: not saved yet). QtCore only.

struct Course {
    enum class Audience { Volunteers, Students, Staff };
    qint64 id = 0;
    QString code; // "base", "covid-manager"
    QString title;
    Audience audience = Audience::Volunteers;
    int minAttendance = 80; // percent of the edition's minutes
    bool finalTest = false;
    int passScore = 0; // with a final test: pass at or above, out of maxScore
    int maxScore = 0;
    QString qualification; // granted when passed ("" none)
    int validityMonths = 0; // 0: the qualification does not expire
    bool active = true;
    QString notes;
};
QString audienceCode(Course::Audience audience);
Course::Audience audienceFromCode(const QString &code);

struct Edition {
    enum class Mode { Presence, Remote, Mixed };
    qint64 id = 0;
    qint64 courseId = 0;
    QString code; // "BASE-2020-1"
    QDate startDate;
    QDate endDate;
    Mode mode = Mode::Presence;
    QString place;
    QString notes;
};
QString editionModeCode(Edition::Mode mode);
Edition::Mode editionModeFromCode(const QString &code);

struct TrainingSession {
    qint64 id = 0;
    qint64 editionId = 0;
    QDate day;
    QString startTime; // "21:00" or ""
    int minutes = 0;
    QString place;
    QString trainer;
    QString topic;
};

enum class TestResult { None, Passed, Failed };
QString testResultCode(TestResult result);
TestResult testResultFromCode(const QString &code);

struct Participant {
    qint64 id = 0;
    qint64 editionId = 0;
    qint64 volunteerId = 0; // 0: someone outside the register, named below
    QString lastName;
    QString firstName;
    QString affiliation; // the school, the body
    QDate enrolledOn;
    TestResult testResult = TestResult::None;
    int testScore = -1; // -1: no score
    QString certificateNumber; // "" until issued
    QDate certificateIssuedOn;
    qint64 qualificationId = 0;
    QString notes;
    // Read with the row: the volunteer's name and organisation, and the
    // minutes attended out of the edition's.
    QString displayName;
    qint64 organisationId = 0;
    int attendedMinutes = 0;
    int totalMinutes = 0;
};

struct Exercise {
    enum class Scenario { HydroMeteo, Earthquake, ForestFire, MissingPerson, Health, MajorEvent, Other };
    qint64 id = 0;
    qint64 organisationId = 0;
    QString title;
    Scenario scenario = Scenario::Other;
    QDate startDate;
    QDate endDate;
    int comuneId = 0; // 0: not given
    QString place;
    int participants = 0;
    int personDays = 0;
    QString notes;
};
QString scenarioCode(Exercise::Scenario scenario);
bool scenarioFromCode(const QString &code, Exercise::Scenario *scenario);

// The rules, pure (tests/volunteers/tst_trainingrules.cpp). Error codes
// (the UI says them in Italian, volunteererrors.cpp):
// What an existing course or edition already carries, which limits how it
// may change: its participants, their recorded test results, the highest
// score recorded and the certificates issued.
struct TrainingUse {
    int participants = 0;
    int testsRecorded = 0;
    int highestScore = -1; // -1: no score recorded
    int certificates = 0;
};

class TrainingRules {
public:
    // Changing a course (before → after) that is already in use. Once a
    // certificate is issued, the rules that granted it (minimum attendance,
    // final test and scores, qualification and validity) stay:
    // training.course_certified {certificates}. Once test results are
    // recorded, the final test stays and its pass score too:
    // training.course_tests_recorded {results}; the highest score cannot go
    // below a recorded score: training.score_above_max {score, max}.
    static core::Status checkCourseChange(const Course &before, const Course &after, const TrainingUse &use);
    // Changing an edition: with participants it stays in its course
    // (training.edition_course_locked {participants}); once a certificate
    // is issued its code and dates, printed on it and in its number, stay
    // (training.edition_certified {certificates}). The dates that would
    // leave sessions outside are refused by the command
    // (training.sessions_outside).
    static core::Status checkEditionChange(const Edition &before, const Edition &after, const TrainingUse &use);
    // training.course_code_missing, training.course_title_missing,
    // training.attendance_range {percent}, training.test_scores {pass, max},
    // training.validity_range {months}, training.validity_without_qualification.
    static core::Status checkCourse(const Course &course);
    // training.edition_code_missing, training.edition_dates {start, end},
    // date.invalid.
    static core::Status checkEdition(const Edition &edition);
    // training.session_outside_edition {day, start, end},
    // training.session_minutes {minutes}, training.session_time {time}.
    static core::Status checkSession(const TrainingSession &session, const Edition &edition);
    // A score out of range: training.score_range {score, max}; a course
    // without a final test: training.no_final_test; a score that says the
    // opposite of the result: training.result_disagrees {score, pass}.
    static core::Status checkTestResult(const Course &course, TestResult result, int score);
    // Whether the participant has attended enough: attended * 100 >=
    // minAttendance * total (no rounding). An edition without sessions
    // admits nobody.
    static bool attendanceSufficient(int attendedMinutes, int totalMinutes, int minAttendance);
    // Whether the certificate may be issued: training.no_sessions,
    // training.attendance_insufficient {attended %, required %},
    // training.test_missing, training.test_failed {score}.
    static core::Status checkCertificate(const Course &course, const Participant &participant);
    // The qualification's expiry: obtained + validity months (QDate's
    // addMonths: 31/01 + 1 month = 28 or 29/02); invalid when it does not
    // expire.
    static QDate qualificationExpiry(const QDate &obtainedOn, int validityMonths);
    // training.exercise_title_missing, training.exercise_dates {start, end},
    // training.exercise_participants {n}, training.exercise_person_days
    // {person-days, participants, days}, training.exercise_in_future {date},
    // training.organisation_missing.
    static core::Status checkExercise(const Exercise &exercise, const QDate &today);
};

} // namespace volunteers

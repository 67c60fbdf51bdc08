#pragma once

#include "core/domain/result.h"
#include "volunteers/domain/trainingtypes.h"

#include <QSet>
#include <QSqlDatabase>

namespace volunteers {

// SQL of training and exercises (migration 0026): courses, editions,
// sessions, participants, attendance (a set per session), exercises. The
// rules are TrainingRules'; the writes are called by the commands in
// trainingcommands.h, inside their transaction. One connection, its thread.
class TrainingRepository {
public:
    explicit TrainingRepository(QSqlDatabase db);

    core::Result<QList<Course>> courses() const;
    core::Result<Course> course(qint64 id) const; // id 0 when unknown
    // training.course_code_taken {code} when another course has the code.
    core::Status saveCourse(Course &course);

    // Editions with their course's title ("" for all courses), newest first.
    struct EditionRow {
        Edition edition;
        QString courseTitle;
        int sessions = 0;
        int minutes = 0;
        int participants = 0;
        int certificates = 0;
    };
    core::Result<QList<EditionRow>> editions(int year = 0) const;
    core::Result<Edition> edition(qint64 id) const; // id 0 when unknown
    // training.edition_code_taken {code}; training.unknown_course.
    core::Status saveEdition(Edition &edition);

    // What a course's editions (an edition) already carry: participants,
    // test results, the highest score, certificates (TrainingRules).
    core::Result<TrainingUse> courseUse(qint64 courseId) const;
    core::Result<TrainingUse> editionUse(qint64 editionId) const;

    core::Result<QList<TrainingSession>> sessions(qint64 editionId) const;
    core::Result<TrainingSession> session(qint64 id) const;
    // training.sessions_outside {count}: saving an edition whose dates leave
    // sessions outside is refused by the command (sessionsOutside()).
    core::Result<int> sessionsOutside(const Edition &edition) const;
    core::Status saveSession(TrainingSession &session);

    // The participants of an edition with the minutes each attended out of
    // the edition's, sorted by name.
    core::Result<QList<Participant>> participants(qint64 editionId) const;
    core::Result<Participant> participant(qint64 id) const; // id 0 when unknown
    // training.already_enrolled {name} for a volunteer enrolled twice.
    core::Status enrol(Participant &participant);
    core::Status setTestResult(qint64 participantId, TestResult result, int score);
    core::Status setCertificate(qint64 participantId, const QString &number, const QDate &day, qint64 qualificationId);
    // "<edition code>/001" (on workstations other than 1: "/<ws>-001"): the
    // next after the highest issued in the edition on this workstation.
    core::Result<QString> nextCertificateNumber(const Edition &edition, int workstation) const;

    core::Result<QSet<qint64>> attendance(qint64 sessionId) const;
    // Writes the set: inserts those added, deletes those removed. Refused
    // (training.participant_not_in_edition) for a participant of another
    // edition.
    core::Status setAttendance(qint64 sessionId, const QSet<qint64> &participantIds);

    // Exercises starting in `year` (0: all), of one organisation (0: all).
    core::Result<QList<Exercise>> exercises(int year, qint64 organisationId = 0) const;
    core::Result<Exercise> exercise(qint64 id) const;
    core::Status saveExercise(Exercise &exercise);

    // The year a page opens on: `year` when it has editions (exercises),
    // else the latest year that has some (editions up to `upTo`); `year`
    // when there are none at all.
    int yearWithEditions(int year, const QDate &upTo) const;
    int yearWithExercises(int year) const;
    // The names of the comuni where exercises were held, by id.
    core::Result<QHash<int, QString>> exerciseComuneNames() const;

    // The audit log's names for the new tables.
    static void declareAuditNames();

private:
    QSqlDatabase m_db;
};

} // namespace volunteers

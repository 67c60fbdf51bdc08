#pragma once

#include "core/commands/command.h"
#include "volunteers/domain/trainingtypes.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>

namespace volunteers {

// The writes of Volontari › Formazione (core/commands/command.h): courses,
// editions, sessions, enrolments, attendance, test results, certificates
// (which grant the course's qualification) and exercises. Each checks its
// rules before the runner opens the transaction (nothing written when
// refused) and needs Permission::VolunteersTraining. QtCore only.

class SaveCourse : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(volunteers::SaveCourse)
public:
    explicit SaveCourse(Course course) : m_course(std::move(course)) { }
    QString code() const override { return QStringLiteral("volunteers.training.course.save"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_course.id); }
    QString text() const override;
    qint64 courseId() const { return m_course.id; }

private:
    Course m_course;
};

// An edition whose new dates would leave sessions outside is refused
// (training.sessions_outside {count}).
class SaveEdition : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(volunteers::SaveEdition)
public:
    explicit SaveEdition(Edition edition) : m_edition(std::move(edition)) { }
    QString code() const override { return QStringLiteral("volunteers.training.edition.save"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_edition.id); }
    QString text() const override;
    qint64 editionId() const { return m_edition.id; }

private:
    Edition m_edition;
};

class SaveSession : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(volunteers::SaveSession)
public:
    explicit SaveSession(TrainingSession session) : m_session(std::move(session)) { }
    QString code() const override { return QStringLiteral("volunteers.training.session.save"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_session.id); }
    QString text() const override;
    qint64 sessionId() const { return m_session.id; }

private:
    TrainingSession m_session;
};

// Enrols a volunteer (volunteerId) or a person from outside (names) in an
// edition: training.unknown_edition, training.unknown_volunteer,
// training.participant_name_missing, training.already_enrolled {name}.
class EnrolParticipant : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(volunteers::EnrolParticipant)
public:
    explicit EnrolParticipant(Participant participant) : m_participant(std::move(participant)) { }
    QString code() const override { return QStringLiteral("volunteers.training.enrol"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_participant.id); }
    QString text() const override;
    qint64 participantId() const { return m_participant.id; }

private:
    Participant m_participant;
};

// The participants present at a session (the whole set; those left out are
// absent). training.unknown_session, training.participant_not_in_edition.
class SetSessionAttendance : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(volunteers::SetSessionAttendance)
public:
    SetSessionAttendance(qint64 sessionId, QSet<qint64> present)
        : m_sessionId(sessionId), m_present(std::move(present)) { }
    QString code() const override { return QStringLiteral("volunteers.training.attendance"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_sessionId); }
    QString text() const override;

private:
    qint64 m_sessionId = 0;
    QSet<qint64> m_present;
};

// The final test of a participant: result and score (-1: none).
// TrainingRules::checkTestResult; refused once the certificate is issued
// (training.certificate_issued {number}) and, for a result, to a participant
// without the minimum attendance (training.not_admitted {attended %,
// required %}).
class RecordTestResult : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(volunteers::RecordTestResult)
public:
    RecordTestResult(qint64 participantId, TestResult result, int score)
        : m_participantId(participantId), m_result(result), m_score(score) { }
    QString code() const override { return QStringLiteral("volunteers.training.test"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_participantId); }
    QString text() const override;

private:
    qint64 m_participantId = 0;
    TestResult m_result = TestResult::None;
    int m_score = -1;
};

// Issues the certificate of a participant who completed the course
// (TrainingRules::checkCertificate: attendance, final test), numbered
// "<edition>/001", dated `day` (not before the edition's end:
// training.certificate_before_end {end}). A volunteer gets the course's
// qualification, through the volunteers' own qualification table, obtained
// on the edition's last day and expiring validity months later. A
// certificate already issued is kept as it is (a reprint writes nothing).
class IssueTrainingCertificate : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(volunteers::IssueTrainingCertificate)
public:
    IssueTrainingCertificate(qint64 participantId, QDate day) : m_participantId(participantId), m_day(day) { }
    QString code() const override { return QStringLiteral("volunteers.training.certificate"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_participantId); }
    QString text() const override;
    QString number() const { return m_number; }
    qint64 qualificationId() const { return m_qualificationId; }

private:
    qint64 m_participantId = 0;
    QDate m_day;
    QString m_number;
    qint64 m_qualificationId = 0;
};

// What IssueTrainingCertificate::apply() does, for the demo too (no
// permission, no check: the caller checked TrainingRules::checkCertificate):
// numbers the certificate, grants the course's qualification to a volunteer
// through VolunteerRepository::saveQualification, records both. Inside the
// caller's transaction.
core::Status issueTrainingCertificate(const QSqlDatabase &db, qint64 participantId, const QDate &day, QString *number,
    qint64 *qualificationId);

class SaveExercise : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(volunteers::SaveExercise)
public:
    explicit SaveExercise(Exercise exercise) : m_exercise(std::move(exercise)) { }
    QString code() const override { return QStringLiteral("volunteers.training.exercise.save"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_exercise.id); }
    QString text() const override;
    qint64 exerciseId() const { return m_exercise.id; }

private:
    Exercise m_exercise;
};

} // namespace volunteers

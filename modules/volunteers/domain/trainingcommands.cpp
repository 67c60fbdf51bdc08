#include "volunteers/domain/trainingcommands.h"

#include "core/auth/permissions.h"
#include "core/db/connectionstate.h"
#include "core/db/sql.h"
#include "core/domain/dates.h"
#include "volunteers/domain/trainingrepository.h"
#include "volunteers/domain/volunteerrepository.h"

namespace volunteers {

using core::Error;
using core::Status;

namespace {

// The participant, its edition and course, or the error that says which is
// missing.
struct Enrolment {
    Participant participant;
    Edition edition;
    Course course;
};

core::Result<Enrolment> enrolmentOf(const QSqlDatabase &db, qint64 participantId)
{
    TrainingRepository repository(db);
    Enrolment e;
    auto p = repository.participant(participantId);
    if (!p)
        return p.error();
    if (p->id == 0)
        return Error(QStringLiteral("training.unknown_participant"));
    e.participant = *p;
    auto edition = repository.edition(p->editionId);
    if (!edition)
        return edition.error();
    e.edition = *edition;
    auto course = repository.course(edition->courseId);
    if (!course)
        return course.error();
    e.course = *course;
    return e;
}

} // namespace

// Courses -----------------------------------------------------------------------

QString SaveCourse::permission() const
{
    return core::Permission::VolunteersTraining;
}

Status SaveCourse::check(const core::CommandContext &context) const
{
    if (auto s = TrainingRules::checkCourse(m_course); !s)
        return s;
    if (m_course.id == 0)
        return {};
    // A change: what the course's editions already carry limits it.
    TrainingRepository repository(context.db);
    auto before = repository.course(m_course.id);
    if (!before)
        return before.error();
    if (before->id == 0)
        return Error(QStringLiteral("training.unknown_course"));
    auto use = repository.courseUse(m_course.id);
    if (!use)
        return use.error();
    return TrainingRules::checkCourseChange(*before, m_course, *use);
}

Status SaveCourse::apply(const core::CommandContext &context)
{
    return TrainingRepository(context.db).saveCourse(m_course);
}

QString SaveCourse::text() const
{
    if (m_course.id != 0)
        return tr("change of course %1").arg(m_course.title);
    return tr("course %1").arg(m_course.title);
}

// Editions ----------------------------------------------------------------------

QString SaveEdition::permission() const
{
    return core::Permission::VolunteersTraining;
}

Status SaveEdition::check(const core::CommandContext &context) const
{
    if (auto s = TrainingRules::checkEdition(m_edition); !s)
        return s;
    TrainingRepository repository(context.db);
    auto course = repository.course(m_edition.courseId);
    if (!course)
        return course.error();
    if (course->id == 0)
        return Error(QStringLiteral("training.unknown_course"));
    if (m_edition.id != 0) {
        auto before = repository.edition(m_edition.id);
        if (!before)
            return before.error();
        if (before->id == 0)
            return Error(QStringLiteral("training.unknown_edition"));
        auto use = repository.editionUse(m_edition.id);
        if (!use)
            return use.error();
        if (auto s = TrainingRules::checkEditionChange(*before, m_edition, *use); !s)
            return s;
        auto outside = repository.sessionsOutside(m_edition);
        if (!outside)
            return outside.error();
        if (*outside > 0)
            return Error(QStringLiteral("training.sessions_outside"), { QString::number(*outside) });
    }
    return {};
}

Status SaveEdition::apply(const core::CommandContext &context)
{
    return TrainingRepository(context.db).saveEdition(m_edition);
}

QString SaveEdition::text() const
{
    if (m_edition.id != 0)
        return tr("change of edition %1").arg(m_edition.code);
    return tr("edition %1").arg(m_edition.code);
}

// Sessions ----------------------------------------------------------------------

QString SaveSession::permission() const
{
    return core::Permission::VolunteersTraining;
}

Status SaveSession::check(const core::CommandContext &context) const
{
    auto edition = TrainingRepository(context.db).edition(m_session.editionId);
    if (!edition)
        return edition.error();
    if (edition->id == 0)
        return Error(QStringLiteral("training.unknown_edition"));
    return TrainingRules::checkSession(m_session, *edition);
}

Status SaveSession::apply(const core::CommandContext &context)
{
    return TrainingRepository(context.db).saveSession(m_session);
}

QString SaveSession::text() const
{
    return tr("session of %1").arg(core::toItalianDate(m_session.day));
}

// Enrolment ---------------------------------------------------------------------

QString EnrolParticipant::permission() const
{
    return core::Permission::VolunteersTraining;
}

Status EnrolParticipant::check(const core::CommandContext &context) const
{
    auto edition = TrainingRepository(context.db).edition(m_participant.editionId);
    if (!edition)
        return edition.error();
    if (edition->id == 0)
        return Error(QStringLiteral("training.unknown_edition"));
    if (!m_participant.enrolledOn.isValid())
        return Error(QStringLiteral("date.invalid"), { QString() });
    if (m_participant.volunteerId != 0) {
        auto known = core::queryValue(context.db, QStringLiteral("SELECT count(*) FROM volunteer WHERE id = ?"),
            { m_participant.volunteerId });
        if (!known)
            return known.error();
        if (known->toInt() == 0)
            return Error(QStringLiteral("training.unknown_volunteer"));
    } else if (m_participant.lastName.trimmed().isEmpty() || m_participant.firstName.trimmed().isEmpty()) {
        return Error(QStringLiteral("training.participant_name_missing"));
    }
    return {};
}

Status EnrolParticipant::apply(const core::CommandContext &context)
{
    return TrainingRepository(context.db).enrol(m_participant);
}

QString EnrolParticipant::text() const
{
    return tr("enrolment");
}

// Attendance --------------------------------------------------------------------

QString SetSessionAttendance::permission() const
{
    return core::Permission::VolunteersTraining;
}

Status SetSessionAttendance::check(const core::CommandContext &context) const
{
    auto session = TrainingRepository(context.db).session(m_sessionId);
    if (!session)
        return session.error();
    if (session->id == 0)
        return Error(QStringLiteral("training.unknown_session"));
    for (qint64 id : m_present) {
        auto same = core::queryValue(context.db,
            QStringLiteral("SELECT count(*) FROM training_participant WHERE id = ? AND edition_id = ?"),
            { id, session->editionId });
        if (!same)
            return same.error();
        if (same->toInt() == 0)
            return Error(QStringLiteral("training.participant_not_in_edition"));
    }
    return {};
}

Status SetSessionAttendance::apply(const core::CommandContext &context)
{
    return TrainingRepository(context.db).setAttendance(m_sessionId, m_present);
}

QString SetSessionAttendance::text() const
{
    return tr("attendance");
}

// Final test --------------------------------------------------------------------

QString RecordTestResult::permission() const
{
    return core::Permission::VolunteersTraining;
}

Status RecordTestResult::check(const core::CommandContext &context) const
{
    auto e = enrolmentOf(context.db, m_participantId);
    if (!e)
        return e.error();
    if (!e->participant.certificateNumber.isEmpty())
        return Error(QStringLiteral("training.certificate_issued"), { e->participant.certificateNumber });
    if (auto s = TrainingRules::checkTestResult(e->course, m_result, m_score); !s)
        return s;
    // Admitted to the test only with the minimum attendance.
    const Participant &p = e->participant;
    if (m_result != TestResult::None
        && !TrainingRules::attendanceSufficient(p.attendedMinutes, p.totalMinutes, e->course.minAttendance))
        return Error(QStringLiteral("training.not_admitted"),
            { QString::number(p.totalMinutes > 0 ? qint64(p.attendedMinutes) * 100 / p.totalMinutes : 0),
                QString::number(e->course.minAttendance) });
    return {};
}

Status RecordTestResult::apply(const core::CommandContext &context)
{
    return TrainingRepository(context.db).setTestResult(m_participantId, m_result, m_score);
}

QString RecordTestResult::text() const
{
    return tr("test result");
}

// Certificate -------------------------------------------------------------------

QString IssueTrainingCertificate::permission() const
{
    return core::Permission::VolunteersTraining;
}

Status IssueTrainingCertificate::check(const core::CommandContext &context) const
{
    auto e = enrolmentOf(context.db, m_participantId);
    if (!e)
        return e.error();
    if (!e->participant.certificateNumber.isEmpty())
        return {}; // a reprint
    if (auto s = TrainingRules::checkCertificate(e->course, e->participant); !s)
        return s;
    if (!m_day.isValid())
        return Error(QStringLiteral("date.invalid"), { QString() });
    if (m_day < e->edition.endDate)
        return Error(QStringLiteral("training.certificate_before_end"), { core::toItalianDate(e->edition.endDate) });
    if (m_day > context.clock.today())
        return Error(QStringLiteral("training.certificate_in_future"), { core::toItalianDate(m_day) });
    return {};
}

Status issueTrainingCertificate(const QSqlDatabase &db, qint64 participantId, const QDate &day, QString *number,
    qint64 *qualificationId)
{
    auto e = enrolmentOf(db, participantId);
    if (!e)
        return e.error();
    if (!e->participant.certificateNumber.isEmpty()) {
        *number = e->participant.certificateNumber;
        *qualificationId = e->participant.qualificationId;
        return {};
    }
    TrainingRepository repository(db);
    auto next = repository.nextCertificateNumber(e->edition, core::sessionWorkstation(db));
    if (!next)
        return next.error();
    *number = *next;
    *qualificationId = 0;
    if (e->participant.volunteerId != 0 && !e->course.qualification.isEmpty()) {
        // Through the volunteers' own qualifications: the expiry is read,
        // listed and alerted like any other.
        Qualification q;
        q.volunteerId = e->participant.volunteerId;
        q.kind = Qualification::Kind::Qualification;
        q.name = e->course.qualification;
        q.obtainedOn = e->edition.endDate;
        q.expiresOn = TrainingRules::qualificationExpiry(q.obtainedOn, e->course.validityMonths);
        q.notes = *number;
        if (auto s = VolunteerRepository(db).saveQualification(q); !s)
            return s;
        *qualificationId = q.id;
    }
    return repository.setCertificate(participantId, *number, day, *qualificationId);
}

Status IssueTrainingCertificate::apply(const core::CommandContext &context)
{
    return issueTrainingCertificate(context.db, m_participantId, m_day, &m_number, &m_qualificationId);
}

QString IssueTrainingCertificate::text() const
{
    return tr("certificate %1").arg(m_number);
}

// Exercises ---------------------------------------------------------------------

QString SaveExercise::permission() const
{
    return core::Permission::VolunteersTraining;
}

Status SaveExercise::check(const core::CommandContext &context) const
{
    if (auto s = TrainingRules::checkExercise(m_exercise, context.clock.today()); !s)
        return s;
    auto known = core::queryValue(context.db, QStringLiteral("SELECT count(*) FROM organisation WHERE id = ?"),
        { m_exercise.organisationId });
    if (!known)
        return known.error();
    if (known->toInt() == 0)
        return Error(QStringLiteral("training.organisation_missing"));
    return {};
}

Status SaveExercise::apply(const core::CommandContext &context)
{
    return TrainingRepository(context.db).saveExercise(m_exercise);
}

QString SaveExercise::text() const
{
    return tr("exercise %1").arg(m_exercise.title);
}

} // namespace volunteers

#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"
#include "tutoring/domain/tutoringtypes.h"

#include <QSqlDatabase>

namespace tutoring {

// Reads and writes the people of ConosciAMO: pupils, study assistants
// (with their subjects and weekly availability) and tutors. Each save is
// validated (PeopleValidation) and runs in one transaction (a savepoint
// when the caller has one open, as the importer does). A blank code is
// generated from the row id ("R1-57", "A1-12", "T1-3"), unique across
// workstations. GUI thread or a worker with its own connection.
//
// Error codes besides the validation ones: tutoring.duplicate_code [code],
// tutoring.unknown_school [id], reference.unknown_comune [id],
// tutoring.in_use [code] (a person with bookings is deactivated, not
// deleted), tutoring.not_found [id].
class PeopleRepository {
public:
    explicit PeopleRepository(QSqlDatabase db, const core::Clock &clock = core::SystemClock::instance())
        : m_db(std::move(db))
        , m_clock(clock)
    {
    }

    core::Result<Pupil> pupil(qint64 id) const;
    core::Result<qint64> pupilIdByCode(const QString &code) const; // 0 when absent
    core::Result<QList<Pupil>> pupils(bool activeOnly = true) const;
    core::Result<qint64> savePupil(const Pupil &pupil);
    core::Status deletePupil(qint64 id);

    core::Result<Assistant> assistant(qint64 id) const;
    core::Result<qint64> assistantIdByCode(const QString &code) const;
    core::Result<QList<Assistant>> assistants(bool activeOnly = true) const;
    core::Result<qint64> saveAssistant(const Assistant &assistant);
    core::Status deleteAssistant(qint64 id);

    core::Result<Tutor> tutor(qint64 id) const;
    core::Result<qint64> tutorIdByCode(const QString &code) const;
    core::Result<QList<Tutor>> tutors(bool activeOnly = true) const;
    core::Result<qint64> saveTutor(const Tutor &tutor);
    core::Status deleteTutor(qint64 id);

    // Lesson hours an assistant gave (PCTO hours come from these plus the
    // safety course).
    core::Result<int> hoursGivenBy(qint64 assistantId) const;

private:
    core::Result<QString> codeFor(
        const QString &requested, const QString &table, qint64 id, const QString &prefix) const;
    core::Status checkComune(int comuneId) const;

    QSqlDatabase m_db;
    const core::Clock &m_clock;
};

} // namespace tutoring

#pragma once

#include "core/domain/result.h"
#include "volunteers/domain/volunteertypes.h"

#include <QSqlDatabase>

namespace volunteers {

// Reads and writes volunteers, their employers and their qualifications.
// Each save is one transaction (a savepoint inside an import's). GUI thread
// or a worker with its own connection.
// A volunteer in a pick list.
struct VolunteerEntry {
    qint64 id = 0;
    QString name; // "Rossi Mario"
    QString taxCode;
    qint64 organisationId = 0;
};

class VolunteerRepository {
public:
    // The audit log's names of the Volontari rows ("Rossi Mario", "attestato
    // 2021/000001 (Rossi Mario)"): registered with core::AuditText at start.
    static void declareAuditNames();

    explicit VolunteerRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    core::Result<Volunteer> volunteer(qint64 id) const; // id 0 when absent
    core::Result<Volunteer> byTaxCode(const QString &taxCode) const;
    // Active volunteers whose surname, name or codice fiscale start with
    // `text` (all when empty), of one organisation (0: any), by name.
    core::Result<QList<VolunteerEntry>> search(const QString &text, qint64 organisationId, int limit) const;

    // Validates and saves (insert when id is 0). The codice fiscale is
    // checked (check character included) and must be unique; the birth date
    // is taken from it. Codes: volunteers.name_missing, volunteers.cf_*,
    // volunteers.cf_duplicate (args: code, the other volunteer),
    // volunteers.unknown_organisation, reference.unknown_comune,
    // reference.bad_email, volunteers.unknown_employer.
    core::Status save(Volunteer &volunteer);

    // The volunteer form's save: the employer (found by tax code and
    // updated, or created) and the volunteer, in one transaction.
    // employer null: the volunteer keeps v.employerId.
    core::Status saveWithEmployer(Volunteer &volunteer, const Employer *employer);

    core::Result<Employer> employer(qint64 id) const;
    core::Result<Employer> employerByTaxCode(const QString &taxCode) const;
    // Validates (name, tax code: partita IVA or codice fiscale, PEC) and
    // saves; an employer with the same tax code is the same employer.
    // Codes: volunteers.employer_name_missing, volunteers.bad_employer_tax_code,
    // reference.bad_email, volunteers.employer_exists.
    core::Status saveEmployer(Employer &employer);
    // Finds the employer by tax code and updates it, or creates it.
    core::Result<qint64> upsertEmployer(Employer employer);

    core::Result<QList<Qualification>> qualifications(qint64 volunteerId) const;
    // Codes: volunteers.qualification_name_missing, date.invalid, volunteers.qualification_dates.
    core::Status saveQualification(Qualification &qualification);
    core::Status removeQualification(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace volunteers

#pragma once

#include "core/domain/result.h"
#include "volunteers/domain/volunteertypes.h"

#include <QSqlDatabase>

namespace volunteers {

// Organisation counts by renewal state for one year, for the Cruscotto and
// the organisations page.
struct RenewalSummary {
    int organisations = 0;
    int renewed = 0;
    int notRenewed = 0;
    int open = 0; // started or not started
};

// Reads and writes the volunteer organisations (OdV) and their yearly
// renewal of operational status. Each save is one transaction. GUI thread
// or a worker with its own connection.
class OrganisationRepository {
public:
    explicit OrganisationRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // Every organisation, by name (117 of them: small).
    core::Result<QList<Organisation>> all(bool activeOnly = false) const;
    core::Result<Organisation> organisation(qint64 id) const; // id 0 when absent
    core::Result<Organisation> byName(const QString &name) const;
    core::Result<Organisation> byRegistryNumber(const QString &number) const;

    // Validates and saves (insert when id is 0; the new id is written back).
    // Codes: volunteers.organisation_name_missing, volunteers.organisation_exists,
    // reference.not_metropolitan, reference.bad_email, volunteers.registry_in_use.
    core::Status save(Organisation &organisation);

    // The renewal of a year: the saved one, or a new open one (id 0).
    core::Result<Renewal> renewal(qint64 organisationId, int year) const;
    // Saves the checklist; 'renewed' needs every item
    // (volunteers.renewal_incomplete, arg: the missing item numbers).
    core::Status saveRenewal(Renewal &renewal);
    core::Result<RenewalSummary> renewalSummary(int year) const;

private:
    QSqlDatabase m_db;
};

} // namespace volunteers

#pragma once

#include "core/domain/result.h"
#include "deliveries/domain/deliverytypes.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace deliveries {

// The recipients of deliveries. The COC of each of the 133 comuni exists
// from the start (created with the reference data, id = the comune's id);
// its address, CAP and contacts are the COC details of the comune
// (comune_cmm.coc_*: edited here or in the Comuni tab; the town hall's
// phone, e-mail or PEC and CAP are their defaults, see referenceloader.h),
// so only its notes, coordinates and "in use" flag are kept in its own row. Other
// recipients (ATS hubs, RSA, GPs, paediatricians, hospitals, others) are
// created and edited freely. Coordinates left empty mean the comune's
// centroid. One instance per connection; GUI thread or a worker with its
// own connection.
//
// Error codes: deliveries.empty_name, deliveries.unknown_comune (id),
// deliveries.unknown_recipient (id), deliveries.coc_fixed (),
// deliveries.bad_email (text), deliveries.bad_coordinate ().
class RecipientRepository {
public:
    explicit RecipientRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    core::Result<Recipient> recipient(qint64 id) const;
    // Recipients by kind and name; `activeOnly` hides those no longer in use.
    core::Result<QList<Recipient>> recipients(bool activeOnly = true) const;
    // Recipients in use without an address (a COC whose COC details have
    // none): their DDTs and trip sheets cannot say where to go.
    core::Result<int> countWithoutAddress() const;
    // The COC of a comune (its id is the comune's); 0 when the comune has none.
    core::Result<qint64> cocOf(int comuneId) const;

    // Creates (id 0) or updates a recipient in one transaction.
    core::Result<qint64> save(const Recipient &recipient);

    // The columns (17) and joins that read a Recipient from the alias r,
    // the whole SELECT, and the reading of one row from column `first`.
    static QString columnsSql();
    static QString joinsSql();
    static QString selectSql();
    static Recipient read(const QSqlQuery &query, int first = 0);

private:
    core::Status validate(const Recipient &recipient) const;
    QSqlDatabase m_db;
};

} // namespace deliveries

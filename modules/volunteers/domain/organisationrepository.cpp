#include "volunteers/domain/organisationrepository.h"

#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "volunteers/domain/fieldchecks.h"

#include <QSqlQuery>

namespace volunteers {

using core::Error;
using core::Result;
using core::Status;

namespace {

const QString columns = QStringLiteral(
    "id, name, kind, comune_id, registry_number, tax_code, address, representative, representative_role, "
    "phone, email, pec, active, notes");

Organisation read(const QSqlQuery &q)
{
    Organisation o;
    o.id = q.value(0).toLongLong();
    o.name = q.value(1).toString();
    o.kind = organisationKindFromCode(q.value(2).toString());
    o.comuneId = q.value(3).toInt();
    o.registryNumber = q.value(4).toString();
    o.taxCode = q.value(5).toString();
    o.address = q.value(6).toString();
    o.representative = q.value(7).toString();
    o.representativeRole = q.value(8).toString();
    o.phone = q.value(9).toString();
    o.email = q.value(10).toString();
    o.pec = q.value(11).toString();
    o.active = q.value(12).toBool();
    o.notes = q.value(13).toString();
    return o;
}

Result<Organisation> readOne(const QSqlDatabase &db, const QString &where, const QVariant &value)
{
    auto q = core::runQuery(db, QStringLiteral("SELECT %1 FROM organisation WHERE %2").arg(columns, where), { value });
    if (!q)
        return q.error();
    return q->next() ? read(*q) : Organisation();
}

const char *const itemColumns[Renewal::ItemCount] = { "h24_availability", "enough_volunteers", "insured_no_charges",
    "activity_report", "equipment_list", "representative_documents" };

} // namespace

Result<QList<Organisation>> OrganisationRepository::all(bool activeOnly) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT %1 FROM organisation %2 ORDER BY name")
            .arg(columns, activeOnly ? QStringLiteral("WHERE active = 1") : QString()));
    if (!q)
        return q.error();
    QList<Organisation> list;
    while (q->next())
        list.append(read(*q));
    return list;
}

Result<Organisation> OrganisationRepository::organisation(qint64 id) const
{
    return readOne(m_db, QStringLiteral("id = ?"), id);
}

Result<Organisation> OrganisationRepository::byName(const QString &name) const
{
    return readOne(m_db, QStringLiteral("name = ?"), name.simplified());
}

Result<Organisation> OrganisationRepository::byRegistryNumber(const QString &number) const
{
    return readOne(m_db, QStringLiteral("registry_number = ?"), number.trimmed());
}

Status OrganisationRepository::save(Organisation &o)
{
    o.name = o.name.simplified();
    o.registryNumber = o.registryNumber.trimmed();
    o.email = o.email.trimmed();
    o.pec = o.pec.trimmed();
    if (o.name.isEmpty())
        return Error(QStringLiteral("volunteers.organisation_name_missing"));
    for (const QString &mail : { o.email, o.pec })
        if (!isPlausibleEmail(mail))
            return Error(QStringLiteral("reference.bad_email"), { mail });

    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto metropolitan
        = core::queryValue(m_db, QStringLiteral("SELECT count(*) FROM comune_cmm WHERE comune_id = ?"), { o.comuneId });
    if (!metropolitan)
        return metropolitan.error();
    if (metropolitan->toInt() == 0)
        return Error(QStringLiteral("reference.not_metropolitan"),
            { QStringLiteral("%1").arg(o.comuneId, 6, 10, QLatin1Char('0')) });
    auto sameName = core::queryValue(
        m_db, QStringLiteral("SELECT id FROM organisation WHERE name = ? AND id <> ?"), { o.name, o.id });
    if (!sameName)
        return sameName.error();
    if (sameName->isValid())
        return Error(QStringLiteral("volunteers.organisation_exists"), { o.name });
    if (!o.registryNumber.isEmpty()) {
        auto sameNumber = core::queryValue(m_db,
            QStringLiteral("SELECT name FROM organisation WHERE registry_number = ? AND id <> ?"),
            { o.registryNumber, o.id });
        if (!sameNumber)
            return sameNumber.error();
        if (sameNumber->isValid())
            return Error(QStringLiteral("volunteers.registry_in_use"), { o.registryNumber, sameNumber->toString() });
    }

    const QVariantList values = { o.name, organisationKindCode(o.kind), o.comuneId, o.registryNumber,
        o.taxCode.trimmed(), o.address.trimmed(), o.representative.simplified(), o.representativeRole.simplified(),
        o.phone.trimmed(), o.email, o.pec, o.active ? 1 : 0, o.notes.trimmed() };
    if (o.id == 0) {
        auto id = core::allocateRowId(m_db);
        if (!id)
            return id.error();
        auto q = core::runQuery(m_db,
            QStringLiteral("INSERT INTO organisation(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(columns),
            QVariantList { *id } + values);
        if (!q)
            return q.error();
        o.id = *id;
    } else {
        auto q = core::runQuery(m_db,
            QStringLiteral("UPDATE organisation SET name = ?, kind = ?, comune_id = ?, registry_number = ?, tax_code = "
                           "?, address = ?, "
                           "representative = ?, representative_role = ?, phone = ?, email = ?, pec = ?, active = ?, "
                           "notes = ? WHERE id = ?"),
            values + QVariantList { o.id });
        if (!q)
            return q.error();
    }
    return tx.commit();
}

Result<Renewal> OrganisationRepository::renewal(qint64 organisationId, int year) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral(
            "SELECT id, h24_availability, enough_volunteers, insured_no_charges, activity_report, equipment_list, "
            "representative_documents, state, state_date, notes FROM organisation_renewal WHERE organisation_id = ? "
            "AND year = ?"),
        { organisationId, year });
    if (!q)
        return q.error();
    Renewal r;
    r.organisationId = organisationId;
    r.year = year;
    if (q->next()) {
        r.id = q->value(0).toLongLong();
        for (int i = 0; i < Renewal::ItemCount; ++i)
            r.items[i] = q->value(1 + i).toBool();
        r.state = renewalStateFromCode(q->value(7).toString());
        r.stateDate = core::fromSqlDate(q->value(8).toString());
        r.notes = q->value(9).toString();
    }
    return r;
}

Status OrganisationRepository::saveRenewal(Renewal &r)
{
    if (r.state == Renewal::State::Renewed && !r.complete()) {
        QStringList missing;
        for (int i = 0; i < Renewal::ItemCount; ++i)
            if (!r.items[i])
                missing.append(QString::number(i + 1));
        return Error(QStringLiteral("volunteers.renewal_incomplete"), { missing.join(QLatin1Char(',')) });
    }
    if (!r.stateDate.isValid())
        return Error(QStringLiteral("date.invalid"), { QString() });
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto existing = core::queryValue(m_db,
        QStringLiteral("SELECT id FROM organisation_renewal WHERE organisation_id = ? AND year = ?"),
        { r.organisationId, r.year });
    if (!existing)
        return existing.error();
    QVariantList values;
    for (bool b : r.items)
        values.append(b ? 1 : 0);
    values << renewalStateCode(r.state) << core::toSqlDate(r.stateDate) << r.notes.trimmed();
    QStringList sets;
    for (const char *c : itemColumns)
        sets.append(QStringLiteral("%1 = ?").arg(QLatin1String(c)));
    if (existing->isValid()) {
        r.id = existing->toLongLong();
        auto q = core::runQuery(m_db,
            QStringLiteral("UPDATE organisation_renewal SET %1, state = ?, state_date = ?, notes = ? WHERE id = ?")
                .arg(sets.join(QStringLiteral(", "))),
            values + QVariantList { r.id });
        if (!q)
            return q.error();
    } else {
        auto id = core::allocateRowId(m_db);
        if (!id)
            return id.error();
        QStringList cols;
        for (const char *c : itemColumns)
            cols.append(QLatin1String(c));
        auto q = core::runQuery(m_db,
            QStringLiteral("INSERT INTO organisation_renewal(id, organisation_id, year, %1, state, state_date, notes) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(cols.join(QStringLiteral(", "))),
            QVariantList { *id, r.organisationId, r.year } + values);
        if (!q)
            return q.error();
        r.id = *id;
    }
    return tx.commit();
}

Result<RenewalSummary> OrganisationRepository::renewalSummary(int year) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral(
            "SELECT count(*), coalesce(sum(r.state = 'renewed'), 0), coalesce(sum(r.state = 'not_renewed'), 0) "
            "FROM organisation o LEFT JOIN organisation_renewal r ON r.organisation_id = o.id AND r.year = ? WHERE "
            "o.active = 1"),
        { year });
    if (!q)
        return q.error();
    RenewalSummary s;
    if (q->next()) {
        s.organisations = q->value(0).toInt();
        s.renewed = q->value(1).toInt();
        s.notRenewed = q->value(2).toInt();
        s.open = s.organisations - s.renewed - s.notRenewed;
    }
    return s;
}

} // namespace volunteers

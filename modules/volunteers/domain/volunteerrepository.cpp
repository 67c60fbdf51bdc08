#include "volunteers/domain/volunteerrepository.h"

#include "core/auth/audittext.h"

#include <QCoreApplication>

#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "volunteers/domain/codicefiscale.h"
#include "volunteers/domain/fieldchecks.h"

#include <QSqlQuery>

namespace volunteers {

using core::Error;
using core::Result;
using core::Status;

namespace {

const QString volunteerColumns = QStringLiteral(
    "id, organisation_id, last_name, first_name, tax_code, birth_date, comune_id, address, phone, email, employment, "
    "employer_id, active, notes");

Volunteer readVolunteer(const QSqlQuery &q)
{
    Volunteer v;
    v.id = q.value(0).toLongLong();
    v.organisationId = q.value(1).toLongLong();
    v.lastName = q.value(2).toString();
    v.firstName = q.value(3).toString();
    v.taxCode = q.value(4).toString();
    v.birthDate = core::fromSqlDate(q.value(5).toString());
    v.comuneId = q.value(6).toInt();
    v.address = q.value(7).toString();
    v.phone = q.value(8).toString();
    v.email = q.value(9).toString();
    v.employment = employmentFromCode(q.value(10).toString());
    v.employerId = q.value(11).toLongLong();
    v.active = q.value(12).toBool();
    v.notes = q.value(13).toString();
    return v;
}

const QString employerColumns = QStringLiteral("id, name, tax_code, address, comune_id, pec, email, phone");

Employer readEmployer(const QSqlQuery &q)
{
    Employer e;
    e.id = q.value(0).toLongLong();
    e.name = q.value(1).toString();
    e.taxCode = q.value(2).toString();
    e.address = q.value(3).toString();
    e.comuneId = q.value(4).toInt();
    e.pec = q.value(5).toString();
    e.email = q.value(6).toString();
    e.phone = q.value(7).toString();
    return e;
}

QVariant nullIfZero(qint64 v)
{
    return v == 0 ? QVariant() : QVariant(v);
}

} // namespace

Result<Volunteer> VolunteerRepository::volunteer(qint64 id) const
{
    auto q
        = core::runQuery(m_db, QStringLiteral("SELECT %1 FROM volunteer WHERE id = ?").arg(volunteerColumns), { id });
    if (!q)
        return q.error();
    return q->next() ? readVolunteer(*q) : Volunteer();
}

Result<Volunteer> VolunteerRepository::byTaxCode(const QString &taxCode) const
{
    auto q = core::runQuery(m_db, QStringLiteral("SELECT %1 FROM volunteer WHERE tax_code = ?").arg(volunteerColumns),
        { CodiceFiscale::normalise(taxCode) });
    if (!q)
        return q.error();
    return q->next() ? readVolunteer(*q) : Volunteer();
}

Result<QList<VolunteerEntry>> VolunteerRepository::search(const QString &text, qint64 organisationId, int limit) const
{
    QString pattern = text.trimmed();
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    pattern += QLatin1Char('%');
    auto q = core::runQuery(m_db,
        QStringLiteral(
            "SELECT id, last_name || ' ' || first_name, tax_code, organisation_id FROM volunteer WHERE active = 1 "
            "AND (? = 0 OR organisation_id = ?) AND (last_name LIKE ? ESCAPE '\\' OR first_name LIKE ? ESCAPE '\\' "
            "OR (last_name || ' ' || first_name) LIKE ? ESCAPE '\\' OR tax_code LIKE upper(?) ESCAPE '\\') "
            "ORDER BY last_name, first_name, id LIMIT ?"),
        { organisationId, organisationId, pattern, pattern, pattern, pattern, limit });
    if (!q)
        return q.error();
    QList<VolunteerEntry> list;
    while (q->next())
        list.append(
            { q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toLongLong() });
    return list;
}

Status VolunteerRepository::save(Volunteer &v)
{
    v.lastName = v.lastName.simplified();
    v.firstName = v.firstName.simplified();
    v.email = v.email.trimmed();
    if (v.lastName.isEmpty() || v.firstName.isEmpty())
        return Error(QStringLiteral("volunteers.name_missing"));
    auto cf = CodiceFiscale::parse(v.taxCode);
    if (!cf)
        return cf.error();
    v.taxCode = cf->code;
    v.birthDate = cf->birthDate;
    if (!isPlausibleEmail(v.email))
        return Error(QStringLiteral("reference.bad_email"), { v.email });

    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto other = core::runQuery(m_db,
        QStringLiteral("SELECT last_name || ' ' || first_name FROM volunteer WHERE tax_code = ? AND id <> ?"),
        { v.taxCode, v.id });
    if (!other)
        return other.error();
    if (other->next())
        return Error(QStringLiteral("volunteers.cf_duplicate"), { v.taxCode, other->value(0).toString() });
    auto org = core::queryValue(
        m_db, QStringLiteral("SELECT count(*) FROM organisation WHERE id = ?"), { v.organisationId });
    if (!org)
        return org.error();
    if (org->toInt() == 0)
        return Error(QStringLiteral("volunteers.unknown_organisation"), { QString::number(v.organisationId) });
    auto comune = core::queryValue(m_db, QStringLiteral("SELECT count(*) FROM comune WHERE id = ?"), { v.comuneId });
    if (!comune)
        return comune.error();
    if (comune->toInt() == 0)
        return Error(QStringLiteral("reference.unknown_comune"), { QString::number(v.comuneId) });
    if (v.employerId != 0) {
        auto employer
            = core::queryValue(m_db, QStringLiteral("SELECT count(*) FROM employer WHERE id = ?"), { v.employerId });
        if (!employer)
            return employer.error();
        if (employer->toInt() == 0)
            return Error(QStringLiteral("volunteers.unknown_employer"), { QString::number(v.employerId) });
    }

    const QVariantList values = { v.organisationId, v.lastName, v.firstName, v.taxCode, core::toSqlDate(v.birthDate),
        v.comuneId, v.address.trimmed(), v.phone.trimmed(), v.email, employmentCode(v.employment),
        nullIfZero(v.employerId), v.active ? 1 : 0, v.notes.trimmed() };
    if (v.id == 0) {
        auto id = core::allocateRowId(m_db);
        if (!id)
            return id.error();
        auto q = core::runQuery(m_db,
            QStringLiteral("INSERT INTO volunteer(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(volunteerColumns),
            QVariantList { *id } + values);
        if (!q)
            return q.error();
        v.id = *id;
    } else {
        auto q = core::runQuery(m_db,
            QStringLiteral("UPDATE volunteer SET organisation_id = ?, last_name = ?, first_name = ?, tax_code = ?, "
                           "birth_date = ?, comune_id = ?, "
                           "address = ?, phone = ?, email = ?, employment = ?, employer_id = ?, active = ?, notes = ? "
                           "WHERE id = ?"),
            values + QVariantList { v.id });
        if (!q)
            return q.error();
    }
    return tx.commit();
}

Status VolunteerRepository::saveWithEmployer(Volunteer &v, const Employer *employer)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (employer) {
        auto id = upsertEmployer(*employer);
        if (!id)
            return id.error();
        v.employerId = *id;
    }
    if (auto s = save(v); !s)
        return s;
    return tx.commit();
}

Result<Employer> VolunteerRepository::employer(qint64 id) const
{
    auto q = core::runQuery(m_db, QStringLiteral("SELECT %1 FROM employer WHERE id = ?").arg(employerColumns), { id });
    if (!q)
        return q.error();
    return q->next() ? readEmployer(*q) : Employer();
}

Result<Employer> VolunteerRepository::employerByTaxCode(const QString &taxCode) const
{
    const QString code = CodiceFiscale::normalise(taxCode);
    if (code.isEmpty())
        return Employer();
    auto q = core::runQuery(
        m_db, QStringLiteral("SELECT %1 FROM employer WHERE tax_code = ?").arg(employerColumns), { code });
    if (!q)
        return q.error();
    return q->next() ? readEmployer(*q) : Employer();
}

Status VolunteerRepository::saveEmployer(Employer &e)
{
    e.name = e.name.simplified();
    e.taxCode = CodiceFiscale::normalise(e.taxCode);
    e.pec = e.pec.trimmed();
    e.email = e.email.trimmed();
    if (e.name.isEmpty())
        return Error(QStringLiteral("volunteers.employer_name_missing"));
    if (auto s = checkEmployerTaxCode(e.taxCode); !s)
        return s;
    for (const QString &mail : { e.pec, e.email })
        if (!isPlausibleEmail(mail))
            return Error(QStringLiteral("reference.bad_email"), { mail });
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (!e.taxCode.isEmpty()) {
        auto other = core::queryValue(
            m_db, QStringLiteral("SELECT name FROM employer WHERE tax_code = ? AND id <> ?"), { e.taxCode, e.id });
        if (!other)
            return other.error();
        if (other->isValid())
            return Error(QStringLiteral("volunteers.employer_exists"), { e.taxCode, other->toString() });
    }
    const QVariantList values = { e.name, e.taxCode, e.address.simplified(),
        e.comuneId == 0 ? QVariant() : QVariant(e.comuneId), e.pec, e.email, e.phone.trimmed() };
    if (e.id == 0) {
        auto id = core::allocateRowId(m_db);
        if (!id)
            return id.error();
        auto q = core::runQuery(m_db,
            QStringLiteral("INSERT INTO employer(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").arg(employerColumns),
            QVariantList { *id } + values);
        if (!q)
            return q.error();
        e.id = *id;
    } else {
        auto q = core::runQuery(m_db,
            QStringLiteral("UPDATE employer SET name = ?, tax_code = ?, address = ?, comune_id = ?, pec = ?, email = "
                           "?, phone = ? WHERE id = ?"),
            values + QVariantList { e.id });
        if (!q)
            return q.error();
    }
    return tx.commit();
}

Result<qint64> VolunteerRepository::upsertEmployer(Employer employer)
{
    auto existing = employerByTaxCode(employer.taxCode);
    if (!existing)
        return existing.error();
    if (existing->id != 0)
        employer.id = existing->id;
    if (auto s = saveEmployer(employer); !s)
        return s.error();
    return employer.id;
}

Result<QList<Qualification>> VolunteerRepository::qualifications(qint64 volunteerId) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral(
            "SELECT id, kind, name, obtained_on, expires_on, notes FROM volunteer_qualification WHERE volunteer_id = ? "
            "ORDER BY obtained_on DESC, id"),
        { volunteerId });
    if (!q)
        return q.error();
    QList<Qualification> list;
    while (q->next()) {
        Qualification x;
        x.id = q->value(0).toLongLong();
        x.volunteerId = volunteerId;
        x.kind = q->value(1).toString() == QLatin1String("qualification") ? Qualification::Kind::Qualification
                                                                          : Qualification::Kind::Course;
        x.name = q->value(2).toString();
        x.obtainedOn = core::fromSqlDate(q->value(3).toString());
        x.expiresOn = core::fromSqlDate(q->value(4).toString());
        x.notes = q->value(5).toString();
        list.append(x);
    }
    return list;
}

Status VolunteerRepository::saveQualification(Qualification &x)
{
    x.name = x.name.simplified();
    if (x.name.isEmpty())
        return Error(QStringLiteral("volunteers.qualification_name_missing"));
    if (!x.obtainedOn.isValid())
        return Error(QStringLiteral("date.invalid"), { QString() });
    if (x.expiresOn.isValid() && x.expiresOn < x.obtainedOn)
        return Error(QStringLiteral("volunteers.qualification_dates"));
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    const QVariantList values
        = { x.kind == Qualification::Kind::Qualification ? QStringLiteral("qualification") : QStringLiteral("course"),
              x.name, core::toSqlDate(x.obtainedOn),
              x.expiresOn.isValid() ? QVariant(core::toSqlDate(x.expiresOn)) : QVariant(), x.notes.trimmed() };
    if (x.id == 0) {
        auto id = core::allocateRowId(m_db);
        if (!id)
            return id.error();
        auto q = core::runQuery(m_db,
            QStringLiteral("INSERT INTO volunteer_qualification(id, volunteer_id, kind, name, obtained_on, expires_on, "
                           "notes) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            QVariantList { *id, x.volunteerId } + values);
        if (!q)
            return q.error();
        x.id = *id;
    } else {
        auto q = core::runQuery(m_db,
            QStringLiteral("UPDATE volunteer_qualification SET kind = ?, name = ?, obtained_on = ?, expires_on = ?, "
                           "notes = ? WHERE id = ?"),
            values + QVariantList { x.id });
        if (!q)
            return q.error();
    }
    return tx.commit();
}

Status VolunteerRepository::removeQualification(qint64 id)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (auto q = core::runQuery(m_db, QStringLiteral("DELETE FROM volunteer_qualification WHERE id = ?"), { id }); !q)
        return q.error();
    return tx.commit();
}

namespace {
struct VolunteerAuditNames {
    Q_DECLARE_TR_FUNCTIONS(volunteers::VolunteerAuditNames)
};
} // namespace

void VolunteerRepository::declareAuditNames()
{
    using core::AuditText;
    const QString person = QStringLiteral("v.last_name || ' ' || v.first_name");
    AuditText::setRowQuery(QStringLiteral("volunteer"),
        QStringLiteral("SELECT %1 FROM volunteer v WHERE v.id = ?").arg(person), [] { return QStringLiteral("%1"); });
    AuditText::setRowQuery(QStringLiteral("activation"),
        QStringLiteral("SELECT %1, strftime('%d/%m/%Y', a.day) FROM activation a JOIN volunteer v ON v.id = "
                       "a.volunteer_id WHERE a.id = ?")
            .arg(person),
        [] { return VolunteerAuditNames::tr("%1, day of %2"); });
    AuditText::setRowQuery(QStringLiteral("attestato_day"),
        QStringLiteral("SELECT t.number, t.volunteer_name, strftime('%d/%m/%Y', d.day) FROM attestato_day d JOIN "
                       "attestato t ON t.id = d.attestato_id WHERE d.activation_id = ?"),
        [] { return VolunteerAuditNames::tr("attestato %1 (%2), day of %3"); });
    AuditText::setRowQuery(QStringLiteral("attestato"),
        QStringLiteral("SELECT number, volunteer_name FROM attestato WHERE id = ?"),
        [] { return VolunteerAuditNames::tr("attestato %1 (%2)"); });
    AuditText::setRowQuery(QStringLiteral("attestato_batch"),
        QStringLiteral("SELECT strftime('%d/%m/%Y', period_from), strftime('%d/%m/%Y', period_to) FROM "
                       "attestato_batch WHERE id = ?"),
        [] { return VolunteerAuditNames::tr("batch of attestati %1 – %2"); });
    AuditText::setRowQuery(QStringLiteral("volunteer_qualification"),
        QStringLiteral("SELECT %1, q.name FROM volunteer_qualification q JOIN volunteer v ON v.id = q.volunteer_id "
                       "WHERE q.id = ?")
            .arg(person),
        [] { return VolunteerAuditNames::tr("%1: %2"); });
    AuditText::setRowQuery(QStringLiteral("employer"), QStringLiteral("SELECT name FROM employer WHERE id = ?"),
        [] { return QStringLiteral("%1"); });
    AuditText::setRowQuery(QStringLiteral("organisation"),
        QStringLiteral("SELECT name FROM organisation WHERE id = ?"), [] { return QStringLiteral("%1"); });
    AuditText::setRowQuery(QStringLiteral("organisation_renewal"),
        QStringLiteral("SELECT o.name, r.year FROM organisation_renewal r JOIN organisation o ON o.id = "
                       "r.organisation_id WHERE r.id = ?"),
        [] { return VolunteerAuditNames::tr("%1, renewal %2"); });
    AuditText::setRowQuery(QStringLiteral("activation_event"),
        QStringLiteral("SELECT name FROM activation_event WHERE id = ?"), [] { return QStringLiteral("%1"); });
    AuditText::setRowQuery(QStringLiteral("volunteer_service"),
        QStringLiteral("SELECT name FROM volunteer_service WHERE id = ?"), [] { return QStringLiteral("%1"); });
}

} // namespace volunteers

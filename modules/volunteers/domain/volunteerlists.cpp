#include "volunteers/domain/volunteerlists.h"

#include "core/auth/access.h"
#include "core/auth/permissions.h"
#include "core/db/textsearch.h"
#include "core/domain/dates.h"

namespace volunteers {

namespace {

core::Result<ListSql> checked(const QSqlDatabase &db, ListSql sql)
{
    if (auto s = core::Access::require(db, core::Permission::VolunteersView); !s)
        return s.error();
    return sql;
}

ListFilter joined(const QStringList &where, const QVariantList &binds)
{
    return { where.join(QStringLiteral(" AND ")), binds };
}

} // namespace

core::Result<ListSql> VolunteerLists::volunteers(const QSqlDatabase &db)
{
    return checked(db,
        { QStringLiteral("volunteer v JOIN organisation o ON o.id = v.organisation_id "
                         "JOIN comune c ON c.id = v.comune_id LEFT JOIN employer e ON e.id = v.employer_id"),
            QStringLiteral("v.id"),
            { QStringLiteral("v.last_name"), QStringLiteral("v.first_name"), QStringLiteral("v.tax_code"),
                QStringLiteral("o.name"), QStringLiteral("c.name"), QStringLiteral("coalesce(e.name, '')"),
                QStringLiteral("v.employment") },
            { QStringLiteral("volunteer"), QStringLiteral("employer"), QStringLiteral("organisation") } });
}

core::Result<ListSql> VolunteerLists::organisations(const QSqlDatabase &db, int renewalYear)
{
    return checked(db,
        { QStringLiteral("organisation o JOIN comune c ON c.id = o.comune_id"), QStringLiteral("o.id"),
            { QStringLiteral("o.name"), QStringLiteral("c.name"), QStringLiteral("o.registry_number"),
                QStringLiteral("(SELECT count(*) FROM volunteer v WHERE v.organisation_id = o.id AND v.active = 1)"),
                // An integer from code, never user text.
                QStringLiteral("(SELECT r.state FROM organisation_renewal r WHERE r.organisation_id = o.id AND "
                               "r.year = %1)")
                    .arg(renewalYear) },
            { QStringLiteral("organisation"), QStringLiteral("organisation_renewal"), QStringLiteral("volunteer") } });
}

core::Result<ListSql> VolunteerLists::activations(const QSqlDatabase &db)
{
    return checked(db,
        { QStringLiteral("activation a JOIN volunteer v ON v.id = a.volunteer_id JOIN organisation o ON o.id = "
                         "a.organisation_id JOIN activation_event e ON e.id = a.event_id JOIN volunteer_service s "
                         "ON s.id = a.service_id LEFT JOIN comune c ON c.id = a.comune_id"),
            QStringLiteral("a.id"),
            { QStringLiteral("a.day"), QStringLiteral("v.last_name || ' ' || v.first_name"),
                QStringLiteral("v.tax_code"), QStringLiteral("o.name"), QStringLiteral("e.name"),
                QStringLiteral("s.name"), QStringLiteral("trim(coalesce(c.name, '') || ' ' || a.place)"),
                QStringLiteral("a.reason"), QStringLiteral("a.entry_kind"),
                QStringLiteral("(SELECT count(*) FROM activation r WHERE r.reverses_id = a.id)"),
                QStringLiteral("(SELECT count(*) FROM attestato_day d WHERE d.activation_id = a.id)") },
            { QStringLiteral("activation"), QStringLiteral("activation_event"), QStringLiteral("attestato_day") } });
}

core::Result<ListSql> VolunteerLists::attestati(const QSqlDatabase &db)
{
    return checked(db,
        { QStringLiteral("attestato t JOIN organisation o ON o.id = t.organisation_id "
                         "JOIN activation_event e ON e.id = t.event_id"),
            QStringLiteral("t.id"),
            { QStringLiteral("t.number"), QStringLiteral("t.issued_on"), QStringLiteral("t.volunteer_name"),
                QStringLiteral("t.employer_name"), QStringLiteral("o.name"), QStringLiteral("e.name"),
                QStringLiteral("t.first_day"), QStringLiteral("t.last_day"), QStringLiteral("t.day_count"),
                QStringLiteral("t.over_limit_days"), QStringLiteral("t.reimbursement_deadline"),
                QStringLiteral("t.volunteer_id"),
                // void after a merge (attestatomerge.h): it certifies no day
                QStringLiteral("NOT EXISTS (SELECT 1 FROM attestato_day d WHERE d.attestato_id = t.id)") },
            { QStringLiteral("attestato"), QStringLiteral("attestato_day") } });
}

ListFilter VolunteerLists::volunteerFilter(const VolunteerListCriteria &c)
{
    QStringList where;
    QVariantList binds;
    const QString text = c.text.trimmed();
    if (!text.isEmpty()) {
        where.append(QStringLiteral(
            "(v.last_name LIKE ? ESCAPE '\\' OR v.first_name LIKE ? ESCAPE '\\' OR "
            "(v.last_name || ' ' || v.first_name) LIKE ? ESCAPE '\\' OR v.tax_code LIKE ? ESCAPE '\\')"));
        binds << core::likeStartsWith(text) << core::likeStartsWith(text) << core::likeStartsWith(text)
              << core::likeStartsWith(text.toUpper());
    }
    if (c.organisationId) {
        where.append(QStringLiteral("v.organisation_id = ?"));
        binds << c.organisationId;
    }
    if (c.activeOnly)
        where.append(QStringLiteral("v.active = 1"));
    return joined(where, binds);
}

ListFilter VolunteerLists::organisationFilter(const OrganisationListCriteria &c)
{
    QStringList where;
    QVariantList binds;
    const QString text = c.text.trimmed();
    if (!text.isEmpty()) {
        where.append(QStringLiteral(
            "(o.name LIKE ? ESCAPE '\\' OR c.name LIKE ? ESCAPE '\\' OR o.registry_number LIKE ? ESCAPE '\\')"));
        binds << core::likeContains(text) << core::likeStartsWith(text)
              << core::likeStartsWith(text);
    }
    if (!c.kind.isEmpty()) {
        where.append(QStringLiteral("o.kind = ?"));
        binds << c.kind;
    }
    return joined(where, binds);
}

ListFilter VolunteerLists::activationFilter(const ActivationListCriteria &c)
{
    QStringList where;
    QVariantList binds;
    if (c.eventId) {
        where.append(QStringLiteral("a.event_id = ?"));
        binds << c.eventId;
    }
    if (c.from.isValid() && c.to.isValid()) {
        where.append(QStringLiteral("a.day >= ? AND a.day <= ?"));
        binds << core::toSqlDate(c.from) << core::toSqlDate(c.to);
    }
    const QString text = c.text.trimmed();
    if (!text.isEmpty()) {
        where.append(QStringLiteral("a.volunteer_id IN (SELECT id FROM volunteer WHERE last_name LIKE ? ESCAPE '\\' OR "
                                    "tax_code LIKE ? ESCAPE '\\')"));
        binds << core::likeStartsWith(text) << core::likeStartsWith(text.toUpper());
    }
    // Effective: an entry that no reversal points at (activation_effective).
    if (!c.withReversals)
        where.append(QStringLiteral(
            "a.entry_kind = 'entry' AND NOT EXISTS (SELECT 1 FROM activation r WHERE r.reverses_id = a.id)"));
    return joined(where, binds);
}

ListFilter VolunteerLists::attestatoFilter(const AttestatoListCriteria &c)
{
    QStringList where;
    QVariantList binds;
    const QString text = c.text.trimmed();
    if (!text.isEmpty()) {
        where.append(QStringLiteral("(t.number LIKE ? ESCAPE '\\' OR t.volunteer_name LIKE ? ESCAPE '\\')"));
        binds << core::likeContains(text) << core::likeStartsWith(text);
    }
    switch (c.deadline) {
    case AttestatoListCriteria::Deadline::Within90Days:
        where.append(QStringLiteral("t.reimbursement_deadline >= ? AND t.reimbursement_deadline <= ?"));
        binds << core::toSqlDate(c.today) << core::toSqlDate(c.today.addDays(90));
        break;
    case AttestatoListCriteria::Deadline::Passed:
        where.append(QStringLiteral("t.reimbursement_deadline < ?"));
        binds << core::toSqlDate(c.today);
        break;
    case AttestatoListCriteria::Deadline::Any:
        break;
    }
    if (c.issuedFrom.isValid() && c.issuedTo.isValid()) {
        where.append(QStringLiteral("t.issued_on >= ? AND t.issued_on <= ?"));
        binds << core::toSqlDate(c.issuedFrom) << core::toSqlDate(c.issuedTo);
    }
    return joined(where, binds);
}

} // namespace volunteers

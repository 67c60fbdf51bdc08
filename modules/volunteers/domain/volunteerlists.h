#pragma once

#include "core/domain/result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace volunteers {

// The SQL of a list page, for a PagedSqlModel: the tables, the unique key,
// one expression per column (in the order of the list's Column enum) and
// the tables whose changes refresh it.
struct ListSql {
    QString from;
    QString key;
    QStringList columns;
    QStringList watchedTables;
};

// A filter as the model takes it: a WHERE with ? placeholders, and values.
struct ListFilter {
    QString where;
    QVariantList binds;
};

struct VolunteerListCriteria {
    QString text; // surname, name, "surname name" or codice fiscale: starts with
    qint64 organisationId = 0;
    bool activeOnly = true;
};

struct OrganisationListCriteria {
    QString text; // name (anywhere), comune or registry number (start)
    QString kind; // organisationKindCode; empty: both
};

struct ActivationListCriteria {
    qint64 eventId = 0;
    QDate from; // both invalid: every day
    QDate to;
    QString text; // volunteer's surname or codice fiscale: starts with
    bool withReversals = true; // false: effective entries only
};

struct AttestatoListCriteria {
    enum class Deadline { Any, Within90Days, Passed };
    QString text; // number (anywhere) or volunteer (start)
    Deadline deadline = Deadline::Any;
    QDate today; // for the deadline
    QDate issuedFrom; // both invalid: any
    QDate issuedTo;
};

// The lists of the Volontari tab, as a query object: pages ask here for
// their SQL and filters, so no widget writes SQL and each rule ("not
// reversed", "renewed this year") is written once. Opening a list checks
// Permission::VolunteersView (a refusal is audited: auth.denied).
class VolunteerLists {
public:
    enum VolunteerColumn { VSurname, VName, VTaxCode, VOrganisation, VResidence, VEmployer, VEmployment };
    enum OrganisationColumn { OName, OComune, ORegistry, OVolunteers, ORenewalState };
    enum ActivationColumn {
        ADay,
        AVolunteer,
        ATaxCode,
        AOrganisation,
        AEvent,
        AService,
        APlace,
        ANote,
        AKind,
        AReversed,
        ACertified
    };
    enum AttestatoColumn {
        TNumber,
        TIssuedOn,
        TVolunteer,
        TEmployer,
        TOrganisation,
        TEvent,
        TFrom,
        TTo,
        TDays,
        TOverLimit,
        TDeadline,
        TVolunteerId
    };

    static core::Result<ListSql> volunteers(const QSqlDatabase &db);
    // `renewalYear`: the year whose renewal state is shown.
    static core::Result<ListSql> organisations(const QSqlDatabase &db, int renewalYear);
    static core::Result<ListSql> activations(const QSqlDatabase &db);
    static core::Result<ListSql> attestati(const QSqlDatabase &db);

    static ListFilter volunteerFilter(const VolunteerListCriteria &criteria);
    static ListFilter organisationFilter(const OrganisationListCriteria &criteria);
    static ListFilter activationFilter(const ActivationListCriteria &criteria);
    static ListFilter attestatoFilter(const AttestatoListCriteria &criteria);
};

} // namespace volunteers

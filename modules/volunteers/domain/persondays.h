#pragma once

#include "core/domain/result.h"

#include <QDate>
#include <QSqlDatabase>

namespace volunteers {

// How person-days are grouped.
enum class PersonDaysGrouping { Month, Service, Organisation, Comune };
QString groupingCode(PersonDaysGrouping g); // "month", "service", "organisation", "comune"
bool groupingFromCode(const QString &code, PersonDaysGrouping *g);

// One line of a person-days count. For months, key is "YYYY-MM" and
// month the first day; otherwise key is the name.
struct PersonDaysRow {
    QString key;
    QDate month;
    qint64 id = 0; // service, organisation or comune id (0: none)
    qint64 personDays = 0;
};

// Counts giornate/persona from the ledger: a person-day is a distinct
// (volunteer, day) among the effective entries, so a volunteer counts once
// a day whatever happened. Totals are always computed from the records,
// never stored. GUI thread or a worker's connection.
class PersonDays {
public:
    explicit PersonDays(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // from/to inclusive; invalid: open. Months in a closed period are all
    // listed, with zero where nobody was active; other groupings list only
    // what has days (services in their order, the rest by name).
    // eventId != 0: the days of that event only (the daily situation report).
    core::Result<QList<PersonDaysRow>> count(
        PersonDaysGrouping grouping, const QDate &from, const QDate &to, qint64 eventId = 0) const;
    core::Result<qint64> total(const QDate &from, const QDate &to) const;
    // Of one event only.
    core::Result<qint64> totalForEvent(qint64 eventId, const QDate &from, const QDate &to) const;
    // Distinct volunteers active in the period.
    core::Result<qint64> volunteers(const QDate &from, const QDate &to, qint64 eventId = 0) const;

private:
    QSqlDatabase m_db;
};

} // namespace volunteers

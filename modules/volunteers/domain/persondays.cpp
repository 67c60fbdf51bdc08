#include "volunteers/domain/persondays.h"

#include "core/db/sql.h"
#include "core/domain/dates.h"

#include <QMap>

namespace volunteers {

using core::Result;

QString groupingCode(PersonDaysGrouping g)
{
    switch (g) {
    case PersonDaysGrouping::Month:
        return QStringLiteral("month");
    case PersonDaysGrouping::Service:
        return QStringLiteral("service");
    case PersonDaysGrouping::Organisation:
        return QStringLiteral("organisation");
    case PersonDaysGrouping::Comune:
        return QStringLiteral("comune");
    }
    return {};
}

bool groupingFromCode(const QString &code, PersonDaysGrouping *g)
{
    for (PersonDaysGrouping x : { PersonDaysGrouping::Month, PersonDaysGrouping::Service,
             PersonDaysGrouping::Organisation, PersonDaysGrouping::Comune })
        if (groupingCode(x) == code) {
            *g = x;
            return true;
        }
    return false;
}

namespace {

QVariantList periodBinds(const QDate &from, const QDate &to)
{
    return { from.isValid() ? core::toSqlDate(from) : QStringLiteral("0000-00-00"),
        to.isValid() ? core::toSqlDate(to) : QStringLiteral("9999-99-99") };
}

} // namespace

Result<QList<PersonDaysRow>> PersonDays::count(
    PersonDaysGrouping grouping, const QDate &from, const QDate &to, qint64 eventId) const
{
    // The inner DISTINCT makes a person-day of each (volunteer, day); the
    // grouping column is the one of that day (one service per day).
    QString sql;
    switch (grouping) {
    case PersonDaysGrouping::Month:
        sql = QStringLiteral(
            "SELECT substr(day, 1, 7), 0, count(*) FROM (SELECT DISTINCT volunteer_id, day FROM activation_effective "
            "WHERE day >= ? AND day <= ? %1) GROUP BY 1 ORDER BY 1");
        break;
    case PersonDaysGrouping::Service:
        sql = QStringLiteral("SELECT s.name, s.id, count(*) FROM (SELECT DISTINCT volunteer_id, day, service_id FROM "
                             "activation_effective "
                             "WHERE day >= ? AND day <= ? %1) x JOIN volunteer_service s ON s.id = x.service_id "
                             "GROUP BY s.id ORDER BY s.sort_order, s.name");
        break;
    case PersonDaysGrouping::Organisation:
        sql = QStringLiteral("SELECT o.name, o.id, count(*) FROM (SELECT DISTINCT volunteer_id, day, organisation_id "
                             "FROM activation_effective "
                             "WHERE day >= ? AND day <= ? %1) x JOIN organisation o ON o.id = x.organisation_id "
                             "GROUP BY o.id ORDER BY o.name");
        break;
    case PersonDaysGrouping::Comune:
        sql = QStringLiteral(
            "SELECT coalesce(c.name, ''), coalesce(c.id, 0), count(*) FROM (SELECT DISTINCT volunteer_id, day, "
            "comune_id "
            "FROM activation_effective WHERE day >= ? AND day <= ? %1) x LEFT JOIN comune c ON c.id = x.comune_id "
            "GROUP BY c.id ORDER BY c.id IS NULL, c.name");
        break;
    }
    QVariantList binds = periodBinds(from, to);
    if (eventId != 0)
        binds.append(eventId);
    sql = sql.arg(eventId != 0 ? QStringLiteral("AND event_id = ?") : QString());
    auto q = core::runQuery(m_db, sql, binds);
    if (!q)
        return q.error();
    QList<PersonDaysRow> rows;
    while (q->next()) {
        PersonDaysRow r;
        r.key = q->value(0).toString();
        r.id = q->value(1).toLongLong();
        r.personDays = q->value(2).toLongLong();
        if (grouping == PersonDaysGrouping::Month)
            r.month = core::fromSqlDate(r.key + QStringLiteral("-01"));
        rows.append(r);
    }
    if (grouping == PersonDaysGrouping::Month && from.isValid() && to.isValid() && from.daysTo(to) < 366 * 20) {
        QMap<QDate, qint64> byMonth;
        for (const PersonDaysRow &r : rows)
            byMonth.insert(r.month, r.personDays);
        rows.clear();
        for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1)) {
            PersonDaysRow r;
            r.month = m;
            r.key = m.toString(QStringLiteral("yyyy-MM"));
            r.personDays = byMonth.value(m);
            rows.append(r);
        }
    }
    return rows;
}

Result<qint64> PersonDays::total(const QDate &from, const QDate &to) const
{
    auto v = core::queryValue(m_db,
        QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT volunteer_id, day FROM activation_effective WHERE day >= "
                       "? AND day <= ?)"),
        periodBinds(from, to));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<qint64> PersonDays::totalForEvent(qint64 eventId, const QDate &from, const QDate &to) const
{
    auto v = core::queryValue(m_db,
        QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT volunteer_id, day FROM activation_effective WHERE "
                       "event_id = ? AND day >= ? AND day <= ?)"),
        QVariantList { eventId } + periodBinds(from, to));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<qint64> PersonDays::volunteers(const QDate &from, const QDate &to, qint64 eventId) const
{
    QVariantList binds = periodBinds(from, to);
    if (eventId != 0)
        binds.append(eventId);
    auto v = core::queryValue(m_db,
        QStringLiteral("SELECT count(DISTINCT volunteer_id) FROM activation_effective WHERE day >= ? AND day <= ?%1")
            .arg(eventId != 0 ? QStringLiteral(" AND event_id = ?") : QString()),
        binds);
    if (!v)
        return v.error();
    return v->toLongLong();
}

} // namespace volunteers

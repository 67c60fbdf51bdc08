#include "volunteers/domain/attestatoregister.h"

#include "core/auth/session.h"
#include "core/db/connectionstate.h"
#include "core/db/idallocator.h"
#include "core/db/numberfloor.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "volunteers/domain/attestatomerge.h"
#include "volunteers/domain/limitmonitor.h"

#include <QSet>
#include <QSqlQuery>

namespace volunteers {

using core::Error;
using core::Result;

namespace {

QVariantList criteriaBinds(const AttestatoCriteria &c)
{
    return { c.from.isValid() ? core::toSqlDate(c.from) : QStringLiteral("0000-00-00"),
        c.to.isValid() ? core::toSqlDate(c.to) : QStringLiteral("9999-99-99"), c.organisationId, c.organisationId,
        c.eventId, c.eventId };
}

// The uncertified effective days of volunteers who need attestati.
const QString pendingWhere
    = QStringLiteral("a.day >= ? AND a.day <= ? AND (? = 0 OR a.organisation_id = ?) AND (? = 0 OR a.event_id = ?) "
                     "AND v.employment <> 'not_working' "
                     "AND NOT EXISTS (SELECT 1 FROM attestato_day d WHERE d.activation_id = a.id)");

} // namespace

Result<IssuedAttestato> AttestatoRegister::issue(qint64 volunteerId, qint64 eventId, qint64 organisationId,
    const QDate &from, const QDate &to, OverLimitPolicy policy, qint64 batchId, const LimitAssessment *assessment)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();

    AttestatoContent c;
    // The volunteer and who the attestato is addressed to.
    auto v = core::runQuery(m_db,
        QStringLiteral(
            "SELECT v.last_name || ' ' || v.first_name, v.tax_code, v.birth_date, coalesce(rc.name, ''), "
            "coalesce(rc.province, ''), "
            "v.employment, v.employer_id, e.name, e.tax_code, e.address, coalesce(ec.name, ''), e.pec "
            "FROM volunteer v LEFT JOIN comune rc ON rc.id = v.comune_id LEFT JOIN employer e ON e.id = v.employer_id "
            "LEFT JOIN comune ec ON ec.id = e.comune_id WHERE v.id = ?"),
        { volunteerId });
    if (!v)
        return v.error();
    if (!v->next())
        return Error(QStringLiteral("volunteers.unknown_volunteer"), { QString::number(volunteerId) });
    c.volunteerName = v->value(0).toString();
    c.volunteerTaxCode = v->value(1).toString();
    c.volunteerBirthDate = core::fromSqlDate(v->value(2).toString());
    c.volunteerResidence = v->value(4).toString().isEmpty()
        ? v->value(3).toString()
        : QStringLiteral("%1 (%2)").arg(v->value(3).toString(), v->value(4).toString());
    const QString employment = v->value(5).toString();
    if (employment == QLatin1String("not_working"))
        return Error(QStringLiteral("volunteers.no_attestato_needed"), { c.volunteerName });
    if (v->value(6).isNull())
        return Error(QStringLiteral("volunteers.no_employer"), { c.volunteerName });
    const qint64 employerId = v->value(6).toLongLong();
    c.selfEmployed = employment == QLatin1String("self_employed");
    c.employerName = v->value(7).toString();
    c.employerTaxCode = v->value(8).toString();
    const QString street = v->value(9).toString(), town = v->value(10).toString();
    c.employerAddress = town.isEmpty() || street.contains(town, Qt::CaseInsensitive) ? street
        : street.isEmpty()                                                           ? town
                           : street + QStringLiteral(", ") + town;
    c.employerPec = v->value(11).toString();

    auto ev = core::runQuery(m_db,
        QStringLiteral("SELECT name, event_type, authorising_act FROM activation_event WHERE id = ?"), { eventId });
    if (!ev)
        return ev.error();
    if (!ev->next())
        return Error(QStringLiteral("volunteers.unknown_event"));
    c.eventName = ev->value(0).toString();
    eventTypeFromCode(ev->value(1).toString(), &c.eventType);
    c.authorisingAct = ev->value(2).toString();

    auto org = core::runQuery(m_db,
        QStringLiteral("SELECT o.name, coalesce(c.name, ''), o.registry_number, o.kind FROM organisation o LEFT JOIN "
                       "comune c ON c.id = o.comune_id "
                       "WHERE o.id = ?"),
        { organisationId });
    if (!org)
        return org.error();
    if (!org->next())
        return Error(QStringLiteral("volunteers.unknown_organisation"), { QString::number(organisationId) });
    c.organisationName = org->value(0).toString();
    c.organisationComune = org->value(1).toString();
    c.organisationRegistry = org->value(2).toString();
    c.municipalGroup = org->value(3).toString() == QLatin1String("municipal_group");

    // The days: effective, not certified yet.
    auto days = core::runQuery(m_db,
        QStringLiteral(
            "SELECT a.id, a.day, s.name, coalesce(cm.name, ''), a.place FROM activation_effective a "
            "JOIN volunteer_service s ON s.id = a.service_id LEFT JOIN comune cm ON cm.id = a.comune_id "
            "WHERE a.volunteer_id = ? AND a.event_id = ? AND a.organisation_id = ? AND a.day >= ? AND a.day <= ? "
            "AND NOT EXISTS (SELECT 1 FROM attestato_day d WHERE d.activation_id = a.id) ORDER BY a.day, a.id"),
        { volunteerId, eventId, organisationId, core::toSqlDate(from), core::toSqlDate(to) });
    if (!days)
        return days.error();
    QList<qint64> activationIds;
    while (days->next()) {
        const QDate day = core::fromSqlDate(days->value(1).toString());
        if (!c.days.isEmpty() && c.days.constLast().day == day)
            continue; // a second entry on the same day (merged from another workstation) is one person-day
        activationIds.append(days->value(0).toLongLong());
        const QString comune = days->value(3).toString(), place = days->value(4).toString();
        c.days.append({ day, days->value(2).toString(),
            place.isEmpty()        ? comune
                : comune.isEmpty() ? place
                                   : comune + QStringLiteral(" - ") + place,
            false });
    }
    if (c.days.isEmpty())
        return Error(QStringLiteral("volunteers.nothing_to_certify"),
            { c.volunteerName, core::toItalianDate(from), core::toItalianDate(to) });

    // Art. 39 limits, on the volunteer's whole history.
    LimitAssessment computed;
    if (!assessment) {
        auto a = LimitMonitor(m_db).assess(volunteerId);
        if (!a)
            return a.error();
        computed = *a;
        assessment = &computed;
    }
    const QList<QDate> over = assessment->daysOverBetween(c.firstDay(), c.lastDay());
    const QSet<QDate> overSet(over.begin(), over.end());
    QStringList overText;
    for (AttestatoDay &d : c.days)
        if (overSet.contains(d.day)) {
            d.overLimit = true;
            overText.append(core::toItalianDate(d.day));
        }
    if (!overText.isEmpty() && policy == OverLimitPolicy::Refuse)
        return Error(QStringLiteral("volunteers.over_limit"), { c.volunteerName, overText.join(QStringLiteral(", ")) });

    // The number: next in the year for this workstation.
    const QDateTime now = m_clock.now();
    c.issuedAt = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch());
    c.issuedOn = now.toLocalTime().date();
    c.issuedBy = core::sessionPersonName(m_db); // printed: the person, not the user name
    const int workstation = std::max(1, core::sessionWorkstation(m_db));
    auto seq = core::queryValue(m_db,
        QStringLiteral("SELECT coalesce(max(seq), 0) + 1 FROM attestato WHERE year = ? AND workstation = ?"),
        { c.issuedOn.year(), workstation });
    if (!seq)
        return seq.error();
    // Past the numbers already handed out before a restore (numberfloor.h).
    QString series;
    qint64 unused = 0;
    core::splitDocumentNumber(attestatoNumber(c.issuedOn.year(), workstation, 0), &series, &unused);
    const int next = int(std::max(seq->toLongLong(), core::numberFloor(m_db, QStringLiteral("attestato"), series) + 1));
    c.number = attestatoNumber(c.issuedOn.year(), workstation, next);
    c.reimbursementDeadline = reimbursementDeadline(c.lastDay());

    auto id = core::allocateRowId(m_db);
    if (!id)
        return id.error();
    auto insert = core::runQuery(m_db,
        QStringLiteral(
            "INSERT INTO attestato(id, number, year, workstation, seq, volunteer_id, event_id, organisation_id, "
            "employer_id, batch_id, "
            "volunteer_name, employer_name, first_day, last_day, day_count, over_limit_days, reimbursement_deadline, "
            "issued_on, "
            "issued_at, issued_by, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { *id, c.number, c.issuedOn.year(), workstation, next, volunteerId, eventId, organisationId, employerId,
            batchId ? QVariant(batchId) : QVariant(), c.volunteerName, c.employerName, core::toSqlDate(c.firstDay()),
            core::toSqlDate(c.lastDay()), int(c.days.size()), c.overLimitCount(),
            core::toSqlDate(c.reimbursementDeadline), core::toSqlDate(c.issuedOn), c.issuedAt.toMSecsSinceEpoch(),
            c.issuedBy, QString::fromUtf8(c.toJson()) });
    if (!insert)
        return insert.error();
    QSqlQuery link(m_db);
    const QString linkSql
        = QStringLiteral("INSERT INTO attestato_day(activation_id, attestato_id, day) VALUES (?, ?, ?)");
    if (!link.prepare(linkSql))
        return core::queryError(link, linkSql);
    for (int i = 0; i < activationIds.size(); ++i) {
        link.bindValue(0, activationIds.at(i));
        link.bindValue(1, *id);
        link.bindValue(2, core::toSqlDate(c.days.at(i).day));
        if (!link.exec())
            return core::queryError(link, linkSql);
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return IssuedAttestato { *id, c };
}

Result<AttestatoContent> AttestatoRegister::content(qint64 attestatoId) const
{
    auto v = core::queryValue(m_db, QStringLiteral("SELECT content FROM attestato WHERE id = ?"), { attestatoId });
    if (!v)
        return v.error();
    AttestatoContent c;
    if (!v->isValid() || !AttestatoContent::fromJson(v->toString().toUtf8(), &c))
        return Error(QStringLiteral("volunteers.unknown_attestato"));
    // Voided after a merge (attestatomerge.h): its days are certified by
    // an earlier attestato; it is never printed again.
    auto voided = isVoidAttestato(m_db, attestatoId);
    if (!voided)
        return voided.error();
    if (*voided)
        return Error(QStringLiteral("volunteers.attestato_void"), { c.number });
    return c;
}

Result<qint64> AttestatoRegister::idOfNumber(const QString &number) const
{
    auto v = core::queryValue(m_db, QStringLiteral("SELECT id FROM attestato WHERE number = ?"), { number.trimmed() });
    if (!v)
        return v.error();
    return v->isValid() ? v->toLongLong() : 0;
}

Result<QList<PendingGroup>> AttestatoRegister::pendingGroups(
    const AttestatoCriteria &criteria, const PendingGroup &after, int limit) const
{
    // Keyset paging: the volunteer bound lets SQLite start the scan at the
    // right place of the (volunteer_id, day) index.
    QVariantList binds = criteriaBinds(criteria);
    binds << after.volunteerId << after.volunteerId << after.eventId << after.organisationId << after.month << limit;
    auto q = core::runQuery(m_db,
        QStringLiteral(
            "SELECT a.volunteer_id, a.event_id, a.organisation_id, substr(a.day, 1, 7) AS month, count(DISTINCT a.day) "
            "FROM activation_effective a JOIN volunteer v ON v.id = a.volunteer_id WHERE %1 AND a.volunteer_id >= ? "
            "GROUP BY a.volunteer_id, a.event_id, a.organisation_id, month "
            "HAVING (a.volunteer_id, a.event_id, a.organisation_id, month) > (?, ?, ?, ?) "
            "ORDER BY a.volunteer_id, a.event_id, a.organisation_id, month LIMIT ?")
            .arg(pendingWhere),
        binds);
    if (!q)
        return q.error();
    QList<PendingGroup> groups;
    while (q->next())
        groups.append({ q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
            q->value(3).toString(), q->value(4).toInt() });
    return groups;
}

Result<PendingSummary> AttestatoRegister::pendingSummary(const AttestatoCriteria &criteria) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT count(*), coalesce(sum(days), 0), count(DISTINCT volunteer_id), "
                       "count(DISTINCT CASE WHEN no_employer THEN volunteer_id END) FROM ("
                       "SELECT a.volunteer_id, count(DISTINCT a.day) AS days, v.employer_id IS NULL AS no_employer "
                       "FROM activation_effective a JOIN volunteer v ON v.id = a.volunteer_id WHERE %1 "
                       "GROUP BY a.volunteer_id, a.event_id, a.organisation_id, substr(a.day, 1, 7))")
            .arg(pendingWhere),
        criteriaBinds(criteria));
    if (!q)
        return q.error();
    PendingSummary s;
    if (q->next()) {
        s.groups = q->value(0).toInt();
        s.days = q->value(1).toInt();
        s.volunteers = q->value(2).toInt();
        s.volunteersWithoutEmployer = q->value(3).toInt();
    }
    return s;
}

Result<ClosedWindows> AttestatoRegister::closedWindows(
    const AttestatoCriteria &criteria, const QDate &today, int limit) const
{
    // SQL keeps the groups whose last day is at most two years back (a
    // superset); reimbursementWindowClosed() decides exactly (29 February).
    QVariantList binds = criteriaBinds(criteria);
    binds << core::toSqlDate(today.addYears(-2));
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT v.last_name || ' ' || v.first_name || ' (' || v.tax_code || ')', min(a.day), max(a.day), "
                       "count(DISTINCT a.day) FROM activation_effective a JOIN volunteer v ON v.id = a.volunteer_id "
                       "WHERE %1 GROUP BY a.volunteer_id, a.event_id, a.organisation_id, substr(a.day, 1, 7) "
                       "HAVING max(a.day) <= ? ORDER BY 1, 2")
            .arg(pendingWhere),
        binds);
    if (!q)
        return q.error();
    ClosedWindows closed;
    while (q->next()) {
        const QDate last = core::fromSqlDate(q->value(2).toString());
        const QDate deadline = reimbursementDeadline(last);
        if (!reimbursementWindowClosed(deadline, today))
            continue;
        ++closed.groups;
        closed.days += q->value(3).toInt();
        if (closed.first.size() < limit)
            closed.first.append({ q->value(0).toString(), core::fromSqlDate(q->value(1).toString()), last,
                q->value(3).toInt(), deadline });
    }
    if (auto s = core::queryFinished(*q); !s)
        return s.error();
    return closed;
}

} // namespace volunteers

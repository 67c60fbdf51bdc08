#include "room/domain/planrepository.h"

#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/domain/dates.h"
#include "room/domain/planrules.h"

#include <algorithm>

namespace room {

using core::Error;
using core::Result;

namespace {

QVariant sqlDate(const QDate &d)
{
    return d.isValid() ? QVariant(core::toSqlDate(d)) : QVariant(); // NULL
}

QList<Risk> risksFromText(const QString &codes)
{
    QList<Risk> risks;
    for (const QString &code : codes.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (auto r = riskFromCode(code))
            risks.append(*r);
    std::sort(risks.begin(), risks.end(), [](Risk a, Risk b) { return int(a) < int(b); });
    return risks;
}

// The latest COC row of the comune `alias`.comune_id.
const char *latestCocSql = "(SELECT c.id FROM room_coc_state c WHERE c.comune_id = %1.comune_id "
                           "ORDER BY c.since DESC, c.id DESC LIMIT 1)";

} // namespace

Result<bool> PlanRepository::isMetropolitan(int comuneId) const
{
    auto v = core::queryValue(m_db, QStringLiteral("SELECT count(*) FROM comune_cmm WHERE comune_id = ?"), { comuneId });
    if (!v)
        return v.error();
    return v->toInt() > 0;
}

Result<PlanState> PlanRepository::plan(int comuneId) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT has_plan, approved_on, revised_on, in_portal, revision_due, act, notes, "
                       "(SELECT group_concat(risk) FROM room_plan_risk r WHERE r.comune_id = p.comune_id) "
                       "FROM room_plan p WHERE comune_id = ?"),
        { comuneId });
    if (!q)
        return q.error();
    PlanState p;
    p.comuneId = comuneId;
    if (q->next()) {
        p.recorded = true;
        p.hasPlan = q->value(0).toInt() == 1;
        p.approvedOn = core::fromSqlDate(q->value(1).toString());
        p.revisedOn = core::fromSqlDate(q->value(2).toString());
        p.inPortal = q->value(3).toInt() == 1;
        p.revisionDue = core::fromSqlDate(q->value(4).toString());
        p.act = q->value(5).toString();
        p.notes = q->value(6).toString();
        p.risks = risksFromText(q->value(7).toString());
    } else {
        // Risks may be known before the plan's row (another workstation's).
        auto r = core::queryValue(m_db,
            QStringLiteral("SELECT group_concat(risk) FROM room_plan_risk WHERE comune_id = ?"), { comuneId });
        if (!r)
            return r.error();
        p.risks = risksFromText(r->toString());
    }
    return p;
}

Result<QList<PlanRow>> PlanRepository::rows(const QDate &today, const QString &zone) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT m.comune_id, c.name, m.zona_omogenea, p.comune_id IS NOT NULL, p.has_plan, p.approved_on, "
                       "p.revised_on, p.in_portal, p.revision_due, p.act, p.notes, "
                       "(SELECT group_concat(risk) FROM room_plan_risk r WHERE r.comune_id = m.comune_id), "
                       "s.active, s.since, s.event_id "
                       "FROM comune_cmm m JOIN comune c ON c.id = m.comune_id "
                       "LEFT JOIN room_plan p ON p.comune_id = m.comune_id "
                       "LEFT JOIN room_coc_state s ON s.id = %1 "
                       "WHERE (? = '' OR m.zona_omogenea = ?) ORDER BY c.name COLLATE NOCASE")
            .arg(QString::fromLatin1(latestCocSql).arg(QStringLiteral("m"))),
        { zone, zone });
    if (!q)
        return q.error();
    QList<PlanRow> rows;
    while (q->next()) {
        PlanRow r;
        r.comuneId = q->value(0).toInt();
        r.comune = q->value(1).toString();
        r.zone = q->value(2).toString();
        PlanState &p = r.plan;
        p.comuneId = r.comuneId;
        p.recorded = q->value(3).toInt() == 1;
        p.hasPlan = q->value(4).toInt() == 1;
        p.approvedOn = core::fromSqlDate(q->value(5).toString());
        p.revisedOn = core::fromSqlDate(q->value(6).toString());
        p.inPortal = q->value(7).toInt() == 1;
        p.revisionDue = core::fromSqlDate(q->value(8).toString());
        p.act = q->value(9).toString();
        p.notes = q->value(10).toString();
        p.risks = risksFromText(q->value(11).toString());
        r.status = planStatus(p, today);
        r.cocActive = q->value(12).toInt() == 1;
        if (!q->value(13).isNull())
            r.cocSince = QDateTime::fromMSecsSinceEpoch(q->value(13).toLongLong());
        r.cocEventId = q->value(14).toLongLong();
        rows.append(r);
    }
    if (auto s = core::queryFinished(*q); !s)
        return s.error();
    return rows;
}

Result<PlanCounts> PlanRepository::counts(const QDate &today) const
{
    auto all = rows(today);
    if (!all)
        return all.error();
    PlanCounts c;
    for (const PlanRow &r : *all) {
        ++c.comuni;
        c.inPortal += r.plan.inPortal ? 1 : 0;
        c.cocActive += r.cocActive ? 1 : 0;
        switch (r.status) {
        case PlanStatus::Valid:
            ++c.valid;
            break;
        case PlanStatus::DueSoon:
            ++c.dueSoon;
            break;
        case PlanStatus::Overdue:
            ++c.overdue;
            break;
        case PlanStatus::NoPlan:
            ++c.noPlan;
            break;
        case PlanStatus::NotRecorded:
            ++c.notRecorded;
            break;
        }
    }
    return c;
}

Result<bool> PlanRepository::save(const PlanState &plan)
{
    auto before = this->plan(plan.comuneId);
    if (!before)
        return before.error();
    bool changed = false;
    const QVariantList values { plan.hasPlan ? 1 : 0, sqlDate(plan.approvedOn), sqlDate(plan.revisedOn),
        plan.inPortal ? 1 : 0, sqlDate(plan.revisionDue), plan.act, plan.notes };
    if (!before->recorded) {
        QVariantList binds { plan.comuneId };
        binds += values;
        auto q = core::runQuery(m_db,
            QStringLiteral("INSERT INTO room_plan(comune_id, has_plan, approved_on, revised_on, in_portal, revision_due, "
                           "act, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            binds);
        if (!q)
            return q.error();
        changed = true;
    } else {
        // Only the fields that changed: the change log names them, and the
        // sync merges this row field by field.
        QStringList sets;
        QVariantList binds;
        auto set = [&](const char *column, bool differs, const QVariant &value) {
            if (!differs)
                return;
            sets.append(QStringLiteral("%1 = ?").arg(QLatin1String(column)));
            binds.append(value);
        };
        const PlanState &b = *before;
        set("has_plan", b.hasPlan != plan.hasPlan, values.at(0));
        set("approved_on", b.approvedOn != plan.approvedOn, values.at(1));
        set("revised_on", b.revisedOn != plan.revisedOn, values.at(2));
        set("in_portal", b.inPortal != plan.inPortal, values.at(3));
        set("revision_due", b.revisionDue != plan.revisionDue, values.at(4));
        set("act", b.act != plan.act, values.at(5));
        set("notes", b.notes != plan.notes, values.at(6));
        if (!sets.isEmpty()) {
            binds.append(plan.comuneId);
            auto q = core::runQuery(m_db,
                QStringLiteral("UPDATE room_plan SET %1 WHERE comune_id = ?").arg(sets.join(QStringLiteral(", "))), binds);
            if (!q)
                return q.error();
            changed = true;
        }
    }
    // The risks: only the members added and removed.
    for (Risk r : allRisks()) {
        const bool had = before->risks.contains(r), has = plan.risks.contains(r);
        if (had == has)
            continue;
        changed = true;
        const qint64 id = core::keyedRowId(QStringLiteral("room_plan_risk"), { plan.comuneId, riskCode(r) });
        auto q = has ? core::runQuery(m_db, QStringLiteral("INSERT INTO room_plan_risk(id, comune_id, risk) VALUES (?, ?, ?)"),
                           { id, plan.comuneId, riskCode(r) })
                     : core::runQuery(m_db, QStringLiteral("DELETE FROM room_plan_risk WHERE comune_id = ? AND risk = ?"),
                           { plan.comuneId, riskCode(r) });
        if (!q)
            return q.error();
    }
    return changed;
}

Result<CocChange> PlanRepository::currentCoc(int comuneId) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT id, active, since, coalesce(event_id, 0), note, author, recorded_at FROM room_coc_state "
                       "WHERE comune_id = ? ORDER BY since DESC, id DESC LIMIT 1"),
        { comuneId });
    if (!q)
        return q.error();
    CocChange c;
    c.comuneId = comuneId;
    if (q->next()) {
        c.id = q->value(0).toLongLong();
        c.active = q->value(1).toInt() == 1;
        c.since = QDateTime::fromMSecsSinceEpoch(q->value(2).toLongLong());
        c.eventId = q->value(3).toLongLong();
        c.note = q->value(4).toString();
        c.author = q->value(5).toString();
        c.recordedAt = QDateTime::fromMSecsSinceEpoch(q->value(6).toLongLong());
    }
    return c;
}

Result<CocChange> PlanRepository::recordCoc(CocChange change, const QString &author, const QDateTime &now)
{
    if (author.trimmed().isEmpty())
        return Error(QStringLiteral("room.author_missing"));
    auto metropolitan = isMetropolitan(change.comuneId);
    if (!metropolitan)
        return metropolitan.error();
    if (!*metropolitan)
        return Error(QStringLiteral("room.unknown_comune"), { QString::number(change.comuneId) });
    if (change.eventId != 0) {
        auto e = core::queryValue(m_db, QStringLiteral("SELECT count(*) FROM activation_event WHERE id = ?"), { change.eventId });
        if (!e)
            return e.error();
        if (e->toInt() == 0)
            return Error(QStringLiteral("room.unknown_event"));
    }
    if (!change.since.isValid())
        change.since = now;
    auto current = currentCoc(change.comuneId);
    if (!current)
        return current.error();
    if (auto s = validateCocChange(change, current->active, current->since, now); !s)
        return s.error();
    auto id = core::allocateRowId(m_db);
    if (!id)
        return id.error();
    change.id = *id;
    change.note = change.note.trimmed();
    change.author = author;
    change.recordedAt = now;
    auto q = core::runQuery(m_db,
        QStringLiteral("INSERT INTO room_coc_state(id, comune_id, active, since, event_id, note, recorded_at, author) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { change.id, change.comuneId, change.active ? 1 : 0, change.since.toMSecsSinceEpoch(),
            change.eventId ? QVariant(change.eventId) : QVariant(), change.note,
            now.toMSecsSinceEpoch(), author });
    if (!q)
        return q.error();
    return change;
}

Result<QList<CocChange>> PlanRepository::cocHistory(int comuneId) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT s.id, s.active, s.since, coalesce(s.event_id, 0), coalesce(e.name, ''), s.note, s.author, "
                       "s.recorded_at FROM room_coc_state s LEFT JOIN activation_event e ON e.id = s.event_id "
                       "WHERE s.comune_id = ? ORDER BY s.since DESC, s.id DESC"),
        { comuneId });
    if (!q)
        return q.error();
    QList<CocChange> history;
    while (q->next()) {
        CocChange c;
        c.id = q->value(0).toLongLong();
        c.comuneId = comuneId;
        c.active = q->value(1).toInt() == 1;
        c.since = QDateTime::fromMSecsSinceEpoch(q->value(2).toLongLong());
        c.eventId = q->value(3).toLongLong();
        c.eventName = q->value(4).toString();
        c.note = q->value(5).toString();
        c.author = q->value(6).toString();
        c.recordedAt = QDateTime::fromMSecsSinceEpoch(q->value(7).toLongLong());
        history.append(c);
    }
    if (auto s = core::queryFinished(*q); !s)
        return s.error();
    return history;
}

} // namespace room

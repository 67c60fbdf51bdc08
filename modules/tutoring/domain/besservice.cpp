#include "tutoring/domain/besservice.h"

#include "core/db/connectionstate.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"

namespace tutoring {

using core::Error;
using core::Result;

namespace {

BesAssignment readAssignment(const QSqlQuery &q)
{
    BesAssignment a;
    a.id = q.value(0).toLongLong();
    a.pupilId = q.value(1).toLongLong();
    a.assistantId = q.value(2).toLongLong();
    a.firstDay = core::fromSqlDate(q.value(3).toString());
    a.lastDay = core::fromSqlDate(q.value(4).toString());
    a.note = q.value(5).toString();
    return a;
}

const QString columns = QStringLiteral("id, pupil_id, assistant_id, first_day, last_day, note");

} // namespace

Result<qint64> BesService::assign(qint64 pupilId, qint64 assistantId, const QDate &firstDay, const QString &note)
{
    if (!firstDay.isValid())
        return Error(QStringLiteral("tutoring.period_dates"));
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto pupil = core::runQuery(m_db,
        QStringLiteral("SELECT bes, family_name || ' ' || substr(given_name, 1, 1) || '.' "
                       "FROM tutoring_pupil WHERE id = ?"),
        { pupilId });
    if (!pupil)
        return pupil.error();
    if (!pupil->next())
        return Error(QStringLiteral("tutoring.unknown_pupil"), { QString::number(pupilId) });
    if (!pupil->value(0).toBool())
        return Error(QStringLiteral("tutoring.not_bes"), { pupil->value(1).toString() });
    auto assistant = core::runQuery(m_db,
        QStringLiteral("SELECT safety_course, family_name || ' ' || given_name, active "
                       "FROM tutoring_assistant WHERE id = ?"),
        { assistantId });
    if (!assistant)
        return assistant.error();
    if (!assistant->next())
        return Error(QStringLiteral("tutoring.unknown_assistant"), { QString::number(assistantId) });
    if (assistant->value(0).toString() != QLatin1String("done"))
        return Error(QStringLiteral("tutoring.assistant_no_course"),
            { assistant->value(1).toString(), assistant->value(0).toString() });
    if (!assistant->value(2).toBool())
        return Error(QStringLiteral("tutoring.assistant_inactive"), { assistant->value(1).toString() });
    auto overlap = core::queryValue(m_db,
        QStringLiteral("SELECT first_day FROM tutoring_bes_assignment WHERE pupil_id = ? "
                       "AND (last_day IS NULL OR last_day >= ?) LIMIT 1"),
        { pupilId, core::toSqlDate(firstDay) });
    if (!overlap)
        return overlap.error();
    if (overlap->isValid())
        return Error(QStringLiteral("tutoring.bes_overlap"), { overlap->toString() });
    auto id = core::allocateRowId(m_db);
    if (!id)
        return id.error();
    auto q = core::runQuery(m_db,
        QStringLiteral("INSERT INTO tutoring_bes_assignment(id, pupil_id, assistant_id, first_day, last_day, "
                       "assigned_at, assigned_by, note) VALUES (?, ?, ?, ?, NULL, ?, ?, ?)"),
        { *id, pupilId, assistantId, core::toSqlDate(firstDay), m_clock.nowMs(), core::sessionOperator(m_db),
            note.trimmed() });
    if (!q)
        return q.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

core::Status BesService::end(qint64 assignmentId, const QDate &lastDay)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto q = core::runQuery(
        m_db, QStringLiteral("SELECT %1 FROM tutoring_bes_assignment WHERE id = ?").arg(columns), { assignmentId });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("tutoring.not_found"), { QString::number(assignmentId) });
    const BesAssignment a = readAssignment(*q);
    if (!lastDay.isValid() || lastDay < a.firstDay)
        return Error(QStringLiteral("tutoring.period_dates"));
    auto after = core::queryValue(m_db,
        QStringLiteral("SELECT count(*) FROM tutoring_lesson WHERE bes_assignment_id = ? AND day > ? "
                       "AND state <> 'cancelled'"),
        { assignmentId, core::toSqlDate(lastDay) });
    if (!after)
        return after.error();
    if (after->toInt() > 0)
        return Error(QStringLiteral("tutoring.bes_lessons_after"), { after->toString() });
    if (auto u = core::runQuery(m_db, QStringLiteral("UPDATE tutoring_bes_assignment SET last_day = ? WHERE id = ?"),
            { core::toSqlDate(lastDay), assignmentId });
        !u)
        return u.error();
    return tx.commit();
}

core::Status BesService::reopen(qint64 assignmentId, const QDate &endedOn, const QDate &lastDay)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto q = core::runQuery(
        m_db, QStringLiteral("SELECT %1 FROM tutoring_bes_assignment WHERE id = ?").arg(columns), { assignmentId });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("tutoring.not_found"), { QString::number(assignmentId) });
    const BesAssignment a = readAssignment(*q);
    if (a.lastDay != endedOn)
        return Error(QStringLiteral("tutoring.bes_changed_since"), { core::toSqlDate(a.firstDay) });
    auto later = core::queryValue(m_db,
        QStringLiteral("SELECT first_day FROM tutoring_bes_assignment WHERE pupil_id = ? AND id <> ? "
                       "AND first_day > ? AND (? IS NULL OR first_day <= ?) LIMIT 1"),
        { a.pupilId, assignmentId, core::toSqlDate(endedOn),
            lastDay.isValid() ? QVariant(core::toSqlDate(lastDay)) : QVariant(),
            lastDay.isValid() ? QVariant(core::toSqlDate(lastDay)) : QVariant() });
    if (!later)
        return later.error();
    if (later->isValid())
        return Error(QStringLiteral("tutoring.bes_overlap"), { later->toString() });
    if (auto u = core::runQuery(m_db, QStringLiteral("UPDATE tutoring_bes_assignment SET last_day = ? WHERE id = ?"),
            { lastDay.isValid() ? QVariant(core::toSqlDate(lastDay)) : QVariant(), assignmentId });
        !u)
        return u.error();
    return tx.commit();
}

Result<QList<BesAssignment>> BesService::assignments(qint64 pupilId) const
{
    auto q = pupilId
        ? core::runQuery(m_db,
            QStringLiteral("SELECT %1 FROM tutoring_bes_assignment WHERE pupil_id = ? ORDER BY first_day").arg(columns),
            { pupilId })
        : core::runQuery(
            m_db, QStringLiteral("SELECT %1 FROM tutoring_bes_assignment ORDER BY first_day").arg(columns));
    if (!q)
        return q.error();
    QList<BesAssignment> list;
    while (q->next())
        list.append(readAssignment(*q));
    return list;
}

Result<BesAssignment> BesService::assignmentOn(qint64 pupilId, const QDate &day) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT %1 FROM tutoring_bes_assignment WHERE pupil_id = ? AND first_day <= ? "
                       "AND (last_day IS NULL OR last_day >= ?) LIMIT 1")
            .arg(columns),
        { pupilId, core::toSqlDate(day), core::toSqlDate(day) });
    if (!q)
        return q.error();
    if (!q->next())
        return BesAssignment {};
    return readAssignment(*q);
}

} // namespace tutoring

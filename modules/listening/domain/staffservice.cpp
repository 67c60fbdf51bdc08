#include "listening/domain/staffservice.h"

#include "core/auth/access.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"

#include <QRegularExpression>

namespace listening {

using core::Error;
using core::Result;
using core::Status;

StaffService::StaffService(QSqlDatabase db, const core::Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

Result<QList<Psychologist>> StaffService::psychologists(bool activeOnly) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral(
            "SELECT p.id, p.name, p.phone, p.email, coalesce(p.account_id, 0), coalesce(a.username, ''), p.active "
            "FROM listening_psychologist p LEFT JOIN operator_account a ON a.id = p.account_id %1 "
            "ORDER BY p.name COLLATE NOCASE, p.id")
            .arg(activeOnly ? QStringLiteral("WHERE p.active = 1") : QString()));
    if (!q)
        return q.error();
    QList<Psychologist> list;
    while (q->next())
        list.append({ q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
            q->value(4).toLongLong(), q->value(5).toString(), q->value(6).toInt() != 0 });
    return list;
}

Result<qint64> StaffService::psychologistOfAccount(qint64 accountId) const
{
    auto v = core::queryValue(m_db,
        QStringLiteral("SELECT id FROM listening_psychologist WHERE account_id = ? AND active = 1 ORDER BY id LIMIT 1"),
        { accountId });
    if (!v)
        return v.error();
    return v->isValid() ? v->toLongLong() : qint64(0);
}

Result<qint64> StaffService::savePsychologist(const Psychologist &p)
{
    if (auto s = core::Access::require(m_db, core::Permission::ListeningStaffManage, m_clock); !s)
        return s.error();
    const QString name = p.name.simplified();
    if (name.size() < 2 || name.size() > 80)
        return Error(QStringLiteral("listening.bad_psychologist_name"));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!p.email.trimmed().isEmpty() && !email.match(p.email.trimmed()).hasMatch())
        return Error(QStringLiteral("reference.bad_email"), { p.email.trimmed() });
    if (p.accountId) {
        auto role
            = core::queryValue(m_db, QStringLiteral("SELECT role FROM operator_account WHERE id = ?"), { p.accountId });
        if (!role)
            return role.error();
        if (!role->isValid())
            return Error(QStringLiteral("auth.unknown_account"), { QString::number(p.accountId) });
    }
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    qint64 id = p.id;
    const QVariant account = p.accountId ? QVariant(p.accountId) : QVariant();
    if (id == 0) {
        auto newId = core::allocateRowId(m_db);
        if (!newId)
            return newId.error();
        id = *newId;
        auto q = core::runQuery(m_db,
            QStringLiteral("INSERT INTO listening_psychologist(id, name, phone, email, account_id, active) VALUES (?, "
                           "?, ?, ?, ?, ?)"),
            { id, name, p.phone.simplified(), p.email.trimmed(), account, p.active ? 1 : 0 });
        if (!q)
            return q.error();
    } else {
        auto q = core::runQuery(m_db,
            QStringLiteral("UPDATE listening_psychologist SET name = ?, phone = ?, email = ?, account_id = ?, active = "
                           "? WHERE id = ?"),
            { name, p.phone.simplified(), p.email.trimmed(), account, p.active ? 1 : 0, id });
        if (!q)
            return q.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<Placement>> StaffService::placements(bool currentOnly) const
{
    const QString today = core::toSqlDate(m_clock.today());
    auto q = core::runQuery(m_db,
        QStringLiteral(
            "SELECT l.id, l.psychologist_id, p.name, l.comune_id, c.name, l.from_date, coalesce(l.to_date, ''), l.note "
            "FROM listening_coc_placement l JOIN listening_psychologist p ON p.id = l.psychologist_id "
            "JOIN comune c ON c.id = l.comune_id %1 ORDER BY c.name COLLATE NOCASE, l.from_date, l.id")
            .arg(currentOnly ? QStringLiteral("WHERE l.from_date <= ? AND (l.to_date IS NULL OR l.to_date >= ?)")
                             : QString()),
        currentOnly ? QVariantList { today, today } : QVariantList());
    if (!q)
        return q.error();
    QList<Placement> list;
    while (q->next())
        list.append({ q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(), q->value(3).toInt(),
            q->value(4).toString(), core::fromSqlDate(q->value(5).toString()),
            core::fromSqlDate(q->value(6).toString()), q->value(7).toString() });
    return list;
}

Result<qint64> StaffService::addPlacement(qint64 psychologistId, int comuneId, const QDate &from, const QString &note)
{
    if (auto s = core::Access::require(m_db, core::Permission::ListeningStaffManage, m_clock); !s)
        return s.error();
    auto active = core::queryValue(
        m_db, QStringLiteral("SELECT active FROM listening_psychologist WHERE id = ?"), { psychologistId });
    if (!active)
        return active.error();
    if (!active->isValid())
        return Error(QStringLiteral("listening.unknown_psychologist"), { QString::number(psychologistId) });
    auto cmm
        = core::queryValue(m_db, QStringLiteral("SELECT count(*) FROM comune_cmm WHERE comune_id = ?"), { comuneId });
    if (!cmm)
        return cmm.error();
    if (cmm->toInt() == 0)
        return Error(QStringLiteral("reference.not_metropolitan"), { QString::number(comuneId) });
    if (!from.isValid())
        return Error(QStringLiteral("date.invalid"), { QString() });
    auto overlap = core::queryValue(m_db,
        QStringLiteral("SELECT count(*) FROM listening_coc_placement WHERE psychologist_id = ? AND comune_id = ? "
                       "AND (to_date IS NULL OR to_date >= ?)"),
        { psychologistId, comuneId, core::toSqlDate(from) });
    if (!overlap)
        return overlap.error();
    if (overlap->toInt() > 0)
        return Error(QStringLiteral("listening.already_placed"));
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto id = core::allocateRowId(m_db);
    if (!id)
        return id.error();
    auto q = core::runQuery(m_db,
        QStringLiteral("INSERT INTO listening_coc_placement(id, psychologist_id, comune_id, from_date, note) VALUES "
                       "(?, ?, ?, ?, ?)"),
        { *id, psychologistId, comuneId, core::toSqlDate(from), note.simplified() });
    if (!q)
        return q.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return *id;
}

Status StaffService::endPlacement(qint64 placementId, const QDate &to)
{
    if (auto s = core::Access::require(m_db, core::Permission::ListeningStaffManage, m_clock); !s)
        return s;
    auto from = core::queryValue(
        m_db, QStringLiteral("SELECT from_date FROM listening_coc_placement WHERE id = ?"), { placementId });
    if (!from)
        return from.error();
    if (!from->isValid())
        return Error(QStringLiteral("listening.unknown_placement"));
    if (!to.isValid() || to < core::fromSqlDate(from->toString()))
        return Error(QStringLiteral("listening.placement_end_before_start"));
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto q = core::runQuery(m_db, QStringLiteral("UPDATE listening_coc_placement SET to_date = ? WHERE id = ?"),
        { core::toSqlDate(to), placementId });
    if (!q)
        return q.error();
    return tx.commit();
}

} // namespace listening

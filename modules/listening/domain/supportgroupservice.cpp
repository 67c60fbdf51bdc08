#include "listening/domain/supportgroupservice.h"

#include "core/auth/access.h"
#include "core/auth/vault.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "listening/domain/listeningservice.h"

namespace listening {

using core::Error;
using core::Result;
using core::Status;
namespace Permission = core::Permission;

namespace {
QVariant sqlDateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(core::toSqlDate(d)) : QVariant();
}
} // namespace

SupportGroupService::SupportGroupService(QSqlDatabase db, const core::Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

Result<QList<SupportGroup>> SupportGroupService::groups() const
{
    auto q = core::runQuery(m_db,
        QStringLiteral(
            "SELECT g.id, g.name, g.weekday, g.start_time, g.duration_min, g.first_psychologist_id, "
            "g.second_psychologist_id, "
            "p1.name, p2.name, g.meeting_link, g.starts_on, coalesce(g.ends_on, ''), "
            "(SELECT count(*) FROM listening_group_participant x WHERE x.group_id = g.id AND (x.left_on IS NULL OR "
            "x.left_on >= ?)), "
            "(SELECT count(*) FROM listening_group_session s WHERE s.group_id = g.id), "
            "(SELECT max(held_on) FROM listening_group_session s WHERE s.group_id = g.id) "
            "FROM listening_support_group g JOIN listening_psychologist p1 ON p1.id = g.first_psychologist_id "
            "JOIN listening_psychologist p2 ON p2.id = g.second_psychologist_id ORDER BY g.name COLLATE NOCASE"),
        { core::toSqlDate(m_clock.today()) });
    if (!q)
        return q.error();
    QList<SupportGroup> list;
    while (q->next()) {
        SupportGroup g;
        g.id = q->value(0).toLongLong();
        g.name = q->value(1).toString();
        g.weekday = q->value(2).toInt();
        g.start = QTime::fromString(q->value(3).toString(), QStringLiteral("HH:mm"));
        g.durationMinutes = q->value(4).toInt();
        g.firstPsychologistId = q->value(5).toLongLong();
        g.secondPsychologistId = q->value(6).toLongLong();
        g.firstPsychologist = q->value(7).toString();
        g.secondPsychologist = q->value(8).toString();
        g.meetingLink = q->value(9).toString();
        g.startsOn = core::fromSqlDate(q->value(10).toString());
        g.endsOn = core::fromSqlDate(q->value(11).toString());
        g.participants = q->value(12).toInt();
        g.sessionsHeld = q->value(13).toInt();
        g.lastSession = core::fromSqlDate(q->value(14).toString());
        list.append(g);
    }
    return list;
}

Result<SupportGroup> SupportGroupService::group(qint64 id) const
{
    auto all = groups();
    if (!all)
        return all.error();
    for (const SupportGroup &g : *all)
        if (g.id == id)
            return g;
    return Error(QStringLiteral("listening.unknown_group"), { QString::number(id) });
}

Result<qint64> SupportGroupService::saveGroup(const SupportGroup &g)
{
    if (auto s = core::Access::require(m_db, Permission::ListeningGroupsManage, m_clock); !s)
        return s.error();
    const QString name = g.name.simplified();
    if (name.size() < 2 || name.size() > 80)
        return Error(QStringLiteral("listening.bad_group_name"));
    if (g.weekday < 1 || g.weekday > 7 || !g.start.isValid() || g.durationMinutes < 15 || g.durationMinutes > 240)
        return Error(QStringLiteral("listening.bad_group_schedule"));
    if (!g.firstPsychologistId || !g.secondPsychologistId || g.firstPsychologistId == g.secondPsychologistId)
        return Error(QStringLiteral("listening.group_needs_two_psychologists"));
    if (!g.startsOn.isValid() || (g.endsOn.isValid() && g.endsOn < g.startsOn))
        return Error(QStringLiteral("listening.bad_group_dates"));
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    qint64 id = g.id;
    const QVariantList values { name, g.weekday, g.start.toString(QStringLiteral("HH:mm")), g.durationMinutes,
        g.firstPsychologistId, g.secondPsychologistId, g.meetingLink.trimmed(), core::toSqlDate(g.startsOn),
        sqlDateOrNull(g.endsOn) };
    if (id == 0) {
        auto newId = core::allocateRowId(m_db);
        if (!newId)
            return newId.error();
        id = *newId;
        auto q = core::runQuery(m_db,
            QStringLiteral(
                "INSERT INTO listening_support_group(name, weekday, start_time, duration_min, first_psychologist_id, "
                "second_psychologist_id, meeting_link, starts_on, ends_on, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            values + QVariantList { id });
        if (!q)
            return q.error().args.value(0).contains(QLatin1String("UNIQUE"))
                ? Error(QStringLiteral("listening.group_name_taken"), { name })
                : q.error();
    } else {
        auto q = core::runQuery(m_db,
            QStringLiteral(
                "UPDATE listening_support_group SET name = ?, weekday = ?, start_time = ?, duration_min = ?, "
                "first_psychologist_id = ?, second_psychologist_id = ?, meeting_link = ?, starts_on = ?, ends_on = ? "
                "WHERE id = ?"),
            values + QVariantList { id });
        if (!q)
            return q.error().args.value(0).contains(QLatin1String("UNIQUE"))
                ? Error(QStringLiteral("listening.group_name_taken"), { name })
                : q.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<Participant>> SupportGroupService::participants(qint64 groupId) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT id, group_id, joined_on, coalesce(left_on, ''), organisation, name FROM "
                       "listening_group_participant "
                       "WHERE group_id = ? ORDER BY joined_on, id"),
        { groupId });
    if (!q)
        return q.error();
    const bool visible = core::Vault::canOpen(m_db, Permission::ListeningPersonalRead);
    QList<Participant> list;
    while (q->next()) {
        Participant p;
        p.id = q->value(0).toLongLong();
        p.groupId = q->value(1).toLongLong();
        p.joinedOn = core::fromSqlDate(q->value(2).toString());
        p.leftOn = core::fromSqlDate(q->value(3).toString());
        p.organisation = q->value(4).toString();
        p.nameVisible = visible;
        if (visible) {
            auto name = core::Vault::open(m_db, q->value(5).toByteArray(),
                ListeningService::fieldContext(
                    QStringLiteral("listening_group_participant"), QStringLiteral("name"), p.id));
            p.name = name ? *name : QStringLiteral("\u26a0");
        }
        list.append(p);
    }
    return list;
}

Result<qint64> SupportGroupService::addParticipant(
    qint64 groupId, const QString &name, const QString &organisation, const QDate &joinedOn)
{
    if (auto s = core::Access::require(m_db, Permission::ListeningGroupsManage, m_clock); !s)
        return s.error();
    auto g = group(groupId);
    if (!g)
        return g.error();
    if (name.simplified().size() < 2 || name.size() > ListeningService::maxNameLength)
        return Error(QStringLiteral("listening.bad_participant_name"));
    if (!joinedOn.isValid() || joinedOn < g->startsOn || (g->endsOn.isValid() && joinedOn > g->endsOn))
        return Error(QStringLiteral("listening.outside_group_dates"));
    auto vaultId = core::Vault::requireVaultFor(m_db, Permission::ListeningPersonalRead);
    if (!vaultId)
        return vaultId.error();
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto id = core::allocateRowId(m_db);
    if (!id)
        return id.error();
    auto sealed = core::Vault::seal(m_db, *vaultId,
        ListeningService::fieldContext(QStringLiteral("listening_group_participant"), QStringLiteral("name"), *id),
        name.simplified());
    if (!sealed)
        return sealed.error();
    auto q = core::runQuery(m_db,
        QStringLiteral("INSERT INTO listening_group_participant(id, group_id, joined_on, organisation, vault_id, name) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        { *id, groupId, core::toSqlDate(joinedOn), organisation.simplified(), *vaultId, *sealed });
    if (!q)
        return q.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return *id;
}

Status SupportGroupService::participantLeft(qint64 participantId, const QDate &leftOn)
{
    if (auto s = core::Access::require(m_db, Permission::ListeningGroupsManage, m_clock); !s)
        return s;
    auto joined = core::queryValue(
        m_db, QStringLiteral("SELECT joined_on FROM listening_group_participant WHERE id = ?"), { participantId });
    if (!joined)
        return joined.error();
    if (!joined->isValid())
        return Error(QStringLiteral("listening.unknown_participant"));
    if (!leftOn.isValid() || leftOn < core::fromSqlDate(joined->toString()))
        return Error(QStringLiteral("listening.outside_group_dates"));
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto q = core::runQuery(m_db, QStringLiteral("UPDATE listening_group_participant SET left_on = ? WHERE id = ?"),
        { core::toSqlDate(leftOn), participantId });
    if (!q)
        return q.error();
    return tx.commit();
}

Result<QList<GroupSession>> SupportGroupService::sessions(qint64 groupId) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT id, group_id, held_on, attendees FROM listening_group_session WHERE group_id = ? ORDER "
                       "BY held_on DESC"),
        { groupId });
    if (!q)
        return q.error();
    QList<GroupSession> list;
    while (q->next())
        list.append({ q->value(0).toLongLong(), q->value(1).toLongLong(), core::fromSqlDate(q->value(2).toString()),
            q->value(3).toInt() });
    return list;
}

Result<qint64> SupportGroupService::recordSession(qint64 groupId, const QDate &heldOn, int attendees)
{
    if (auto s = core::Access::require(m_db, Permission::ListeningGroupsManage, m_clock); !s)
        return s.error();
    auto g = group(groupId);
    if (!g)
        return g.error();
    if (!heldOn.isValid() || heldOn < g->startsOn || (g->endsOn.isValid() && heldOn > g->endsOn))
        return Error(QStringLiteral("listening.outside_group_dates"));
    if (heldOn > m_clock.today())
        return Error(QStringLiteral("listening.session_in_future"));
    if (heldOn.dayOfWeek() != g->weekday)
        return Error(QStringLiteral("listening.wrong_weekday"), { QString::number(g->weekday) });
    if (attendees < 0 || attendees > 200)
        return Error(QStringLiteral("listening.bad_attendees"));
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto id = core::allocateRowId(m_db);
    if (!id)
        return id.error();
    auto q = core::runQuery(m_db,
        QStringLiteral("INSERT INTO listening_group_session(id, group_id, held_on, attendees) VALUES (?, ?, ?, ?)"),
        { *id, groupId, core::toSqlDate(heldOn), attendees });
    if (!q)
        return q.error().args.value(0).contains(QLatin1String("UNIQUE"))
            ? Error(QStringLiteral("listening.session_exists"))
            : q.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return *id;
}

QDate SupportGroupService::nextSession(const SupportGroup &group, const QDate &from)
{
    if (!from.isValid() || group.weekday < 1 || group.weekday > 7)
        return {};
    QDate day = std::max(from, group.startsOn);
    day = day.addDays((group.weekday - day.dayOfWeek() + 7) % 7);
    if (group.endsOn.isValid() && day > group.endsOn)
        return {};
    return day;
}

} // namespace listening

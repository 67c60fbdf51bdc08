#include "room/domain/roomcommands.h"

#include "core/auth/permissions.h"
#include "core/auth/session.h"
#include "room/domain/diaryrepository.h"
#include "room/domain/roomeventrepository.h"

namespace room {

using core::Error;
using core::Status;

namespace {
// The signed-in person: user name (kept in the rows) and full name.
std::pair<QString, QString> author(const QSqlDatabase &db)
{
    if (auto account = core::sessionAccount(db))
        return { account->username, account->displayName };
    return {};
}
} // namespace

QString SaveRoomEvent::permission() const
{
    return core::Permission::RoomEdit;
}

Status SaveRoomEvent::check(const core::CommandContext &) const
{
    const volunteers::ActivationEvent &e = m_event.base;
    if (e.name.trimmed().isEmpty())
        return Error(QStringLiteral("volunteers.event_name_missing"));
    if (e.authorisingAct.trimmed().isEmpty())
        return Error(QStringLiteral("volunteers.event_act_missing"));
    if (!e.startDate.isValid() || (e.endDate.isValid() && e.endDate < e.startDate))
        return Error(QStringLiteral("volunteers.event_dates"));
    return {};
}

Status SaveRoomEvent::apply(const core::CommandContext &context)
{
    m_created = m_event.base.id == 0;
    return RoomEventRepository(context.db).save(m_event, author(context.db).first, context.clock.now());
}

QString SaveRoomEvent::text() const
{
    return m_created ? tr("new event %1").arg(m_event.base.name) : tr("edit event %1").arg(m_event.base.name);
}

QString ChangeEventPhase::permission() const
{
    return core::Permission::RoomEdit;
}

Status ChangeEventPhase::apply(const core::CommandContext &context)
{
    const QDateTime now = context.clock.now();
    auto change = RoomEventRepository(context.db)
                      .changePhase(m_eventId, m_to, m_at.isValid() ? m_at : now, author(context.db).first, m_note, now);
    if (!change)
        return change.error();
    m_changeId = change->id;
    return {};
}

QString ChangeEventPhase::auditDetail() const
{
    return QStringLiteral("%1 %2").arg(m_eventId).arg(phaseCode(m_to));
}

QString ChangeEventPhase::text() const
{
    return tr("change of phase");
}

QString AppendDiaryEntry::permission() const
{
    return core::Permission::RoomEdit;
}

Status AppendDiaryEntry::check(const core::CommandContext &context) const
{
    return DiaryRepository(context.db).validate(m_entry, author(context.db).first, context.clock.now());
}

Status AppendDiaryEntry::apply(const core::CommandContext &context)
{
    const auto [username, name] = author(context.db);
    auto id = DiaryRepository(context.db).append(m_entry, username, name, context.clock.now());
    if (!id)
        return id.error();
    m_entryId = *id;
    return {};
}

QString AppendDiaryEntry::auditDetail() const
{
    return m_entry.correctsId != 0 ? QStringLiteral("%1 corrects %2").arg(m_entryId).arg(m_entry.correctsId)
                                   : QString::number(m_entryId);
}

QString AppendDiaryEntry::text() const
{
    return m_entry.correctsId != 0 ? tr("diary correction") : tr("diary entry");
}

} // namespace room

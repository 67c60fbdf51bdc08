#include "listening/domain/teamcommands.h"

#include "core/auth/permissions.h"

namespace listening {

namespace Permission = core::Permission;

namespace {
// The id a service returned, kept in the command for the caller.
core::Status keep(core::Result<qint64> id, qint64 *into)
{
    if (!id)
        return id.error();
    *into = *id;
    return {};
}
} // namespace

QString SaveGroup::permission() const
{
    return Permission::ListeningGroupsManage;
}

core::Status SaveGroup::apply(const core::CommandContext &context)
{
    return keep(SupportGroupService(context.db, context.clock).saveGroup(m_group), &m_id);
}

AddParticipant::AddParticipant(qint64 groupId, QString name, QString organisation, QDate joinedOn)
    : m_groupId(groupId)
    , m_name(std::move(name))
    , m_organisation(std::move(organisation))
    , m_joinedOn(joinedOn)
{
}

QString AddParticipant::permission() const
{
    return Permission::ListeningGroupsManage;
}

core::Status AddParticipant::apply(const core::CommandContext &context)
{
    return keep(
        SupportGroupService(context.db, context.clock).addParticipant(m_groupId, m_name, m_organisation, m_joinedOn),
        &m_id);
}

QString AddParticipant::auditDetail() const
{
    return QStringLiteral("%1 participant %2").arg(m_groupId).arg(m_id);
}

QString ParticipantLeft::permission() const
{
    return Permission::ListeningGroupsManage;
}

core::Status ParticipantLeft::apply(const core::CommandContext &context)
{
    return SupportGroupService(context.db, context.clock).participantLeft(m_participantId, m_leftOn);
}

RecordGroupSession::RecordGroupSession(qint64 groupId, QDate heldOn, int attendees)
    : m_groupId(groupId)
    , m_heldOn(heldOn)
    , m_attendees(attendees)
{
}

QString RecordGroupSession::permission() const
{
    return Permission::ListeningGroupsManage;
}

core::Status RecordGroupSession::apply(const core::CommandContext &context)
{
    return keep(SupportGroupService(context.db, context.clock).recordSession(m_groupId, m_heldOn, m_attendees), &m_id);
}

QString RecordGroupSession::auditDetail() const
{
    return QStringLiteral("%1 session %2").arg(m_groupId).arg(m_id);
}

QString SavePsychologist::permission() const
{
    return Permission::ListeningStaffManage;
}

core::Status SavePsychologist::apply(const core::CommandContext &context)
{
    return keep(StaffService(context.db, context.clock).savePsychologist(m_psychologist), &m_id);
}

AddPlacement::AddPlacement(qint64 psychologistId, int comuneId, QDate from, QString note)
    : m_psychologistId(psychologistId)
    , m_comuneId(comuneId)
    , m_from(from)
    , m_note(std::move(note))
{
}

QString AddPlacement::permission() const
{
    return Permission::ListeningStaffManage;
}

core::Status AddPlacement::apply(const core::CommandContext &context)
{
    return keep(
        StaffService(context.db, context.clock).addPlacement(m_psychologistId, m_comuneId, m_from, m_note), &m_id);
}

QString AddPlacement::auditDetail() const
{
    return QStringLiteral("%1 placement %2").arg(m_psychologistId).arg(m_id);
}

QString EndPlacement::permission() const
{
    return Permission::ListeningStaffManage;
}

core::Status EndPlacement::apply(const core::CommandContext &context)
{
    return StaffService(context.db, context.clock).endPlacement(m_placementId, m_to);
}

} // namespace listening

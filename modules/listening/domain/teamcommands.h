#pragma once

#include "core/commands/command.h"
#include "listening/domain/staffservice.h"
#include "listening/domain/supportgroupservice.h"

namespace listening {

// The listening team's master data, one command per action: support groups
// (listening.groups.manage) and the SPE roster with its COC placements
// (listening.staff.manage). The rules are the services' (which keep their
// own Access::require); they run inside the runner's transaction, so a
// refusal writes nothing. Ids of what was created are read afterwards.

class SaveGroup : public core::Command {
public:
    explicit SaveGroup(SupportGroup group)
        : m_group(std::move(group))
    {
    }
    QString code() const override { return QStringLiteral("listening.group.save"); }
    QString permission() const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_id); }
    qint64 groupId() const { return m_id; }

private:
    SupportGroup m_group;
    qint64 m_id = 0;
};

class AddParticipant : public core::Command {
public:
    AddParticipant(qint64 groupId, QString name, QString organisation, QDate joinedOn);
    QString code() const override { return QStringLiteral("listening.group.participant_add"); }
    QString permission() const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;
    qint64 participantId() const { return m_id; }

private:
    qint64 m_groupId;
    QString m_name;
    QString m_organisation;
    QDate m_joinedOn;
    qint64 m_id = 0;
};

class ParticipantLeft : public core::Command {
public:
    ParticipantLeft(qint64 participantId, QDate leftOn)
        : m_participantId(participantId)
        , m_leftOn(leftOn)
    {
    }
    QString code() const override { return QStringLiteral("listening.group.participant_left"); }
    QString permission() const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_participantId); }

private:
    qint64 m_participantId;
    QDate m_leftOn;
};

class RecordGroupSession : public core::Command {
public:
    RecordGroupSession(qint64 groupId, QDate heldOn, int attendees);
    QString code() const override { return QStringLiteral("listening.group.session_record"); }
    QString permission() const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;

private:
    qint64 m_groupId;
    QDate m_heldOn;
    int m_attendees;
    qint64 m_id = 0;
};

class SavePsychologist : public core::Command {
public:
    explicit SavePsychologist(Psychologist psychologist)
        : m_psychologist(std::move(psychologist))
    {
    }
    QString code() const override { return QStringLiteral("listening.staff.save"); }
    QString permission() const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_id); }
    qint64 psychologistId() const { return m_id; }

private:
    Psychologist m_psychologist;
    qint64 m_id = 0;
};

class AddPlacement : public core::Command {
public:
    AddPlacement(qint64 psychologistId, int comuneId, QDate from, QString note);
    QString code() const override { return QStringLiteral("listening.staff.placement_add"); }
    QString permission() const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;
    qint64 placementId() const { return m_id; }

private:
    qint64 m_psychologistId;
    int m_comuneId;
    QDate m_from;
    QString m_note;
    qint64 m_id = 0;
};

class EndPlacement : public core::Command {
public:
    EndPlacement(qint64 placementId, QDate to)
        : m_placementId(placementId)
        , m_to(to)
    {
    }
    QString code() const override { return QStringLiteral("listening.staff.placement_end"); }
    QString permission() const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_placementId); }

private:
    qint64 m_placementId;
    QDate m_to;
};

} // namespace listening

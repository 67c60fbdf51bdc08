#pragma once

#include "core/commands/command.h"
#include "volunteers/domain/attestatobatch.h"
#include "volunteers/domain/attestatoregister.h"

#include <QCoreApplication>

namespace volunteers {

class AttestatoFiles;

// Issues one attestato (AttestatoRegister::issue) for a volunteer's
// uncertified days on an event, Permission::VolunteersAttestati. Not
// undoable: the register is a protocol, never changed once numbered.
class IssueAttestato : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(IssueAttestato)
public:
    IssueAttestato(qint64 volunteerId, qint64 eventId, qint64 organisationId, const QDate &from, const QDate &to,
        OverLimitPolicy policy);

    QString code() const override { return QStringLiteral("volunteers.attestato.issue"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;

    const IssuedAttestato &issued() const { return m_issued; }

private:
    qint64 m_volunteerId = 0;
    qint64 m_eventId = 0;
    qint64 m_organisationId = 0;
    QDate m_from;
    QDate m_to;
    OverLimitPolicy m_policy = OverLimitPolicy::Refuse;
    IssuedAttestato m_issued;
};

// What the chunks of one batch share (AttestatoBatch::run owns it).
struct BatchRun {
    BatchOptions options;
    QString operatorName;
    qint64 startedAtMs = 0;
    qint64 batchId = 0; // 0 until a chunk has recorded the batch
    int issued = 0; // committed so far
    // The limit assessment of the last volunteer (groups come by volunteer).
    qint64 assessedVolunteer = 0;
    LimitAssessment assessment;
    AttestatoFiles *files = nullptr; // the chunk's PDFs; null without an output folder
};

// One chunk of a batch production (AttestatoBatch): issues the attestati
// of some pending groups and writes their PDFs, all inside the runner's
// one transaction, Permission::VolunteersAttestati. The first chunk that
// issues something also records the batch (attestato_batch). The PDFs are
// written before the commit, so a full disk leaves the register as it was
// and the same attestati are issued on the next run; each starts rendering
// (BatchRun::files) as soon as it is numbered. When the runner's commit
// fails after apply(), the caller discards the chunk's files.
// volunteers.chunk_empty: nothing was issued before the batch was
// recorded (all skipped, or cancelled at once): rolled back, no trace.
class IssueAttestatiChunk : public core::Command {
public:
    IssueAttestatiChunk(BatchRun &run, QList<PendingGroup> groups, const std::atomic_bool &cancel);

    QString code() const override { return QStringLiteral("volunteers.attestati.batch"); }
    QString permission() const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;

    const QList<AttestatoContent> &issued() const { return m_issued; }
    qint64 batchId() const { return m_batchId; }
    int skippedOverLimit() const { return m_skippedOverLimit; }
    int skippedNoEmployer() const { return m_skippedNoEmployer; }
    bool cancelled() const { return m_cancelled; }
    bool reachedLimit() const { return m_reachedLimit; }

private:
    core::Status recordBatch(const core::CommandContext &context);

    BatchRun &m_run;
    QList<PendingGroup> m_groups;
    const std::atomic_bool &m_cancel;
    QList<AttestatoContent> m_issued;
    qint64 m_batchId = 0;
    int m_skippedOverLimit = 0;
    int m_skippedNoEmployer = 0;
    bool m_cancelled = false;
    bool m_reachedLimit = false;
};

// Records how a batch ended (completed, cancelled, failed) and how many
// attestati it issued, Permission::VolunteersAttestati.
class FinishAttestatoBatch : public core::Command {
public:
    FinishAttestatoBatch(qint64 batchId, QString state, int issued)
        : m_batchId(batchId)
        , m_state(std::move(state))
        , m_issued(issued)
    {
    }
    QString code() const override { return QStringLiteral("volunteers.attestati.batch_end"); }
    QString permission() const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;

private:
    qint64 m_batchId = 0;
    QString m_state;
    int m_issued = 0;
};

} // namespace volunteers

#pragma once

#include "core/commands/command.h"
#include "volunteers/domain/activationledger.h"

#include <QCoreApplication>

namespace volunteers {

// Records days on the activation ledger (an entry by period, or the
// roster): ActivationLedger::record through the command layer
// (Permission::VolunteersEdit). Undo voids the entries it recorded with
// reversal rows; it is refused (volunteers.day_certified,
// volunteers.already_reversed) once a day is covered by an attestato or
// was voided by hand since. Redo records the days again, as new entries.
class RecordActivations : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(RecordActivations)
public:
    // `undoReason`: the reason written on the reversals of an undo.
    explicit RecordActivations(ActivationRequest request, QString undoReason = QStringLiteral("undo"));

    QString code() const override { return QStringLiteral("volunteers.activation.record"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;
    bool undoable() const override { return true; }
    core::Status revert(const core::CommandContext &context) override;
    QString text() const override;

    // After apply(): the person-days added and the ids of their entries.
    int recorded() const { return int(m_ids.size()); }
    const QList<qint64> &entryIds() const { return m_ids; }

private:
    ActivationRequest m_request;
    QString m_undoReason;
    QList<qint64> m_ids;
};

// Voids one ledger entry with a reversal row that points at it, with its
// reason (ActivationLedger::reverse). A day covered by an attestato is
// voided only when `evenIfCertified` says the operator was asked.
// Undo records the same day again as a new entry (the ledger keeps the
// entry and its reversal); refused when the volunteer has been entered
// on that day since (volunteers.duplicate_day, volunteers.two_services).
class VoidActivation : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(VoidActivation)
public:
    VoidActivation(qint64 activationId, QString reason, bool evenIfCertified = false);

    QString code() const override { return QStringLiteral("volunteers.activation.void"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;
    bool undoable() const override { return true; }
    core::Status revert(const core::CommandContext &context) override;
    QString text() const override;

    // After an undo: the id of the entry that recorded the day again.
    qint64 restoredId() const { return m_restoredId; }

private:
    qint64 m_id = 0;
    QString m_reason;
    bool m_evenIfCertified = false;
    qint64 m_restoredId = 0;
};

} // namespace volunteers

#pragma once

#include "core/commands/command.h"
#include "listening/domain/listeningservice.h"

#include <QCoreApplication>

namespace listening {

// The actions on a listening request, one command each, each naming its
// listening.* permission. The work and its rules are ListeningService's
// (which keeps its own Access::require as a second lock); check() refuses
// what is known before the transaction (the request is unknown or closed),
// the service the rest, inside the runner's transaction, so a refusal
// writes nothing. Only a logged call can be undone: its undo is the
// service's 'void' entry, refused once the case is closed.
class RequestCommandText {
    Q_DECLARE_TR_FUNCTIONS(listening::RequestCommandText)
};

class RegisterRequest : public core::Command {
public:
    explicit RegisterRequest(NewRequest request);
    QString code() const override { return QStringLiteral("listening.request.register"); }
    QString permission() const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_requestId); }
    qint64 requestId() const { return m_requestId; }

private:
    NewRequest m_request;
    qint64 m_requestId = 0;
};

// Who calls back. Undo, when the request had someone before: a new
// assignment back to them (assignments are a ledger); a first assignment
// has nothing to go back to and is not offered for undo.
class AssignRequest : public core::Command {
public:
    AssignRequest(qint64 requestId, qint64 psychologistId);
    QString code() const override { return QStringLiteral("listening.request.assign"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;
    bool undoable() const override { return m_previous != 0; }
    core::Status revert(const core::CommandContext &context) override;
    QString text() const override;

private:
    qint64 m_requestId;
    qint64 m_psychologistId;
    qint64 m_previous = 0; // assigned before this command, 0 when nobody
    QString m_requestCode;
};

// One callback attempt. Undo: a 'void' entry cancels it (the original
// stays, crossed out); Redo logs the call again as a new entry.
class LogAttempt : public core::Command {
public:
    LogAttempt(qint64 requestId, QDateTime at, AttemptOutcome outcome, qint64 psychologistId);
    QString code() const override { return QStringLiteral("listening.attempt.log"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;
    bool undoable() const override { return true; }
    core::Status revert(const core::CommandContext &context) override;
    QString text() const override;

    const AttemptLogged &logged() const { return m_logged; }

private:
    qint64 m_requestId;
    QDateTime m_at;
    AttemptOutcome m_outcome;
    qint64 m_psychologistId;
    AttemptLogged m_logged;
    QString m_requestCode; // for the Edit menu
};

// Cancels a mistaken attempt (from the request panel).
class VoidAttempt : public core::Command {
public:
    explicit VoidAttempt(qint64 attemptId);
    QString code() const override { return QStringLiteral("listening.attempt.void"); }
    QString permission() const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_attemptId); }

private:
    qint64 m_attemptId;
};

class RecordEscalation : public core::Command {
public:
    RecordEscalation(qint64 requestId, QDateTime calledAt, QString reason, qint64 psychologistId);
    QString code() const override { return QStringLiteral("listening.escalation.record"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;

private:
    qint64 m_requestId;
    QDateTime m_calledAt;
    QString m_reason;
    qint64 m_psychologistId;
    qint64 m_escalationId = 0;
};

// The interview outcome, which closes the request.
class RecordOutcome : public core::Command {
public:
    explicit RecordOutcome(OutcomeInput outcome);
    QString code() const override { return QStringLiteral("listening.outcome.record"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_outcome.requestId); }

private:
    OutcomeInput m_outcome;
};

// Coordinator only: a case raised to the coordinator, closed unreachable.
class CloseUnreachable : public core::Command {
public:
    CloseUnreachable(qint64 requestId, QString note);
    QString code() const override { return QStringLiteral("listening.request.close_unreachable"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_requestId); }

private:
    qint64 m_requestId;
    QString m_note;
};

} // namespace listening

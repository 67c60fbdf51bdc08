#pragma once

#include "core/commands/command.h"
#include "deliveries/domain/requestservice.h"

#include <QCoreApplication>

namespace deliveries {

// The writes of a request of goods (core/commands), each needing
// deliveries.edit. Undo writes a compensating entry: a new request is
// cancelled, an edit takes the previous values back, a cancellation gives
// the request back the state it had; each only while it still applies
// (an undone new request or edit must still be waiting: received).
class RequestCommand : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(deliveries::RequestCommand)
public:
    explicit RequestCommand(qint64 requestId = 0)
        : m_requestId(requestId)
    {
    }
    QString permission() const override;
    QString auditDetail() const override;
    qint64 requestId() const { return m_requestId; }

protected:
    // The request must still be waiting for an allocation.
    core::Status requireReceived(const core::CommandContext &context) const;

    qint64 m_requestId = 0;
    QString m_number;
};

class CreateRequest : public RequestCommand {
public:
    explicit CreateRequest(RequestDraft draft)
        : m_draft(std::move(draft))
    {
    }
    QString code() const override { return QStringLiteral("deliveries.request.create"); }
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    bool undoable() const override { return true; }
    core::Status revert(const core::CommandContext &context) override;
    QString text() const override;

private:
    RequestDraft m_draft;
};

class EditRequest : public RequestCommand {
public:
    EditRequest(qint64 requestId, RequestDraft draft)
        : RequestCommand(requestId)
        , m_draft(std::move(draft))
    {
    }
    QString code() const override { return QStringLiteral("deliveries.request.edit"); }
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    bool undoable() const override { return true; }
    core::Status revert(const core::CommandContext &context) override;
    QString text() const override;

private:
    RequestDraft m_draft;
    RequestDraft m_previous;
};

class CancelRequest : public RequestCommand {
public:
    CancelRequest(qint64 requestId, QString reason)
        : RequestCommand(requestId)
        , m_reason(std::move(reason))
    {
    }
    QString code() const override { return QStringLiteral("deliveries.request.cancel"); }
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    bool undoable() const override { return true; }
    core::Status revert(const core::CommandContext &context) override;
    QString text() const override;

private:
    QString m_reason;
    RequestStatus m_previous = RequestStatus::Received;
};

// A request's editable part as a draft.
RequestDraft requestDraftFrom(const Request &request);

} // namespace deliveries

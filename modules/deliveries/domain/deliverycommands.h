#pragma once

#include "core/commands/command.h"
#include "deliveries/domain/deliveryservice.h"

#include <QCoreApplication>
#include <QDateTime>

namespace deliveries {

// The writes of a delivery, for the window and the command line
// (core/commands): each needs deliveries.edit and runs the DeliveryService
// inside the runner's transaction. Undo writes a compensating entry, never
// a DELETE (the schema locks cancelled and returned deliveries):
// - a planned delivery is undone by cancelling it; an edit by saving the
//   previous values, while it is still planned;
// - loading and delivering are undone by a return (the goods come back
//   into their lots); Redo plans the same delivery anew and loads or
//   delivers it;
// - a cancellation is undone by planning the delivery anew (refused when
//   its request was cancelled or got another delivery since);
// - a return is not undone: the goods are back on the shelf and may have
//   been given out again.
// The id of the delivery the command last worked on is deliveryId().

class DeliveryCommand : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(deliveries::DeliveryCommand)
public:
    explicit DeliveryCommand(qint64 deliveryId = 0)
        : m_deliveryId(deliveryId)
    {
    }
    QString permission() const override;
    QString auditDetail() const override;
    qint64 deliveryId() const { return m_deliveryId; }

protected:
    // The delivery must exist and be in one of `states`; `code` names the
    // refusal (deliveries.not_planned...).
    core::Status requireState(
        const core::CommandContext &context, std::initializer_list<DeliveryStatus> states, const char *code) const;
    // The delivery's number, for the Edit menu (read after apply()).
    void rememberNumber(const core::CommandContext &context);

    qint64 m_deliveryId = 0;
    QString m_number;
};

// Plans a new delivery (draft.id == 0) or edits a planned one.
class SaveDelivery : public DeliveryCommand {
public:
    explicit SaveDelivery(DeliveryDraft draft);
    QString code() const override { return QStringLiteral("deliveries.delivery.save"); }
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    bool undoable() const override { return true; }
    core::Status revert(const core::CommandContext &context) override;
    QString text() const override;

private:
    DeliveryDraft m_draft;
    DeliveryDraft m_previous; // an edit: the values before it
};

// The goods leave the warehouse (stock issued).
class LoadDelivery : public DeliveryCommand {
public:
    explicit LoadDelivery(qint64 deliveryId)
        : DeliveryCommand(deliveryId)
    {
    }
    QString code() const override { return QStringLiteral("deliveries.delivery.load"); }
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    bool undoable() const override { return true; }
    core::Status revert(const core::CommandContext &context) override;
    QString text() const override;

private:
    bool m_reverted = false;
};

// The recipient signed (a planned delivery is loaded first).
class DeliverDelivery : public DeliveryCommand {
public:
    DeliverDelivery(qint64 deliveryId, QString signedBy, QDateTime at = {})
        : DeliveryCommand(deliveryId)
        , m_signedBy(std::move(signedBy))
        , m_at(std::move(at))
    {
    }
    QString code() const override { return QStringLiteral("deliveries.delivery.deliver"); }
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    bool undoable() const override { return true; }
    core::Status revert(const core::CommandContext &context) override;
    QString text() const override;

private:
    QString m_signedBy;
    QDateTime m_at;
    bool m_reverted = false;
};

// The goods come back, with the reason; `date` invalid: today.
class ReturnDelivery : public DeliveryCommand {
public:
    ReturnDelivery(qint64 deliveryId, QString reason, QDate date = {})
        : DeliveryCommand(deliveryId)
        , m_reason(std::move(reason))
        , m_date(std::move(date))
    {
    }
    QString code() const override { return QStringLiteral("deliveries.delivery.return"); }
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;

private:
    QString m_reason;
    QDate m_date;
};

// A planned delivery is called off, with the reason.
class CancelDelivery : public DeliveryCommand {
public:
    CancelDelivery(qint64 deliveryId, QString reason)
        : DeliveryCommand(deliveryId)
        , m_reason(std::move(reason))
    {
    }
    QString code() const override { return QStringLiteral("deliveries.delivery.cancel"); }
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    bool undoable() const override { return true; }
    core::Status revert(const core::CommandContext &context) override;
    QString text() const override;

private:
    QString m_reason;
};

} // namespace deliveries

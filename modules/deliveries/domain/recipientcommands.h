#pragma once

#include "core/commands/command.h"
#include "deliveries/domain/deliverytypes.h"

#include <QCoreApplication>

namespace deliveries {

// Creates (id 0) or edits a recipient of deliveries (deliveries.edit).
// Undo: a new recipient is taken out of use (never deleted: deliveries may
// name it since); an edit takes the previous values back.
class SaveRecipient : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(deliveries::SaveRecipient)
public:
    explicit SaveRecipient(Recipient recipient)
        : m_recipient(std::move(recipient))
    {
    }
    QString code() const override { return QStringLiteral("deliveries.recipient.save"); }
    QString permission() const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_id); }
    bool undoable() const override { return true; }
    core::Status revert(const core::CommandContext &context) override;
    QString text() const override;
    qint64 recipientId() const { return m_id; }

private:
    Recipient m_recipient;
    Recipient m_previous; // an edit: the values before it
    qint64 m_id = 0;
};

} // namespace deliveries

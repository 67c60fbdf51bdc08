#include "deliveries/domain/recipientcommands.h"

#include "core/auth/permissions.h"
#include "deliveries/domain/recipientrepository.h"

namespace deliveries {

using core::CommandContext;
using core::Status;

QString SaveRecipient::permission() const
{
    return core::Permission::DeliveriesEdit;
}

Status SaveRecipient::apply(const CommandContext &context)
{
    RecipientRepository recipients(context.db);
    if (m_recipient.id) {
        auto before = recipients.recipient(m_recipient.id);
        if (!before)
            return before.error();
        m_previous = *before;
    }
    Recipient r = m_recipient;
    if (!r.id && m_id) // Redo of a new one: the same row, back in use
        r.id = m_id;
    auto id = recipients.save(r);
    if (!id)
        return id.error();
    m_id = *id;
    return {};
}

Status SaveRecipient::revert(const CommandContext &context)
{
    RecipientRepository recipients(context.db);
    Recipient back = m_previous;
    if (!m_recipient.id) {
        auto created = recipients.recipient(m_id);
        if (!created)
            return created.error();
        back = *created;
        back.active = false;
    }
    auto id = recipients.save(back);
    return id ? Status() : Status(id.error());
}

QString SaveRecipient::text() const
{
    return m_recipient.id ? tr("edit of recipient %1").arg(m_recipient.name) : tr("new recipient %1").arg(m_recipient.name);
}

} // namespace deliveries

#include "stock/domain/countcommands.h"

#include "core/auth/permissions.h"
#include "core/domain/dates.h"

namespace stock {

using core::Error;
using core::Status;

QString OpenCount::permission() const
{
    return core::Permission::StockEdit;
}

Status OpenCount::check(const core::CommandContext &context) const
{
    if (!m_date.isValid())
        return Error(QStringLiteral("stock.bad_date"));
    if (m_date > context.clock.today())
        return Error(QStringLiteral("stock.future_date"), { core::toSqlDate(m_date) });
    return {};
}

Status OpenCount::apply(const core::CommandContext &context)
{
    auto id = CountService(context.db, context.clock).open(m_locationId, m_categoryId, m_date, m_notes);
    if (!id)
        return id.error();
    m_countId = *id;
    return {};
}

Status OpenCount::revert(const core::CommandContext &context)
{
    return CountService(context.db, context.clock).cancel(m_countId);
}

QString OpenCount::text() const
{
    return tr("stock count of %1").arg(m_date.toString(QStringLiteral("dd/MM/yyyy")));
}

QString RecordCounted::permission() const
{
    return core::Permission::StockEdit;
}

Status RecordCounted::apply(const core::CommandContext &context)
{
    CountService service(context.db, context.clock);
    for (const CountedLine &line : m_lines)
        if (auto s = service.setCounted(line.lineId, line.counted, line.reason); !s)
            return s;
    return {};
}

QString RecordCounted::auditDetail() const
{
    return QStringLiteral("count %1 (%2 lines)").arg(m_countId).arg(m_lines.size());
}

QString CloseCount::permission() const
{
    return core::Permission::StockEdit;
}

Status CloseCount::apply(const core::CommandContext &context)
{
    auto adjustments = CountService(context.db, context.clock).close(m_countId);
    if (!adjustments)
        return adjustments.error();
    m_adjustments = *adjustments;
    return {};
}

QString CloseCount::auditDetail() const
{
    return QStringLiteral("count %1 (%2 adjustments)").arg(m_countId).arg(m_adjustments);
}

QString CancelCount::permission() const
{
    return core::Permission::StockEdit;
}

Status CancelCount::apply(const core::CommandContext &context)
{
    return CountService(context.db, context.clock).cancel(m_countId);
}

} // namespace stock

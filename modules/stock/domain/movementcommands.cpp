#include "stock/domain/movementcommands.h"

#include "core/auth/permissions.h"
#include "core/db/sql.h"
#include "core/domain/dates.h"

namespace stock {

using core::Error;
using core::Status;

namespace {

// The input rules every movement shares, checked before the transaction.
Status checkDate(const QDate &date, const core::Clock &clock)
{
    if (!date.isValid())
        return Error(QStringLiteral("stock.bad_date"));
    if (date > clock.today())
        return Error(QStringLiteral("stock.future_date"), { core::toSqlDate(date) });
    return {};
}

Status checkLot(const QSqlDatabase &db, qint64 lotId)
{
    auto found = core::queryValue(db, QStringLiteral("SELECT count(*) FROM stock_lot WHERE id = ?"), { lotId });
    if (!found)
        return found.error();
    if (found->toInt() == 0)
        return Error(QStringLiteral("stock.unknown_lot"), { QString::number(lotId) });
    return {};
}

} // namespace

QString WriteOff::permission() const
{
    return core::Permission::StockEdit;
}

Status WriteOff::check(const core::CommandContext &context) const
{
    if (auto s = checkDate(m_request.date, context.clock); !s)
        return s;
    if (m_request.quantity < 0)
        return Error(QStringLiteral("stock.bad_quantity"), { QString::number(m_request.quantity) });
    if (m_request.reason.trimmed().isEmpty())
        return Error(QStringLiteral("stock.missing_reason"));
    return checkLot(context.db, m_request.lotId);
}

Status WriteOff::apply(const core::CommandContext &context)
{
    auto done = StockService(context.db, context.clock).writeOff(m_request);
    if (!done)
        return done.error();
    m_done = *done;
    return {};
}

QString WriteOff::auditDetail() const
{
    return QStringLiteral("movement %1 lot %2 quantity %3").arg(m_done.movementId).arg(m_done.lotId).arg(m_done.quantity);
}

Status WriteOff::revert(const core::CommandContext &context)
{
    auto reversal = StockService(context.db, context.clock).reverseMovement(m_done.movementId, tr("Cancelled with Undo"));
    return reversal ? Status() : Status(reversal.error());
}

QString WriteOff::text() const
{
    return tr("write-off of %1").arg(m_done.itemName);
}

QString Transfer::permission() const
{
    return core::Permission::StockEdit;
}

Status Transfer::check(const core::CommandContext &context) const
{
    if (auto s = checkDate(m_request.date, context.clock); !s)
        return s;
    if (m_request.quantity <= 0)
        return Error(QStringLiteral("stock.bad_quantity"), { QString::number(m_request.quantity) });
    if (m_request.fromLocationId && m_request.fromLocationId == m_request.toLocationId)
        return Error(QStringLiteral("stock.same_location"));
    return checkLot(context.db, m_request.lotId);
}

Status Transfer::apply(const core::CommandContext &context)
{
    auto operation = StockService(context.db, context.clock).transfer(m_request);
    if (!operation)
        return operation.error();
    m_operationId = *operation;
    return {};
}

QString Transfer::auditDetail() const
{
    return QStringLiteral("operation %1 lot %2 quantity %3").arg(m_operationId).arg(m_request.lotId).arg(m_request.quantity);
}

Status Transfer::revert(const core::CommandContext &context)
{
    auto reversal = StockService(context.db, context.clock).reverseOperation(m_operationId, tr("Cancelled with Undo"));
    return reversal ? Status() : Status(reversal.error());
}

QString Transfer::text() const
{
    return tr("move of lot %1").arg(m_request.lotId);
}

QString AssembleKits::permission() const
{
    return core::Permission::StockEdit;
}

Status AssembleKits::check(const core::CommandContext &context) const
{
    if (auto s = checkDate(m_request.date, context.clock); !s)
        return s;
    if (m_request.kits <= 0)
        return Error(QStringLiteral("stock.bad_quantity"), { QString::number(m_request.kits) });
    return {};
}

Status AssembleKits::apply(const core::CommandContext &context)
{
    auto assembly = KitService(context.db, context.clock).assemble(m_request);
    if (!assembly)
        return assembly.error();
    m_assembly = *assembly;
    return {};
}

QString AssembleKits::auditDetail() const
{
    return QStringLiteral("operation %1 kit %2 kits %3").arg(m_assembly.operationId).arg(m_request.kitItemId).arg(m_request.kits);
}

Status AssembleKits::revert(const core::CommandContext &context)
{
    auto reversal = StockService(context.db, context.clock).reverseOperation(m_assembly.operationId, tr("Cancelled with Undo"));
    return reversal ? Status() : Status(reversal.error());
}

QString AssembleKits::text() const
{
    return tr("assembly of %n kit(s)", nullptr, int(m_request.kits));
}

QString CorrectMovement::permission() const
{
    return core::Permission::StockEdit;
}

Status CorrectMovement::check(const core::CommandContext &) const
{
    if (m_reason.trimmed().isEmpty())
        return Error(QStringLiteral("stock.missing_reason"));
    return {};
}

Status CorrectMovement::apply(const core::CommandContext &context)
{
    StockService service(context.db, context.clock);
    if (m_scope == WholeOperation) {
        auto r = service.reverseOperation(m_id, m_reason.trimmed());
        return r ? Status() : Status(r.error());
    }
    auto r = service.reverseMovement(m_id, m_reason.trimmed());
    return r ? Status() : Status(r.error());
}

QString CorrectMovement::auditDetail() const
{
    return QStringLiteral("%1 %2").arg(m_scope == WholeOperation ? QStringLiteral("operation") : QStringLiteral("movement")).arg(m_id);
}

} // namespace stock

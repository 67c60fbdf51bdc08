#include "stock/domain/receiptcommands.h"

#include "core/auth/permissions.h"
#include "core/db/importonce.h"
#include "core/db/sql.h"

namespace stock {

using core::Error;
using core::Status;

RecordReceipt::RecordReceipt(ReceiptDraft draft, ExpiredOnArrival expired)
    : m_draft(std::move(draft))
    , m_expired(expired)
{
}

QString RecordReceipt::permission() const
{
    return core::Permission::StockEdit;
}

Status RecordReceipt::check(const core::CommandContext &context) const
{
    auto problems = ReceiptService(context.db, context.clock).validate(m_draft, m_expired);
    if (!problems)
        return problems.error();
    if (problems->isEmpty())
        return {};
    Error first = problems->first().error;
    if (problems->first().line > 0)
        first.at(QString(), problems->first().line);
    return first;
}

Status RecordReceipt::apply(const core::CommandContext &context)
{
    auto recorded = ReceiptService(context.db, context.clock).record(m_draft, m_expired);
    if (!recorded)
        return recorded.error();
    m_recorded = *recorded;
    return {};
}

QString RecordReceipt::auditDetail() const
{
    return QStringLiteral("receipt %1 (%2 lines)").arg(m_recorded.receiptId).arg(m_draft.lines.size());
}

Status RecordReceipt::revert(const core::CommandContext &context)
{
    return ReceiptService(context.db, context.clock).cancel(m_recorded.receiptId, tr("Cancelled with Undo"));
}

QString RecordReceipt::text() const
{
    return tr("receipt %1").arg(m_recorded.number);
}

QString CancelReceipt::permission() const
{
    return core::Permission::StockEdit;
}

Status CancelReceipt::check(const core::CommandContext &context) const
{
    if (m_reason.trimmed().isEmpty())
        return Error(QStringLiteral("stock.missing_reason"));
    auto found = core::queryValue(context.db, QStringLiteral("SELECT count(*) FROM stock_receipt WHERE id = ?"), { m_receiptId });
    if (!found)
        return found.error();
    if (found->toInt() == 0)
        return Error(QStringLiteral("stock.unknown_receipt"), { QString::number(m_receiptId) });
    return {};
}

Status CancelReceipt::apply(const core::CommandContext &context)
{
    return ReceiptService(context.db, context.clock).cancel(m_receiptId, m_reason.trimmed());
}

ImportReceipts::ImportReceipts(ReceiptImportPlan plan, ReceiptImportOptions options, QString path, bool again)
    : m_plan(std::move(plan))
    , m_options(options)
    , m_path(std::move(path))
    , m_again(again)
{
}

QString ImportReceipts::permission() const
{
    return core::Permission::StockEdit;
}

Status ImportReceipts::check(const core::CommandContext &context) const
{
    if (m_plan.errorCount() > 0 || m_plan.receipts.isEmpty())
        return Error(QStringLiteral("stock.import_has_errors"), { QString::number(m_plan.errorCount()) });
    if (!m_again)
        return core::ImportOnce::checkFile(context.db, QStringLiteral("receipts"), m_path);
    return {};
}

Status ImportReceipts::apply(const core::CommandContext &context)
{
    core::ImportOnce once(context.db, QStringLiteral("receipts"), m_path, m_again, context.clock);
    if (!once)
        return once.error();
    auto summary = ReceiptImporter(context.db, context.clock).apply(m_plan, m_options);
    if (!summary)
        return summary.error();
    if (auto s = once.commit(); !s)
        return s;
    m_summary = *summary;
    return {};
}

QString ImportReceipts::auditDetail() const
{
    return QStringLiteral("%1 receipts, %2 lines").arg(m_summary.receipts).arg(m_summary.lines);
}

} // namespace stock

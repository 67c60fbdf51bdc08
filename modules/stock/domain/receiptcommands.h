#pragma once

#include "core/commands/command.h"
#include "stock/domain/receiptimport.h"
#include "stock/domain/receiptservice.h"

#include <QCoreApplication>

namespace stock {

// The Magazzino's receipt commands (core/commands/command.h): every write
// of a receipt, from the receipt dialog, the import dialog or the command
// line, goes through one of these and core::CommandRunner. Stock.edit.

// Records a receipt. Undo cancels it (every line reversed, the receipt
// stays in the ledger); refused once some of its goods have left. Redo
// records it again under a new number.
class RecordReceipt : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(stock::RecordReceipt)
public:
    explicit RecordReceipt(ReceiptDraft draft, ExpiredOnArrival expired = ExpiredOnArrival::Refuse);

    QString code() const override { return QStringLiteral("stock.receipt.record"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;
    bool undoable() const override { return true; }
    core::Status revert(const core::CommandContext &context) override;
    QString text() const override;

    // The latest apply()'s receipt.
    const RecordedReceipt &recorded() const { return m_recorded; }

private:
    ReceiptDraft m_draft;
    ExpiredOnArrival m_expired;
    RecordedReceipt m_recorded;
};

// Cancels a recorded receipt with a reason: the compensating entries are
// written now and stay (not undoable; record the goods again instead).
class CancelReceipt : public core::Command {
public:
    CancelReceipt(qint64 receiptId, QString reason) : m_receiptId(receiptId), m_reason(std::move(reason)) { }

    QString code() const override { return QStringLiteral("stock.receipt.cancel"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_receiptId); }

private:
    qint64 m_receiptId = 0;
    QString m_reason;
};

// Writes a checked import plan (ReceiptImporter::plan) and records the
// file as imported (core::ImportOnce: the same file twice is refused
// unless `again`), all in the runner's one transaction.
class ImportReceipts : public core::Command {
public:
    ImportReceipts(ReceiptImportPlan plan, ReceiptImportOptions options, QString path, bool again);

    QString code() const override { return QStringLiteral("stock.receipt.import"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;

    const ReceiptImportSummary &summary() const { return m_summary; }

private:
    ReceiptImportPlan m_plan;
    ReceiptImportOptions m_options;
    QString m_path;
    bool m_again = false;
    ReceiptImportSummary m_summary;
};

} // namespace stock

#pragma once

#include "core/commands/command.h"
#include "stock/domain/kitservice.h"
#include "stock/domain/stockservice.h"

#include <QCoreApplication>

namespace stock {

// The Magazzino's movement commands (core/commands/command.h): write-offs,
// transfers, kit assembly and ledger corrections, for the window and the
// command line alike. Stock.edit. Undo writes reversing ledger rows that
// point at the originals, refused once the goods they put somewhere have
// left (stock.would_go_negative).

// Writes a lot off (expired, damaged). Undo reverses the write-off.
class WriteOff : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(stock::WriteOff)
public:
    explicit WriteOff(WriteOffRequest request) : m_request(std::move(request)) { }

    QString code() const override { return QStringLiteral("stock.write_off"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;
    bool undoable() const override { return true; }
    core::Status revert(const core::CommandContext &context) override;
    QString text() const override;

    const IssuedLot &writtenOff() const { return m_done; }

private:
    WriteOffRequest m_request;
    IssuedLot m_done;
};

// Moves a lot between locations. Undo moves it back (both rows reversed).
class Transfer : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(stock::Transfer)
public:
    explicit Transfer(TransferRequest request) : m_request(std::move(request)) { }

    QString code() const override { return QStringLiteral("stock.transfer"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;
    bool undoable() const override { return true; }
    core::Status revert(const core::CommandContext &context) override;
    QString text() const override;

    qint64 operationId() const { return m_operationId; }

private:
    TransferRequest m_request;
    qint64 m_operationId = 0;
};

// Assembles kits from their components. Undo takes the kits apart again
// (refused once kits have left).
class AssembleKits : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(stock::AssembleKits)
public:
    explicit AssembleKits(AssemblyRequest request) : m_request(std::move(request)) { }

    QString code() const override { return QStringLiteral("stock.kit.assemble"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;
    bool undoable() const override { return true; }
    core::Status revert(const core::CommandContext &context) override;
    QString text() const override;

    const Assembly &assembly() const { return m_assembly; }

private:
    AssemblyRequest m_request;
    Assembly m_assembly;
};

// A correction in the ledger: reverses one movement, or every movement of
// its operation. Itself a compensating entry, so not undoable.
class CorrectMovement : public core::Command {
public:
    enum Scope { OneMovement, WholeOperation };
    CorrectMovement(Scope scope, qint64 id, QString reason) : m_scope(scope), m_id(id), m_reason(std::move(reason)) { }

    QString code() const override { return QStringLiteral("stock.movement.correct"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;

private:
    Scope m_scope;
    qint64 m_id = 0;
    QString m_reason;
};

} // namespace stock

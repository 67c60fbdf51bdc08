#pragma once

#include "core/commands/command.h"

#include <optional>

namespace core {

// Sets this database's workstation number and, when given, its name
// (local_config: never synchronised). The number must be free: not one that
// another workstation's rows, received through a sync, already carry
// (LocalConfig::checkWorkstationNumber). After a successful run the caller
// that keeps the connection open adopts the number (adoptOn): the ids of the
// next rows are made from it.
class SetWorkstation : public Command {
public:
    static constexpr int maxNameLength = 60;

    SetWorkstation(int number, std::optional<QString> name = std::nullopt);

    QString code() const override { return QStringLiteral("core.workstation.set"); }
    QString permission() const override;
    Status check(const CommandContext &context) const override;
    Status apply(const CommandContext &context) override;
    QString auditDetail() const override;

    // Makes the connection's new rows carry the number just stored.
    void adoptOn(const QSqlDatabase &db) const;

private:
    int m_number;
    std::optional<QString> m_name; // simplified; nullopt: unchanged
};

} // namespace core

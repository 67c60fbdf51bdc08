#include "core/commands/command.h"

namespace core {

Command::~Command() = default;

Status Command::check(const CommandContext &) const
{
    return {};
}

QString Command::auditDetail() const
{
    return {};
}

bool Command::undoable() const
{
    return false;
}

Status Command::revert(const CommandContext &)
{
    return Error(QStringLiteral("command.not_undoable"), { code() });
}

QString Command::revertPermission() const
{
    return permission();
}

QString Command::text() const
{
    return code();
}

bool Command::joinsCallerTransaction() const
{
    return false;
}

} // namespace core

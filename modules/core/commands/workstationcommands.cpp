#include "core/commands/workstationcommands.h"

#include "core/auth/permissions.h"
#include "core/db/connectionstate.h"
#include "core/db/localconfig.h"
#include "core/db/roommemberrows.h"

namespace core {

SetWorkstation::SetWorkstation(int number, std::optional<QString> name)
    : m_number(number)
{
    if (name)
        m_name = name->simplified();
}

QString SetWorkstation::permission() const
{
    return Permission::SettingsManage;
}

Status SetWorkstation::check(const CommandContext &context) const
{
    if (m_name && m_name->size() > maxNameLength)
        return Error(QStringLiteral("db.workstation_name_long"), { QString::number(maxNameLength) });
    return LocalConfig::checkWorkstationNumber(context.db, m_number);
}

Status SetWorkstation::apply(const CommandContext &context)
{
    const int previous = sessionWorkstation(context.db);
    if (auto s = LocalConfig::setWorkstationNumber(context.db, m_number); !s)
        return s;
    if (m_name)
        if (auto s = LocalConfig::setValue(context.db, LocalConfig::workstationName, *m_name); !s)
            return s;
    // The room's membership list follows (a new number closes the old row).
    return RoomMemberRows::renumberSelf(context.db, previous, m_number,
        LocalConfig::value(context.db, LocalConfig::workstationName), context.clock.nowMs(),
        sessionOperator(context.db));
}

QString SetWorkstation::auditDetail() const
{
    return QString::number(m_number);
}

void SetWorkstation::adoptOn(const QSqlDatabase &db) const
{
    connectionState(db).workstation = m_number;
}

} // namespace core

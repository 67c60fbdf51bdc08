#include "core/auth/roles.h"

namespace core {

QList<Role> allRoles()
{
    return { Role::Operator, Role::Coordinator, Role::Psychologist, Role::Administrator, Role::Service };
}

QString roleCode(Role role)
{
    switch (role) {
    case Role::Operator:
        return QStringLiteral("operator");
    case Role::Coordinator:
        return QStringLiteral("coordinator");
    case Role::Psychologist:
        return QStringLiteral("psychologist");
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::Service:
        return QStringLiteral("service");
    }
    return {};
}

std::optional<Role> roleFromCode(const QString &code)
{
    for (Role r : allRoles())
        if (roleCode(r) == code)
            return r;
    return std::nullopt;
}

QString RoleText::title(Role role)
{
    switch (role) {
    case Role::Operator:
        return tr("operator");
    case Role::Coordinator:
        return tr("coordinator");
    case Role::Psychologist:
        return tr("psychologist");
    case Role::Administrator:
        return tr("administrator");
    case Role::Service:
        return tr("service");
    }
    return {};
}

QString RoleText::alternatives(const QList<Role> &roles)
{
    QStringList names;
    for (Role r : roles)
        names.append(title(r));
    if (names.isEmpty())
        return tr("(no role)");
    if (names.size() == 1)
        return names.first();
    const QString last = names.takeLast();
    return tr("%1 or %2").arg(names.join(QStringLiteral(", ")), last);
}

} // namespace core

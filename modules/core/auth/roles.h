#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace core {

// The roles of the operations room, and the service account of unattended jobs. What each may do is in the
// permission table (permissions.h), not scattered in the code.
enum class Role {
    Operator, // operatore di sala: intake, stock, deliveries, volunteers
    Coordinator, // coordinatore: everything operational, callers' data, audit
    Psychologist, // psicologo SPE: the listening line and callers' data
    Administrator, // amministratore: accounts, audit, settings; never callers' data
    Service, // servizio: cron jobs (backups, sync, open data, aggregate reports); no person's data
};

QList<Role> allRoles();
// Stable codes stored in the database: "operator", "coordinator"...
QString roleCode(Role role);
std::optional<Role> roleFromCode(const QString &code);

// Translated names: "coordinatore", and "coordinatore o psicologo".
class RoleText {
    Q_DECLARE_TR_FUNCTIONS(core::RoleText)
public:
    static QString title(Role role);
    static QString alternatives(const QList<Role> &roles);
};

} // namespace core

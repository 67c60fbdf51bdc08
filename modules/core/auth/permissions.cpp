#include "core/auth/permissions.h"

namespace core {

namespace {
constexpr Role O = Role::Operator;
constexpr Role C = Role::Coordinator;
constexpr Role P = Role::Psychologist;
constexpr Role A = Role::Administrator;
constexpr Role S = Role::Service;
} // namespace

// Principles: operators run the room (stock, deliveries, volunteers,
// tutoring, the intake of listening requests) but never read what callers
// said; psychologists work the listening line and nothing else that holds
// personal data; coordinators do everything operational, read callers'
// data and the audit log; the administrator manages accounts, settings and
// the audit log but is not entitled to callers' data (he can give access by
// assigning roles; the key reaches the new account through an entitled
// colleague's session, see vault.h). The service account (S) of unattended
// jobs backs up, synchronises and writes aggregate figures, nothing else.
const QList<PermissionRule> &permissionTable()
{
    static const QList<PermissionRule> table = {
        { Permission::AccountsManage, QStringLiteral("core"), { A } },
        { Permission::AuditView, QStringLiteral("core"), { C, A } },
        { Permission::SettingsManage, QStringLiteral("core"), { C, A } },
        { Permission::DatabaseBackup, QStringLiteral("core"), { O, C, A, S } },
        { Permission::DatabaseRestore, QStringLiteral("core"), { C, A } },
        { Permission::SyncManage, QStringLiteral("core"), { C, A, S } },
        { Permission::SyncReconcile, QStringLiteral("core"), { C, A } },
        { Permission::ReportsAggregate, QStringLiteral("core"), { O, C, P, A, S } },

        { Permission::ComuniView, QStringLiteral("comuni"), { O, C, P, A } },
        { Permission::ComuniEdit, QStringLiteral("comuni"), { O, C, A } },

        { Permission::StockView, QStringLiteral("stock"), { O, C, A } },
        { Permission::StockEdit, QStringLiteral("stock"), { O, C, A } },
        { Permission::DeliveriesView, QStringLiteral("deliveries"), { O, C, A } },
        { Permission::DeliveriesEdit, QStringLiteral("deliveries"), { O, C, A } },

        { Permission::VolunteersView, QStringLiteral("volunteers"), { O, C, A } },
        { Permission::VolunteersEdit, QStringLiteral("volunteers"), { O, C, A } },
        { Permission::VolunteersAttestati, QStringLiteral("volunteers"), { O, C, A } },
        { Permission::VolunteersPersonalRead, QStringLiteral("volunteers"), { O, C, A } },
        // Courses, attendance, test results, certificates and exercises.
        { Permission::VolunteersTraining, QStringLiteral("volunteers"), { O, C, A } },

        { Permission::TutoringView, QStringLiteral("tutoring"), { O, C, A } },
        { Permission::TutoringEdit, QStringLiteral("tutoring"), { O, C, A } },

        { Permission::ListeningView, QStringLiteral("listening"), { O, C, P, A } },
        { Permission::ListeningIntake, QStringLiteral("listening"), { O, C, P, A } },
        { Permission::ListeningPersonalRead, QStringLiteral("listening"), { C, P }, true },
        { Permission::ListeningAssign, QStringLiteral("listening"), { C } },
        { Permission::ListeningAttempt, QStringLiteral("listening"), { C, P } },
        { Permission::ListeningOutcome, QStringLiteral("listening"), { C, P } },
        { Permission::ListeningEscalate, QStringLiteral("listening"), { C, P } },
        { Permission::ListeningCloseUnreachable, QStringLiteral("listening"), { C } },
        { Permission::ListeningGroupsManage, QStringLiteral("listening"), { C } },
        { Permission::ListeningStaffManage, QStringLiteral("listening"), { C, A } },

        // Sala operativa: the operators at the phones write the diary and
        // keep the events; psychologists work the listening line only.
        { Permission::RoomView, QStringLiteral("room"), { O, C, A } },
        { Permission::RoomEdit, QStringLiteral("room"), { O, C, A } },
        // Formal communications (the protocol register, circulars to the
        // mayors): the coordinators.
        { Permission::RoomCommunications, QStringLiteral("room"), { C, A } },
        // The state of the comuni's emergency plans (approval, revisions,
        // the regional portal): formal data the coordinators keep. The COCs
        // opened and closed are room.edit (the operators hear it first).
        { Permission::RoomPlans, QStringLiteral("room"), { C, A } },
        // Colonna Mobile: vehicles, equipment and sites hold no personal data.
        { Permission::FleetView, QStringLiteral("fleet"), { O, C, A } },
        { Permission::FleetEdit, QStringLiteral("fleet"), { O, C, A } },
        { Permission::FleetLoan, QStringLiteral("fleet"), { O, C, A } },
        // Sending the Colonna Mobile out is the coordinators' decision.
        { Permission::FleetDeploy, QStringLiteral("fleet"), { C, A } },
    };
    return table;
}

const PermissionRule *findPermission(const QString &code)
{
    for (const PermissionRule &rule : permissionTable())
        if (rule.code == code)
            return &rule;
    return nullptr;
}

bool roleAllows(Role role, const QString &permission)
{
    const PermissionRule *rule = findPermission(permission);
    return rule && rule->roles.contains(role);
}

QList<Role> rolesAllowing(const QString &permission)
{
    const PermissionRule *rule = findPermission(permission);
    return rule ? rule->roles : QList<Role>();
}

QStringList dataPermissions()
{
    QStringList codes;
    for (const PermissionRule &rule : permissionTable())
        if (rule.guardsData)
            codes.append(rule.code);
    return codes;
}

QString PermissionText::title(const QString &code)
{
    if (code == Permission::AccountsManage)
        return tr("Manage operator accounts and roles");
    if (code == Permission::AuditView)
        return tr("See the audit log");
    if (code == Permission::SettingsManage)
        return tr("Change the workstation settings");
    if (code == Permission::DatabaseBackup)
        return tr("Back up the database");
    if (code == Permission::DatabaseRestore)
        return tr("Replace the database with a backup");
    if (code == Permission::SyncManage)
        return tr("Configure synchronisation");
    if (code == Permission::SyncReconcile)
        return tr("Merge records created twice on different workstations");
    if (code == Permission::ReportsAggregate)
        return tr("Produce aggregate reports (totals, no names) and the open data");
    if (code == Permission::ComuniView)
        return tr("See the comuni and their contacts");
    if (code == Permission::ComuniEdit)
        return tr("Edit town hall and COC contacts");
    if (code == Permission::StockView)
        return tr("See the warehouse stock");
    if (code == Permission::StockEdit)
        return tr("Receive, issue and adjust stock");
    if (code == Permission::DeliveriesView)
        return tr("See deliveries");
    if (code == Permission::DeliveriesEdit)
        return tr("Plan and record deliveries");
    if (code == Permission::VolunteersView)
        return tr("See volunteers and activations");
    if (code == Permission::VolunteersEdit)
        return tr("Record volunteer activations");
    if (code == Permission::VolunteersAttestati)
        return tr("Issue attestati");
    if (code == Permission::VolunteersPersonalRead)
        return tr("Read volunteers' names, codici fiscali and employers in reports");
    if (code == Permission::VolunteersTraining)
        return tr("Record courses, attendance, test results, certificates and exercises");
    if (code == Permission::TutoringView)
        return tr("See study-support bookings");
    if (code == Permission::TutoringEdit)
        return tr("Manage study-support bookings");
    if (code == Permission::ListeningView)
        return tr("See the callback queue without callers' data, and aggregate figures");
    if (code == Permission::ListeningIntake)
        return tr("Record a request left on the listening line");
    if (code == Permission::ListeningPersonalRead)
        return tr("Read callers' names, phone numbers and notes");
    if (code == Permission::ListeningAssign)
        return tr("Assign requests to psychologists");
    if (code == Permission::ListeningAttempt)
        return tr("Log callback attempts");
    if (code == Permission::ListeningOutcome)
        return tr("Record the interview outcome and close a request");
    if (code == Permission::ListeningEscalate)
        return tr("Record an escalation to 118");
    if (code == Permission::ListeningCloseUnreachable)
        return tr("Close a request whose caller cannot be reached");
    if (code == Permission::ListeningGroupsManage)
        return tr("Manage volunteer support groups");
    if (code == Permission::ListeningStaffManage)
        return tr("Manage the psychologists and their COC placements");
    if (code == Permission::RoomView)
        return tr("See the operations room's events and diary");
    if (code == Permission::RoomEdit)
        return tr("Write the room diary and keep the room's events");
    if (code == Permission::RoomCommunications)
        return tr("Register communications and send circulars to the mayors");
    if (code == Permission::RoomPlans)
        return tr("Record and import the state of the comuni's emergency plans");
    if (code == Permission::FleetView)
        return tr("See the Colonna Mobile's vehicles, equipment and sites");
    if (code == Permission::FleetEdit)
        return tr("Edit vehicles, equipment and sites and record maintenance");
    if (code == Permission::FleetLoan)
        return tr("Lend equipment to organisations and record its return");
    if (code == Permission::FleetDeploy)
        return tr("Deploy modules, vehicles, equipment and volunteers of the Colonna Mobile");
    return code;
}

QString PermissionText::moduleTitle(const QString &module)
{
    if (module == QLatin1String("core"))
        return tr("Program");
    if (module == QLatin1String("comuni"))
        return tr("Comuni");
    if (module == QLatin1String("stock"))
        return tr("Warehouse");
    if (module == QLatin1String("deliveries"))
        return tr("Deliveries");
    if (module == QLatin1String("volunteers"))
        return tr("Volunteers");
    if (module == QLatin1String("tutoring"))
        return tr("ConosciAMO");
    if (module == QLatin1String("listening"))
        return tr("AscoltiAMO");
    if (module == QLatin1String("room"))
        return tr("Operations room");
    if (module == QLatin1String("fleet"))
        return tr("Colonna Mobile");
    return module;
}

} // namespace core

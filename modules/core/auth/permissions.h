#pragma once

#include "core/auth/roles.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace core {

// What each role may see and do, in every module: ONE table, so that it can
// be read, printed, reviewed and tested in one place. A module asks
// `Access::allows(db, Permission::...)` (access.h); a permission that is not
// in the table is allowed to nobody.
//
// Codes are "<module>.<action>". A module being built adds its rows here
// (and a test in tests/core/tst_permissions.cpp), never its own role logic.
namespace Permission {
// core
inline const QString AccountsManage = QStringLiteral("accounts.manage");
inline const QString AuditView = QStringLiteral("audit.view");
inline const QString SettingsManage = QStringLiteral("settings.manage");
inline const QString DatabaseBackup = QStringLiteral("database.backup");
inline const QString DatabaseRestore = QStringLiteral("database.restore");
inline const QString SyncManage = QStringLiteral("sync.manage");
// Merge two records of one natural key made on two workstations ("Da riconciliare").
inline const QString SyncReconcile = QStringLiteral("sync.reconcile");
// Reports of counts and totals, with no person in them, and the open data.
inline const QString ReportsAggregate = QStringLiteral("reports.aggregate");
// comuni
inline const QString ComuniView = QStringLiteral("comuni.view");
inline const QString ComuniEdit = QStringLiteral("comuni.edit");
// stock (SosteniAMO, AffrontiAMO)
inline const QString StockView = QStringLiteral("stock.view");
inline const QString StockEdit = QStringLiteral("stock.edit");
// deliveries
inline const QString DeliveriesView = QStringLiteral("deliveries.view");
inline const QString DeliveriesEdit = QStringLiteral("deliveries.edit");
// volunteers
inline const QString VolunteersView = QStringLiteral("volunteers.view");
inline const QString VolunteersEdit = QStringLiteral("volunteers.edit");
inline const QString VolunteersAttestati = QStringLiteral("volunteers.attestati");
inline const QString VolunteersPersonalRead = QStringLiteral("volunteers.personal.read");
inline const QString VolunteersTraining = QStringLiteral("volunteers.training");
// tutoring (ConosciAMO)
inline const QString TutoringView = QStringLiteral("tutoring.view");
inline const QString TutoringEdit = QStringLiteral("tutoring.edit");
// listening (AscoltiAMO)
inline const QString ListeningView = QStringLiteral("listening.view");
inline const QString ListeningIntake = QStringLiteral("listening.intake");
inline const QString ListeningPersonalRead = QStringLiteral("listening.personal.read");
inline const QString ListeningAssign = QStringLiteral("listening.assign");
inline const QString ListeningAttempt = QStringLiteral("listening.attempt");
inline const QString ListeningOutcome = QStringLiteral("listening.outcome");
inline const QString ListeningEscalate = QStringLiteral("listening.escalate");
inline const QString ListeningCloseUnreachable = QStringLiteral("listening.close_unreachable");
inline const QString ListeningGroupsManage = QStringLiteral("listening.groups.manage");
inline const QString ListeningStaffManage = QStringLiteral("listening.staff.manage");
// room (Sala operativa): "room.view" (not "room.read") because the main
// window shows a module's tab to the roles with "<module>.view".
inline const QString RoomView = QStringLiteral("room.view");
inline const QString RoomEdit = QStringLiteral("room.edit");
inline const QString RoomCommunications = QStringLiteral("room.communications");
inline const QString RoomPlans = QStringLiteral("room.plans");
// fleet (Colonna Mobile)
inline const QString FleetView = QStringLiteral("fleet.view");
inline const QString FleetEdit = QStringLiteral("fleet.edit");
inline const QString FleetLoan = QStringLiteral("fleet.loan");
inline const QString FleetDeploy = QStringLiteral("fleet.deploy");
} // namespace Permission

struct PermissionRule {
    QString code;
    QString module; // module id ("listening") or "core"
    QList<Role> roles; // who is allowed
    // Protected data: readable only with a data-vault key (vault.h), which
    // the roles of this rule receive. Changing these roles changes who gets
    // the key at their next sign-in.
    bool guardsData = false;
};

const QList<PermissionRule> &permissionTable();
const PermissionRule *findPermission(const QString &code);
bool roleAllows(Role role, const QString &permission);
QList<Role> rolesAllowing(const QString &permission);
// The permissions that guard encrypted data (each has its own vault).
QStringList dataPermissions();

// Translated one-line descriptions, for the accounts dialog and the
// printed permission table.
class PermissionText {
    Q_DECLARE_TR_FUNCTIONS(core::PermissionText)
public:
    static QString title(const QString &code);
    static QString moduleTitle(const QString &module);
};

} // namespace core

#pragma once

#include "core/domain/result.h"
#include "fleet/domain/fleettypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

namespace fleet {

// A skill a module of the Colonna Mobile needs: the name of a
// qualification as the Volontari module records it
// (volunteer_qualification.name, e.g. "Patente C per mezzi pesanti") and
// how many volunteers must hold it, valid, for the module to leave.
struct ModuleSkill {
    QString qualification;
    int needed = 1;
};

// A module of the Colonna Mobile ("modulo idrogeologico", "cucina da
// campo"): the vehicles and equipment it takes and the skills it needs.
struct ColonnaModule {
    qint64 id = 0;
    QString name;
    QString description;
    qint64 siteId = 0; // where it is kept (0: not recorded)
    bool active = true;
    QString notes;
    QList<qint64> vehicleIds;
    QList<qint64> equipmentIds;
    QList<ModuleSkill> skills;
};

constexpr int maxSkillNeeded = 99;

// What a module's form offers: the active vehicles and equipment (id and
// label) and the qualifications the volunteers hold. Read off the GUI
// thread with the readiness (the qualifications grow with the volunteers).
struct ModuleChoices {
    QList<QPair<qint64, QString>> vehicles;
    QList<QPair<qint64, QString>> equipment;
    QStringList qualifications;
};

// SQL of the modules (fleet_module and its three sets). The members are
// written as sets: an edit inserts the members added and deletes those
// removed, with ids keyed on (module, member) so two workstations that add
// the same member write the same row. Any thread, on its connection.
class ModuleRepository {
public:
    explicit ModuleRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    core::Result<ColonnaModule> module(qint64 id) const; // id 0 when absent
    // Active modules first, then by name.
    core::Result<QList<ColonnaModule>> modules(bool activeOnly = false) const;
    // Checks (checkModule, the name not used by another module:
    // fleet.module_exists {name}; each vehicle, piece and the site exist:
    // fleet.unknown_vehicle, fleet.unknown_equipment, fleet.unknown_site),
    // then inserts (id 0) or updates. One transaction (a savepoint inside a
    // caller's).
    core::Status saveModule(ColonnaModule &module);
    // The qualification names the volunteers hold, for the skills' picker.
    core::Result<QStringList> qualificationNames() const;
    core::Result<ModuleChoices> choices() const;

    static void declareAuditNames();

private:
    QSqlDatabase m_db;
};

// The rules of a module that need no database: fleet.module_name_missing,
// fleet.skill_missing_name, fleet.skill_needed_out_of_range {qualification,
// needed}, fleet.skill_repeated {qualification}. Trims names in place and
// drops repeated members.
core::Status checkModule(ColonnaModule &module);

// Why a module cannot leave now. `subject` names the vehicle (plate), the
// piece (description and serial) or the qualification; `detail` the state
// code or the event; `date` the deadline missed; `have`/`needed` a skill's
// cover.
struct ReadinessReason {
    enum class Kind {
        Empty, // nothing in the module
        VehicleRetired,
        VehicleState, // detail: maintenance / out_of_service
        VehicleRevision, // date: revision due
        VehicleInsurance, // date: insurance expiry
        VehicleDeployed, // detail: the event
        EquipmentRetired,
        EquipmentState,
        EquipmentCheck, // date: check due
        EquipmentOnLoan, // detail: the organisation
        EquipmentDeployed,
        SkillShort, // have of needed
    };
    Kind kind = Kind::Empty;
    QString subject;
    QString detail;
    QDate date;
    int have = 0;
    int needed = 0;
    bool operator==(const ReadinessReason &o) const
    {
        return kind == o.kind && subject == o.subject && detail == o.detail && date == o.date && have == o.have
            && needed == o.needed;
    }
};

// One vehicle, piece or skill of a module as the departure checklist lists it.
struct ReadinessVehicle {
    qint64 id = 0;
    QString plate;
    QString typeCode;
    QString model;
    QString siteName;
    QString stateCode;
    QDate revisionDue;
    QDate insuranceExpiry;
    qint64 odometerKm = 0;
    bool fit = true;
};
struct ReadinessEquipment {
    qint64 id = 0;
    QString typeCode;
    QString description;
    QString serial;
    QString siteName;
    QString stateCode;
    QDate checkDue;
    bool fit = true;
};
struct ReadinessSkill {
    QString qualification;
    int needed = 0;
    int holders = 0; // volunteers holding it valid today
    int covered = 0; // slots filled, each volunteer counted for one skill only
};

// A module's readiness on a day: ready when every vehicle and piece is fit
// and every skill covered; otherwise the reasons, in a stable order
// (vehicles by plate, equipment by description and serial, skills as
// listed in the module).
struct ModuleReadiness {
    qint64 moduleId = 0;
    QString name;
    QString siteName;
    bool active = true;
    QList<ReadinessVehicle> vehicles;
    QList<ReadinessEquipment> equipment;
    QList<ReadinessSkill> skills;
    QList<ReadinessReason> reasons;
    bool ready() const { return reasons.isEmpty(); }
};

// Readiness, computed (never stored) on `today`, the injected clock's:
// - a vehicle is fit when active, operational (not in maintenance nor out
//   of service), its revision and insurance not overdue (a date before
//   today; one due today is still valid, dueState()'s rule) and not on a
//   deployment running today;
// - a piece of equipment likewise: active, operational, its periodic check
//   not overdue, not out on loan, not on a deployment running today;
// - a skill is covered when as many volunteers as it needs hold the
//   qualification (same name, letter case aside), active, obtained on or
//   before today and not expired before today. One volunteer fills one
//   place only: two drivers and two chainsaw operators need four people,
//   even if someone holds both (a maximum matching, so the count does not
//   depend on the order);
// - a module with nothing in it is not ready.
// Reads what grows with the volunteers: call it off the GUI thread.
class Readiness {
public:
    static core::Result<ModuleReadiness> of(const QSqlDatabase &db, qint64 moduleId, const QDate &today);
    // Every module (activeOnly: the active ones), in modules()'s order.
    static core::Result<QList<ModuleReadiness>> all(const QSqlDatabase &db, const QDate &today, bool activeOnly = true);
    // The tables readiness reads (for the Cruscotto's refresh).
    static QStringList tables();
    // How many places of each skill a set of holders fills: `holders[i]`
    // the volunteers holding skill i, `needed[i]` its places. Pure; the
    // answer is the same whatever the order of the holders.
    static QList<int> coverSkills(const QList<QList<qint64>> &holders, const QList<int> &needed);
};

// The reasons in Italian (English source strings), for the page, the
// checklist and the command line.
class ReadinessText {
    Q_DECLARE_TR_FUNCTIONS(fleet::ReadinessText)
public:
    static QString reason(const ReadinessReason &reason);
    static QStringList reasons(const QList<ReadinessReason> &reasons);
    static QString status(bool ready);
};

} // namespace fleet

#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace fleet {

// The Colonna Mobile's records as the domain passes them around (plain
// values; codes are the database's). Dates invalid when not known.

// A place where vehicles and equipment are kept: the Idroscalo
// headquarters, a pole of the Colonna Mobile, another store.
struct Site {
    enum class Kind { Headquarters, Pole, Other };
    enum class State { Operational, Planned, Closed };
    qint64 id = 0;
    QString name;
    Kind kind = Kind::Other;
    QString address;
    int comuneId = 0; // 0: not recorded
    State state = State::Operational;
    QString capacityNotes;
    QString notes;
};

// Operational, in maintenance, out of service: vehicles and equipment alike.
enum class AssetState { Operational, Maintenance, OutOfService };

struct Vehicle {
    enum class Type { Car, OffRoad, Van, Minibus, Truck, Pickup, Trailer, Motorcycle, Special };
    enum class Owner { MetropolitanCity, CcvMi, Organisation };
    qint64 id = 0;
    QString plate; // normalised: upper case, no spaces ("AB123CD")
    Type type = Type::Van;
    QString model;
    Owner owner = Owner::MetropolitanCity;
    qint64 organisationId = 0; // only with Owner::Organisation
    qint64 siteId = 0;
    AssetState state = AssetState::Operational;
    QDate registrationDate;
    QDate revisionDue;
    QDate insuranceExpiry;
    // The odometer: the highest reading (typed here, imported, read at a
    // service) or, when higher, a reading plus the km of the deployments
    // (not voided, as corrected) recorded since (fleet_vehicle_odometer).
    qint64 odometerKm = 0;
    // fleet_vehicle.odometer_km, the highest reading alone (read only:
    // saveVehicle() writes odometerKm as a reading when it was changed).
    qint64 readingKm = 0;
    QString notes;
    bool active = true;
};

// One line of a vehicle's maintenance log (append only).
struct MaintenanceEntry {
    qint64 id = 0;
    qint64 vehicleId = 0;
    QDate day;
    qint64 km = 0;
    QString work;
    qint64 costCents = 0;
    QString doneBy;
};

struct Equipment {
    enum class Type { Tent, Generator, Pump, LightingTower, FieldKitchen, Radio, Chainsaw, Other };
    qint64 id = 0;
    Type type = Type::Other;
    QString description;
    QString serialNumber;
    qint64 siteId = 0;
    AssetState state = AssetState::Operational;
    QDate checkDue;
    QString notes;
    bool active = true;
};

// Condition of a piece of equipment when it comes back from a loan.
enum class ReturnCondition { Good, Worn, Damaged, Lost };

// The largest odometer reading taken as true: above it a typing error.
constexpr qint64 maxOdometerKm = 2'000'000;
// The largest cost of one maintenance entry, in cents (one billion euro).
constexpr qint64 maxCostCents = 100'000'000'000LL;

QString siteKindCode(Site::Kind kind);
bool siteKindFromCode(const QString &code, Site::Kind *kind);
QString siteStateCode(Site::State state);
bool siteStateFromCode(const QString &code, Site::State *state);
QString assetStateCode(AssetState state);
bool assetStateFromCode(const QString &code, AssetState *state);
QString vehicleTypeCode(Vehicle::Type type);
bool vehicleTypeFromCode(const QString &code, Vehicle::Type *type);
QString ownerCode(Vehicle::Owner owner);
bool ownerFromCode(const QString &code, Vehicle::Owner *owner);
QString equipmentTypeCode(Equipment::Type type);
bool equipmentTypeFromCode(const QString &code, Equipment::Type *type);
QString conditionCode(ReturnCondition condition);
bool conditionFromCode(const QString &code, ReturnCondition *condition);

QStringList vehicleTypeCodes();
QStringList equipmentTypeCodes();

// The words people use for each code (Italian through tr()), for lists,
// reports and the importers' lenient reading.
class FleetText {
    Q_DECLARE_TR_FUNCTIONS(fleet::FleetText)
public:
    static QString siteKind(const QString &code);
    static QString siteState(const QString &code);
    static QString assetState(const QString &code);
    static QString vehicleType(const QString &code);
    static QString owner(const QString &code);
    static QString equipmentType(const QString &code);
    static QString condition(const QString &code);
};

} // namespace fleet

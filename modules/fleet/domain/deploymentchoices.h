#pragma once

#include "core/domain/result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

namespace fleet {

// What the "New deployment" form offers, read in one go off the GUI thread
// (the volunteers and their qualifications grow with the organisations):
// the events (the activation events the Volontari module and the room
// use, newest first), the active services, the modules with their members
// and skills, the active vehicles and equipment with what decides whether
// they are fit (vehicleUnfitness()/equipmentUnfitness() on the form's last
// day), and the active volunteers with the qualifications valid on `today`.
struct DeploymentChoices {
    struct Event {
        qint64 id = 0;
        QString name;
        QDate start;
        QDate end; // invalid: still open
        bool covers(const QDate &day) const
        {
            return day.isValid() && day >= start && (!end.isValid() || day <= end);
        }
    };
    struct Module {
        qint64 id = 0;
        QString name;
        QList<qint64> vehicleIds;
        QList<qint64> equipmentIds;
        QStringList skills; // qualification names
    };
    // A deployment a vehicle or piece is on (the form says so when the
    // days overlap: the command refuses it, reason or not).
    struct Busy {
        QDate from;
        QDate to;
        QString event;
    };
    struct VehicleChoice {
        qint64 id = 0;
        QString plate; // as displayed: "AB 123 CD"
        QString label; // "van · Fiat Ducato"
        QString stateCode;
        bool active = true;
        QDate revisionDue;
        QDate insuranceExpiry;
        qint64 odometerKm = 0;
        QList<Busy> busy;
        // Unfitness codes on the deployment's last day (deployment.h).
        QStringList unfitOn(const QDate &to) const;
    };
    struct EquipmentChoice {
        qint64 id = 0;
        QString label; // description and serial
        QString serial;
        QString stateCode;
        bool active = true;
        QDate checkDue;
        QList<Busy> busy;
        QStringList unfitOn(const QDate &to) const;
    };
    // The first deployment among `busy` running on some day of from..to.
    static const Busy *busyOn(const QList<Busy> &busy, const QDate &from, const QDate &to);
    struct Volunteer {
        qint64 id = 0;
        QString name; // "Rossi Maria"
        QString taxCode;
        QString organisation;
        QStringList qualifications; // valid on the day read
    };

    QList<Event> events;
    QList<QPair<qint64, QString>> services;
    QList<Module> modules;
    QList<VehicleChoice> vehicles;
    QList<EquipmentChoice> equipment;
    QList<Volunteer> volunteers;

    // Any thread, on its connection (a worker's: the caller checks
    // Permission::FleetDeploy on the signed-in connection first).
    static core::Result<DeploymentChoices> read(const QSqlDatabase &db, const QDate &today);
    const Module *module(qint64 id) const;
    // The volunteers holding one of `skills` (letter case aside) first,
    // each group by name: whom a module's departure needs.
    QList<Volunteer> volunteersFor(const QStringList &skills) const;
};

} // namespace fleet

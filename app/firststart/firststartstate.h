#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QString>

// Where a new room stands with the first-start guide, read from the
// database every time (nothing is stored about the guide itself): each step
// is done when what it makes exists.
struct FirstStartState {
    int workstation = 0;
    QString workstationName;  // local_config; empty until the workstation is named
    int otherAccounts = 0;    // active accounts besides the administrators
    int activeItems = 0;      // active items of the Magazzino's catalogue
    int organisations = 0;    // active volunteer organisations
    bool inRoom = false;      // the database belongs to an operations room
    QString roomName;

    bool workstationDone() const { return !workstationName.isEmpty(); }
    bool accountsDone() const { return otherAccounts > 0; }
    bool catalogueDone() const { return activeItems > 0; }
    bool organisationsDone() const { return organisations > 0; }
    bool roomDone() const { return inRoom; } // optional

    // The four steps every room needs (the room is optional).
    static constexpr int requiredSteps = 4;
    int requiredDone() const
    {
        return int(workstationDone()) + int(accountsDone()) + int(catalogueDone()) + int(organisationsDone());
    }
    bool complete() const { return requiredDone() == requiredSteps; }
    // A database without goods or organisations: the Cruscotto would show
    // only zeros, so it offers the guide by itself.
    bool looksNew() const { return !catalogueDone() || !organisationsDone(); }
};

core::Result<FirstStartState> readFirstStartState(const QSqlDatabase &db);

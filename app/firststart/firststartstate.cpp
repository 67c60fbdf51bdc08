#include "firststart/firststartstate.h"

#include "core/auth/accountrepository.h"
#include "core/db/connectionstate.h"
#include "core/db/localconfig.h"
#include "core/sync/room.h"
#include "stock/domain/startercatalogue.h"
#include "volunteers/domain/organisationrepository.h"

core::Result<FirstStartState> readFirstStartState(const QSqlDatabase &db)
{
    FirstStartState state;
    state.workstation = core::sessionWorkstation(db);
    state.workstationName = core::LocalConfig::value(db, core::LocalConfig::workstationName).trimmed();
    auto accounts = core::AccountRepository(db).all();
    if (!accounts)
        return accounts.error();
    for (const core::Account &a : *accounts)
        if (a.active && a.role != core::Role::Administrator && a.role != core::Role::Service)
            ++state.otherAccounts;
    auto items = stock::activeItemCount(db);
    if (!items)
        return items.error();
    state.activeItems = *items;
    auto organisations = volunteers::OrganisationRepository(db).all(true);
    if (!organisations)
        return organisations.error();
    state.organisations = int(organisations->size());
    state.inRoom = !core::sync::Room::key(db).isEmpty();
    state.roomName = state.inRoom ? core::sync::Room::name(db) : QString();
    return state;
}

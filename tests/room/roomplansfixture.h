#pragma once

#include "core/commands/commandrunner.h"
#include "core/db/sql.h"
#include "room/domain/plancommands.h"
#include "room/domain/planrepository.h"
#include "room/domain/roomsync.h"
#include "support/permissionprobe.h"
#include "support/testaccounts.h"
#include "support/testdatabase.h"

// A database with the test accounts and "coord" signed in; the clock stands
// on Tuesday 10/03/2026 at 10:00.
struct PlansFixture {
    testsupport::TestDatabase database;
    core::FixedClock clock { QDateTime(QDate(2026, 3, 10), QTime(10, 0)) };

    QSqlDatabase db() const { return database.db(); }
    QDate today() const { return clock.today(); }

    bool setUp()
    {
        if (!database.isValid())
            return false;
        if (!core::runQuery(db(), QStringLiteral("PRAGMA synchronous = OFF")))
            return false;
        if (!testsupport::createRoleAccounts(db(), clock))
            return false;
        return as(QStringLiteral("coord"));
    }

    int comune(const QString &name) const
    {
        auto v = core::queryValue(
            db(), QStringLiteral("SELECT c.id FROM comune c JOIN comune_cmm m ON m.comune_id = c.id WHERE c.name = ?"), { name });
        return v ? v->toInt() : 0;
    }

    bool as(const QString &user)
    {
        testsupport::signOut(db());
        return testsupport::signInAs(db(), user, clock);
    }

    core::Status run(core::Command &command) const { return core::CommandRunner(db(), clock).run(command); }

    qint64 count(const QString &sql, const QVariantList &binds = {}) const
    {
        auto v = core::queryValue(db(), sql, binds);
        return v ? v->toLongLong() : -1;
    }

    // A valid plan of `comuneId`: approved on `approved`, revised on `revised`.
    static room::PlanState plan(int comuneId, const QDate &approved, const QDate &revised = {}, const QDate &due = {})
    {
        room::PlanState p;
        p.comuneId = comuneId;
        p.hasPlan = true;
        p.approvedOn = approved;
        p.revisedOn = revised;
        p.revisionDue = due;
        p.risks = { room::Risk::Hydraulic, room::Risk::Hydrogeological };
        return p;
    }
};

#pragma once

#include "core/commands/commandrunner.h"
#include "core/db/sql.h"
#include "support/testaccounts.h"
#include "support/testdatabase.h"

#include <QTest>

// The Cabina di regia and Protocollo tests' database: reference data, the
// test accounts, the coordinator signed in, a fixed clock (Friday
// 19/03/2021 9:00) that the tests move.
struct RoomCommsFixture {
    testsupport::TestDatabase database;
    core::FixedClock clock { QDateTime(QDate(2021, 3, 19), QTime(9, 0)) };

    QSqlDatabase db() const { return database.db(); }

    bool setUp()
    {
        if (!database.isValid())
            return false;
        if (!core::runQuery(db(), QStringLiteral("PRAGMA synchronous = OFF")))
            return false;
        if (!testsupport::createRoleAccounts(db(), clock))
            return false;
        return testsupport::signInAs(db(), QStringLiteral("coord"), clock);
    }

    bool as(const QString &user)
    {
        testsupport::signOut(db());
        return testsupport::signInAs(db(), user, clock);
    }

    core::Status run(core::Command &command) { return core::CommandRunner(db(), clock).run(command); }

    qint64 count(const QString &sql, const QVariantList &binds = {}) const
    {
        return core::queryValue(db(), sql, binds)->toLongLong();
    }
};

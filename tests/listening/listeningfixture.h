#pragma once

#include "core/db/connectionstate.h"
#include "core/db/sql.h"
#include "listening/domain/listeningservice.h"
#include "listening/domain/staffservice.h"
#include "support/testaccounts.h"
#include "support/testdatabase.h"

#include <QTest>

// A database with the test accounts (testaccounts.h), two psychologists on
// the roster ("psy" is the first) and a fixed clock: Friday 19/03/2021 9:00.
struct ListeningFixture {
    testsupport::TestDatabase database;
    core::FixedClock clock { QDateTime(QDate(2021, 3, 19), QTime(9, 0)) };
    qint64 psychologist = 0;
    qint64 otherPsychologist = 0;

    QSqlDatabase db() const { return database.db(); }

    bool setUp()
    {
        if (!database.isValid())
            return false;
        // Durability is the program's business, not the tests': without
        // fsync at every commit the data-driven tests run in a second.
        if (!core::runQuery(db(), QStringLiteral("PRAGMA synchronous = OFF")))
            return false;
        if (!testsupport::createRoleAccounts(db(), clock))
            return false;
        if (!testsupport::signInAs(db(), QStringLiteral("coord"), clock))
            return false;
        listening::StaffService staff(db(), clock);
        auto psyAccount
            = core::queryValue(db(), QStringLiteral("SELECT id FROM operator_account WHERE username = 'psy'"));
        auto a = staff.savePsychologist(
            { 0, QStringLiteral("Dott.ssa Paola Psicologa"), QStringLiteral("000 1"), {}, psyAccount->toLongLong() });
        auto b = staff.savePsychologist({ 0, QStringLiteral("Dott. Controllo Positivo"), QStringLiteral("000 2") });
        testsupport::signOut(db());
        if (!a || !b)
            return false;
        psychologist = *a;
        otherPsychologist = *b;
        return true;
    }

    bool as(const QString &user)
    {
        testsupport::signOut(db());
        return testsupport::signInAs(db(), user, clock);
    }

    listening::ListeningService service() { return listening::ListeningService(db(), clock); }

    // A request received `hoursAgo` before the clock, registered by the coordinator.
    qint64 intake(double hoursAgo, listening::Urgency urgency = listening::Urgency::Normal,
        const QString &name = QStringLiteral("Lucia Esempio"), const QString &phone = QStringLiteral("000 555 1234"))
    {
        as(QStringLiteral("coord"));
        listening::NewRequest n;
        n.receivedAt = clock.now().addSecs(qint64(-hoursAgo * 3600));
        n.callerName = name;
        n.callerPhone = phone;
        n.comuneId = 15171;
        n.urgency = urgency;
        n.reason = QStringLiteral("Si sente sola");
        auto id = service().registerRequest(n);
        if (!id)
            qWarning() << id.error().code << id.error().args;
        testsupport::signOut(db());
        return id ? *id : 0;
    }
};

#pragma once

#include "core/commands/commandrunner.h"
#include "core/db/sql.h"
#include "room/domain/roomcommands.h"
#include "room/domain/roomeventrepository.h"
#include "room/domain/roomsync.h"
#include "support/testaccounts.h"
#include "support/testdatabase.h"

#include <QTest>

// A database with the test accounts, "oper" signed in, and one open event
// (Allerta meteo Seveso, from 02/11/2020, Milano and Bresso); the clock
// stands on Tuesday 03/11/2020 at 10:00.
struct RoomFixture {
    testsupport::TestDatabase database;
    core::FixedClock clock { QDateTime(QDate(2020, 11, 3), QTime(10, 0)) };
    qint64 event = 0;
    int milano = 0;
    int bresso = 0;

    QSqlDatabase db() const { return database.db(); }

    bool setUp()
    {
        if (!database.isValid())
            return false;
        if (!core::runQuery(db(), QStringLiteral("PRAGMA synchronous = OFF")))
            return false;
        if (!testsupport::createRoleAccounts(db(), clock))
            return false;
        milano = comune(QStringLiteral("Milano"));
        bresso = comune(QStringLiteral("Bresso"));
        if (!as(QStringLiteral("oper")))
            return false;
        room::RoomEvent e;
        e.base.name = QStringLiteral("Allerta meteo Seveso");
        e.base.authorisingAct = QStringLiteral("Avviso di criticità regionale n. 131/2020");
        e.base.startDate = QDate(2020, 11, 2);
        e.scenario = room::Scenario::HydroMeteo;
        e.comuneIds = { bresso, milano };
        room::SaveRoomEvent save(e);
        if (!run(save))
            return false;
        event = save.eventId();
        return event != 0;
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

    // An entry of the event at `at` (invalid: now).
    core::Result<qint64> write(const QString &body, room::DiaryKind kind = room::DiaryKind::Note,
        const QDateTime &at = {}, qint64 correctsId = 0)
    {
        room::NewDiaryEntry e;
        e.eventId = event;
        e.kind = kind;
        e.body = body;
        e.at = at;
        e.correctsId = correctsId;
        room::AppendDiaryEntry command(e);
        if (auto s = run(command); !s)
            return s.error();
        return command.entryId();
    }

    qint64 count(const QString &sql, const QVariantList &binds = {}) const
    {
        auto v = core::queryValue(db(), sql, binds);
        return v ? v->toLongLong() : -1;
    }
};

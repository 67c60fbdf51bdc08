// The Sala operativa's tables between two workstations of the room working
// apart: diary entries written on both (the ledger merges by union, with
// corrections pointing across), phase changes on both (the phase ledger
// keeps both, the event's phase the later), the comuni of one event edited
// apart (a set: merged comune by comune). Both end with the same rows.

#include "core/db/sql.h"
#include "core/sync/tableregistry.h"
#include "room/domain/diaryrepository.h"
#include "room/domain/roomeventrepository.h"
#include "room/domain/roomsync.h"
#include "support/workstationpair.h"
#include "volunteers/domain/volunteerssync.h"

#include <QTest>

using namespace room;
using testsupport::WorkstationPair;

namespace {

qint64 number(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    auto v = core::queryValue(db, sql, binds);
    return v ? v->toLongLong() : -1;
}

int comune(const QSqlDatabase &db, const QString &name)
{
    return int(number(db, QStringLiteral("SELECT c.id FROM comune c JOIN comune_cmm m ON m.comune_id = c.id WHERE c.name = ?"),
        { name }));
}

} // namespace

class TestRoomSync : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void declarations();
    void diaryPhasesAndComuniWrittenApartEndTheSame();
};

void TestRoomSync::initTestCase()
{
    volunteers::declareSyncTables();
    room::declareSyncTables();
}

void TestRoomSync::declarations()
{
    using core::sync::TableKind;
    using core::sync::TableRegistry;
    QCOMPARE(TableRegistry::kind("room_diary"), TableKind::Ledger);
    QCOMPARE(TableRegistry::kind("room_event_phase"), TableKind::Ledger);
    QCOMPARE(TableRegistry::kind("room_event_comune"), TableKind::SetMember);
    QCOMPARE(TableRegistry::setKey("room_event_comune"), (QStringList { "event_id", "comune_id" }));
    // The room's columns travel with the volunteers' (mutable) event.
    QCOMPARE(TableRegistry::kind("activation_event"), TableKind::Mutable);
}

void TestRoomSync::diaryPhasesAndComuniWrittenApartEndTheSame()
{
    WorkstationPair pair;
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    const QSqlDatabase a = pair.a(), b = pair.b();
    const auto now = [&] { return pair.clock().now(); };
    const int milano = comune(a, "Milano"), bresso = comune(a, "Bresso"), cormano = comune(a, "Cormano"),
              senago = comune(a, "Senago");
    QVERIFY(milano && bresso && cormano && senago);

    // Station a opens the event; b receives it.
    RoomEvent event;
    event.base.name = QStringLiteral("Allerta idrogeologica Seveso");
    event.base.authorisingAct = QStringLiteral("Avviso di criticità n. 112/2020");
    event.base.startDate = QDate(2020, 10, 2);
    event.scenario = Scenario::HydroMeteo;
    event.comuneIds = { milano, bresso };
    QVERIFY(RoomEventRepository(a).save(event, "coord", now()));
    DiaryRepository diaryA(a), diaryB(b);
    NewDiaryEntry first;
    first.eventId = event.base.id;
    first.kind = DiaryKind::Message;
    first.body = QStringLiteral("Ricevuto l'avviso di criticità: codice arancione");
    first.at = QDateTime(QDate(2020, 10, 2), QTime(14, 0));
    auto firstId = diaryA.append(first, "coord", "Carla", now());
    QVERIFY(firstId);
    auto exchanged = pair.exchange();
    QVERIFY2(exchanged, qPrintable(exchanged.error().code));
    QCOMPARE(number(b, "SELECT count(*) FROM room_diary"), qint64(1));

    // Apart: both write, both change the phase, both edit the comuni.
    pair.tick();
    NewDiaryEntry onA = first;
    onA.kind = DiaryKind::CallIn;
    onA.body = QStringLiteral("Il COC di Bresso segnala il Seveso in piena");
    onA.at = QDateTime(QDate(2020, 10, 2), QTime(22, 10));
    QVERIFY(diaryA.append(onA, "oper", "Oscar", now()));
    NewDiaryEntry fix = first;
    fix.body = QStringLiteral("Ricevuto l'avviso di criticità: codice rosso");
    fix.correctsId = *firstId;
    QVERIFY(diaryB.append(fix, "coord", "Carla", now()));
    QVERIFY(RoomEventRepository(a).changePhase(event.base.id, Phase::PreAlarm,
        QDateTime(QDate(2020, 10, 2), QTime(15, 0)), "coord", QString(), now()));
    pair.tick();
    QVERIFY(RoomEventRepository(b).changePhase(event.base.id, Phase::Alarm,
        QDateTime(QDate(2020, 10, 2), QTime(23, 0)), "coord", QStringLiteral("esondazione"), now()));
    auto onB = RoomEventRepository(b).event(event.base.id);
    onB->comuneIds = { milano, bresso, cormano };
    QVERIFY(RoomEventRepository(b).save(*onB, "coord", now()));
    auto onAEvent = RoomEventRepository(a).event(event.base.id);
    onAEvent->comuneIds = { milano, senago };
    QVERIFY(RoomEventRepository(a).save(*onAEvent, "coord", now()));

    exchanged = pair.exchange();
    QVERIFY2(exchanged, qPrintable(exchanged.error().code));
    QCOMPARE(pair.differingTables(), QStringList());
    for (const QSqlDatabase &db : { a, b }) {
        QCOMPARE(number(db, "SELECT count(*) FROM room_diary"), qint64(3));
        QCOMPARE(number(db, "SELECT count(*) FROM room_diary WHERE corrects_id = ?", { *firstId }), qint64(1));
        // Both phase changes are in the ledger; the later one is the phase.
        QCOMPARE(number(db, "SELECT count(*) FROM room_event_phase WHERE event_id = ?", { event.base.id }), qint64(3));
        QCOMPARE(RoomEventRepository(db).event(event.base.id)->phase, Phase::Alarm);
        // The comuni merged member by member: b added Cormano, a removed
        // Bresso and added Senago.
        auto comuni = RoomEventRepository(db).event(event.base.id)->comuneIds;
        QList<int> expected { milano, cormano, senago };
        std::sort(expected.begin(), expected.end());
        QCOMPARE(comuni, expected);
    }
}

QTEST_GUILESS_MAIN(TestRoomSync)
#include "tst_roomsync.moc"

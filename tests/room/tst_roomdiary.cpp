// The room's events and diary, in the domain: the diary is append-only
// (the database refuses UPDATE and DELETE), corrections are new entries
// pointing at the old one, bad entries and bad phase changes are refused
// with their codes, every write is a command with its audit entry, and the
// printed diary of a day or an event holds what was written.

#include "roomfixture.h"

#include "core/auth/permissions.h"
#include "core/domain/dates.h"
#include "core/reporting/reportcatalog.h"
#include "room/domain/diaryreport.h"
#include "room/domain/diaryrepository.h"
#include "room/domain/roomtypes.h"

#include <QTest>

using namespace room;

Q_DECLARE_METATYPE(room::Phase)

class TestRoomDiary : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void entryIsWrittenBySignedInPerson();
    void diaryIsAppendOnly_data();
    void diaryIsAppendOnly();
    void correctionPointsAtTheOldEntry();
    void refusedEntries_data();
    void refusedEntries();
    void entryWithoutPersonIsRefused();
    void phaseTransitions_data();
    void phaseTransitions();
    void closingEndsTheEventAndStaysClosed();
    void eventSaveKeepsTheVolunteersEventAndComuni();
    void badEvents_data();
    void badEvents();
    void filterAndSearch();
    void printedDiaryOfDayAndEvent();
    void codesAndTexts();

private:
    RoomFixture *f = nullptr;
};

void TestRoomDiary::initTestCase()
{
    room::declareSyncTables();
    declareAuditTexts();
}

void TestRoomDiary::init()
{
    f = new RoomFixture;
    QVERIFY(f->setUp());
}

void TestRoomDiary::cleanup()
{
    delete f;
    f = nullptr;
}

void TestRoomDiary::entryIsWrittenBySignedInPerson()
{
    auto id = f->write(QStringLiteral("Il COC di Bresso segnala il Seveso a 20 cm dalla soglia"), DiaryKind::CallIn,
        QDateTime(QDate(2020, 11, 3), QTime(9, 42)));
    QVERIFY2(id, qPrintable(id.error().code));
    auto entry = DiaryRepository(f->db()).entry(*id);
    QVERIFY(entry);
    QCOMPARE(entry->author, QString("oper"));
    QVERIFY(!entry->authorName.isEmpty());
    QCOMPARE(entry->kind, DiaryKind::CallIn);
    QCOMPARE(entry->day, QDate(2020, 11, 3));
    QCOMPARE(entry->at, QDateTime(QDate(2020, 11, 3), QTime(9, 42)));
    QCOMPARE(entry->recordedAt, f->clock.now());
    QCOMPARE(entry->eventId, f->event);
    // The command's audit entry, with the new id and nothing personal.
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'command' AND detail = ? "
                                     "AND username = 'oper' AND permission = 'room.edit'"),
                 { QStringLiteral("room.diary.append %1").arg(*id) }),
        qint64(1));
    // An entry without a time is written at this moment.
    auto now = f->write(QStringLiteral("Turno di sala: due operatori"));
    QVERIFY(now);
    QCOMPARE(DiaryRepository(f->db()).entry(*now)->at, f->clock.now());
}

void TestRoomDiary::diaryIsAppendOnly_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("update text") << "UPDATE room_diary SET body = 'cambiato'";
    QTest::newRow("update author") << "UPDATE room_diary SET author = 'coord'";
    QTest::newRow("delete") << "DELETE FROM room_diary";
    QTest::newRow("phase update") << "UPDATE room_event_phase SET phase = 'alarm'";
    QTest::newRow("phase delete") << "DELETE FROM room_event_phase";
}

void TestRoomDiary::diaryIsAppendOnly()
{
    QFETCH(QString, sql);
    QVERIFY(f->write(QStringLiteral("Prima voce")));
    const qint64 before = f->count(QStringLiteral("SELECT count(*) FROM room_diary"));
    const qint64 phases = f->count(QStringLiteral("SELECT count(*) FROM room_event_phase"));
    QVERIFY(phases >= 1);
    auto q = core::runQuery(f->db(), sql);
    QVERIFY(!q);
    QVERIFY2(q.error().args.join(' ').contains("append-only"), qPrintable(q.error().args.join(' ')));
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM room_diary")), before);
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM room_diary WHERE body = 'Prima voce' AND author = 'oper'")),
        qint64(1));
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM room_event_phase")), phases);
}

void TestRoomDiary::correctionPointsAtTheOldEntry()
{
    auto old = f->write(QStringLiteral("Il COC di Milano chiede 12 sacchi di sabbia"), DiaryKind::CallIn,
        QDateTime(QDate(2020, 11, 3), QTime(8, 10)));
    QVERIFY(old);
    auto fix = f->write(QStringLiteral("Il COC di Milano chiede 120 sacchi di sabbia"), DiaryKind::CallIn,
        QDateTime(QDate(2020, 11, 3), QTime(8, 10)), *old);
    QVERIFY2(fix, qPrintable(fix.error().code));
    DiaryRepository diary(f->db());
    // The old entry is untouched and shows as corrected; the new one points at it.
    QCOMPARE(diary.entry(*old)->body, QString("Il COC di Milano chiede 12 sacchi di sabbia"));
    QCOMPARE(diary.entry(*old)->correctedById, *fix);
    QCOMPARE(diary.entry(*fix)->correctsId, *old);
    QCOMPARE(diary.entry(*fix)->correctedById, qint64(0));
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM audit_event WHERE detail LIKE 'room.diary.correct %'")), qint64(1));
    // Once corrected, the old entry is not corrected again: the correction is.
    auto twice = f->write(QStringLiteral("altro"), DiaryKind::Note, {}, *old);
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, QString("room.diary_already_corrected"));
    QCOMPARE(twice.error().args, QStringList { QString::number(*fix) });
    QVERIFY(f->write(QStringLiteral("Il COC di Milano chiede 100 sacchi"), DiaryKind::CallIn, {}, *fix));
    // The list can leave the corrected entries out.
    DiaryFilter filter;
    filter.hideCorrected = true;
    auto current = diary.entries(filter);
    QCOMPARE(current->size(), 1);
    QCOMPARE(current->first().body, QString("Il COC di Milano chiede 100 sacchi"));
}

void TestRoomDiary::refusedEntries_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("code");
    // 0 no event, 1 empty text, 2 blank text, 3 future, 4 before the event,
    // 5 unknown event, 6 unknown comune, 7 unknown organisation,
    // 8 unknown delivery, 9 unknown request, 10 unknown entry corrected,
    // 11 correction in another event, 12 text too long
    QTest::newRow("no event") << 0 << "room.diary_event_missing";
    QTest::newRow("no text") << 1 << "room.diary_body_missing";
    QTest::newRow("blank text") << 2 << "room.diary_body_missing";
    QTest::newRow("in the future") << 3 << "room.diary_future";
    QTest::newRow("before the event") << 4 << "room.diary_before_event";
    QTest::newRow("unknown event") << 5 << "room.unknown_event";
    QTest::newRow("unknown comune") << 6 << "room.unknown_comune";
    QTest::newRow("unknown organisation") << 7 << "room.unknown_organisation";
    QTest::newRow("unknown delivery") << 8 << "room.unknown_delivery";
    QTest::newRow("unknown request") << 9 << "room.unknown_request";
    QTest::newRow("unknown entry corrected") << 10 << "room.diary_unknown_entry";
    QTest::newRow("correction in another event") << 11 << "room.diary_correction_event";
    QTest::newRow("text too long") << 12 << "room.diary_body_long";
}

void TestRoomDiary::refusedEntries()
{
    QFETCH(int, field);
    QFETCH(QString, code);
    NewDiaryEntry e;
    e.eventId = f->event;
    e.kind = DiaryKind::CallIn;
    e.body = QStringLiteral("Chiamata del COC");
    switch (field) {
    case 0: e.eventId = 0; break;
    case 1: e.body.clear(); break;
    case 2: e.body = QStringLiteral("   \n "); break;
    case 3: e.at = f->clock.now().addSecs(3600); break;
    case 4: e.at = QDateTime(QDate(2020, 11, 1), QTime(23, 0)); break;
    case 5: e.eventId = 999999; break;
    case 6: e.comuneId = 1; break;
    case 7: e.organisationId = 424242; break;
    case 8: e.deliveryId = 424242; break;
    case 9: e.requestId = 424242; break;
    case 10: e.correctsId = 424242; break;
    case 11: {
        RoomEvent other;
        other.base.name = QStringLiteral("Esercitazione");
        other.base.authorisingAct = QStringLiteral("Nota 1");
        other.base.startDate = QDate(2020, 10, 1);
        SaveRoomEvent save(other);
        QVERIFY(f->run(save));
        auto old = f->write(QStringLiteral("voce dell'allerta"));
        QVERIFY(old);
        e.eventId = save.eventId();
        e.correctsId = *old;
        break;
    }
    case 12: e.body = QString(DiaryRepository::maxBodyLength + 1, QLatin1Char('x')); break;
    }
    const qint64 before = f->count(QStringLiteral("SELECT count(*) FROM room_diary"));
    AppendDiaryEntry command(e);
    auto s = f->run(command);
    QVERIFY(!s);
    QCOMPARE(s.error().code, code);
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM room_diary")), before);
    // The repository refuses it the same way, without the command.
    auto direct = DiaryRepository(f->db()).append(e, QStringLiteral("oper"), QString(), f->clock.now());
    QVERIFY(!direct);
    QCOMPARE(direct.error().code, code);
}

void TestRoomDiary::entryWithoutPersonIsRefused()
{
    NewDiaryEntry e;
    e.eventId = f->event;
    e.body = QStringLiteral("Nessuno firma questa voce");
    // Nobody signed in: the command is refused before anything is written.
    testsupport::signOut(f->db());
    AppendDiaryEntry command(e);
    auto s = f->run(command);
    QVERIFY(!s);
    QCOMPARE(s.error().code, QString("auth.not_signed_in"));
    // The repository refuses an empty author, and the table a blank one.
    auto direct = DiaryRepository(f->db()).append(e, QStringLiteral("  "), QString(), f->clock.now());
    QVERIFY(!direct);
    QCOMPARE(direct.error().code, QString("room.author_missing"));
    QVERIFY(!core::runQuery(f->db(),
        QStringLiteral("INSERT INTO room_diary(id, event_id, at, day, kind, body, author, recorded_at) "
                       "VALUES (1, ?, 0, '2020-11-03', 'note', 'x', ' ', 0)"),
        { f->event }));
    QVERIFY(!core::runQuery(f->db(),
        QStringLiteral("INSERT INTO room_diary(id, event_id, at, day, kind, body, author, recorded_at) "
                       "VALUES (1, NULL, 0, '2020-11-03', 'note', 'x', 'oper', 0)")));
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM room_diary")), qint64(0));
}

void TestRoomDiary::phaseTransitions_data()
{
    QTest::addColumn<Phase>("from");
    QTest::addColumn<Phase>("to");
    QTest::addColumn<QString>("code"); // empty: allowed
    const QList<Phase> open { Phase::Attention, Phase::PreAlarm, Phase::Alarm };
    for (Phase a : allPhases())
        for (Phase b : allPhases()) {
            QString code;
            if (a == Phase::Closed)
                code = QStringLiteral("room.phase_closed");
            else if (a == b)
                code = QStringLiteral("room.phase_same");
            QTest::addRow("%s to %s", qPrintable(phaseCode(a)), qPrintable(phaseCode(b))) << a << b << code;
        }
}

void TestRoomDiary::phaseTransitions()
{
    QFETCH(Phase, from);
    QFETCH(Phase, to);
    QFETCH(QString, code);
    QCOMPARE(phaseChangeAllowed(from, to), code.isEmpty());
    // Bring the event to `from` (it starts in attention).
    if (from != Phase::Attention) {
        ChangeEventPhase first(f->event, from, QDateTime(QDate(2020, 11, 2), QTime(20, 0)));
        QVERIFY(f->run(first));
    }
    const qint64 before = f->count(QStringLiteral("SELECT count(*) FROM room_event_phase"));
    ChangeEventPhase change(f->event, to, QDateTime(QDate(2020, 11, 3), QTime(7, 30)), QStringLiteral("avviso"));
    auto s = f->run(change);
    if (code.isEmpty()) {
        QVERIFY2(s, qPrintable(s.error().code));
        QCOMPARE(RoomEventRepository(f->db()).event(f->event)->phase, to);
        auto history = RoomEventRepository(f->db()).phaseHistory(f->event);
        QCOMPARE(history->last().phase, to);
        QCOMPARE(history->last().previous, std::optional<Phase>(from));
        QCOMPARE(history->last().author, QString("oper"));
        QCOMPARE(history->last().note, QString("avviso"));
        QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM audit_event WHERE detail = ?"),
                     { QStringLiteral("room.event.phase %1 %2").arg(f->event).arg(phaseCode(to)) }),
            qint64(1));
    } else {
        QVERIFY(!s);
        QCOMPARE(s.error().code, code);
        QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM room_event_phase")), before);
        QCOMPARE(RoomEventRepository(f->db()).event(f->event)->phase, from);
    }
}

void TestRoomDiary::closingEndsTheEventAndStaysClosed()
{
    // A change before the event or in the future is refused.
    ChangeEventPhase early(f->event, Phase::Alarm, QDateTime(QDate(2020, 11, 1), QTime(12, 0)));
    QCOMPARE(f->run(early).error().code, QString("room.phase_before_start"));
    QCOMPARE(f->run(early).error().args, QStringList { "02/11/2020" });
    ChangeEventPhase later(f->event, Phase::Alarm, f->clock.now().addSecs(600));
    QCOMPARE(f->run(later).error().code, QString("room.phase_future"));
    ChangeEventPhase unknown(424242, Phase::Alarm);
    QCOMPARE(f->run(unknown).error().code, QString("room.unknown_event"));
    // Closing without an end date ends the event that day.
    ChangeEventPhase close(f->event, Phase::Closed);
    QVERIFY(f->run(close));
    auto event = RoomEventRepository(f->db()).event(f->event);
    QCOMPARE(event->phase, Phase::Closed);
    QCOMPARE(event->base.endDate, QDate(2020, 11, 3));
    ChangeEventPhase reopen(f->event, Phase::Alarm);
    QCOMPARE(f->run(reopen).error().code, QString("room.phase_closed"));
    // The diary of a closed event still takes late notes.
    QVERIFY(f->write(QStringLiteral("Relazione finale inviata alla Prefettura")));
}

void TestRoomDiary::eventSaveKeepsTheVolunteersEventAndComuni()
{
    RoomEventRepository events(f->db());
    auto e = events.event(f->event);
    QVERIFY(e && e->base.id);
    QCOMPARE(e->scenario, Scenario::HydroMeteo);
    QCOMPARE(e->phase, Phase::Attention);
    QCOMPARE(e->comuneIds, (QList<int> { qMin(f->milano, f->bresso), qMax(f->milano, f->bresso) }));
    // One event: the volunteers' activation event, not a second table.
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM activation_event WHERE name = 'Allerta meteo Seveso' "
                                     "AND scenario = 'hydro_meteo' AND event_type = 'ordinary'")),
        qint64(1));
    // The first phase is in the ledger, by the person who made the event.
    auto history = events.phaseHistory(f->event);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().phase, Phase::Attention);
    QVERIFY(!history->first().previous);
    // Comuni are a set: members keyed by event and comune, only changes written.
    const int cesano = f->comune(QStringLiteral("Cesano Boscone"));
    QVERIFY(cesano);
    const qint64 milanoRow = f->count(
        QStringLiteral("SELECT id FROM room_event_comune WHERE event_id = ? AND comune_id = ?"), { f->event, f->milano });
    e->comuneIds = { f->milano, cesano };
    e->base.notes = QStringLiteral("Presidio del ponte di via Gorki");
    SaveRoomEvent save(*e);
    QVERIFY(f->run(save));
    auto saved = events.event(f->event);
    QCOMPARE(saved->comuneIds.size(), 2);
    QVERIFY(saved->comuneIds.contains(cesano));
    QVERIFY(!saved->comuneIds.contains(f->bresso));
    QCOMPARE(f->count(QStringLiteral("SELECT id FROM room_event_comune WHERE event_id = ? AND comune_id = ?"),
                 { f->event, f->milano }),
        milanoRow);
    QCOMPARE(saved->base.notes, QString("Presidio del ponte di via Gorki"));
    // An edit does not touch the phase nor its ledger.
    QCOMPARE(events.phaseHistory(f->event)->size(), 1);
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM audit_event WHERE detail LIKE 'room.event.save %'")), qint64(2));
}

void TestRoomDiary::badEvents_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("code");
    QTest::newRow("no name") << 0 << "volunteers.event_name_missing";
    QTest::newRow("no act") << 1 << "volunteers.event_act_missing";
    QTest::newRow("no start") << 2 << "volunteers.event_dates";
    QTest::newRow("ends before it starts") << 3 << "volunteers.event_dates";
    QTest::newRow("same name") << 4 << "volunteers.event_exists";
    QTest::newRow("unknown comune") << 5 << "room.unknown_comune";
    QTest::newRow("unknown event edited") << 6 << "room.unknown_event";
}

void TestRoomDiary::badEvents()
{
    QFETCH(int, field);
    QFETCH(QString, code);
    RoomEvent e;
    e.base.name = QStringLiteral("Incendio boschivo Parco del Ticino");
    e.base.authorisingAct = QStringLiteral("Richiesta di Regione Lombardia");
    e.base.startDate = QDate(2020, 8, 10);
    e.scenario = Scenario::Wildfire;
    switch (field) {
    case 0: e.base.name = QStringLiteral("  "); break;
    case 1: e.base.authorisingAct.clear(); break;
    case 2: e.base.startDate = QDate(); break;
    case 3: e.base.endDate = QDate(2020, 8, 1); break;
    case 4: e.base.name = QStringLiteral("allerta meteo seveso"); break;
    case 5: e.comuneIds = { 1 }; break;
    case 6: e.base.id = 424242; break;
    }
    const qint64 before = f->count(QStringLiteral("SELECT count(*) FROM activation_event"));
    SaveRoomEvent save(e);
    auto s = f->run(save);
    QVERIFY(!s);
    QCOMPARE(s.error().code, code);
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM activation_event")), before);
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM room_event_phase")), qint64(1));
}

void TestRoomDiary::filterAndSearch()
{
    const QDateTime d2(QDate(2020, 11, 2), QTime(18, 0));
    const QDateTime d3(QDate(2020, 11, 3), QTime(9, 0));
    QVERIFY(f->write(QStringLiteral("Avviso ARPA codice arancione"), DiaryKind::Message, d2));
    QVERIFY(f->write(QStringLiteral("Chiuso il sottopasso 50% allagato"), DiaryKind::Action, d3));
    QVERIFY(f->write(QStringLiteral("Si attiva il presidio"), DiaryKind::Decision, d3));
    DiaryRepository diary(f->db());
    const auto count = [&](const DiaryFilter &filter) { return int(diary.entries(filter)->size()); };
    DiaryFilter all;
    QCOMPARE(count(all), 3);
    DiaryFilter day;
    day.day = QDate(2020, 11, 3);
    QCOMPARE(count(day), 2);
    DiaryFilter kind;
    kind.kind = DiaryKind::Decision;
    QCOMPARE(count(kind), 1);
    DiaryFilter text;
    text.text = QStringLiteral("arpa");
    QCOMPARE(count(text), 1);
    // LIKE's wildcards are searched as text.
    text.text = QStringLiteral("50%");
    QCOMPARE(count(text), 1);
    text.text = QStringLiteral("_");
    QCOMPARE(count(text), 0);
    DiaryFilter other;
    other.eventId = 424242;
    QCOMPARE(count(other), 0);
    // Oldest first.
    QCOMPARE(diary.entries(all)->first().body, QString("Avviso ARPA codice arancione"));
    // The list's query uses an index for each filter (no full scan of the diary).
    const QList<DiaryFilter> filters { all, day, kind, other };
    for (const DiaryFilter &filter : filters) {
        QVariantList binds;
        const QString where = DiaryListQuery::where(filter, &binds);
        auto plan = core::runQuery(f->db(),
            QStringLiteral("EXPLAIN QUERY PLAN SELECT d.id FROM %1 %2 ORDER BY d.at DESC, d.id DESC LIMIT 256")
                .arg(DiaryListQuery::from(), where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where),
            binds);
        QVERIFY(plan);
        QString text;
        while (plan->next())
            text += plan->value(3).toString() + QLatin1Char('\n');
        QVERIFY2(!text.contains("SCAN d\n") && !text.contains("SCAN room_diary\n"), qPrintable(text));
        QVERIFY2(!text.contains("TEMP B-TREE FOR ORDER BY") || where.contains("kind") || where.contains("day")
                || where.contains("event"),
            qPrintable(text));
    }
}

void TestRoomDiary::printedDiaryOfDayAndEvent()
{
    auto a = f->write(QStringLiteral("Avviso ARPA codice arancione"), DiaryKind::Message,
        QDateTime(QDate(2020, 11, 2), QTime(18, 0)));
    auto b = f->write(QStringLiteral("Chiesti 20 volontari"), DiaryKind::CallOut, QDateTime(QDate(2020, 11, 3), QTime(8, 0)));
    QVERIFY(a && b);
    QVERIFY(f->write(QStringLiteral("Chiesti 25 volontari"), DiaryKind::CallOut, QDateTime(QDate(2020, 11, 3), QTime(8, 0)), *b));
    core::ReportRequest request;
    request.now = f->clock.now();
    request.locale = QLocale(QLocale::Italian, QLocale::Italy);
    // Neither a day nor an event: refused.
    QCOMPARE(DiaryReport::build(f->db(), request).error().code, QString("room.report_day_or_event"));
    request.at = QDate(2020, 11, 3);
    auto day = DiaryReport::build(f->db(), request);
    QVERIFY2(day, qPrintable(day.error().code));
    const core::ReportTable *table = day->primaryTable();
    QVERIFY(table);
    QCOMPARE(table->rows.size(), 2);
    QCOMPARE(table->rows.at(0).at(4).toString(), QString("Chiesti 20 volontari"));
    QVERIFY(table->rows.at(0).at(8).toString().contains("08:00"));
    QVERIFY(table->rows.at(1).at(8).toString().contains("08:00"));
    request.at = QDate();
    request.options.insert("event", QString::number(f->event));
    auto event = DiaryReport::build(f->db(), request);
    QVERIFY(event);
    QCOMPARE(event->primaryTable()->rows.size(), 3);
    bool namesEvent = false;
    for (const auto &p : event->parameters)
        namesEvent = namesEvent || p.second.contains("Allerta meteo Seveso");
    QVERIFY(namesEvent);
    request.options.insert("event", "abc");
    QCOMPARE(DiaryReport::build(f->db(), request).error().code, QString("room.unknown_event"));
    // The psychologist has no room.view: refused.
    QVERIFY(f->as(QStringLiteral("psy")));
    request.options.insert("event", QString::number(f->event));
    QCOMPARE(DiaryReport::buildChecked(f->db(), request).error().code, QString("auth.denied"));
}

void TestRoomDiary::codesAndTexts()
{
    for (Scenario s : allScenarios())
        QCOMPARE(scenarioFromCode(scenarioCode(s)), std::optional<Scenario>(s));
    for (Phase p : allPhases())
        QCOMPARE(phaseFromCode(phaseCode(p)), std::optional<Phase>(p));
    for (DiaryKind k : allDiaryKinds())
        QCOMPARE(diaryKindFromCode(diaryKindCode(k)), std::optional<DiaryKind>(k));
    QCOMPARE(allScenarios().size(), 7);
    QVERIFY(!scenarioFromCode("flood"));
    // The table refuses codes the program does not know.
    QVERIFY(!core::runQuery(f->db(), QStringLiteral("UPDATE activation_event SET phase = 'red' WHERE id = ?"), { f->event }));
    QVERIFY(!core::runQuery(f->db(), QStringLiteral("UPDATE activation_event SET scenario = 'flood' WHERE id = ?"), { f->event }));
}

QTEST_GUILESS_MAIN(TestRoomDiary)
#include "tst_roomdiary.moc"

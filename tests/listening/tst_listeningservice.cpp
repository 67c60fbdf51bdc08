// The rules of the listening line: intake, callbacks and their escalation,
// outcomes, append-only records, who may do what, and callers' data
// encrypted in the database file, in a sync export and in a backup.

#include "core/auth/permissions.h"
#include "core/db/backup.h"
#include "core/db/sql.h"
#include "listening/domain/callbackqueue.h"
#include "listening/domain/supportgroupservice.h"
#include "listeningfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace listening;

class TestListeningService : public QObject {
    Q_OBJECT
private slots:
    void intakeRules_data();
    void intakeRules();
    void intakeComputesTheDeadline();
    void callbackBeforeTheRequestIsRefused();
    void repeatedFailedAttemptsRaiseTheCaseToTheCoordinator();
    void aWrongNumberRaisesAtOnce();
    void cancellingAMistakenAttempt();
    void outcomeRules();
    void recordsAreAppendOnly();
    void queueOrderAndCounts();
    void protectedActions_data();
    void protectedActions();
    void personalDataOnlyForEntitledRoles_data();
    void personalDataOnlyForEntitledRoles();
    void noCallerDataInClearAnywhere();
};

void TestListeningService::intakeRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<int>("minutesAgo");
    QTest::addColumn<QString>("error");
    QTest::newRow("ok") << "Lucia Esempio"
                        << "02 7740 5555" << 30 << "";
    QTest::newRow("international") << "Lucia Esempio"
                                   << "+39 333 123 4567" << 30 << "";
    QTest::newRow("number only") << ""
                                 << "333-1234567" << 30 << "";
    QTest::newRow("no way to call back") << "Lucia Esempio"
                                         << "" << 30 << "listening.no_callback";
    QTest::newRow("spaces only") << "Lucia Esempio"
                                 << "   " << 30 << "listening.no_callback";
    QTest::newRow("letters") << "Lucia Esempio"
                             << "chiamare Lucia" << 30 << "listening.bad_phone";
    QTest::newRow("too short") << "Lucia Esempio"
                               << "12345" << 30 << "listening.bad_phone";
    QTest::newRow("too long") << "Lucia Esempio"
                              << "1234567890123456" << 30 << "listening.bad_phone";
    QTest::newRow("in the future") << "Lucia Esempio"
                                   << "02 7740 5555" << -60 << "listening.in_future";
    QTest::newRow("months ago") << "Lucia Esempio"
                                << "02 7740 5555" << 61 * 24 * 60 << "listening.too_old";
}

void TestListeningService::intakeRules()
{
    QFETCH(QString, name);
    QFETCH(QString, phone);
    QFETCH(int, minutesAgo);
    QFETCH(QString, error);
    ListeningFixture f;
    QVERIFY(f.setUp());
    QVERIFY(f.as("oper"));
    NewRequest n;
    n.receivedAt = f.clock.now().addSecs(-60 * minutesAgo);
    n.callerName = name;
    n.callerPhone = phone;
    n.reason = "Chiede un contatto";
    const auto before = core::queryValue(f.db(), "SELECT count(*) FROM listening_request")->toInt();
    auto id = f.service().registerRequest(n);
    QCOMPARE(id.error().code, error);
    const auto after = core::queryValue(f.db(), "SELECT count(*) FROM listening_request")->toInt();
    QCOMPARE(after, before + (error.isEmpty() ? 1 : 0)); // refused: the database is unchanged
}

void TestListeningService::intakeComputesTheDeadline()
{
    ListeningFixture f;
    QVERIFY(f.setUp());
    const qint64 urgent = f.intake(2, Urgency::Urgent);
    const qint64 normal = f.intake(3, Urgency::Normal);
    QVERIFY(urgent && normal);
    auto row = ListeningRepository(f.db()).request(urgent);
    QCOMPARE(row->dueAt - row->receivedAt, Deadline::targetMs);
    QCOMPARE(
        ListeningRepository(f.db()).request(normal)->dueAt - ListeningRepository(f.db()).request(normal)->receivedAt,
        Deadline::limitMs);
    QCOMPARE(row->code, QString("AS-21-1-0001"));
    QCOMPARE(ListeningRepository(f.db()).request(normal)->code, QString("AS-21-1-0002"));
}

void TestListeningService::callbackBeforeTheRequestIsRefused()
{
    ListeningFixture f;
    QVERIFY(f.setUp());
    const qint64 id = f.intake(5);
    QVERIFY(f.as("psy"));
    const QDateTime received = f.clock.now().addSecs(-5 * 3600);
    auto early = f.service().logAttempt(id, received.addSecs(-60), AttemptOutcome::NoAnswer, f.psychologist);
    QCOMPARE(early.error().code, QString("listening.attempt_before_request"));
    QCOMPARE(early.error().args.value(0), QString("AS-21-1-0001"));
    QCOMPARE(
        f.service().logAttempt(id, f.clock.now().addSecs(3600), AttemptOutcome::NoAnswer, f.psychologist).error().code,
        QString("listening.in_future"));
    QVERIFY(f.service().logAttempt(id, received, AttemptOutcome::NoAnswer, f.psychologist).ok());
    QCOMPARE(f.service().recordEscalation(id, received.addSecs(-1), "Rischio", f.psychologist).error().code,
        QString("listening.escalation_before_request"));
    QVERIFY(f.service().logAttempt(id, received.addSecs(600), AttemptOutcome::Reached, f.psychologist).ok());
    OutcomeInput o { id, received.addSecs(-60), f.psychologist, Disposition::Support, { "anxiety" }, {}, "Note" };
    QCOMPARE(f.service().recordOutcome(o).error().code, QString("listening.closed_before_request"));
    auto attempts = core::queryValue(f.db(), "SELECT count(*) FROM listening_attempt");
    QCOMPARE(attempts->toInt(), 2);
}

void TestListeningService::repeatedFailedAttemptsRaiseTheCaseToTheCoordinator()
{
    ListeningFixture f;
    QVERIFY(f.setUp());
    const qint64 id = f.intake(30);
    QVERIFY(f.as("psy"));
    const QDateTime start = f.clock.now().addSecs(-29 * 3600);
    for (int i = 0; i < failedAttemptsBeforeRaise; ++i) {
        auto logged = f.service().logAttempt(id, start.addSecs(i * 3 * 3600), AttemptOutcome::NoAnswer, f.psychologist);
        QVERIFY(logged.ok());
        const bool last = i == failedAttemptsBeforeRaise - 1;
        QCOMPARE(logged->raisedToCoordinator, last);
        QCOMPARE(logged->raisedNow, last);
    }
    // Never dropped: still in the queue, now with the coordinator.
    auto queue = CallbackQueue::load(f.db(), f.clock.nowMs(), false);
    QCOMPARE(queue->size(), 1);
    QVERIFY(queue->first().raised);
    QCOMPARE(queue->first().attempts.failed, 3);
    QCOMPARE(CallbackQueue::count(*queue).raised, 1);
    // A fourth failure keeps it raised, not raised anew.
    auto fourth = f.service().logAttempt(id, start.addSecs(10 * 3600), AttemptOutcome::NoAnswer, f.psychologist);
    QVERIFY(fourth->raisedToCoordinator && !fourth->raisedNow);
    // No outcome without reaching the caller.
    OutcomeInput o { id, f.clock.now(), f.psychologist, Disposition::Support, {}, {}, {} };
    QCOMPARE(f.service().recordOutcome(o).error().code, QString("listening.not_reached"));
    // Only the coordinator closes it as unreachable.
    QCOMPARE(f.service().closeUnreachable(id, "Tre tentativi").error().code, QString("auth.denied"));
    QVERIFY(f.as("coord"));
    QVERIFY(f.service().closeUnreachable(id, "Tre tentativi, lasciato messaggio in segreteria").ok());
    QVERIFY(CallbackQueue::load(f.db(), f.clock.nowMs(), false)->isEmpty());
    QCOMPARE(f.service().closeUnreachable(id, "x").error().code, QString("listening.request_closed"));
}

void TestListeningService::aWrongNumberRaisesAtOnce()
{
    ListeningFixture f;
    QVERIFY(f.setUp());
    const qint64 id = f.intake(3);
    const qint64 fresh = f.intake(1);
    QVERIFY(f.as("coord"));
    QCOMPARE(f.service().closeUnreachable(fresh, "Troppo presto").error().code, QString("listening.not_raised"));
    QVERIFY(f.as("psy"));
    auto logged = f.service().logAttempt(id, f.clock.now().addSecs(-3600), AttemptOutcome::WrongNumber, f.psychologist);
    QVERIFY(logged->raisedNow);
}

void TestListeningService::cancellingAMistakenAttempt()
{
    ListeningFixture f;
    QVERIFY(f.setUp());
    const qint64 id = f.intake(3);
    QVERIFY(f.as("psy"));
    auto wrong = f.service().logAttempt(id, f.clock.now().addSecs(-3600), AttemptOutcome::WrongNumber, f.psychologist);
    QVERIFY(wrong->raisedToCoordinator);
    QVERIFY(f.service().voidAttempt(wrong->attemptId).ok());
    QCOMPARE(f.service().voidAttempt(wrong->attemptId).error().code, QString("listening.already_cancelled"));
    auto detail = f.service().detail(id);
    QVERIFY(!detail->raised);
    QCOMPARE(detail->summary.total, 0);
    QCOMPARE(detail->attempts.size(), 2); // the original and its cancellation, both kept
}

void TestListeningService::outcomeRules()
{
    ListeningFixture f;
    QVERIFY(f.setUp());
    const qint64 id = f.intake(6);
    QVERIFY(f.as("psy"));
    QVERIFY(f.service().logAttempt(id, f.clock.now().addSecs(-3600), AttemptOutcome::Reached, f.psychologist).ok());
    OutcomeInput o { id, f.clock.now(), f.psychologist, Disposition::Referral, { "anxiety" }, {}, "Indicato il CPS" };
    QCOMPARE(f.service().recordOutcome(o).error().code, QString("listening.no_referral_service"));
    o.disposition = Disposition::Escalation118;
    QCOMPARE(f.service().recordOutcome(o).error().code, QString("listening.no_escalation"));
    o.needs = { "nonsense" };
    o.disposition = Disposition::Support;
    QCOMPARE(f.service().recordOutcome(o).error().code, QString("listening.unknown_need"));
    QCOMPARE(f.service().recordEscalation(id, f.clock.now(), "  ", f.psychologist).error().code,
        QString("listening.no_escalation_reason"));
    QVERIFY(f.service()
                .recordEscalation(id, f.clock.now().addSecs(-1800), "Pensieri di farsi del male", f.psychologist)
                .ok());
    o.needs = { "anxiety", "loneliness" };
    o.disposition = Disposition::Escalation118;
    QVERIFY(f.service().recordOutcome(o).ok());
    // Closed: nothing more can be added to it.
    QCOMPARE(f.service().logAttempt(id, f.clock.now(), AttemptOutcome::Reached, f.psychologist).error().code,
        QString("listening.request_closed"));
    QCOMPARE(f.service().recordOutcome(o).error().code, QString("listening.request_closed"));
    auto detail = f.service().detail(id);
    QCOMPARE(detail->outcome.disposition, Disposition::Escalation118);
    QCOMPARE(detail->outcome.needs, (QStringList { "anxiety", "loneliness" }));
    QCOMPARE(detail->outcomeNotes, QString("Indicato il CPS"));
    QCOMPARE(detail->escalationReasons, QStringList { "Pensieri di farsi del male" });
}

void TestListeningService::recordsAreAppendOnly()
{
    ListeningFixture f;
    QVERIFY(f.setUp());
    const qint64 id = f.intake(6);
    QVERIFY(f.as("coord"));
    QVERIFY(f.service().assign(id, f.psychologist).ok());
    QVERIFY(f.service().logAttempt(id, f.clock.now().addSecs(-60), AttemptOutcome::Reached, f.psychologist).ok());
    QVERIFY(f.service().recordEscalation(id, f.clock.now().addSecs(-30), "Rischio", f.psychologist).ok());
    QVERIFY(
        f.service().recordOutcome({ id, f.clock.now(), f.psychologist, Disposition::Escalation118, {}, {}, "" }).ok());
    for (const char *table :
        { "listening_assignment", "listening_attempt", "listening_escalation", "listening_outcome" }) {
        QVERIFY2(!core::runQuery(f.db(), QString("UPDATE %1 SET request_id = request_id").arg(table)).ok(), table);
        QVERIFY2(!core::runQuery(f.db(), QString("DELETE FROM %1").arg(table)).ok(), table);
    }
}

void TestListeningService::queueOrderAndCounts()
{
    ListeningFixture f;
    QVERIFY(f.setUp());
    const qint64 normalOld = f.intake(40); // due in 8 h
    const qint64 urgentNew = f.intake(20, Urgency::Urgent); // due in 4 h
    const qint64 overdue = f.intake(50); // 2 h late
    const qint64 reached = f.intake(10);
    QVERIFY(f.as("psy"));
    QVERIFY(
        f.service().logAttempt(reached, f.clock.now().addSecs(-3600), AttemptOutcome::Reached, f.psychologist).ok());
    auto queue = CallbackQueue::load(f.db(), f.clock.nowMs(), false);
    QList<qint64> order;
    for (const QueueEntry &e : *queue)
        order.append(e.requestId);
    QCOMPARE(order, (QList<qint64> { overdue, urgentNew, normalOld, reached }));
    const QueueCounts c = CallbackQueue::count(*queue);
    QCOMPARE(c.open, 4);
    QCOMPARE(c.waiting, 3);
    QCOMPARE(c.overdue, 1);
    QCOMPARE(c.past24h, 1);
    QCOMPARE(c.dueSoon, 1);
    QCOMPARE(queue->first().deadline.remainingToDue, -2 * Deadline::hourMs);
}

void TestListeningService::protectedActions_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("allowed");
    struct Row {
        QString action;
        QString permission;
    };
    const QList<Row> actions = {
        { "intake", core::Permission::ListeningIntake },
        { "assign", core::Permission::ListeningAssign },
        { "attempt", core::Permission::ListeningAttempt },
        { "cancel attempt", core::Permission::ListeningAttempt },
        { "escalate", core::Permission::ListeningEscalate },
        { "outcome", core::Permission::ListeningOutcome },
        { "close unreachable", core::Permission::ListeningCloseUnreachable },
        { "detail", core::Permission::ListeningView },
        { "save group", core::Permission::ListeningGroupsManage },
        { "add participant", core::Permission::ListeningGroupsManage },
        { "record session", core::Permission::ListeningGroupsManage },
        { "save psychologist", core::Permission::ListeningStaffManage },
        { "place in COC", core::Permission::ListeningStaffManage },
    };
    for (const Row &a : actions)
        for (core::Role role : core::allRoles())
            QTest::addRow("%s by %s", qPrintable(a.action), qPrintable(core::roleCode(role)))
                << a.action << testsupport::usernameFor(role) << core::roleAllows(role, a.permission);
    // The expectations above come from the table; pin the table itself.
    QVERIFY(!core::roleAllows(core::Role::Operator, core::Permission::ListeningAttempt));
    QVERIFY(core::roleAllows(core::Role::Psychologist, core::Permission::ListeningOutcome));
    QVERIFY(!core::roleAllows(core::Role::Administrator, core::Permission::ListeningEscalate));
}

void TestListeningService::protectedActions()
{
    QFETCH(QString, action);
    QFETCH(QString, user);
    QFETCH(bool, allowed);
    ListeningFixture f;
    QVERIFY(f.setUp());
    // The situation every action needs, prepared by the coordinator.
    const qint64 id = f.intake(30);
    QVERIFY(f.as("coord"));
    const QDateTime received = f.clock.now().addSecs(-30 * 3600);
    qint64 attempt = 0;
    for (int i = 0; i < 3; ++i)
        attempt = f.service()
                      .logAttempt(id, received.addSecs(3600 * (i + 1)), AttemptOutcome::NoAnswer, f.psychologist)
                      ->attemptId;
    const qint64 reachedRequest = f.intake(5);
    QVERIFY(f.as("coord"));
    QVERIFY(f.service()
                .logAttempt(reachedRequest, f.clock.now().addSecs(-600), AttemptOutcome::Reached, f.psychologist)
                .ok());
    SupportGroupService groups(f.db(), f.clock);
    SupportGroup g;
    g.name = "Volontari Nord";
    g.weekday = 2;
    g.start = QTime(20, 30);
    g.firstPsychologistId = f.psychologist;
    g.secondPsychologistId = f.otherPsychologist;
    g.startsOn = QDate(2021, 1, 5);
    const qint64 group = groups.saveGroup(g).value();
    StaffService staff(f.db(), f.clock);

    QVERIFY(f.as(user));
    const qint64 deniedBefore
        = core::queryValue(f.db(), "SELECT count(*) FROM audit_event WHERE kind = 'denied'")->toLongLong();
    core::Error error;
    if (action == "intake") {
        NewRequest n;
        n.receivedAt = f.clock.now().addSecs(-60);
        n.callerPhone = "02 7740 5555";
        error = f.service().registerRequest(n).error();
    } else if (action == "assign") {
        error = f.service().assign(id, f.otherPsychologist).error();
    } else if (action == "attempt") {
        error = f.service().logAttempt(id, f.clock.now(), AttemptOutcome::NoAnswer, 0).error();
    } else if (action == "cancel attempt") {
        error = f.service().voidAttempt(attempt).error();
    } else if (action == "escalate") {
        error = f.service().recordEscalation(reachedRequest, f.clock.now(), "Rischio", 0).error();
    } else if (action == "outcome") {
        error
            = f.service().recordOutcome({ reachedRequest, f.clock.now(), 0, Disposition::Support, {}, {}, "" }).error();
    } else if (action == "close unreachable") {
        error = f.service().closeUnreachable(id, "Irraggiungibile").error();
    } else if (action == "detail") {
        error = f.service().detail(id).error();
    } else if (action == "save group") {
        g.id = group;
        g.name = "Volontari Nord Milano";
        error = groups.saveGroup(g).error();
    } else if (action == "add participant") {
        error = groups.addParticipant(group, "Mario Esempio", "Gruppo comunale PC", QDate(2021, 1, 12)).error();
    } else if (action == "record session") {
        error = groups.recordSession(group, QDate(2021, 3, 16), 5).error();
    } else if (action == "save psychologist") {
        error = staff.savePsychologist({ 0, "Dott. Nuovo Arrivato" }).error();
    } else if (action == "place in COC") {
        error = staff.addPlacement(f.psychologist, 15146, QDate(2021, 3, 1), "").error();
    } else {
        QFAIL("unknown action");
    }
    QCOMPARE(error.code, allowed ? QString() : QString("auth.denied"));
    const qint64 deniedAfter
        = core::queryValue(f.db(), "SELECT count(*) FROM audit_event WHERE kind = 'denied'")->toLongLong();
    QCOMPARE(deniedAfter - deniedBefore, allowed ? 0 : 1);
}

void TestListeningService::personalDataOnlyForEntitledRoles_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("visible");
    QTest::newRow("coordinator") << "coord" << true;
    QTest::newRow("psychologist") << "psy" << true;
    QTest::newRow("operator") << "oper" << false;
    QTest::newRow("administrator") << "admin" << false;
    QTest::newRow("nobody signed in") << "" << false;
}

void TestListeningService::personalDataOnlyForEntitledRoles()
{
    QFETCH(QString, user);
    QFETCH(bool, visible);
    ListeningFixture f;
    QVERIFY(f.setUp());
    const qint64 id = f.intake(2, Urgency::Normal, "Ottavio Riservato", "000 999 8888");
    if (!user.isEmpty())
        QVERIFY(f.as(user));
    auto queue = CallbackQueue::load(f.db(), f.clock.nowMs(), true);
    QCOMPARE(queue->first().personalVisible, visible);
    QCOMPARE(queue->first().callerName, visible ? QString("Ottavio Riservato") : QString());
    QCOMPARE(queue->first().callerPhone, visible ? QString("000 999 8888") : QString());
    if (!user.isEmpty()) {
        auto detail = f.service().detail(id);
        QVERIFY(detail.ok());
        QCOMPARE(detail->personalVisible, visible);
        QCOMPARE(detail->reason, visible ? QString("Si sente sola") : QString());
    }
}

void TestListeningService::noCallerDataInClearAnywhere()
{
    ListeningFixture f;
    QVERIFY(f.setUp());
    const QString name = "Zebedeo Quarantotto";
    const QString phone = "347 8812 9035";
    const qint64 id = f.intake(8, Urgency::Urgent, name, phone);
    QVERIFY(f.as("psy"));
    QVERIFY(f.service().logAttempt(id, f.clock.now().addSecs(-3600), AttemptOutcome::Reached, f.psychologist).ok());
    QVERIFY(f.service()
                .recordEscalation(id, f.clock.now().addSecs(-3000), "Minaccia gesto estremo sul ponte", f.psychologist)
                .ok());
    QVERIFY(f.service()
                .recordOutcome({ id, f.clock.now(), f.psychologist, Disposition::Escalation118, { "anxiety" }, {},
                    "Diagnosi riservatissima Xylofono" })
                .ok());
    QVERIFY(f.as("coord"));
    SupportGroup g;
    g.name = "Volontari Sud";
    g.weekday = 4;
    g.start = QTime(18, 0);
    g.firstPsychologistId = f.psychologist;
    g.secondPsychologistId = f.otherPsychologist;
    g.startsOn = QDate(2021, 1, 7);
    SupportGroupService groups(f.db(), f.clock);
    const qint64 group = groups.saveGroup(g).value();
    QVERIFY(groups.addParticipant(group, "Ermenegilda Partecipante", "Gruppo comunale PC Rho", QDate(2021, 1, 7)).ok());
    testsupport::signOut(f.db());

    const QList<QByteArray> secrets = { name.toUtf8(), "Zebedeo", "Quarantotto", phone.toUtf8(), "34788129035",
        "8812 9035", "Minaccia gesto", "Xylofono", "Si sente sola", "Ermenegilda",
        QByteArray(reinterpret_cast<const char *>(name.utf16()), name.size() * 2) };
    auto assertClean = [&](const QByteArray &bytes, const QString &what) {
        // The search works: what is stored in clear is found.
        QVERIFY2(bytes.contains("Dott. Controllo Positivo"), qPrintable(what + ": positive control not found"));
        for (const QByteArray &secret : secrets)
            QVERIFY2(!bytes.contains(secret), qPrintable(what + " contains " + QString::fromUtf8(secret)));
    };

    // 1. The database file, with its write-ahead log.
    QByteArray fileBytes;
    for (const QString &suffix : { QString(), QString("-wal") }) {
        QFile file(f.database.path() + suffix);
        if (file.open(QIODevice::ReadOnly))
            fileBytes += file.readAll();
    }
    assertClean(fileBytes, "database file");
    QVERIFY(core::runQuery(f.db(), "PRAGMA wal_checkpoint(TRUNCATE)").ok());
    QFile main(f.database.path());
    QVERIFY(main.open(QIODevice::ReadOnly));
    assertClean(main.readAll(), "database file after checkpoint");

    // 2. A sync-like export: every row the change log names, with all its
    // columns, as a sync file would carry them (blobs in base64).
    QJsonArray rows;
    auto changes
        = core::runQuery(f.db(), "SELECT DISTINCT table_name, row_id FROM change_log ORDER BY table_name, row_id");
    QVERIFY(changes.ok());
    int exported = 0;
    while (changes->next()) {
        const QString table = changes->value(0).toString();
        auto key = core::queryValue(f.db(), "SELECT name FROM pragma_table_info(?) WHERE pk = 1", { table });
        QVERIFY(key.ok() && key->isValid());
        auto row = core::runQuery(f.db(), QString("SELECT * FROM \"%1\" WHERE \"%2\" = ?").arg(table, key->toString()),
            { changes->value(1) });
        QVERIFY(row.ok());
        if (!row->next())
            continue;
        QJsonObject object { { "table", table } };
        const QSqlRecord record = row->record();
        for (int i = 0; i < record.count(); ++i) {
            const QVariant v = row->value(i);
            object.insert(record.fieldName(i),
                v.typeId() == QMetaType::QByteArray ? QJsonValue(QString::fromLatin1(v.toByteArray().toBase64()))
                                                    : QJsonValue::fromVariant(v));
        }
        rows.append(object);
        ++exported;
    }
    QVERIFY(exported > 10);
    const QByteArray syncFile = QJsonDocument(rows).toJson();
    QVERIFY(syncFile.contains("listening_request"));
    assertClean(syncFile, "sync export");

    // 3. A backup.
    QTemporaryDir dir;
    const QString backup = dir.filePath("backup.sqlite");
    QVERIFY(core::backupDatabase(f.db(), backup).ok());
    QFile copy(backup);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    assertClean(copy.readAll(), "backup");

    // And the entitled can still read it all back.
    QVERIFY(f.as("psy"));
    auto detail = f.service().detail(id);
    QCOMPARE(detail->callerName, name);
    QCOMPARE(detail->callerPhone, phone);
}

QTEST_GUILESS_MAIN(TestListeningService)
#include "tst_listeningservice.moc"

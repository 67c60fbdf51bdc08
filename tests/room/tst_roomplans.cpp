// The emergency plans of the comuni (issue 19 item 6): the rules of a plan
// state and of a COC change, the status on a day at its boundaries, the
// commands (bad input refused with nothing written, permissions), the
// importer (dry run, line errors, the comune matcher) and the report
// against the records.

#include "core/auth/permissions.h"
#include "core/domain/csv.h"
#include "core/domain/tablefile.h"
#include "core/reporting/reportcatalog.h"
#include "room/domain/planimport.h"
#include "room/domain/planreports.h"
#include "room/domain/planrules.h"
#include "room/domain/plantext.h"
#include "roomplansfixture.h"
#include "support/xlsxfromcsv.h"

#include "core/db/idallocator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace room;

Q_DECLARE_METATYPE(room::PlanState)
Q_DECLARE_METATYPE(room::PlanStatus)

namespace {

const QDate today(2026, 3, 10);

PlanState planOf(bool has, const QDate &approved, const QDate &revised = {}, const QDate &due = {}, bool portal = false)
{
    PlanState p;
    p.comuneId = 15146; // Milano
    p.hasPlan = has;
    p.approvedOn = approved;
    p.revisedOn = revised;
    p.revisionDue = due;
    p.inPortal = portal;
    p.recorded = true;
    return p;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text.toUtf8());
    return path;
}

} // namespace

class TestRoomPlans : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void rules_data();
    void rules();
    void status_data();
    void status();
    void cocRules_data();
    void cocRules();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void saveWritesOnlyWhatChanged();
    void cocOpenedAndClosed();
    void permissions_data();
    void permissions();
    void importLineErrors_data();
    void importLineErrors();
    void importLineErrorsFromXlsx_data() { importLineErrors_data(); }
    void importLineErrorsFromXlsx() { checkImportLineError(true); }
    void importDryRunMatcherAndAgain();
    void importsAWorkbook();
    void reportMatchesRecords();
    void countsAtTheBoundaries();

private:
    void checkImportLineError(bool xlsx);
};

void TestRoomPlans::initTestCase()
{
    room::declareSyncTables();
    declareAuditTexts();
}

void TestRoomPlans::rules_data()
{
    QTest::addColumn<PlanState>("plan");
    QTest::addColumn<QString>("error");
    const QDate approved(2019, 4, 3), revised(2024, 5, 1);
    QTest::newRow("valid plan") << planOf(true, approved, revised, QDate(2027, 5, 1)) << QString();
    QTest::newRow("valid, due from the last revision") << planOf(true, approved, revised) << QString();
    QTest::newRow("no plan") << planOf(false, {}) << QString();
    QTest::newRow("no plan with an approval") << planOf(false, approved) << "room.plan_dates_without_plan";
    QTest::newRow("no plan but in the portal") << planOf(false, {}, {}, {}, true) << "room.plan_dates_without_plan";
    QTest::newRow("no plan with a revision due") << planOf(false, {}, {}, QDate(2027, 1, 1)) << "room.plan_dates_without_plan";
    QTest::newRow("plan without approval") << planOf(true, {}) << "room.plan_approval_missing";
    QTest::newRow("approved tomorrow") << planOf(true, today.addDays(1)) << "room.plan_approval_future";
    QTest::newRow("approved today") << planOf(true, today) << QString();
    QTest::newRow("approved in 1969") << planOf(true, QDate(1969, 12, 31)) << "room.plan_date_too_old";
    QTest::newRow("approved on 01/01/1970") << planOf(true, QDate(1970, 1, 1), QDate(2020, 1, 1)) << QString();
    QTest::newRow("revised before approval") << planOf(true, approved, approved.addDays(-1))
                                             << "room.plan_revision_before_approval";
    QTest::newRow("revised on the approval day") << planOf(true, approved, approved) << QString();
    QTest::newRow("revised tomorrow") << planOf(true, approved, today.addDays(1)) << "room.plan_revision_future";
    QTest::newRow("revised today") << planOf(true, approved, today) << QString();
    QTest::newRow("due on the revision day") << planOf(true, approved, revised, revised)
                                             << "room.plan_due_not_after_revision";
    QTest::newRow("due before the approval") << planOf(true, approved, {}, approved.addDays(-3))
                                             << "room.plan_due_not_after_revision";
    QTest::newRow("due ten years on") << planOf(true, approved, revised, revised.addYears(10)) << QString();
    QTest::newRow("due ten years and a day on") << planOf(true, approved, revised, revised.addYears(10).addDays(1))
                                                << "room.plan_due_too_far";
    PlanState longAct = planOf(true, approved);
    longAct.act = QString(planActMaxLength + 1, QLatin1Char('x'));
    QTest::newRow("act too long") << longAct << "room.plan_act_long";
    PlanState longNotes = planOf(false, {});
    longNotes.notes = QString(planNotesMaxLength + 1, QLatin1Char('x'));
    QTest::newRow("notes too long") << longNotes << "room.plan_notes_long";
    PlanState noComune = planOf(true, approved);
    noComune.comuneId = 0;
    QTest::newRow("no comune") << noComune << "room.plan_comune_missing";
}

void TestRoomPlans::rules()
{
    QFETCH(PlanState, plan);
    QFETCH(QString, error);
    const core::Status s = validatePlan(normalisedPlan(plan), today);
    QCOMPARE(s.ok() ? QString() : s.error().code, error);
}

void TestRoomPlans::status_data()
{
    QTest::addColumn<PlanState>("plan");
    QTest::addColumn<PlanStatus>("status");
    const QDate approved(2020, 1, 1), revised(2023, 1, 1);
    QTest::newRow("due yesterday: overdue") << planOf(true, approved, revised, today.addDays(-1)) << PlanStatus::Overdue;
    QTest::newRow("due today: due soon") << planOf(true, approved, revised, today) << PlanStatus::DueSoon;
    QTest::newRow("due at the window's end") << planOf(true, approved, revised, today.addDays(planDueWindowDays))
                                             << PlanStatus::DueSoon;
    QTest::newRow("due the day after the window")
        << planOf(true, approved, revised, today.addDays(planDueWindowDays + 1)) << PlanStatus::Valid;
    QTest::newRow("three years from a revision of yesterday three years ago")
        << normalisedPlan(planOf(true, approved, today.addDays(-1).addYears(-3))) << PlanStatus::Overdue;
    QTest::newRow("three years from a revision of three years ago today")
        << normalisedPlan(planOf(true, approved, today.addYears(-3))) << PlanStatus::DueSoon;
    QTest::newRow("three years from the approval") << normalisedPlan(planOf(true, QDate(2025, 1, 1))) << PlanStatus::Valid;
    QTest::newRow("no plan") << planOf(false, {}) << PlanStatus::NoPlan;
    PlanState unknown;
    unknown.comuneId = 15146;
    QTest::newRow("not recorded") << unknown << PlanStatus::NotRecorded;
}

void TestRoomPlans::status()
{
    QFETCH(PlanState, plan);
    QFETCH(PlanStatus, status);
    QCOMPARE(planStatus(plan, today), status);
}

void TestRoomPlans::cocRules_data()
{
    QTest::addColumn<bool>("open");
    QTest::addColumn<bool>("currentlyActive");
    QTest::addColumn<QDateTime>("lastSince");
    QTest::addColumn<QDateTime>("since");
    QTest::addColumn<QString>("error");
    const QDateTime now(today, QTime(10, 0));
    const QDateTime last(today.addDays(-2), QTime(8, 0));
    QTest::newRow("open a COC never opened") << true << false << QDateTime() << now.addSecs(-3600) << QString();
    QTest::newRow("open now") << true << false << last << now << QString();
    QTest::newRow("open a minute from now") << true << false << last << now.addSecs(60) << "room.coc_future";
    QTest::newRow("open an open COC") << true << true << last << now << "room.coc_already_active";
    QTest::newRow("close a closed COC") << false << false << last << now << "room.coc_already_closed";
    QTest::newRow("close a COC never opened") << false << false << QDateTime() << now << "room.coc_already_closed";
    QTest::newRow("close before it opened") << false << true << last << last.addSecs(-60) << "room.coc_before_last";
    QTest::newRow("close when it opened") << false << true << last << last << QString();
}

void TestRoomPlans::cocRules()
{
    QFETCH(bool, open);
    QFETCH(bool, currentlyActive);
    QFETCH(QDateTime, lastSince);
    QFETCH(QDateTime, since);
    QFETCH(QString, error);
    CocChange c;
    c.comuneId = 15146;
    c.active = open;
    c.since = since;
    const core::Status s = validateCocChange(c, currentlyActive, lastSince, QDateTime(today, QTime(10, 0)));
    QCOMPARE(s.ok() ? QString() : s.error().code, error);
}

void TestRoomPlans::badInputWritesNothing_data()
{
    QTest::addColumn<PlanState>("plan");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("sentence"); // a part of the Italian... or English message
    QTest::newRow("approved in the future") << planOf(true, today.addDays(3)) << "room.plan_approval_future" << "13/03/2026";
    QTest::newRow("revision before approval") << planOf(true, QDate(2020, 5, 4), QDate(2020, 5, 3))
                                              << "room.plan_revision_before_approval" << "03/05/2020";
    QTest::newRow("dates without a plan") << planOf(false, QDate(2020, 5, 4)) << "room.plan_dates_without_plan" << "";
    PlanState outside = planOf(true, QDate(2020, 5, 4));
    outside.comuneId = 108033; // Monza: not a comune of the metropolitan city
    QTest::newRow("a comune outside the city") << outside << "room.unknown_comune" << "108033";
}

void TestRoomPlans::badInputWritesNothing()
{
    QFETCH(PlanState, plan);
    QFETCH(QString, error);
    QFETCH(QString, sentence);
    PlansFixture f;
    QVERIFY(f.setUp());
    const QByteArray before = testsupport::contentHash(f.db());
    SavePlanState save(plan);
    const core::Status s = f.run(save);
    QVERIFY(!s);
    QCOMPARE(s.error().code, error);
    if (!sentence.isEmpty())
        QVERIFY2(s.error().args.join(QLatin1Char(' ')).contains(sentence), qPrintable(s.error().args.join(' ')));
    QCOMPARE(testsupport::contentHash(f.db()), before);
}

void TestRoomPlans::saveWritesOnlyWhatChanged()
{
    PlansFixture f;
    QVERIFY(f.setUp());
    const int milano = f.comune(QStringLiteral("Milano"));
    PlanState p = PlansFixture::plan(milano, QDate(2019, 4, 3), QDate(2023, 6, 1));
    SavePlanState first(p);
    QVERIFY(f.run(first));
    QVERIFY(first.changed());
    auto stored = PlanRepository(f.db()).plan(milano);
    QVERIFY(stored);
    QVERIFY(stored->recorded);
    QCOMPARE(stored->revisionDue, QDate(2026, 6, 1)); // three years after the last revision
    QCOMPARE(stored->risks, (QList<Risk> { Risk::Hydrogeological, Risk::Hydraulic }));
    QCOMPARE(f.count("SELECT count(*) FROM room_plan_risk WHERE comune_id = ?", { milano }), qint64(2));
    // The risk members carry their keyed ids.
    QCOMPARE(f.count("SELECT id FROM room_plan_risk WHERE comune_id = ? AND risk = 'hydraulic'", { milano }),
        core::keyedRowId(QStringLiteral("room_plan_risk"), { milano, QStringLiteral("hydraulic") }));

    // Entered in the portal, seismic added, hydraulic removed: the update
    // names the one column, the set changes by two members.
    const qint64 logBefore = f.count("SELECT max(seq) FROM change_log");
    PlanState second = *stored;
    second.inPortal = true;
    second.risks = { Risk::Hydrogeological, Risk::Seismic };
    SavePlanState save(second);
    QVERIFY(f.run(save));
    QVERIFY(save.changed());
    auto q = core::runQuery(f.db(),
        QStringLiteral("SELECT table_name, operation, coalesce(changed_columns, '') FROM change_log WHERE seq > ? "
                       "AND table_name LIKE 'room_plan%' ORDER BY seq"),
        { logBefore });
    QVERIFY(q);
    QStringList changes;
    while (q->next())
        changes.append(QStringLiteral("%1 %2 %3").arg(q->value(0).toString(), q->value(1).toString(), q->value(2).toString()));
    QCOMPARE(changes, (QStringList { "room_plan U in_portal,", "room_plan_risk D ", "room_plan_risk I " }));

    // The same again changes nothing and logs nothing.
    const qint64 logAfter = f.count("SELECT count(*) FROM change_log WHERE table_name LIKE 'room_plan%'");
    SavePlanState same(second);
    QVERIFY(f.run(same));
    QVERIFY(!same.changed());
    QCOMPARE(f.count("SELECT count(*) FROM change_log WHERE table_name LIKE 'room_plan%'"), logAfter);
    // Audited with the comune's id.
    QCOMPARE(f.count("SELECT count(*) FROM audit_event WHERE detail = ? AND kind = 'command'",
                 { QStringLiteral("room.plan.save %1").arg(milano) }),
        qint64(3));
}

void TestRoomPlans::cocOpenedAndClosed()
{
    PlansFixture f;
    QVERIFY(f.setUp());
    QVERIFY(f.as(QStringLiteral("oper")));
    const int bresso = f.comune(QStringLiteral("Bresso"));
    CocChange open;
    open.comuneId = bresso;
    open.active = true;
    open.since = QDateTime(QDate(2026, 3, 9), QTime(22, 30));
    open.note = QStringLiteral("Seveso in piena");
    SetCocState first(open);
    QVERIFY(f.run(first));
    QVERIFY(first.change().id != 0);
    // Opened again: refused, nothing written.
    const QByteArray before = testsupport::contentHash(f.db());
    SetCocState again(open);
    QCOMPARE(f.run(again).error().code, QStringLiteral("room.coc_already_active"));
    CocChange close = open;
    close.active = false;
    close.since = open.since.addSecs(-60);
    SetCocState early(close);
    QCOMPARE(f.run(early).error().code, QStringLiteral("room.coc_before_last"));
    close.since = QDateTime(QDate(2026, 3, 10), QTime(10, 1)); // after the clock
    SetCocState future(close);
    QCOMPARE(f.run(future).error().code, QStringLiteral("room.coc_future"));
    close.since = QDateTime();
    close.eventId = 424242;
    SetCocState unknownEvent(close);
    QCOMPARE(f.run(unknownEvent).error().code, QStringLiteral("room.unknown_event"));
    QCOMPARE(testsupport::contentHash(f.db()), before);
    // Closed now (no time given: the clock's).
    close.eventId = 0;
    SetCocState closing(close);
    QVERIFY(f.run(closing));
    QCOMPARE(closing.change().since, f.clock.now());
    auto history = PlanRepository(f.db()).cocHistory(bresso);
    QVERIFY(history);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).active, false);
    QCOMPARE(history->at(1).active, true);
    QCOMPARE(history->at(1).author, QStringLiteral("oper"));
    auto rows = PlanRepository(f.db()).rows(f.today());
    QVERIFY(rows);
    for (const PlanRow &r : *rows)
        if (r.comuneId == bresso) {
            QVERIFY(!r.cocActive);
            QCOMPARE(r.cocSince, f.clock.now());
        }
    // The ledger refuses to be rewritten.
    QVERIFY(!core::runQuery(f.db(), QStringLiteral("UPDATE room_coc_state SET active = 1")));
    QVERIFY(!core::runQuery(f.db(), QStringLiteral("DELETE FROM room_coc_state")));
}

void TestRoomPlans::permissions_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("operator records a plan") << "oper" << "plan" << false;
    QTest::newRow("psychologist records a plan") << "psy" << "plan" << false;
    QTest::newRow("coordinator records a plan") << "coord" << "plan" << true;
    QTest::newRow("administrator records a plan") << "admin" << "plan" << true;
    QTest::newRow("operator opens a COC") << "oper" << "coc" << true;
    QTest::newRow("psychologist opens a COC") << "psy" << "coc" << false;
    QTest::newRow("operator imports plans") << "oper" << "import" << false;
    QTest::newRow("coordinator imports plans") << "coord" << "import" << true;
}

void TestRoomPlans::permissions()
{
    QFETCH(QString, user);
    QFETCH(QString, action);
    QFETCH(bool, allowed);
    PlansFixture f;
    QVERIFY(f.setUp());
    QVERIFY(f.as(user));
    QTemporaryDir dir;
    const QString file = writeFile(dir, "piani.csv", "comune;piano;approvazione\nMilano;sì;03/04/2019\n");
    const qint64 deniedBefore = f.count("SELECT count(*) FROM audit_event WHERE kind = 'denied'");
    core::Status s;
    if (action == QLatin1String("plan")) {
        SavePlanState save(PlansFixture::plan(f.comune("Milano"), QDate(2019, 4, 3)));
        s = f.run(save);
    } else if (action == QLatin1String("coc")) {
        CocChange c;
        c.comuneId = f.comune("Milano");
        c.active = true;
        SetCocState set(c);
        s = f.run(set);
    } else {
        ImportPlanStates import(file, false);
        s = f.run(import);
    }
    QCOMPARE(s.ok(), allowed);
    if (!allowed) {
        QCOMPARE(s.error().code, QStringLiteral("auth.denied"));
        QCOMPARE(f.count("SELECT count(*) FROM audit_event WHERE kind = 'denied'"), deniedBefore + 1);
        QCOMPARE(f.count("SELECT count(*) FROM room_plan") + f.count("SELECT count(*) FROM room_coc_state"), qint64(0));
    }
}

void TestRoomPlans::importLineErrors_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    const QString h = QStringLiteral("comune;piano;approvazione;revisione;scadenza;portale;rischi\n");
    QTest::newRow("no piano column") << "comune;approvazione\nMilano;03/04/2019\n" << "room.plan_import_missing_column" << 1 << "";
    QTest::newRow("no comune") << h + ";sì;03/04/2019;;;;\n" << "room.plan_import_comune_missing" << 2 << "comune";
    QTest::newRow("unknown comune") << h + "Paperopoli;sì;03/04/2019;;;;\n" << "room.plan_import_comune_unknown" << 2 << "comune";
    QTest::newRow("ambiguous comune") << h + "Milano;sì;03/04/2019;;;;\nSan Donato;sì;03/04/2019;;;;\n"
                                      << "room.plan_import_comune_ambiguous" << 3 << "comune";
    QTest::newRow("outside the city") << h + "Monza;sì;03/04/2019;;;;\n" << "room.plan_import_comune_outside" << 2 << "comune";
    QTest::newRow("twice the same comune") << h + "Milano;sì;03/04/2019;;;;\nmilano;no;;;;;\n"
                                           << "room.plan_import_duplicate" << 3 << "comune";
    QTest::newRow("neither yes nor no") << h + "Milano;forse;03/04/2019;;;;\n" << "room.plan_import_bad_yes_no" << 2 << "piano";
    QTest::newRow("portal neither yes nor no") << h + "Milano;sì;03/04/2019;;;boh;\n" << "room.plan_import_bad_yes_no" << 2
                                               << "portale";
    QTest::newRow("no such date") << h + "Milano;sì;31/02/2019;;;;\n" << "room.plan_import_bad_date" << 2 << "approvazione";
    QTest::newRow("unknown risk") << h + "Milano;sì;03/04/2019;;;;idraulico, vulcanico\n" << "room.plan_import_bad_risk" << 2
                                  << "rischi";
    QTest::newRow("approved in the future") << h + "Milano;sì;11/03/2026;;;;\n" << "room.plan_approval_future" << 2
                                            << "approvazione";
    QTest::newRow("revised before approval") << h + "Milano;sì;03/04/2019;02/04/2019;;;\n"
                                             << "room.plan_revision_before_approval" << 2 << "revisione";
    QTest::newRow("due before revision") << h + "Milano;sì;03/04/2019;05/05/2022;05/05/2021;;\n"
                                         << "room.plan_due_not_after_revision" << 2 << "scadenza";
    QTest::newRow("dates without a plan") << h + "Milano;no;03/04/2019;;;;\n" << "room.plan_dates_without_plan" << 2 << "piano";
    QTest::newRow("plan without approval") << h + "Milano;sì;;;;sì;\n" << "room.plan_approval_missing" << 2 << "approvazione";
    QTest::newRow("an act far too long") << "comune;piano;approvazione;atto\nMilano;sì;03/04/2019;" + QString(300, 'x') + "\n"
                                         << "import.text_too_long" << 2 << "atto";
}

void TestRoomPlans::importLineErrors()
{
    checkImportLineError(false);
}

// The same lines as a CSV file or through the program's own Excel writer:
// the same problems at the same rows.
void TestRoomPlans::checkImportLineError(bool xlsx)
{
    QFETCH(QString, csv);
    QFETCH(QString, error);
    QFETCH(int, line);
    QFETCH(QString, column);
    PlansFixture f;
    QVERIFY(f.setUp());
    const QString file = xlsx ? QStringLiteral("piani.xlsx") : QStringLiteral("piani.csv");
    auto table = core::parseTableFile(xlsx ? testsupport::xlsxFromCsv(csv.toUtf8()) : csv.toUtf8(), file);
    QVERIFY2(table, qPrintable(table ? QString() : table.error().code));
    const QByteArray before = testsupport::contentHash(f.db());
    for (bool dryRun : { true, false }) {
        auto report = PlanImporter(f.db(), f.clock).importTable(*table, file, dryRun);
        QVERIFY(report);
        QVERIFY(!report->ok());
        QVERIFY(!report->committed);
        bool found = false;
        for (const core::ImportProblem &p : report->problems)
            if (!p.warning && p.error.code == error) {
                found = true;
                QCOMPARE(p.error.where.line, line);
                QCOMPARE(p.error.where.field, column);
                QCOMPARE(p.error.where.file, file);
            }
        QVERIFY2(found, qPrintable(report->problems.value(0).error.code));
        QCOMPARE(testsupport::contentHash(f.db()), before);
    }
}

void TestRoomPlans::importDryRunMatcherAndAgain()
{
    PlansFixture f;
    QVERIFY(f.setUp());
    QTemporaryDir dir;
    const QString path = writeFile(dir, "piani.csv",
        "Comune;Piano;Data approvazione;Ultima revisione;Scadenza revisione;Portale regionale;Scenari di rischio;Atto\n"
        "Milano;sì;03/04/2019;01/06/2023;;sì;idraulico, idrogeologico, neve e ghiaccio;DCC n. 12 del 03/04/2019\n"
        "Cislino;si;12/12/2018;;;no;incendi boschivi;\n"
        "Bresso;no;;;;;idraulico;\n");
    QVERIFY(!path.isEmpty());
    const QByteArray before = testsupport::contentHash(f.db());
    auto dry = PlanImporter(f.db(), f.clock).importFile(path, true);
    QVERIFY(dry);
    QVERIFY2(dry->ok(), qPrintable(dry->problems.value(0).error.code));
    QCOMPARE(dry->records, 3);
    QCOMPARE(dry->added, 3);
    QCOMPARE(dry->problems.size(), 1); // Cislino read as Cisliano
    QVERIFY(dry->problems.at(0).warning);
    QCOMPARE(dry->problems.at(0).error.code, QStringLiteral("room.plan_import_comune_corrected"));
    QCOMPARE(dry->problems.at(0).error.args.value(1), QStringLiteral("Cisliano"));
    QCOMPARE(dry->problems.at(0).error.where.line, 3);
    QCOMPARE(testsupport::contentHash(f.db()), before);

    ImportPlanStates import(path, false);
    QVERIFY(f.run(import));
    QCOMPARE(import.report().added, 3);
    auto milano = PlanRepository(f.db()).plan(f.comune("Milano"));
    QVERIFY(milano->hasPlan && milano->inPortal);
    QCOMPARE(milano->revisionDue, QDate(2026, 6, 1));
    QCOMPARE(milano->risks, (QList<Risk> { Risk::Hydrogeological, Risk::Hydraulic, Risk::SnowIce }));
    QCOMPARE(milano->act, QStringLiteral("DCC n. 12 del 03/04/2019"));
    auto cisliano = PlanRepository(f.db()).plan(f.comune("Cisliano"));
    QCOMPARE(cisliano->revisionDue, QDate(2021, 12, 12));
    QCOMPARE(planStatus(*cisliano, f.today()), PlanStatus::Overdue);
    auto bresso = PlanRepository(f.db()).plan(f.comune("Bresso"));
    QVERIFY(bresso->recorded && !bresso->hasPlan);
    QCOMPARE(bresso->risks, QList<Risk> { Risk::Hydraulic });

    // The same file again: refused; with "again": nothing changes.
    ImportPlanStates twice(path, false);
    QCOMPARE(f.run(twice).error().code, QStringLiteral("import.already_imported"));
    ImportPlanStates again(path, true);
    QVERIFY(f.run(again));
    QCOMPARE(again.report().unchanged, 3);

    // A later file with a new revision of Milano and only two columns:
    // what it does not say stays as it was; the due date moves on.
    const QString later = writeFile(dir, "piani2.csv", "comune,piano,revisione\nMilano,sì,02/03/2026\n");
    ImportPlanStates update(later, false);
    QVERIFY(f.run(update));
    QCOMPARE(update.report().updated, 1);
    milano = PlanRepository(f.db()).plan(f.comune("Milano"));
    QCOMPARE(milano->revisedOn, QDate(2026, 3, 2));
    QCOMPARE(milano->revisionDue, QDate(2029, 3, 2));
    QVERIFY(milano->inPortal);
    QCOMPARE(milano->risks.size(), 3);
}

// The office's Excel sheet, as the program's own exporter writes one: real
// dates, the comune corrected with its warning on the same row.
void TestRoomPlans::importsAWorkbook()
{
    PlansFixture f;
    QVERIFY(f.setUp());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("piani.xlsx"));
    QVERIFY(testsupport::writeXlsxFromCsv(path,
        "Comune;Piano;Data approvazione;Ultima revisione;Scadenza revisione;Portale regionale;Scenari di rischio;Atto\n"
        "Milano;sì;03/04/2019;01/06/2023;;sì;idraulico, idrogeologico, neve e ghiaccio;DCC n. 12 del 03/04/2019\n"
        "Cislino;si;12/12/2018;;;no;incendi boschivi;\n"
        "Bresso;no;;;;;idraulico;\n"));
    const QByteArray before = testsupport::contentHash(f.db());
    auto dry = PlanImporter(f.db(), f.clock).importFile(path, true);
    QVERIFY(dry);
    QVERIFY2(dry->ok(), qPrintable(dry->problems.value(0).error.code));
    QCOMPARE(dry->records, 3);
    QCOMPARE(dry->problems.size(), 1);
    QCOMPARE(dry->problems.at(0).error.code, QStringLiteral("room.plan_import_comune_corrected"));
    QCOMPARE(dry->problems.at(0).error.where.line, 3);
    QCOMPARE(testsupport::contentHash(f.db()), before);

    ImportPlanStates import(path, false);
    QVERIFY(f.run(import));
    QCOMPARE(import.report().added, 3);
    auto milano = PlanRepository(f.db()).plan(f.comune("Milano"));
    QVERIFY(milano->hasPlan && milano->inPortal);
    QCOMPARE(milano->approvedOn, QDate(2019, 4, 3));
    QCOMPARE(milano->revisionDue, QDate(2026, 6, 1));
    QCOMPARE(milano->act, QStringLiteral("DCC n. 12 del 03/04/2019"));
    ImportPlanStates twice(path, false);
    QCOMPARE(f.run(twice).error().code, QStringLiteral("import.already_imported"));
}

void TestRoomPlans::reportMatchesRecords()
{
    PlansFixture f;
    QVERIFY(f.setUp());
    const int milano = f.comune("Milano"), bresso = f.comune("Bresso"), cormano = f.comune("Cormano"),
              senago = f.comune("Senago");
    QVERIFY(core::runQuery(f.db(), QStringLiteral("UPDATE comune_cmm SET zona_omogenea = 'Nord Milano' WHERE comune_id IN (?, ?, ?)"),
        { bresso, cormano, senago }));
    SavePlanState a(PlansFixture::plan(milano, QDate(2019, 4, 3), QDate(2024, 5, 1)));
    SavePlanState b(PlansFixture::plan(bresso, QDate(2018, 1, 10), {}, f.today().addDays(-1)));
    SavePlanState c(PlansFixture::plan(cormano, QDate(2018, 1, 10), {}, f.today().addDays(30)));
    PlanState none;
    none.comuneId = senago;
    SavePlanState d(none);
    for (SavePlanState *s : { &a, &b, &c, &d })
        QVERIFY(f.run(*s));
    CocChange coc;
    coc.comuneId = bresso;
    coc.active = true;
    SetCocState open(coc);
    QVERIFY(f.run(open));

    core::ReportRequest request;
    request.now = f.clock.now();
    request.at = f.today();
    auto doc = PlanReports::emergencyPlans(f.db(), request);
    QVERIFY(doc);
    const core::ReportTable *table = doc->primaryTable();
    QVERIFY(table);
    QCOMPARE(table->rows.size(), 133);
    auto rows = PlanRepository(f.db()).rows(f.today());
    QVERIFY(rows);
    int statusColumn = -1, comuneColumn = -1, dueColumn = -1, cocColumn = -1;
    for (int i = 0; i < table->columns.size(); ++i) {
        if (table->columns.at(i).key == QLatin1String("status_code"))
            statusColumn = i;
        if (table->columns.at(i).key == QLatin1String("comune"))
            comuneColumn = i;
        if (table->columns.at(i).key == QLatin1String("revision_due"))
            dueColumn = i;
        if (table->columns.at(i).key == QLatin1String("coc_since"))
            cocColumn = i;
    }
    QVERIFY(statusColumn >= 0 && comuneColumn >= 0 && dueColumn >= 0 && cocColumn >= 0);
    QMap<QString, int> byCode;
    for (int i = 0; i < rows->size(); ++i) {
        const QVariantList &row = table->rows.at(i);
        QCOMPARE(row.at(comuneColumn).toString(), rows->at(i).comune);
        QCOMPARE(row.at(statusColumn).toString(), planStatusCode(rows->at(i).status));
        QCOMPARE(row.at(dueColumn).toDate(), rows->at(i).plan.hasPlan ? rows->at(i).plan.revisionDue : QDate());
        QCOMPARE(row.at(cocColumn).isValid(), rows->at(i).cocSince.isValid());
        byCode[row.at(statusColumn).toString()] += 1;
    }
    QCOMPARE(byCode.value("valid"), 1);
    QCOMPARE(byCode.value("overdue"), 1);
    QCOMPARE(byCode.value("due_soon"), 1);
    QCOMPARE(byCode.value("no_plan"), 1);
    QCOMPARE(byCode.value("not_recorded"), 129);

    // One zona omogenea, named in any case.
    request.options.insert(QStringLiteral("zone"), QStringLiteral("nord milano"));
    doc = PlanReports::emergencyPlans(f.db(), request);
    QVERIFY(doc);
    QCOMPARE(doc->primaryTable()->rows.size(), 3);
    request.options.insert(QStringLiteral("zone"), QStringLiteral("Brianza"));
    QCOMPARE(PlanReports::emergencyPlans(f.db(), request).error().code, QStringLiteral("room.plan_report_bad_zone"));
    // Declared for the catalogue with its permission.
    QCOMPARE(PlanReports::definition().permission, core::Permission::RoomView);
    QCOMPARE(PlanReports::definition().name, QStringLiteral("emergency-plans"));
}

void TestRoomPlans::countsAtTheBoundaries()
{
    PlansFixture f;
    QVERIFY(f.setUp());
    const QStringList names { "Milano", "Bresso", "Cormano", "Senago", "Rho" };
    const QList<int> offsets { -1, 0, planDueWindowDays, planDueWindowDays + 1 };
    for (int i = 0; i < offsets.size(); ++i) {
        SavePlanState s(PlansFixture::plan(f.comune(names.at(i)), QDate(2020, 1, 1), {}, f.today().addDays(offsets.at(i))));
        QVERIFY2(f.run(s), qPrintable(names.at(i)));
    }
    PlanState none;
    none.comuneId = f.comune("Rho");
    SavePlanState s(none);
    QVERIFY(f.run(s));
    auto counts = PlanRepository(f.db()).counts(f.today());
    QVERIFY(counts);
    QCOMPARE(counts->comuni, 133);
    QCOMPARE(counts->overdue, 1);
    QCOMPARE(counts->dueSoon, 2);
    QCOMPARE(counts->valid, 1);
    QCOMPARE(counts->noPlan, 1);
    QCOMPARE(counts->notRecorded, 128);
    // A day later the plan due today is overdue.
    counts = PlanRepository(f.db()).counts(f.today().addDays(1));
    QCOMPARE(counts->overdue, 2);
}

QTEST_GUILESS_MAIN(TestRoomPlans)
#include "tst_roomplans.moc"

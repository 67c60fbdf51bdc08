// The Volontari module's commands: bad input is refused before anything is
// written, a role without the permission is refused and audited and writes
// nothing, and undo writes the compensating entry (reversals, the previous
// values, an inactive row) or says why it can no longer apply.

#include "volunteerfixture.h"

#include "core/auth/permissions.h"
#include "core/auth/session.h"
#include "core/commands/commandrunner.h"
#include "core/db/sql.h"
#include "support/permissionprobe.h"
#include "support/testaccounts.h"
#include "volunteers/domain/activationcommands.h"
#include "volunteers/domain/attestatocommands.h"
#include "volunteers/domain/eventcommands.h"
#include "volunteers/domain/eventrepository.h"
#include "volunteers/domain/organisationcommands.h"
#include "volunteers/domain/organisationrepository.h"
#include "volunteers/domain/volunteercommands.h"
#include "volunteers/domain/volunteerrepository.h"

#include <QDir>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace volunteers;

using MakeVolunteerCommand = std::function<std::shared_ptr<core::Command>(const VolunteerFixture &)>;
Q_DECLARE_METATYPE(MakeVolunteerCommand)

namespace {

qint64 commandCount(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    return core::queryValue(db, sql, binds)->toLongLong();
}

qint64 auditRows(const QSqlDatabase &db, const QString &kind)
{
    return commandCount(db, QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = ?"), { kind });
}

qint64 effectiveDays(const VolunteerFixture &f, qint64 volunteer)
{
    return commandCount(
        f.db(), QStringLiteral("SELECT count(*) FROM activation_effective WHERE volunteer_id = ?"), { volunteer });
}

ActivationRequest covidDays(const VolunteerFixture &f, QList<qint64> volunteers, const QDate &from, const QDate &to)
{
    ActivationRequest r;
    r.eventId = f.covid;
    r.volunteerIds = std::move(volunteers);
    r.from = from;
    r.to = to;
    r.serviceId = f.coc;
    r.comuneId = f.peschiera;
    return r;
}

Organisation newOrganisation(const QString &name)
{
    Organisation o;
    o.name = name;
    o.comuneId = 15146; // Milano
    return o;
}

} // namespace

class TestVolunteerCommands : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void refusedRoleWritesNothing_data();
    void refusedRoleWritesNothing();
    void recordUndoVoidsAndRedoRecordsAgain();
    void undoOfCertifiedDaysIsRefused();
    void voidActivationWritesAReversal();
    void organisationEditUndoRestoresPreviousValues();
    void organisationCreateUndoRetiresIt();
    void undoRefusedWhenChangedSince();
    void eventEditUndoRefusedWhenDaysOutside();
    void volunteerEditUndoAndServiceCreateUndo();
    void batchChunksRunThroughTheRunner();
    void batchRefusedForARoleWithoutAttestati();

private:
    core::Status run(core::Command &command) const { return core::CommandRunner(f->db(), f->clock).run(command); }
    core::Status undo(core::Command &command) const { return core::CommandRunner(f->db(), f->clock).undo(command); }
    std::unique_ptr<VolunteerFixture> f;
};

void TestVolunteerCommands::init()
{
    f = std::make_unique<VolunteerFixture>();
    QVERIFY2(f->ok, qPrintable(f->error));
    QVERIFY(testsupport::createRoleAccounts(f->db(), f->clock));
    QVERIFY(testsupport::signInAs(f->db(), QStringLiteral("oper"), f->clock));
}

void TestVolunteerCommands::cleanup()
{
    if (f)
        testsupport::signOut(f->db());
    f.reset();
}

void TestVolunteerCommands::badInputWritesNothing_data()
{
    QTest::addColumn<MakeVolunteerCommand>("make");
    QTest::addColumn<QString>("error");
    const auto record = [](QList<qint64> (*who)(const VolunteerFixture &), QDate from, QDate to) {
        return MakeVolunteerCommand([=](const VolunteerFixture &f) {
            return std::make_shared<RecordActivations>(covidDays(f, who(f), from, to));
        });
    };
    const auto rossi = [](const VolunteerFixture &f) { return QList<qint64> { f.rossi }; };
    const auto nobody = [](const VolunteerFixture &) { return QList<qint64> {}; };
    QTest::newRow("activation without volunteers")
        << record(nobody, QDate(2020, 4, 1), QDate(2020, 4, 1)) << "volunteers.no_volunteers";
    QTest::newRow("activation reversed range")
        << record(rossi, QDate(2020, 4, 5), QDate(2020, 4, 1)) << "volunteers.bad_range";
    QTest::newRow("activation over a year")
        << record(rossi, QDate(2020, 2, 1), QDate(2021, 3, 1)) << "volunteers.range_too_long";
    QTest::newRow("activation before the event")
        << record(rossi, QDate(2019, 12, 1), QDate(2019, 12, 2)) << "volunteers.outside_event";
    QTest::newRow("activation of an unknown volunteer") << MakeVolunteerCommand([](const VolunteerFixture &f) {
        return std::make_shared<RecordActivations>(covidDays(f, { 999999 }, QDate(2020, 4, 1), QDate(2020, 4, 1)));
    }) << "volunteers.unknown_volunteer";
    QTest::newRow("void without reason") << MakeVolunteerCommand([](const VolunteerFixture &) {
        return std::make_shared<VoidActivation>(1, QStringLiteral("  "));
    }) << "volunteers.reason_missing";
    QTest::newRow("void of an unknown entry") << MakeVolunteerCommand([](const VolunteerFixture &) {
        return std::make_shared<VoidActivation>(424242, QStringLiteral("errore"));
    }) << "volunteers.unknown_activation";
    QTest::newRow("organisation without name") << MakeVolunteerCommand([](const VolunteerFixture &) {
        return std::make_shared<SaveOrganisation>(newOrganisation(QStringLiteral(" ")));
    }) << "volunteers.organisation_name_missing";
    QTest::newRow("organisation with a taken name") << MakeVolunteerCommand([](const VolunteerFixture &) {
        return std::make_shared<SaveOrganisation>(
            newOrganisation(QStringLiteral("Associazione Volontari Protezione Civile Milano Est")));
    }) << "volunteers.organisation_exists";
    QTest::newRow("edit of an unknown organisation") << MakeVolunteerCommand([](const VolunteerFixture &) {
        Organisation o = newOrganisation(QStringLiteral("Fantasma"));
        o.id = 777777;
        return std::make_shared<SaveOrganisation>(o);
    }) << "volunteers.unknown_organisation";
    QTest::newRow("event without act") << MakeVolunteerCommand([](const VolunteerFixture &) {
        ActivationEvent e;
        e.name = QStringLiteral("Alluvione");
        e.startDate = QDate(2021, 1, 1);
        return std::make_shared<SaveEvent>(e);
    }) << "volunteers.event_act_missing";
    QTest::newRow("event ending before it starts") << MakeVolunteerCommand([](const VolunteerFixture &) {
        ActivationEvent e;
        e.name = QStringLiteral("Alluvione");
        e.authorisingAct = QStringLiteral("Nota 1/2021");
        e.startDate = QDate(2021, 1, 10);
        e.endDate = QDate(2021, 1, 1);
        return std::make_shared<SaveEvent>(e);
    }) << "volunteers.event_dates";
    QTest::newRow("volunteer with a wrong codice fiscale") << MakeVolunteerCommand([](const VolunteerFixture &f) {
        Volunteer v = const_cast<VolunteerFixture &>(f).makeVolunteer(
            QStringLiteral("Gialli"), QStringLiteral("Anna"), QDate(1985, 3, 3), f.organisation, 0);
        v.taxCode[15] = v.taxCode.at(15) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        return std::make_shared<SaveVolunteer>(v);
    }) << "volunteers.cf_check";
    QTest::newRow("volunteer without an organisation") << MakeVolunteerCommand([](const VolunteerFixture &f) {
        Volunteer v = const_cast<VolunteerFixture &>(f).makeVolunteer(
            QStringLiteral("Gialli"), QStringLiteral("Anna"), QDate(1985, 3, 3), f.organisation, 0);
        v.organisationId = 0; // none chosen in the form
        return std::make_shared<SaveVolunteer>(v);
    }) << "volunteers.organisation_missing";
    QTest::newRow("service without name")
        << MakeVolunteerCommand([](const VolunteerFixture &) { return std::make_shared<SaveService>(Service()); })
        << "volunteers.service_name_missing";
    QTest::newRow("attestato for a reversed period") << MakeVolunteerCommand([](const VolunteerFixture &f) {
        return std::make_shared<IssueAttestato>(
            f.rossi, f.covid, f.organisation, QDate(2020, 5, 1), QDate(2020, 4, 1), OverLimitPolicy::Refuse);
    }) << "volunteers.bad_range";
    QTest::newRow("attestato with nothing to certify") << MakeVolunteerCommand([](const VolunteerFixture &f) {
        return std::make_shared<IssueAttestato>(
            f.rossi, f.covid, f.organisation, QDate(2020, 4, 1), QDate(2020, 4, 30), OverLimitPolicy::Refuse);
    }) << "volunteers.nothing_to_certify";
}

void TestVolunteerCommands::badInputWritesNothing()
{
    QFETCH(MakeVolunteerCommand, make);
    QFETCH(QString, error);
    const QByteArray before = testsupport::contentHash(f->db());
    auto command = make(*f);
    const core::Status s = run(*command);
    QVERIFY(!s);
    QCOMPARE(s.error().code, error);
    QCOMPARE(testsupport::contentHash(f->db()), before);
    QCOMPARE(auditRows(f->db(), QStringLiteral("command")), qint64(0));
}

void TestVolunteerCommands::refusedRoleWritesNothing_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<MakeVolunteerCommand>("make");
    QTest::addColumn<QString>("permission");
    struct Row {
        const char *what;
        QString permission;
        MakeVolunteerCommand make;
    };
    const QList<Row> commands = {
        { "record", core::Permission::VolunteersEdit,
            [](const VolunteerFixture &f) {
                return std::make_shared<RecordActivations>(
                    covidDays(f, { f.rossi }, QDate(2020, 4, 1), QDate(2020, 4, 2)));
            } },
        { "organisation", core::Permission::VolunteersEdit,
            [](const VolunteerFixture &) {
                return std::make_shared<SaveOrganisation>(newOrganisation(QStringLiteral("OdV Nuova")));
            } },
        { "event", core::Permission::VolunteersEdit,
            [](const VolunteerFixture &) {
                ActivationEvent e;
                e.name = QStringLiteral("Alluvione");
                e.authorisingAct = QStringLiteral("Nota 1/2021");
                e.startDate = QDate(2021, 1, 1);
                return std::make_shared<SaveEvent>(e);
            } },
        { "service", core::Permission::VolunteersEdit,
            [](const VolunteerFixture &) {
                Service s;
                s.name = QStringLiteral("Presidio idraulico");
                return std::make_shared<SaveService>(s);
            } },
        { "attestato", core::Permission::VolunteersAttestati,
            [](const VolunteerFixture &f) {
                return std::make_shared<IssueAttestato>(
                    f.rossi, f.covid, f.organisation, QDate(2020, 4, 1), QDate(2020, 4, 30), OverLimitPolicy::Refuse);
            } },
    };
    for (const QString &user : { QStringLiteral("psy"), QStringLiteral("serv") })
        for (const Row &c : commands)
            QTest::addRow("%s %s", qPrintable(user), c.what) << user << c.make << c.permission;
}

void TestVolunteerCommands::refusedRoleWritesNothing()
{
    QFETCH(QString, user);
    QFETCH(MakeVolunteerCommand, make);
    QFETCH(QString, permission);
    testsupport::signOut(f->db());
    QVERIFY(testsupport::signInAs(f->db(), user, f->clock));
    const QByteArray before = testsupport::contentHash(f->db());
    const qint64 denied = auditRows(f->db(), QStringLiteral("denied"));
    auto command = make(*f);
    const core::Status s = run(*command);
    QCOMPARE(s.error().code, QStringLiteral("auth.denied"));
    QCOMPARE(testsupport::contentHash(f->db()), before);
    QCOMPARE(auditRows(f->db(), QStringLiteral("denied")), denied + 1);
    QCOMPARE(core::queryValue(f->db(),
                 QStringLiteral("SELECT permission FROM audit_event WHERE kind = 'denied' ORDER BY id DESC LIMIT 1"))
                 ->toString(),
        permission);
}

void TestVolunteerCommands::recordUndoVoidsAndRedoRecordsAgain()
{
    RecordActivations command(
        covidDays(*f, { f->rossi, f->bianchi }, QDate(2020, 4, 1), QDate(2020, 4, 3)), QStringLiteral("annullato"));
    QVERIFY(run(command).ok());
    QCOMPARE(command.recorded(), 6);
    QCOMPARE(effectiveDays(*f, f->rossi), qint64(3));
    const QList<qint64> first = command.entryIds();
    QVERIFY(command.undoable());

    QVERIFY(undo(command).ok());
    QCOMPARE(effectiveDays(*f, f->rossi), qint64(0));
    QCOMPARE(effectiveDays(*f, f->bianchi), qint64(0));
    // Nothing deleted: six entries, six reversals with the reason.
    QCOMPARE(commandCount(f->db(), QStringLiteral("SELECT count(*) FROM activation WHERE entry_kind = 'entry'")), qint64(6));
    QCOMPARE(
        commandCount(f->db(),
            QStringLiteral("SELECT count(*) FROM activation WHERE entry_kind = 'reversal' AND reason = 'annullato'")),
        qint64(6));
    QCOMPARE(auditRows(f->db(), QStringLiteral("command_undone")), qint64(1));

    QVERIFY(run(command).ok()); // redo
    QCOMPARE(effectiveDays(*f, f->rossi), qint64(3));
    QCOMPARE(command.recorded(), 6);
    QVERIFY(command.entryIds() != first);
    QCOMPARE(auditRows(f->db(), QStringLiteral("command")), qint64(2));
}

void TestVolunteerCommands::undoOfCertifiedDaysIsRefused()
{
    RecordActivations command(covidDays(*f, { f->rossi }, QDate(2020, 4, 1), QDate(2020, 4, 3)));
    QVERIFY(run(command).ok());
    IssueAttestato issue(
        f->rossi, f->covid, f->organisation, QDate(2020, 4, 1), QDate(2020, 4, 30), OverLimitPolicy::Refuse);
    QVERIFY(run(issue).ok());
    QVERIFY(!issue.issued().content.number.isEmpty());
    const QByteArray before = testsupport::contentHash(f->db());
    const core::Status s = undo(command);
    QCOMPARE(s.error().code, QStringLiteral("volunteers.day_certified"));
    QCOMPARE(s.error().args.value(0), issue.issued().content.number);
    QCOMPARE(testsupport::contentHash(f->db()), before);
    QCOMPARE(effectiveDays(*f, f->rossi), qint64(3));
}

void TestVolunteerCommands::voidActivationWritesAReversal()
{
    RecordActivations record(covidDays(*f, { f->rossi }, QDate(2020, 4, 1), QDate(2020, 4, 2)));
    QVERIFY(run(record).ok());
    const qint64 first = record.entryIds().constFirst();
    VoidActivation voidDay(first, QStringLiteral("giorno sbagliato"));
    QVERIFY(run(voidDay).ok());
    QCOMPARE(effectiveDays(*f, f->rossi), qint64(1));
    // Undo records the day again as a new entry; redo voids that one.
    QVERIFY(voidDay.undoable());
    QVERIFY(undo(voidDay).ok());
    QCOMPARE(effectiveDays(*f, f->rossi), qint64(2));
    const qint64 restored = voidDay.restoredId();
    QVERIFY(restored != 0 && restored != first);
    QVERIFY(run(voidDay).ok());
    QCOMPARE(effectiveDays(*f, f->rossi), qint64(1));
    QCOMPARE(commandCount(f->db(), QStringLiteral("SELECT count(*) FROM activation WHERE reverses_id = ?"), { restored }),
        qint64(1));
    VoidActivation again(first, QStringLiteral("di nuovo"));
    QCOMPARE(run(again).error().code, QStringLiteral("volunteers.already_reversed"));
    // Undoing the record now stops at the entry voided by hand.
    QCOMPARE(undo(record).error().code, QStringLiteral("volunteers.already_reversed"));
    QCOMPARE(effectiveDays(*f, f->rossi), qint64(1));
    // The day entered again since: the void can no longer be undone.
    RecordActivations reentered(covidDays(*f, { f->rossi }, QDate(2020, 4, 1), QDate(2020, 4, 1)));
    QVERIFY(run(reentered).ok());
    const QByteArray before = testsupport::contentHash(f->db());
    QCOMPARE(undo(voidDay).error().code, QStringLiteral("volunteers.duplicate_day"));
    QCOMPARE(testsupport::contentHash(f->db()), before);
}

void TestVolunteerCommands::organisationEditUndoRestoresPreviousValues()
{
    Organisation o = *OrganisationRepository(f->db()).organisation(f->otherOrganisation);
    const Organisation original = o;
    o.name = QStringLiteral("Associazione Volontari Milano Est");
    o.phone = QStringLiteral("02 1234567");
    SaveOrganisation edit(o);
    QVERIFY(run(edit).ok());
    QVERIFY(!edit.created());
    QVERIFY(edit.undoable());
    QCOMPARE(OrganisationRepository(f->db()).organisation(f->otherOrganisation)->phone, QStringLiteral("02 1234567"));
    QVERIFY(undo(edit).ok());
    const Organisation back = *OrganisationRepository(f->db()).organisation(f->otherOrganisation);
    QCOMPARE(back.name, original.name);
    QCOMPARE(back.phone, original.phone);
    QVERIFY(run(edit).ok()); // redo
    QCOMPARE(OrganisationRepository(f->db()).organisation(f->otherOrganisation)->name, o.name);
}

void TestVolunteerCommands::organisationCreateUndoRetiresIt()
{
    SaveOrganisation create(newOrganisation(QStringLiteral("OdV Nuova")));
    QVERIFY(run(create).ok());
    QVERIFY(create.created());
    QVERIFY(create.id() != 0);
    QVERIFY(undo(create).ok());
    auto row = OrganisationRepository(f->db()).organisation(create.id());
    QCOMPARE(row->id, create.id()); // not deleted
    QVERIFY(!row->active);
    QVERIFY(run(create).ok()); // redo: the same row, active again
    QVERIFY(OrganisationRepository(f->db()).organisation(create.id())->active);
    QCOMPARE(commandCount(f->db(), QStringLiteral("SELECT count(*) FROM organisation WHERE name = 'OdV Nuova'")), qint64(1));
}

void TestVolunteerCommands::undoRefusedWhenChangedSince()
{
    Organisation o = *OrganisationRepository(f->db()).organisation(f->otherOrganisation);
    o.phone = QStringLiteral("02 1111111");
    SaveOrganisation first(o);
    QVERIFY(run(first).ok());
    o = *OrganisationRepository(f->db()).organisation(f->otherOrganisation);
    o.phone = QStringLiteral("02 2222222");
    SaveOrganisation second(o);
    QVERIFY(run(second).ok());
    const QByteArray before = testsupport::contentHash(f->db());
    const core::Status s = undo(first);
    QCOMPARE(s.error().code, QStringLiteral("volunteers.changed_since"));
    QCOMPARE(s.error().args.value(0), o.name);
    QCOMPARE(testsupport::contentHash(f->db()), before);
}

void TestVolunteerCommands::eventEditUndoRefusedWhenDaysOutside()
{
    ActivationEvent e = *EventRepository(f->db()).event(f->training); // 14/09/2020 - 27/09/2020
    e.endDate = QDate(2020, 10, 10);
    SaveEvent edit(e);
    QVERIFY(run(edit).ok());
    ActivationRequest r = covidDays(*f, { f->rossi }, QDate(2020, 10, 5), QDate(2020, 10, 5));
    r.eventId = f->training;
    RecordActivations onTheNewDays(r);
    QVERIFY(run(onTheNewDays).ok());
    const core::Status s = undo(edit);
    QCOMPARE(s.error().code, QStringLiteral("volunteers.event_days_outside"));
    QCOMPARE(EventRepository(f->db()).event(f->training)->endDate, QDate(2020, 10, 10));
    // A new event cannot be undone: events have no "inactive".
    ActivationEvent n;
    n.name = QStringLiteral("Alluvione");
    n.authorisingAct = QStringLiteral("Nota 1/2021");
    n.startDate = QDate(2021, 1, 1);
    SaveEvent create(n);
    QVERIFY(run(create).ok());
    QVERIFY(!create.undoable());
}

void TestVolunteerCommands::volunteerEditUndoAndServiceCreateUndo()
{
    Volunteer v = *VolunteerRepository(f->db()).volunteer(f->verdi);
    v.phone = QStringLiteral("333 1234567");
    Employer employer;
    employer.name = QStringLiteral("Officine Lambro S.r.l.");
    employer.taxCode = QStringLiteral("01234567897");
    SaveVolunteer edit(v, employer);
    const core::Status saved0 = run(edit);
    QVERIFY2(saved0.ok(), qPrintable(saved0.error().code));
    const Volunteer saved = *VolunteerRepository(f->db()).volunteer(f->verdi);
    QVERIFY(saved.employerId != 0);
    QVERIFY(undo(edit).ok());
    const Volunteer back = *VolunteerRepository(f->db()).volunteer(f->verdi);
    QCOMPARE(back.phone, QString());
    QCOMPARE(back.employerId, qint64(0));

    Service s;
    s.name = QStringLiteral("Presidio idraulico");
    SaveService create(s);
    QVERIFY(run(create).ok());
    QVERIFY(EventRepository(f->db()).service(create.id())->active);
    QVERIFY(undo(create).ok());
    QVERIFY(!EventRepository(f->db()).service(create.id())->active);
}

void TestVolunteerCommands::batchChunksRunThroughTheRunner()
{
    ActivationLedger ledger(f->db(), f->clock);
    QVERIFY(ledger.record(covidDays(*f, { f->rossi, f->bianchi }, QDate(2020, 4, 1), QDate(2020, 4, 10))).ok());
    QVERIFY(ledger.record(covidDays(*f, { f->rossi, f->bianchi }, QDate(2020, 5, 1), QDate(2020, 5, 5))).ok());
    const auto account = core::sessionAccount(f->db());
    QVERIFY(account);
    QTemporaryDir out;
    BatchOptions options;
    options.criteria.from = QDate(2020, 4, 1);
    options.criteria.to = QDate(2020, 5, 31);
    options.outputDir = out.path();
    options.chunkSize = 1;
    std::atomic_bool cancel { false };
    auto outcome = AttestatoBatch(f->database.path(), *account, f->clock)
                       .run(
                           options, [](const BatchProgress &) {}, cancel);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().code));
    QCOMPARE(outcome->issued, 4); // two volunteers, two months
    // One audited command per chunk, and one for the end of the batch,
    // under the person who started it.
    QCOMPARE(commandCount(f->db(),
                 QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'command' AND username = 'oper' AND "
                                "detail LIKE 'volunteers.attestati.batch %'")),
        qint64(4));
    QCOMPARE(commandCount(f->db(),
                 QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'command' AND detail LIKE "
                                "'volunteers.attestati.batch_end %'")),
        qint64(1));
    QCOMPARE(core::queryValue(
                 f->db(), QStringLiteral("SELECT state FROM attestato_batch WHERE id = ?"), { outcome->batchId })
                 ->toString(),
        QStringLiteral("completed"));
}

void TestVolunteerCommands::batchRefusedForARoleWithoutAttestati()
{
    ActivationLedger ledger(f->db(), f->clock);
    QVERIFY(ledger.record(covidDays(*f, { f->rossi }, QDate(2020, 4, 1), QDate(2020, 4, 3))).ok());
    testsupport::signOut(f->db());
    QVERIFY(testsupport::signInAs(f->db(), QStringLiteral("psy"), f->clock));
    const auto account = core::sessionAccount(f->db());
    const QByteArray before = testsupport::contentHash(f->db());
    QTemporaryDir out;
    BatchOptions options;
    options.criteria.from = QDate(2020, 4, 1);
    options.criteria.to = QDate(2020, 4, 30);
    options.outputDir = out.path();
    std::atomic_bool cancel { false };
    auto outcome = AttestatoBatch(f->database.path(), *account, f->clock)
                       .run(
                           options, [](const BatchProgress &) {}, cancel);
    QCOMPARE(outcome.error().code, QStringLiteral("auth.denied"));
    QCOMPARE(testsupport::contentHash(f->db()), before);
    QCOMPARE(QDir(out.path()).entryList({ QStringLiteral("*.pdf") }, QDir::Files).size(), 0);
    QCOMPARE(commandCount(f->db(), QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'denied' AND permission = ?"),
                 { core::Permission::VolunteersAttestati }),
        qint64(1));
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // fonts for the attestati's PDFs
    TestVolunteerCommands test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_volunteercommands.moc"

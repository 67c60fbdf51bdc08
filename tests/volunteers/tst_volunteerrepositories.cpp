#include "volunteerfixture.h"

#include "core/db/sql.h"
#include "volunteers/domain/codicefiscale.h"
#include "volunteers/domain/eventrepository.h"
#include "volunteers/domain/organisationrepository.h"
#include "volunteers/domain/volunteerrepository.h"

#include <QTest>

using namespace volunteers;

// The records behind the forms: organisations and their renewal,
// volunteers with their employer, qualifications, events and services.
class TestVolunteerRepositories : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void organisationRules_data();
    void organisationRules();
    void renewalNeedsEveryItem();
    void volunteerRules_data();
    void volunteerRules();
    void saveWithEmployerFindsTheEmployerByTaxCode();
    void qualificationsWithExpiry();
    void eventDatesCannotLeaveDaysOutside();
    void servicesAreConfigurableButThePublishedKeepTheirNames();
    void everyChangeIsInTheChangeLog();

private:
    std::unique_ptr<VolunteerFixture> f;
};

void TestVolunteerRepositories::init()
{
    f = std::make_unique<VolunteerFixture>();
    QVERIFY2(f->ok, qPrintable(f->error));
}

void TestVolunteerRepositories::cleanup()
{
    f.reset();
}

void TestVolunteerRepositories::organisationRules_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("error");
    QTest::newRow("no name") << 0 << "volunteers.organisation_name_missing";
    QTest::newRow("same name") << 1 << "volunteers.organisation_exists";
    QTest::newRow("outside the metropolitan city") << 2 << "reference.not_metropolitan";
    QTest::newRow("registry number taken") << 3 << "volunteers.registry_in_use";
    QTest::newRow("bad PEC") << 4 << "reference.bad_email";
}

void TestVolunteerRepositories::organisationRules()
{
    QFETCH(int, kind);
    QFETCH(QString, error);
    Organisation o;
    o.name = QStringLiteral("Nucleo Volontari Emergenza Rho");
    o.comuneId = f->milano;
    switch (kind) {
    case 0:
        o.name = QStringLiteral("   ");
        break;
    case 1:
        o.name = QStringLiteral(
            "gruppo comunale volontari di protezione civile di peschiera borromeo"); // case does not matter
        break;
    case 2:
        o.comuneId = core::queryValue(f->db(), QStringLiteral("SELECT id FROM comune WHERE name = 'Monza'"))->toInt();
        break;
    case 3:
        o.registryNumber = QStringLiteral("MI-PC-0101");
        break;
    case 4:
        o.pec = QStringLiteral("pec at example");
        break;
    }
    OrganisationRepository repo(f->db());
    auto s = repo.save(o);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, error);
    QCOMPARE(repo.all()->size(), 2);
}

void TestVolunteerRepositories::renewalNeedsEveryItem()
{
    OrganisationRepository repo(f->db());
    Renewal r = repo.renewal(f->organisation, 2021).value();
    QCOMPARE(r.id, 0);
    r.stateDate = QDate(2021, 2, 1);
    for (int i = 0; i < Renewal::ItemCount; ++i)
        r.items[i] = i != 4;
    r.state = Renewal::State::Renewed;
    auto refused = repo.saveRenewal(r);
    QCOMPARE(refused.error().code, QStringLiteral("volunteers.renewal_incomplete"));
    QCOMPARE(refused.error().args, QStringList { QStringLiteral("5") });
    r.state = Renewal::State::Open;
    QVERIFY(repo.saveRenewal(r).ok());
    r.items[4] = true;
    r.state = Renewal::State::Renewed;
    QVERIFY(repo.saveRenewal(r).ok());
    const Renewal back = repo.renewal(f->organisation, 2021).value();
    QVERIFY(back.complete());
    QCOMPARE(back.state, Renewal::State::Renewed);
    QCOMPARE(back.stateDate, QDate(2021, 2, 1));
    auto summary = repo.renewalSummary(2021).value();
    QCOMPARE(summary.organisations, 2);
    QCOMPARE(summary.renewed, 1);
    QCOMPARE(summary.open, 1);
    // The database refuses it too, whatever the code path.
    QVERIFY(!core::runQuery(f->db(), QStringLiteral("UPDATE organisation_renewal SET equipment_list = 0")).ok());
}

void TestVolunteerRepositories::volunteerRules_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("error");
    QTest::newRow("wrong check character") << 0 << "volunteers.cf_check";
    QTest::newRow("codice fiscale of another volunteer") << 1 << "volunteers.cf_duplicate";
    QTest::newRow("no surname") << 2 << "volunteers.name_missing";
    QTest::newRow("unknown organisation") << 3 << "volunteers.unknown_organisation";
    QTest::newRow("unknown comune") << 4 << "reference.unknown_comune";
    QTest::newRow("bad e-mail") << 5 << "reference.bad_email";
}

void TestVolunteerRepositories::volunteerRules()
{
    QFETCH(int, kind);
    QFETCH(QString, error);
    Volunteer v
        = f->makeVolunteer(QStringLiteral("Gialli"), QStringLiteral("Ugo"), QDate(1970, 1, 1), f->organisation, 0);
    switch (kind) {
    case 0:
        v.taxCode = v.taxCode.left(15) + (v.taxCode.at(15) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A'));
        break;
    case 1:
        v.taxCode = CodiceFiscale::build(QStringLiteral("Rossi"), QStringLiteral("Mario"), QDate(1980, 1, 1),
            QLatin1Char('M'), QStringLiteral("F205"));
        break;
    case 2:
        v.lastName.clear();
        break;
    case 3:
        v.organisationId = 99;
        break;
    case 4:
        v.comuneId = 999999;
        break;
    case 5:
        v.email = QStringLiteral("ugo@");
        break;
    }
    auto s = VolunteerRepository(f->db()).save(v);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, error);
    if (kind == 1)
        QCOMPARE(s.error().args.value(1), QStringLiteral("Rossi Mario"));
}

void TestVolunteerRepositories::saveWithEmployerFindsTheEmployerByTaxCode()
{
    VolunteerRepository repo(f->db());
    Volunteer v
        = f->makeVolunteer(QStringLiteral("Gialli"), QStringLiteral("Ugo"), QDate(1970, 1, 1), f->organisation, 0);
    Employer e;
    e.name = QStringLiteral("Naviglio Trasporti S.p.A.");
    e.taxCode = QStringLiteral(" 12345678903 ");
    e.pec = QStringLiteral("nuova@pec.naviglio.example");
    QVERIFY(repo.saveWithEmployer(v, &e).ok());
    QCOMPARE(v.employerId, f->employer);
    QCOMPARE(repo.employer(f->employer)->pec, QStringLiteral("nuova@pec.naviglio.example"));
    QCOMPARE(repo.volunteer(v.id)->birthDate, QDate(1970, 1, 1)); // from the codice fiscale
    // A wrong partita IVA leaves nothing behind: neither employer nor volunteer.
    Volunteer w = f->makeVolunteer(QStringLiteral("Blu"), QStringLiteral("Ada"), QDate(1971, 1, 1), f->organisation, 0);
    Employer bad;
    bad.name = QStringLiteral("ACME");
    bad.taxCode = QStringLiteral("12345678901");
    QCOMPARE(repo.saveWithEmployer(w, &bad).error().code, QStringLiteral("volunteers.bad_employer_tax_code"));
    QCOMPARE(repo.byTaxCode(w.taxCode)->id, 0);
    QCOMPARE(core::queryValue(f->db(), QStringLiteral("SELECT count(*) FROM employer"))->toInt(), 1);
    auto found = repo.search(QStringLiteral("gial"), 0, 10);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().name, QStringLiteral("Gialli Ugo"));
}

void TestVolunteerRepositories::qualificationsWithExpiry()
{
    VolunteerRepository repo(f->db());
    Qualification q;
    q.volunteerId = f->rossi;
    q.kind = Qualification::Kind::Qualification;
    q.name = QStringLiteral("BLSD");
    q.obtainedOn = QDate(2020, 1, 10);
    q.expiresOn = QDate(2019, 1, 10);
    QCOMPARE(repo.saveQualification(q).error().code, QStringLiteral("volunteers.qualification_dates"));
    q.expiresOn = QDate(2022, 1, 10);
    QVERIFY(repo.saveQualification(q).ok());
    auto list = repo.qualifications(f->rossi).value();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().expiresOn, QDate(2022, 1, 10));
    QVERIFY(repo.removeQualification(q.id).ok());
    QVERIFY(repo.qualifications(f->rossi)->isEmpty());
}

void TestVolunteerRepositories::eventDatesCannotLeaveDaysOutside()
{
    EventRepository repo(f->db());
    ActivationEvent e = repo.event(f->ordinary).value();
    QVERIFY(core::runQuery(f->db(),
        QStringLiteral("INSERT INTO activation(id, event_id, volunteer_id, organisation_id, day, service_id, "
                       "recorded_at) VALUES (7, ?, ?, ?, '2020-12-20', ?, 0)"),
        { f->ordinary, f->rossi, f->organisation, f->coc })
                .ok());
    e.endDate = QDate(2020, 11, 30);
    auto s = repo.saveEvent(e);
    QCOMPARE(s.error().code, QStringLiteral("volunteers.event_days_outside"));
    QCOMPARE(s.error().args, (QStringList { QStringLiteral("1"), QStringLiteral("20/12/2020") }));
    e.endDate = QDate(2020, 12, 31);
    e.authorisingAct = QString();
    QCOMPARE(repo.saveEvent(e).error().code, QStringLiteral("volunteers.event_act_missing"));
}

void TestVolunteerRepositories::servicesAreConfigurableButThePublishedKeepTheirNames()
{
    EventRepository repo(f->db());
    Service s;
    s.name = QStringLiteral("supporto vaccinazioni");
    QVERIFY(repo.saveService(s).ok());
    QCOMPARE(repo.serviceByName(QStringLiteral("Supporto Vaccinazioni"))->id, s.id);
    s.active = false;
    QVERIFY(repo.saveService(s).ok());
    QCOMPARE(repo.services(true)->size(), 7);
    Service coc = repo.service(f->coc).value();
    coc.name = QStringLiteral("COC");
    QCOMPARE(repo.saveService(coc).error().code, QStringLiteral("volunteers.service_published"));
    Service again;
    again.name = QStringLiteral("SUPPORTO COC");
    QCOMPARE(repo.saveService(again).error().code, QStringLiteral("volunteers.service_exists"));
}

void TestVolunteerRepositories::everyChangeIsInTheChangeLog()
{
    auto logged = core::queryValue(f->db(),
        QStringLiteral("SELECT count(*) FROM change_log WHERE table_name IN ('organisation', 'employer', 'volunteer', "
                       "'activation_event') AND operator = 'test'"));
    QCOMPARE(logged->toInt(), 2 + 1 + 4 + 3);
}

QTEST_GUILESS_MAIN(TestVolunteerRepositories)
#include "tst_volunteerrepositories.moc"

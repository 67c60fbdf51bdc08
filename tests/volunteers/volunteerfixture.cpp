#include "volunteerfixture.h"

#include "core/db/sql.h"
#include "volunteers/domain/codicefiscale.h"
#include "volunteers/domain/eventrepository.h"
#include "volunteers/domain/organisationrepository.h"
#include "volunteers/domain/volunteerrepository.h"

using namespace volunteers;

Volunteer VolunteerFixture::makeVolunteer(
    const QString &surname, const QString &name, const QDate &birth, qint64 org, qint64 employerId)
{
    Volunteer v;
    v.lastName = surname;
    v.firstName = name;
    v.taxCode = CodiceFiscale::build(surname, name, birth, QLatin1Char('M'), QStringLiteral("F205"));
    v.organisationId = org;
    v.comuneId = peschiera;
    v.employerId = employerId;
    return v;
}

VolunteerFixture::VolunteerFixture()
{
    if (!database.isValid()) {
        error = database.errorText();
        return;
    }
    auto p = core::queryValue(db(), QStringLiteral("SELECT id FROM comune WHERE name = 'Peschiera Borromeo'"));
    peschiera = p ? p->toInt() : 0;

    OrganisationRepository orgs(db());
    Organisation o;
    o.name = QStringLiteral("Gruppo comunale volontari di protezione civile di Peschiera Borromeo");
    o.kind = Organisation::Kind::MunicipalGroup;
    o.comuneId = peschiera;
    o.registryNumber = QStringLiteral("MI-PC-0101");
    o.representative = QStringLiteral("Sindaco pro tempore");
    Organisation other;
    other.name = QStringLiteral("Associazione Volontari Protezione Civile Milano Est");
    other.comuneId = milano;
    other.registryNumber = QStringLiteral("MI-PC-0102");
    for (Organisation *x : { &o, &other })
        if (auto s = orgs.save(*x); !s) {
            error = s.error().code;
            return;
        }
    organisation = o.id;
    otherOrganisation = other.id;

    VolunteerRepository people(db());
    Employer e;
    e.name = QStringLiteral("Naviglio Trasporti S.p.A.");
    e.taxCode = QStringLiteral("12345678903");
    e.address = QStringLiteral("via Roma 1, Milano");
    e.pec = QStringLiteral("amministrazione@pec.naviglio.example");
    if (auto s = people.saveEmployer(e); !s) {
        error = s.error().code;
        return;
    }
    employer = e.id;
    Volunteer r
        = makeVolunteer(QStringLiteral("Rossi"), QStringLiteral("Mario"), QDate(1980, 1, 1), organisation, employer);
    Volunteer b
        = makeVolunteer(QStringLiteral("Bianchi"), QStringLiteral("Luca"), QDate(1975, 5, 20), organisation, employer);
    Volunteer v = makeVolunteer(QStringLiteral("Verdi"), QStringLiteral("Paolo"), QDate(1990, 7, 7), organisation, 0);
    Volunteer n = makeVolunteer(QStringLiteral("Neri"), QStringLiteral("Franco"), QDate(1950, 2, 2), organisation, 0);
    n.employment = Volunteer::Employment::NotWorking;
    for (Volunteer *x : { &r, &b, &v, &n })
        if (auto s = people.save(*x); !s) {
            error = s.error().code;
            return;
        }
    rossi = r.id;
    bianchi = b.id;
    verdi = v.id;
    neri = n.id;

    EventRepository events(db());
    ActivationEvent c;
    c.name = QStringLiteral("Emergenza COVID-19");
    c.type = EventType::Covid19;
    c.authorisingAct = QStringLiteral("Delibera del Consiglio dei Ministri del 31/01/2020");
    c.startDate = QDate(2020, 1, 31);
    c.endDate = QDate(2022, 3, 31);
    ActivationEvent ord;
    ord.name = QStringLiteral("Vigilanza idraulica");
    ord.type = EventType::Ordinary;
    ord.authorisingAct = QStringLiteral("Richiesta della Prefettura");
    ord.startDate = QDate(2020, 6, 1);
    ord.endDate = QDate(2020, 12, 31);
    ActivationEvent t;
    t.name = QStringLiteral("Esercitazione Idroscalo");
    t.type = EventType::Training;
    t.authorisingAct = QStringLiteral("Nota CCV-MI 412/2020");
    t.startDate = QDate(2020, 9, 14);
    t.endDate = QDate(2020, 9, 27);
    for (ActivationEvent *x : { &c, &ord, &t })
        if (auto s = events.saveEvent(*x); !s) {
            error = s.error().code;
            return;
        }
    covid = c.id;
    ordinary = ord.id;
    training = t.id;
    coc = events.serviceByName(QStringLiteral("coc"))->id;
    salaCcvmi = events.serviceByName(QStringLiteral("sala operativa CCV-MI"))->id;
    ok = coc != 0 && salaCcvmi != 0 && peschiera != 0;
    if (!ok)
        error = QStringLiteral("services or comuni missing");
}

#include "volunteersprobes.h"

#include "core/auth/access.h"
#include "core/auth/permissions.h"
#include "core/commands/commandrunner.h"
#include "core/db/sql.h"
#include "core/reporting/reportcatalog.h"
#include "volunteers/domain/activationcommands.h"
#include "volunteers/domain/attestatocommands.h"
#include "volunteers/domain/eventrepository.h"
#include "volunteers/domain/organisationcommands.h"
#include "volunteers/domain/organisationrepository.h"
#include "volunteers/domain/trainingcommands.h"
#include "volunteers/domain/volunteerlists.h"
#include "volunteers/domain/volunteerreports.h"
#include "volunteers/domain/volunteerrepository.h"

using namespace volunteers;

namespace {

const int milano = 15146;

qint64 idOf(const QSqlDatabase &db, const QString &sql)
{
    auto v = core::queryValue(db, sql);
    return v ? v->toLongLong() : 0;
}

// A day of the volunteer prepare() adds, found by name: each probe runs on
// its own fresh database.
ActivationRequest dayOf(const QSqlDatabase &db, const QDate &day)
{
    ActivationRequest r;
    r.eventId = idOf(db, QStringLiteral("SELECT id FROM activation_event WHERE name = 'Alluvione'"));
    r.volunteerIds = { idOf(db, QStringLiteral("SELECT id FROM volunteer WHERE tax_code = 'RSSMRA80A01F205X'")) };
    r.from = day;
    r.serviceId = idOf(db, QStringLiteral("SELECT min(id) FROM volunteer_service WHERE active = 1"));
    return r;
}

// An organisation, a volunteer with an employer, an event and a day, through
// the repositories (nobody signed in: prepare() is not what is probed).
bool addVolunteerWithDays(const QSqlDatabase &db)
{
    Organisation o;
    o.name = QStringLiteral("OdV Prova");
    o.comuneId = milano;
    if (!OrganisationRepository(db).save(o))
        return false;
    VolunteerRepository people(db);
    Employer e;
    e.name = QStringLiteral("Officine Lambro S.r.l.");
    e.taxCode = QStringLiteral("01234567897");
    if (!people.saveEmployer(e))
        return false;
    Volunteer v;
    v.organisationId = o.id;
    v.lastName = QStringLiteral("Rossi");
    v.firstName = QStringLiteral("Mario");
    v.taxCode = QStringLiteral("RSSMRA80A01F205X");
    v.comuneId = milano;
    v.employerId = e.id;
    if (!people.save(v))
        return false;
    ActivationEvent event;
    event.name = QStringLiteral("Alluvione");
    event.authorisingAct = QStringLiteral("Nota 1/2020");
    event.startDate = QDate(2020, 1, 1);
    if (!EventRepository(db).saveEvent(event))
        return false;
    ActivationLedger ledger(db, core::SystemClock::instance());
    return ledger.record(dayOf(db, QDate(2020, 4, 1))).ok();
}

core::Status runCommand(const QSqlDatabase &db, core::Command &command)
{
    return core::CommandRunner(db).run(command);
}

} // namespace

QList<testsupport::PermissionProbe> volunteersPermissionProbes()
{
    QList<testsupport::PermissionProbe> probes;
    probes.append({ core::Permission::VolunteersView, QStringLiteral("list the activation ledger"), nullptr,
        [](const QSqlDatabase &db) -> core::Status {
            auto list = VolunteerLists::activations(db);
            if (!list)
                return list.error();
            return {};
        } });
    probes.append(
        { core::Permission::VolunteersEdit, QStringLiteral("add an organisation"), nullptr, [](const QSqlDatabase &db) {
             Organisation o;
             o.name = QStringLiteral("OdV della sonda");
             o.comuneId = 15146;
             SaveOrganisation command(o);
             return runCommand(db, command);
         } });
    probes.append({ core::Permission::VolunteersEdit, QStringLiteral("record an activation day"), &addVolunteerWithDays,
        [](const QSqlDatabase &db) {
            RecordActivations command(dayOf(db, QDate(2020, 4, 2)));
            return runCommand(db, command);
        } });
    probes.append({ core::Permission::VolunteersAttestati, QStringLiteral("issue an attestato"), &addVolunteerWithDays,
        [](const QSqlDatabase &db) {
            const ActivationRequest r = dayOf(db, QDate(2020, 4, 1));
            IssueAttestato command(r.volunteerIds.constFirst(), r.eventId,
                idOf(db, QStringLiteral("SELECT id FROM organisation WHERE name = 'OdV Prova'")), QDate(2020, 4, 1),
                QDate(2020, 4, 30), OverLimitPolicy::Refuse);
            return runCommand(db, command);
        } });
    probes.append({ core::Permission::VolunteersTraining, QStringLiteral("add a course"), nullptr,
        [](const QSqlDatabase &db) {
            Course c;
            c.code = QStringLiteral("BASE");
            c.title = QStringLiteral("Corso base");
            SaveCourse command(c);
            return runCommand(db, command);
        } });
    probes.append({ core::Permission::VolunteersTraining, QStringLiteral("record an exercise"), &addVolunteerWithDays,
        [](const QSqlDatabase &db) {
            Exercise x;
            x.organisationId = idOf(db, QStringLiteral("SELECT id FROM organisation WHERE name = 'OdV Prova'"));
            x.title = QStringLiteral("Esercitazione");
            x.startDate = QDate(2020, 9, 12);
            x.endDate = QDate(2020, 9, 12);
            x.participants = 3;
            x.personDays = 3;
            SaveExercise command(x);
            return runCommand(db, command);
        } });
    probes.append({ core::Permission::VolunteersPersonalRead, QStringLiteral("report of attestati issued"), nullptr,
        [](const QSqlDatabase &db) -> core::Status {
            // What the Print menu and `cisiamo report` do: the report's
            // declared permission, then the report.
            for (const core::ReportDefinition &d : VolunteerReports::definitions()) {
                if (d.name != QLatin1String("attestati-issued"))
                    continue;
                if (auto s = core::Access::require(db, d.permission); !s)
                    return s;
                core::ReportRequest request;
                request.from = QDate(2020, 1, 1);
                request.to = QDate(2020, 12, 31);
                auto doc = d.build(db, request);
                if (!doc)
                    return doc.error();
                return {};
            }
            return core::Error(QStringLiteral("test.no_report"));
        } });
    return probes;
}

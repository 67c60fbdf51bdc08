#include "volunteers/domain/volunteerimport.h"

#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "core/domain/tablefile.h"
#include "core/domain/importlimits.h"
#include "core/reference/comunematcher.h"
#include "volunteers/domain/activationledger.h"
#include "volunteers/domain/codicefiscale.h"
#include "volunteers/domain/eventrepository.h"
#include "volunteers/domain/organisationrepository.h"
#include "volunteers/domain/volunteerrepository.h"

#include <QHash>

namespace volunteers {

using core::Error;
using core::Result;

namespace {

constexpr int maxErrors = 200;

struct Columns {
    QHash<QString, int> index;
    int of(const QString &name) const { return index.value(name, -1); }
};

// Finds the columns by their accepted names; missing required ones are errors.
Columns findColumns(const core::CsvTable &table, const QList<QPair<QString, QStringList>> &spec,
    const QStringList &required, const QString &file, QList<Error> *errors)
{
    Columns c;
    for (const auto &[name, aliases] : spec)
        c.index.insert(name, table.column(QStringList { name } + aliases));
    for (const QString &name : required)
        if (c.of(name) < 0)
            errors->append(Error(QStringLiteral("volunteers.import_missing_column"), { name }).at(file, 1, name));
    return c;
}

// Texts longer than their column allows: codes, phone numbers and dates 50,
// addresses and notes 2000, names 200.
void refuseOverlong(const core::CsvTable &table, const Columns &c, const QString &file, QList<Error> *errors)
{
    static const QStringList codes{ QStringLiteral("codice_fiscale"), QStringLiteral("telefono"),
        QStringLiteral("datore_cf_piva"), QStringLiteral("data"), QStringLiteral("dal"), QStringLiteral("al"),
        QStringLiteral("numero_registro") };
    static const QStringList texts{ QStringLiteral("indirizzo"), QStringLiteral("datore_indirizzo"),
        QStringLiteral("note") };
    QHash<int, core::TextKind> kinds;
    for (auto it = c.index.cbegin(); it != c.index.cend(); ++it)
        if (it.value() >= 0)
            kinds.insert(it.value(),
                codes.contains(it.key())       ? core::TextKind::Code
                    : texts.contains(it.key()) ? core::TextKind::Text
                                               : core::TextKind::Name);
    *errors += core::overlongFields(table, file, kinds);
}

QString field(const core::CsvRecord &r, const Columns &c, const QString &name)
{
    const int i = c.of(name);
    return i >= 0 ? r.fields.value(i).trimmed() : QString();
}

// A comune written by a person: matched, or an error with suggestions.
Result<int> resolveComune(
    const core::ComuneMatcher &matcher, const QString &text, QList<Error> *warnings, const core::ErrorLocation &where)
{
    const core::ComuneMatch m = matcher.match(text);
    QStringList suggestions;
    for (const core::ComuneCandidate &s : m.suggestions)
        suggestions.append(s.label());
    switch (m.kind) {
    case core::ComuneMatch::Kind::Exact:
        return m.comune.comuneId;
    case core::ComuneMatch::Kind::Corrected: {
        Error w(QStringLiteral("volunteers.import_comune_corrected"), { text, m.comune.label() });
        w.where = where;
        warnings->append(w);
        return m.comune.comuneId;
    }
    case core::ComuneMatch::Kind::Ambiguous: {
        Error e(QStringLiteral("reference.ambiguous_comune"), { text, suggestions.join(QStringLiteral(", ")) });
        e.where = where;
        return e;
    }
    case core::ComuneMatch::Kind::NotFound:
        break;
    }
    Error e(QStringLiteral("reference.comune_not_found"), { text, suggestions.mid(0, 3).join(QStringLiteral(", ")) });
    e.where = where;
    return e;
}

// "associazione", "gruppo comunale"...; an empty text keeps `fallback`.
bool organisationKindFromText(const QString &text, Organisation::Kind fallback, Organisation::Kind *kind)
{
    const QString k = core::foldKey(text);
    if (k.isEmpty()) {
        *kind = fallback;
        return true;
    }
    if (k == QLatin1String("associazione") || k == QLatin1String("odv") || k == QLatin1String("associazionedivolontariato")
        || k == QLatin1String("association")) {
        *kind = Organisation::Kind::Association;
        return true;
    }
    if (k == QLatin1String("gruppocomunale") || k == QLatin1String("gruppocomunalediprotezionecivile")
        || k == QLatin1String("gruppocomunalevolontari") || k == QLatin1String("gcvpc") || k == QLatin1String("municipalgroup")) {
        *kind = Organisation::Kind::MunicipalGroup;
        return true;
    }
    return false;
}

bool employmentFromText(const QString &text, Volunteer::Employment *e)
{
    const QString k = core::foldKey(text);
    if (k.isEmpty() || k == QLatin1String("dipendente") || k == QLatin1String("lavoratoredipendente")
        || k == QLatin1String("employee")) {
        *e = Volunteer::Employment::Employee;
        return true;
    }
    if (k == QLatin1String("autonomo") || k == QLatin1String("lavoratoreautonomo")
        || k == QLatin1String("libero professionista") || k == QLatin1String("liberoprofessionista")
        || k == QLatin1String("selfemployed")) {
        *e = Volunteer::Employment::SelfEmployed;
        return true;
    }
    if (k == QLatin1String("nonoccupato") || k == QLatin1String("pensionato") || k == QLatin1String("studente")
        || k == QLatin1String("disoccupato") || k == QLatin1String("notworking")) {
        *e = Volunteer::Employment::NotWorking;
        return true;
    }
    return false;
}

// Keeps the code and arguments of a domain error and puts it at a place.
Error placed(Error e, const QString &file, int line, const QString &fieldName)
{
    if (e.where.isEmpty())
        e.where = core::ErrorLocation { file, line, fieldName };
    return e;
}

} // namespace

QStringList VolunteerImporter::volunteerColumns()
{
    return { QStringLiteral("cognome"), QStringLiteral("nome"), QStringLiteral("codice_fiscale"),
        QStringLiteral("organizzazione"), QStringLiteral("comune_residenza"), QStringLiteral("indirizzo"),
        QStringLiteral("telefono"), QStringLiteral("email"), QStringLiteral("condizione"),
        QStringLiteral("datore_lavoro"), QStringLiteral("datore_cf_piva"), QStringLiteral("datore_indirizzo"),
        QStringLiteral("datore_pec") };
}

Result<ImportReport> VolunteerImporter::importFile(const QString &kind, const QString &path, bool dryRun)
{
    auto table = core::readTableFile(path);
    if (!table)
        return table.error();
    if (kind == QLatin1String("volunteers"))
        return importVolunteers(*table, path, dryRun);
    if (kind == QLatin1String("activations"))
        return importActivations(*table, path, dryRun);
    if (kind == QLatin1String("organisations"))
        return importOrganisations(*table, path, dryRun);
    return Error(QStringLiteral("volunteers.import_unknown_kind"), { kind });
}

Result<ImportReport> VolunteerImporter::importVolunteers(const core::CsvTable &table, const QString &file, bool dryRun)
{
    ImportReport report;
    const Columns c = findColumns(table,
        { { QStringLiteral("cognome"), { QStringLiteral("last_name"), QStringLiteral("surname") } },
            { QStringLiteral("nome"), { QStringLiteral("first_name"), QStringLiteral("name") } },
            { QStringLiteral("codice_fiscale"), { QStringLiteral("cf"), QStringLiteral("tax_code") } },
            { QStringLiteral("organizzazione"),
                { QStringLiteral("odv"), QStringLiteral("associazione"), QStringLiteral("organisation") } },
            { QStringLiteral("comune_residenza"),
                { QStringLiteral("comune"), QStringLiteral("residenza"), QStringLiteral("comune di residenza") } },
            { QStringLiteral("indirizzo"), { QStringLiteral("address") } },
            { QStringLiteral("telefono"), { QStringLiteral("cellulare"), QStringLiteral("phone") } },
            { QStringLiteral("email"), { QStringLiteral("e-mail"), QStringLiteral("mail") } },
            { QStringLiteral("condizione"), { QStringLiteral("condizione lavorativa"), QStringLiteral("employment") } },
            { QStringLiteral("datore_lavoro"), { QStringLiteral("datore di lavoro"), QStringLiteral("employer") } },
            { QStringLiteral("datore_cf_piva"),
                { QStringLiteral("datore_piva"), QStringLiteral("datore_cf"), QStringLiteral("piva datore") } },
            { QStringLiteral("datore_indirizzo"), { QStringLiteral("indirizzo datore") } },
            { QStringLiteral("datore_pec"), { QStringLiteral("pec datore") } } },
        { QStringLiteral("cognome"), QStringLiteral("nome"), QStringLiteral("codice_fiscale"),
            QStringLiteral("organizzazione"), QStringLiteral("comune_residenza") },
        file, &report.errors);
    if (report.errors.isEmpty())
        refuseOverlong(table, c, file, &report.errors);
    if (!report.errors.isEmpty())
        return report;

    auto matcher = core::ComuneMatcher::load(m_db);
    if (!matcher)
        return matcher.error();
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    OrganisationRepository organisations(m_db);
    VolunteerRepository volunteers(m_db);
    QHash<QString, int> seen; // codice fiscale -> line
    for (const core::CsvRecord &r : table.records) {
        if (report.errors.size() >= maxErrors)
            break;
        ++report.records;
        auto fail = [&](const Error &e, const QString &fieldName) {
            report.errors.append(placed(e, file, r.line, fieldName));
        };
        Volunteer v;
        const QString cfText = field(r, c, QStringLiteral("codice_fiscale"));
        auto cf = CodiceFiscale::parse(cfText);
        if (!cf) {
            fail(cf.error(), QStringLiteral("codice_fiscale"));
            continue;
        }
        if (seen.contains(cf->code)) {
            fail(Error(QStringLiteral("volunteers.import_duplicate_cf"),
                     { cf->code, QString::number(seen.value(cf->code)) }),
                QStringLiteral("codice_fiscale"));
            continue;
        }
        seen.insert(cf->code, r.line);
        auto existing = volunteers.byTaxCode(cf->code);
        if (!existing)
            return existing.error();
        if (existing->id != 0)
            v = *existing;
        v.taxCode = cf->code;
        v.lastName = field(r, c, QStringLiteral("cognome"));
        v.firstName = field(r, c, QStringLiteral("nome"));
        if (v.lastName.isEmpty() || v.firstName.isEmpty()) {
            fail(Error(QStringLiteral("volunteers.name_missing")),
                v.lastName.isEmpty() ? QStringLiteral("cognome") : QStringLiteral("nome"));
            continue;
        }
        if (!CodiceFiscale::matchesName(cf->code, v.lastName, v.firstName))
            report.warnings.append(Error(QStringLiteral("volunteers.cf_name_mismatch"),
                { cf->code, v.lastName + QLatin1Char(' ') + v.firstName })
                                       .at(file, r.line, QStringLiteral("codice_fiscale")));

        const QString orgText = field(r, c, QStringLiteral("organizzazione"));
        auto org = organisations.byName(orgText);
        if (!org)
            return org.error();
        if (org->id == 0) {
            org = organisations.byRegistryNumber(orgText);
            if (!org)
                return org.error();
        }
        if (org->id == 0) {
            fail(Error(QStringLiteral("volunteers.import_unknown_organisation"), { orgText }),
                QStringLiteral("organizzazione"));
            continue;
        }
        v.organisationId = org->id;

        auto comune = resolveComune(*matcher, field(r, c, QStringLiteral("comune_residenza")), &report.warnings,
            { file, r.line, QStringLiteral("comune_residenza") });
        if (!comune) {
            report.errors.append(comune.error());
            continue;
        }
        v.comuneId = *comune;
        for (const auto &[name, target] : { std::pair { QStringLiteral("indirizzo"), &v.address },
                 std::pair { QStringLiteral("telefono"), &v.phone }, std::pair { QStringLiteral("email"), &v.email } })
            if (c.of(name) >= 0)
                *target = field(r, c, name);
        if (c.of(QStringLiteral("condizione")) >= 0 || existing->id == 0) {
            if (!employmentFromText(field(r, c, QStringLiteral("condizione")), &v.employment)) {
                fail(Error(QStringLiteral("volunteers.import_bad_employment"),
                         { field(r, c, QStringLiteral("condizione")) }),
                    QStringLiteral("condizione"));
                continue;
            }
        }
        const QString employerName = field(r, c, QStringLiteral("datore_lavoro"));
        if (!employerName.isEmpty()) {
            Employer e;
            e.name = employerName;
            e.taxCode = field(r, c, QStringLiteral("datore_cf_piva"));
            e.address = field(r, c, QStringLiteral("datore_indirizzo"));
            e.pec = field(r, c, QStringLiteral("datore_pec"));
            if (e.taxCode.isEmpty()) {
                fail(Error(QStringLiteral("volunteers.import_employer_tax_code_missing"), { employerName }),
                    QStringLiteral("datore_cf_piva"));
                continue;
            }
            auto employerId = volunteers.upsertEmployer(e);
            if (!employerId) {
                const QString code = employerId.error().code;
                fail(employerId.error(),
                    code == QLatin1String("reference.bad_email") ? QStringLiteral("datore_pec")
                                                                 : QStringLiteral("datore_cf_piva"));
                continue;
            }
            v.employerId = *employerId;
        }
        const bool isNew = v.id == 0;
        if (auto s = volunteers.save(v); !s) {
            fail(s.error(), QString());
            continue;
        }
        isNew ? ++report.added : ++report.updated;
    }
    if (!report.errors.isEmpty() || dryRun)
        return report; // the transaction rolls back
    if (auto s = tx.commit(); !s)
        return s.error();
    report.committed = true;
    return report;
}

Result<ImportReport> VolunteerImporter::importOrganisations(const core::CsvTable &table, const QString &file, bool dryRun)
{
    ImportReport report;
    const Columns c = findColumns(table,
        { { QStringLiteral("nome"),
              { QStringLiteral("denominazione"), QStringLiteral("organizzazione"), QStringLiteral("name") } },
            { QStringLiteral("comune"), { QStringLiteral("comune sede"), QStringLiteral("sede") } },
            { QStringLiteral("tipo"), { QStringLiteral("tipologia"), QStringLiteral("kind") } },
            { QStringLiteral("numero_registro"),
                { QStringLiteral("registro"), QStringLiteral("n registro"), QStringLiteral("iscrizione"),
                    QStringLiteral("registry") } },
            { QStringLiteral("codice_fiscale"), { QStringLiteral("cf"), QStringLiteral("tax_code") } },
            { QStringLiteral("indirizzo"), { QStringLiteral("address") } },
            { QStringLiteral("rappresentante"),
                { QStringLiteral("legale rappresentante"), QStringLiteral("presidente"), QStringLiteral("representative") } },
            { QStringLiteral("ruolo_rappresentante"), { QStringLiteral("ruolo"), QStringLiteral("carica") } },
            { QStringLiteral("telefono"), { QStringLiteral("phone") } },
            { QStringLiteral("email"), { QStringLiteral("e-mail"), QStringLiteral("mail") } },
            { QStringLiteral("pec"), {} },
            { QStringLiteral("note"), { QStringLiteral("notes") } } },
        { QStringLiteral("nome"), QStringLiteral("comune") }, file, &report.errors);
    if (report.errors.isEmpty())
        refuseOverlong(table, c, file, &report.errors);
    if (!report.errors.isEmpty())
        return report;

    auto matcher = core::ComuneMatcher::load(m_db);
    if (!matcher)
        return matcher.error();
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    OrganisationRepository organisations(m_db);
    QHash<QString, int> seen; // folded name -> line
    for (const core::CsvRecord &r : table.records) {
        if (report.errors.size() >= maxErrors)
            break;
        ++report.records;
        auto fail = [&](const Error &e, const QString &fieldName) {
            report.errors.append(placed(e, file, r.line, fieldName));
        };
        const QString name = field(r, c, QStringLiteral("nome")).simplified();
        if (name.isEmpty()) {
            fail(Error(QStringLiteral("volunteers.organisation_name_missing")), QStringLiteral("nome"));
            continue;
        }
        const QString key = name.toCaseFolded();
        if (seen.contains(key)) {
            fail(Error(QStringLiteral("volunteers.import_duplicate_organisation"), { name, QString::number(seen.value(key)) }),
                QStringLiteral("nome"));
            continue;
        }
        seen.insert(key, r.line);
        // Already on record (same name, or same registry number): updated.
        auto existing = organisations.byName(name);
        if (!existing)
            return existing.error();
        const QString registry = field(r, c, QStringLiteral("numero_registro"));
        if (existing->id == 0 && !registry.isEmpty()) {
            existing = organisations.byRegistryNumber(registry);
            if (!existing)
                return existing.error();
        }
        Organisation o = *existing;
        o.name = name;
        if (!organisationKindFromText(field(r, c, QStringLiteral("tipo")), o.kind, &o.kind)) {
            fail(Error(QStringLiteral("volunteers.import_bad_organisation_kind"), { field(r, c, QStringLiteral("tipo")) }),
                QStringLiteral("tipo"));
            continue;
        }
        auto comune = resolveComune(
            *matcher, field(r, c, QStringLiteral("comune")), &report.warnings, { file, r.line, QStringLiteral("comune") });
        if (!comune) {
            report.errors.append(comune.error());
            continue;
        }
        o.comuneId = *comune;
        // Only the columns the file has change an organisation on record.
        for (const auto &[column, target] : { std::pair { QStringLiteral("numero_registro"), &o.registryNumber },
                 std::pair { QStringLiteral("codice_fiscale"), &o.taxCode },
                 std::pair { QStringLiteral("indirizzo"), &o.address },
                 std::pair { QStringLiteral("rappresentante"), &o.representative },
                 std::pair { QStringLiteral("ruolo_rappresentante"), &o.representativeRole },
                 std::pair { QStringLiteral("telefono"), &o.phone }, std::pair { QStringLiteral("email"), &o.email },
                 std::pair { QStringLiteral("pec"), &o.pec }, std::pair { QStringLiteral("note"), &o.notes } })
            if (c.of(column) >= 0)
                *target = field(r, c, column);
        const bool isNew = o.id == 0;
        if (auto s = organisations.save(o); !s) {
            const QString code = s.error().code;
            fail(s.error(),
                code == QLatin1String("reference.not_metropolitan")   ? QStringLiteral("comune")
                    : code == QLatin1String("volunteers.registry_in_use") ? QStringLiteral("numero_registro")
                    : code == QLatin1String("reference.bad_email")
                    ? (s.error().args.value(0) == o.pec ? QStringLiteral("pec") : QStringLiteral("email"))
                    : QString());
            continue;
        }
        isNew ? ++report.added : ++report.updated;
    }
    if (!report.errors.isEmpty() || dryRun)
        return report; // the transaction rolls back
    if (auto s = tx.commit(); !s)
        return s.error();
    report.committed = true;
    return report;
}

Result<ImportReport> VolunteerImporter::importActivations(const core::CsvTable &table, const QString &file, bool dryRun)
{
    ImportReport report;
    const Columns c = findColumns(table,
        { { QStringLiteral("codice_fiscale"), { QStringLiteral("cf"), QStringLiteral("tax_code") } },
            { QStringLiteral("evento"), { QStringLiteral("event"), QStringLiteral("emergenza") } },
            { QStringLiteral("data"), { QStringLiteral("giorno"), QStringLiteral("day"), QStringLiteral("date") } },
            { QStringLiteral("dal"), { QStringLiteral("da"), QStringLiteral("from") } },
            { QStringLiteral("al"), { QStringLiteral("a"), QStringLiteral("to") } },
            { QStringLiteral("servizio"), { QStringLiteral("service") } },
            { QStringLiteral("comune"), { QStringLiteral("comune servizio"), QStringLiteral("place comune") } },
            { QStringLiteral("luogo"), { QStringLiteral("place"), QStringLiteral("sede") } },
            { QStringLiteral("organizzazione"), { QStringLiteral("odv"), QStringLiteral("organisation") } } },
        { QStringLiteral("codice_fiscale"), QStringLiteral("evento"), QStringLiteral("servizio") }, file,
        &report.errors);
    if (c.of(QStringLiteral("data")) < 0 && c.of(QStringLiteral("dal")) < 0)
        report.errors.append(Error(QStringLiteral("volunteers.import_missing_column"), { QStringLiteral("data") })
                                 .at(file, 1, QStringLiteral("data")));
    if (report.errors.isEmpty())
        refuseOverlong(table, c, file, &report.errors);
    if (!report.errors.isEmpty())
        return report;

    auto matcher = core::ComuneMatcher::load(m_db);
    if (!matcher)
        return matcher.error();
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    VolunteerRepository volunteers(m_db);
    EventRepository events(m_db);
    OrganisationRepository organisations(m_db);
    ActivationLedger ledger(m_db, m_clock);
    QHash<QString, qint64> volunteerIds, eventIds, serviceIds;
    for (const core::CsvRecord &r : table.records) {
        if (report.errors.size() >= maxErrors)
            break;
        ++report.records;
        auto fail = [&](const Error &e, const QString &fieldName) {
            report.errors.append(placed(e, file, r.line, fieldName));
        };
        ActivationRequest request;

        const QString cf = CodiceFiscale::normalise(field(r, c, QStringLiteral("codice_fiscale")));
        if (!volunteerIds.contains(cf)) {
            auto v = volunteers.byTaxCode(cf);
            if (!v)
                return v.error();
            volunteerIds.insert(cf, v->id);
        }
        if (volunteerIds.value(cf) == 0) {
            auto valid = CodiceFiscale::parse(cf);
            fail(valid ? Error(QStringLiteral("volunteers.import_unknown_volunteer"), { cf }) : valid.error(),
                QStringLiteral("codice_fiscale"));
            continue;
        }
        request.volunteerIds = { volunteerIds.value(cf) };

        const QString eventName = field(r, c, QStringLiteral("evento"));
        if (!eventIds.contains(eventName)) {
            auto e = events.eventByName(eventName);
            if (!e)
                return e.error();
            eventIds.insert(eventName, e->id);
        }
        if (eventIds.value(eventName) == 0) {
            fail(Error(QStringLiteral("volunteers.import_unknown_event"), { eventName }), QStringLiteral("evento"));
            continue;
        }
        request.eventId = eventIds.value(eventName);

        const QString serviceName = field(r, c, QStringLiteral("servizio"));
        if (!serviceIds.contains(serviceName)) {
            auto s = events.serviceByName(serviceName);
            if (!s)
                return s.error();
            serviceIds.insert(serviceName, s->id);
        }
        if (serviceIds.value(serviceName) == 0) {
            fail(Error(QStringLiteral("volunteers.import_unknown_service"), { serviceName }),
                QStringLiteral("servizio"));
            continue;
        }
        request.serviceId = serviceIds.value(serviceName);

        const QString single = field(r, c, QStringLiteral("data"));
        const QString fromText = single.isEmpty() ? field(r, c, QStringLiteral("dal")) : single;
        const QString toText = single.isEmpty() ? field(r, c, QStringLiteral("al")) : single;
        const QString dateField = single.isEmpty() ? QStringLiteral("dal") : QStringLiteral("data");
        request.from = core::parseUserDate(fromText);
        request.to = toText.isEmpty() ? request.from : core::parseUserDate(toText);
        if (!request.from.isValid()) {
            fail(Error(QStringLiteral("date.invalid"), { fromText }), dateField);
            continue;
        }
        if (!request.to.isValid()) {
            fail(Error(QStringLiteral("date.invalid"), { toText }), QStringLiteral("al"));
            continue;
        }

        const QString comuneText = field(r, c, QStringLiteral("comune"));
        if (!comuneText.isEmpty()) {
            auto comune
                = resolveComune(*matcher, comuneText, &report.warnings, { file, r.line, QStringLiteral("comune") });
            if (!comune) {
                report.errors.append(comune.error());
                continue;
            }
            request.comuneId = *comune;
        }
        request.place = field(r, c, QStringLiteral("luogo"));
        const QString orgText = field(r, c, QStringLiteral("organizzazione"));
        if (!orgText.isEmpty()) {
            auto org = organisations.byName(orgText);
            if (!org)
                return org.error();
            if (org->id == 0) {
                org = organisations.byRegistryNumber(orgText);
                if (!org)
                    return org.error();
            }
            if (org->id == 0) {
                fail(Error(QStringLiteral("volunteers.import_unknown_organisation"), { orgText }),
                    QStringLiteral("organizzazione"));
                continue;
            }
            request.organisationId = org->id;
        }
        auto added = ledger.record(request);
        if (!added) {
            const QString code = added.error().code;
            const bool dateProblem = code == QLatin1String("volunteers.outside_event")
                || code == QLatin1String("volunteers.bad_range") || code == QLatin1String("volunteers.duplicate_day")
                || code == QLatin1String("volunteers.two_services");
            fail(added.error(), dateProblem ? dateField : QString());
            continue;
        }
        report.added += *added;
    }
    if (!report.errors.isEmpty() || dryRun)
        return report;
    if (auto s = tx.commit(); !s)
        return s.error();
    report.committed = true;
    return report;
}

} // namespace volunteers

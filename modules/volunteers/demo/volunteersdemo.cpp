#include "volunteers/demo/volunteersdemo.h"

#include "core/db/deferredchangelog.h"
#include "core/db/deferredindexes.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "core/sync/statementcache.h"
#include "volunteers/demo/demonames.h"
#include "volunteers/domain/attestatoregister.h"
#include "volunteers/domain/codicefiscale.h"
#include "volunteers/domain/eventrepository.h"
#include "volunteers/domain/persondays.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include <array>
#include <cmath>
#include <numeric>
#include <optional>

namespace volunteers {

using core::Error;
using core::Result;
using core::Status;

QList<QPair<QString, int>> publishedPersonDaysByMonth2020()
{
    return { { QStringLiteral("2020-02"), 160 }, { QStringLiteral("2020-03"), 9920 },
        { QStringLiteral("2020-04"), 19373 }, { QStringLiteral("2020-05"), 14037 }, { QStringLiteral("2020-06"), 6435 },
        { QStringLiteral("2020-07"), 2952 }, { QStringLiteral("2020-08"), 1235 }, { QStringLiteral("2020-09"), 1003 },
        { QStringLiteral("2020-10"), 1085 } };
}

QList<QPair<QString, int>> publishedPersonDaysByService()
{
    return { { QStringLiteral("supporto Fiera Milano City + CTV"), 1236 },
        { QStringLiteral("supporto tamponi drive-in"), 978 }, { QStringLiteral("supporto ospedali"), 410 },
        { QStringLiteral("sala operativa CCV-MI"), 1676 }, { QStringLiteral("supporto sala operativa regionale"), 354 },
        { QStringLiteral("supporto COC"), 15605 }, { QStringLiteral("supporto scuola"), 200 } };
}

namespace {

// The services the demo uses: the seven published ones first.
enum Svc {
    Fiera,
    Tamponi,
    Ospedali,
    SalaCcvmi,
    SalaRegionale,
    Coc,
    Scuola,
    Food,
    Dpi,
    Presidio,
    Training,
    Vigilanza,
    SvcCount
};
using DayCounts = std::array<int, SvcCount>;

// Largest-remainder rounding: integers proportional to the weights that
// add up exactly to total.
QList<int> apportion(int total, const QList<double> &weights)
{
    QList<int> out(weights.size(), 0);
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    if (weights.isEmpty() || sum <= 0)
        return out;
    QList<QPair<double, int>> remainders;
    int given = 0;
    for (int i = 0; i < weights.size(); ++i) {
        const double share = total * weights.at(i) / sum;
        out[i] = int(std::floor(share));
        given += out[i];
        remainders.append({ share - out[i], i });
    }
    std::stable_sort(
        remainders.begin(), remainders.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int k = 0; given < total; ++k, ++given)
        ++out[remainders.at(k % remainders.size()).second];
    return out;
}

double weekdayFactor(const QDate &d)
{
    switch (d.dayOfWeek()) {
    case 6:
        return 0.85;
    case 7:
        return 0.7;
    default:
        return 1.0;
    }
}

QList<QDate> daysBetween(const QDate &from, const QDate &to)
{
    QList<QDate> days;
    for (QDate d = from; d <= to; d = d.addDays(1))
        days.append(d);
    return days;
}

QString slug(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D).toLower())
        if (c.isLetterOrNumber() && c.category() != QChar::Mark_NonSpacing && c.unicode() < 128)
            out.append(c);
    return out;
}

// A cyclic list of volunteers (each as many times as their propensity),
// from which each day takes the next ones free that day: the load spreads
// evenly and nobody gets impossible runs.
struct Pool {
    QList<int> cycle; // indexes into the volunteers
    qsizetype next = 0;
};

struct DemoVolunteer {
    qint64 id = 0;
    qint64 organisationId = 0;
    int organisationComune = 0;
    int lastDay = -1; // index of the last day used (one service a day)
};

struct DemoOrganisation {
    qint64 id = 0;
    int comuneId = 0;
    double weight = 1;
};

class DemoBuilder {
public:
    explicit DemoBuilder(core::DemoContext &context)
        : m_ctx(context)
        , m_db(context.db)
        , m_rng(context.random)
    {
    }
    Status run();

private:
    int bounded(int n) { return n <= 1 ? 0 : int(m_rng.bounded(n)); }
    double uniform() { return m_rng.generateDouble(); }
    template <typename T> const T &pick(const QList<T> &list) { return list.at(bounded(int(list.size()))); }
    QString partitaIva();
    QString phone(bool mobile);

    Status loadReference();
    Status addServices();
    Status addOrganisations();
    Status addEmployers();
    Status addVolunteers();
    Status addEvents();
    void planPublishedPeriod();
    Status addActivations();
    Status addMoreYears();
    Status issueEarlyAttestati();
    Status checkPublishedFigures();

    // Activation writing.
    Status beginActivations();
    Status insertActivation(int volunteer, const QDate &day, int svc, int comuneId, const QString &place,
        qint64 eventId, const QString &kind = QStringLiteral("entry"), qint64 reverses = 0, const QString &reason = {},
        qint64 *usedId = nullptr);
    QList<int> take(Pool &pool, int count, int dayIndex);

    core::DemoContext &m_ctx;
    QSqlDatabase m_db;
    QRandomGenerator &m_rng;

    QList<int> m_metroComuni; // by population, largest first
    QHash<int, QString> m_comuneName;
    QStringList m_birthPlaces; // cadastral codes of Lombard comuni
    QHash<QString, int> m_comuneByName;
    std::array<qint64, SvcCount> m_serviceIds {};
    QList<DemoOrganisation> m_organisations;
    QList<qint64> m_employers;
    QList<DemoVolunteer> m_volunteers;
    qint64 m_covidEvent = 0, m_trainingEvent = 0, m_ordinaryEvent = 0;
    QMap<QDate, DayCounts> m_plan;
    QList<int> m_hero; // the sala operativa volunteer who never stopped
    QList<int> m_trainingRunners; // exercise participants with too long a run
    QList<int> m_vigilanceRunners; // ordinary event, too long a run

    // Insertion state.
    // The activations straight on SQLite's statement: QSqlQuery's binding
    // costs more than the insert itself, a hundred thousand times a year.
    std::optional<core::sync::StatementCache> m_statements;
    QString m_insertSql;
    qint64 m_nextId = 0;
    qint64 m_idsLeft = 0;
    int m_corrections = 0;
};

QString DemoBuilder::partitaIva()
{
    QString digits;
    for (int i = 0; i < 7; ++i)
        digits.append(QChar(u'0' + bounded(10)));
    digits += QStringLiteral("153"); // the Milano tax office code
    int sum = 0;
    for (int i = 0; i < 10; ++i) {
        int d = digits.at(i).digitValue();
        if (i % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    digits.append(QChar(u'0' + (10 - sum % 10) % 10));
    return digits;
}

QString DemoBuilder::phone(bool mobile)
{
    if (mobile)
        return QStringLiteral("3%1 %2").arg(20 + bounded(80)).arg(1000000 + bounded(8999999));
    return QStringLiteral("02 %1 %2").arg(1000 + bounded(8999)).arg(1000 + bounded(8999));
}

Status DemoBuilder::loadReference()
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT c.id, c.name FROM comune_cmm m JOIN comune c ON c.id = m.comune_id ORDER BY "
                       "m.population DESC, c.id"));
    if (!q)
        return q.error();
    while (q->next()) {
        m_metroComuni.append(q->value(0).toInt());
        m_comuneName.insert(q->value(0).toInt(), q->value(1).toString());
        m_comuneByName.insert(q->value(1).toString(), q->value(0).toInt());
    }
    if (m_metroComuni.size() < 100)
        return Error(QStringLiteral("reference.not_loaded"));
    auto places = core::runQuery(m_db,
        QStringLiteral(
            "SELECT cadastral_code FROM comune WHERE region = 'Lombardia' AND cadastral_code <> '' ORDER BY id"));
    if (!places)
        return places.error();
    while (places->next())
        m_birthPlaces.append(places->value(0).toString());
    return {};
}

Status DemoBuilder::addServices()
{
    const char *published[]
        = { "fiera_ctv", "tamponi_drive_in", "ospedali", "sala_ccvmi", "sala_regionale", "coc", "scuola" };
    EventRepository repo(m_db);
    for (int i = 0; i < 7; ++i) {
        auto s = repo.serviceByName(QLatin1String(published[i]));
        if (!s)
            return s.error();
        if (s->id == 0)
            return Error(QStringLiteral("reference.not_loaded"));
        m_serviceIds[i] = s->id;
    }
    const QStringList extra = { QStringLiteral("distribuzione derrate alimentari"),
        QStringLiteral("distribuzione DPI e kit"), QStringLiteral("presidio test universitari e scuole"),
        QStringLiteral("formazione ed esercitazioni"), QStringLiteral("vigilanza idraulica e monitoraggio") };
    for (int i = 0; i < extra.size(); ++i) {
        Service s;
        s.name = extra.at(i);
        s.sortOrder = 100 + 10 * i;
        if (auto r = repo.saveService(s); !r)
            return r;
        m_serviceIds[Food + i] = s.id;
    }
    return {};
}

Status DemoBuilder::addOrganisations()
{
    // 37 associations (8 in Milano, one in each of the next largest comuni)
    // and 80 municipal groups in other comuni.
    const QStringList milanoAreas = { QStringLiteral("Milano Nord"), QStringLiteral("Milano Est"),
        QStringLiteral("Milano Sud"), QStringLiteral("Milano Ovest"), QStringLiteral("Milano Centro"),
        QStringLiteral("Niguarda"), QStringLiteral("Baggio"), QStringLiteral("Lambrate") };
    struct Plan {
        int comuneId;
        bool group;
        QString area;
    };
    QList<Plan> plans;
    for (const QString &area : milanoAreas)
        plans.append({ m_metroComuni.at(0), false, area });
    for (int i = 1; plans.size() < 37; ++i)
        plans.append({ m_metroComuni.at(i), false, m_comuneName.value(m_metroComuni.at(i)) });
    QList<int> others = m_metroComuni.mid(1);
    for (int i = int(others.size()) - 1; i > 0; --i)
        others.swapItemsAt(i, bounded(i + 1));
    for (int i = 0; i < 80; ++i)
        plans.append({ others.at(i), true, m_comuneName.value(others.at(i)) });

    QSqlQuery insert(m_db);
    const QString sql = QStringLiteral(
        "INSERT INTO organisation(id, name, kind, comune_id, registry_number, tax_code, address, representative, "
        "representative_role, phone, email, pec, active, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, '')");
    if (!insert.prepare(sql))
        return core::queryError(insert, sql);
    QSet<QString> names;
    for (int i = 0; i < plans.size(); ++i) {
        const Plan &p = plans.at(i);
        QString name;
        if (p.group) {
            name = QStringLiteral("Gruppo comunale volontari di protezione civile di %1").arg(p.area);
        } else {
            do
                name = pick(demo::associationPatterns()).arg(p.area);
            while (names.contains(name));
        }
        names.insert(name);
        auto id = core::allocateRowId(m_db);
        if (!id)
            return id.error();
        const QString s = slug(p.area);
        const QString representative = p.group
            ? QStringLiteral("Sindaco pro tempore del Comune di %1").arg(m_comuneName.value(p.comuneId))
            : pick(demo::maleNames()) + QLatin1Char(' ') + pick(demo::surnames());
        const QVariantList values = { *id, name,
            p.group ? QStringLiteral("municipal_group") : QStringLiteral("association"), p.comuneId,
            QStringLiteral("MI-PC-%1").arg(101 + i, 4, 10, QLatin1Char('0')),
            p.group ? QString() : QStringLiteral("9%1").arg(1000000000 + bounded(899999999)),
            QStringLiteral("%1 %2").arg(pick(demo::streetNames())).arg(1 + bounded(120)), representative,
            p.group ? QStringLiteral("Sindaco") : QStringLiteral("Presidente"), phone(false),
            QStringLiteral("info.%1%2@ccvmi-demo.it").arg(p.group ? QStringLiteral("gc") : QStringLiteral("odv"), s),
            QStringLiteral("%1%2@pec.ccvmi-demo.it").arg(p.group ? QStringLiteral("gc") : QStringLiteral("odv"), s) };
        for (int k = 0; k < values.size(); ++k)
            core::bindValue(insert, k, values.at(k));
        if (!insert.exec())
            return core::queryError(insert, sql);
        // Bigger towns and associations field more volunteers.
        auto population = core::queryValue(
            m_db, QStringLiteral("SELECT population FROM comune_cmm WHERE comune_id = ?"), { p.comuneId });
        const double pop = population ? population->toDouble() : 10000;
        const double weight = p.group ? std::clamp(std::sqrt(pop) / 60.0, 0.6, 3.0) : 2.2;
        m_organisations.append({ *id, p.comuneId, weight });
    }

    // Renewals: 2020 all renewed; 2021 in progress at the time of the demo.
    QSqlQuery renewal(m_db);
    const QString renewalSql = QStringLiteral("INSERT INTO organisation_renewal(id, organisation_id, year, "
                                              "h24_availability, enough_volunteers, insured_no_charges, "
                                              "activity_report, equipment_list, representative_documents, state, "
                                              "state_date, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!renewal.prepare(renewalSql))
        return core::queryError(renewal, renewalSql);
    for (int i = 0; i < m_organisations.size(); ++i) {
        for (int year : { 2020, 2021 }) {
            std::array<int, 6> items { 1, 1, 1, 1, 1, 1 };
            QString state = QStringLiteral("renewed");
            QDate date(year, 1 + bounded(3), 1 + bounded(28));
            QString notes;
            if (year == 2021) {
                const int r = bounded(100);
                if (r < 7)
                    continue; // not started
                if (r < 10) {
                    state = QStringLiteral("not_renewed");
                    items[2] = 0;
                    notes = QStringLiteral("Copertura assicurativa non rinnovata");
                } else if (r < 40) {
                    state = QStringLiteral("open");
                    for (int k = 0; k < 6; ++k)
                        items[k] = bounded(3) > 0 ? 1 : 0;
                    items[4] = 0;
                    notes = QStringLiteral("In attesa dell'elenco mezzi e attrezzature");
                }
            }
            auto id = core::allocateRowId(m_db);
            if (!id)
                return id.error();
            const QVariantList values = { *id, m_organisations.at(i).id, year, items[0], items[1], items[2], items[3],
                items[4], items[5], state, core::toSqlDate(date), notes };
            for (int k = 0; k < values.size(); ++k)
                core::bindValue(renewal, k, values.at(k));
            if (!renewal.exec())
                return core::queryError(renewal, renewalSql);
        }
    }
    return {};
}

Status DemoBuilder::addEmployers()
{
    QSqlQuery insert(m_db);
    const QString sql = QStringLiteral("INSERT INTO employer(id, name, tax_code, address, comune_id, pec, email, "
                                       "phone) VALUES (?, ?, ?, ?, ?, ?, '', ?)");
    if (!insert.prepare(sql))
        return core::queryError(insert, sql);
    QSet<QString> names, codes;
    while (m_employers.size() < 650) {
        const QString name = pick(demo::businessWords()) + QLatin1Char(' ') + pick(demo::businessKinds());
        const QString code = partitaIva();
        if (names.contains(name) || codes.contains(code))
            continue;
        names.insert(name);
        codes.insert(code);
        auto id = core::allocateRowId(m_db);
        if (!id)
            return id.error();
        const int comune = m_metroComuni.at(
            std::min(int(m_metroComuni.size()) - 1, int(std::pow(uniform(), 2.2) * m_metroComuni.size())));
        const QVariantList values
            = { *id, name, code, QStringLiteral("%1 %2").arg(pick(demo::streetNames())).arg(1 + bounded(200)), comune,
                  QStringLiteral("amministrazione.%1@pec.ccvmi-demo.it").arg(slug(name)), phone(false) };
        for (int k = 0; k < values.size(); ++k)
            core::bindValue(insert, k, values.at(k));
        if (!insert.exec())
            return core::queryError(insert, sql);
        m_employers.append(*id);
    }
    return {};
}

Status DemoBuilder::addVolunteers()
{
    const int count = 3600;
    QList<double> cumulative;
    double total = 0;
    for (const DemoOrganisation &o : m_organisations)
        cumulative.append(total += o.weight);

    QSqlQuery insert(m_db);
    const QString sql
        = QStringLiteral("INSERT INTO volunteer(id, organisation_id, last_name, first_name, tax_code, birth_date, "
                         "comune_id, address, phone, email, "
                         "employment, employer_id, active, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, '')");
    QSqlQuery ownBusiness(m_db);
    const QString ownSql = QStringLiteral("INSERT INTO employer(id, name, tax_code, address, comune_id, pec, email, "
                                          "phone) VALUES (?, ?, ?, ?, ?, ?, '', ?)");
    QSqlQuery qualification(m_db);
    const QString qualificationSql = QStringLiteral("INSERT INTO volunteer_qualification(id, volunteer_id, kind, name, "
                                                    "obtained_on, expires_on, notes) VALUES (?, ?, ?, ?, ?, ?, '')");
    if (!insert.prepare(sql))
        return core::queryError(insert, sql);
    if (!ownBusiness.prepare(ownSql))
        return core::queryError(ownBusiness, ownSql);
    if (!qualification.prepare(qualificationSql))
        return core::queryError(qualification, qualificationSql);
    const QStringList outside
        = { QStringLiteral("Monza"), QStringLiteral("Lodi"), QStringLiteral("Pavia"), QStringLiteral("Limbiate") };
    QList<int> outsideIds;
    for (const QString &n : outside) {
        auto v
            = core::queryValue(m_db, QStringLiteral("SELECT id FROM comune WHERE name = ? ORDER BY id LIMIT 1"), { n });
        if (v && v->isValid())
            outsideIds.append(v->toInt());
    }
    struct Course {
        const char *name;
        const char *kind;
        int percent;
        int validYears; // 0: no expiry
    };
    const Course courses[] = { { "Corso base di protezione civile", "course", 92, 0 },
        { "BLSD - rianimazione e defibrillazione", "qualification", 38, 2 },
        { "Operatore radio in emergenza", "course", 12, 0 }, { "Antincendio boschivo (AIB)", "qualification", 8, 3 },
        { "Uso in sicurezza della motosega", "qualification", 7, 5 },
        { "Rischio idrogeologico e idraulico", "course", 15, 0 },
        { "Patente C per mezzi pesanti", "qualification", 5, 5 },
        { "Sicurezza nei luoghi di lavoro (D.Lgs 81/2008)", "course", 40, 5 } };

    QSet<QString> codes;
    const QDate reference(2020, 3, 1);
    for (int n = 0; n < count; ++n) {
        const double r = uniform() * total;
        const int orgIndex = int(std::lower_bound(cumulative.begin(), cumulative.end(), r) - cumulative.begin());
        const DemoOrganisation &org = m_organisations.at(std::min(orgIndex, int(m_organisations.size()) - 1));
        const bool female = bounded(100) < 36;
        const QString surname = pick(demo::surnames());
        const QString name = female ? pick(demo::femaleNames()) : pick(demo::maleNames());
        const int age
            = 18 + std::min(int(std::abs(m_rng.generateDouble() + m_rng.generateDouble() - 1.0) * 70), 57) + bounded(3);
        QDate birth = reference.addYears(-age).addDays(-bounded(365));
        const QString birthPlace = bounded(100) < 45 ? QStringLiteral("F205") : pick(m_birthPlaces);
        QString code
            = CodiceFiscale::build(surname, name, birth, female ? QLatin1Char('F') : QLatin1Char('M'), birthPlace);
        while (codes.contains(code)) {
            birth = birth.addDays(1);
            code = CodiceFiscale::build(surname, name, birth, female ? QLatin1Char('F') : QLatin1Char('M'), birthPlace);
        }
        codes.insert(code);
        int residence = org.comuneId;
        const int where = bounded(100);
        if (where >= 70 && where < 97)
            residence = pick(m_metroComuni);
        else if (where >= 97 && !outsideIds.isEmpty())
            residence = pick(outsideIds);

        QString employment = QStringLiteral("employee");
        if (age >= 67 || (age <= 22 && bounded(2) == 0) || bounded(100) < 6)
            employment = QStringLiteral("not_working");
        else if (bounded(100) < 13)
            employment = QStringLiteral("self_employed");
        QVariant employer;
        auto id = core::allocateRowId(m_db);
        if (!id)
            return id.error();
        if (employment == QLatin1String("employee")) {
            if (bounded(1000) >= 15) // a few employees have no employer on record yet
                employer = pick(m_employers);
        } else if (employment == QLatin1String("self_employed")) {
            auto own = core::allocateRowId(m_db);
            if (!own)
                return own.error();
            const QStringList trades
                = { QStringLiteral("Studio tecnico"), QStringLiteral("Impresa edile"), QStringLiteral("Idraulica"),
                      QStringLiteral("Officina"), QStringLiteral("Consulenza"), QStringLiteral("Elettricista") };
            const QVariantList values = { *own, QStringLiteral("%1 %2 %3").arg(pick(trades), surname, name),
                partitaIva(), QStringLiteral("%1 %2").arg(pick(demo::streetNames())).arg(1 + bounded(90)), residence,
                QStringLiteral("%1.%2.%3@pec.ccvmi-demo.it").arg(slug(name), slug(surname)).arg(n), phone(true) };
            for (int k = 0; k < values.size(); ++k)
                core::bindValue(ownBusiness, k, values.at(k));
            if (!ownBusiness.exec())
                return core::queryError(ownBusiness, ownSql);
            employer = *own;
        }
        const QVariantList values = { *id, org.id, surname, name, code, core::toSqlDate(birth), residence,
            QStringLiteral("%1 %2").arg(pick(demo::streetNames())).arg(1 + bounded(150)), phone(true),
            bounded(3) == 0 ? QStringLiteral("%1.%2%3@mail.ccvmi-demo.it").arg(slug(name), slug(surname)).arg(n)
                            : QString(),
            employment, employer };
        for (int k = 0; k < values.size(); ++k)
            core::bindValue(insert, k, values.at(k));
        if (!insert.exec())
            return core::queryError(insert, sql);
        m_volunteers.append({ *id, org.id, org.comuneId, -1 });

        for (const Course &c : courses) {
            if (bounded(100) >= c.percent)
                continue;
            auto qid = core::allocateRowId(m_db);
            if (!qid)
                return qid.error();
            const QDate obtained(2008 + bounded(13), 1 + bounded(12), 1 + bounded(28));
            const QVariantList q
                = { *qid, *id, QLatin1String(c.kind), QString::fromUtf8(c.name), core::toSqlDate(obtained),
                      c.validYears ? QVariant(core::toSqlDate(obtained.addYears(c.validYears))) : QVariant() };
            for (int k = 0; k < q.size(); ++k)
                core::bindValue(qualification, k, q.at(k));
            if (!qualification.exec())
                return core::queryError(qualification, qualificationSql);
        }
    }
    return {};
}

Status DemoBuilder::addEvents()
{
    EventRepository repo(m_db);
    ActivationEvent covid;
    covid.name = QStringLiteral("Emergenza COVID-19");
    covid.type = EventType::Covid19;
    covid.authorisingAct
        = QStringLiteral("Delibera del Consiglio dei Ministri del 31/01/2020 (stato di emergenza di rilievo "
                         "nazionale) e successive proroghe");
    covid.startDate = QDate(2020, 1, 31);
    covid.endDate = QDate(2022, 3, 31);
    covid.notes = QStringLiteral(
        "Attivazione dei volontari a supporto dei COC, della sala operativa regionale, delle strutture "
        "sanitarie e della distribuzione di derrate e DPI.");
    ActivationEvent exercise;
    exercise.name = QStringLiteral("Esercitazione intercomunale \"Idroscalo 2020\"");
    exercise.type = EventType::Training;
    exercise.authorisingAct = QStringLiteral("Nota CCV-MI prot. 412/2020 del 20/08/2020");
    exercise.startDate = QDate(2020, 9, 14);
    exercise.endDate = QDate(2020, 9, 27);
    ActivationEvent vigilance;
    vigilance.name = QStringLiteral("Vigilanza idraulica Seveso e Lambro - estate 2020");
    vigilance.type = EventType::Ordinary;
    vigilance.authorisingAct = QStringLiteral("Richiesta della Prefettura di Milano del 03/07/2020");
    vigilance.startDate = QDate(2020, 7, 6);
    vigilance.endDate = QDate(2020, 8, 14);
    for (ActivationEvent *e : { &covid, &exercise, &vigilance })
        if (auto s = repo.saveEvent(*e); !s)
            return s;
    m_covidEvent = covid.id;
    m_trainingEvent = exercise.id;
    m_ordinaryEvent = vigilance.id;
    return {};
}

// The day-by-day counts per service, made to add up exactly to both
// published tables.
void DemoBuilder::planPublishedPeriod()
{
    // February to September 2020: the monthly totals of the first table.
    const QList<QPair<QString, int>> months = publishedPersonDaysByMonth2020();
    QList<double> level; // average per day of each month, for a smooth curve
    for (const auto &m : months) {
        const QDate first = core::fromSqlDate(m.first + QStringLiteral("-01"));
        const int days = m.first == QLatin1String("2020-02") ? 6 : first.daysInMonth();
        level.append(double(m.second) / days);
    }
    for (int mi = 0; mi < 8; ++mi) { // Feb..Sep; October comes from the services below
        const QDate first = core::fromSqlDate(months.at(mi).first + QStringLiteral("-01"));
        const QList<QDate> days = daysBetween(mi == 0 ? QDate(2020, 2, 24) : first, first.addMonths(1).addDays(-1));
        const double prev = mi > 0 ? level.at(mi - 1) : level.at(mi);
        const double next = level.at(mi + 1);
        const double cur = level.at(mi);
        QList<double> weights;
        for (int i = 0; i < days.size(); ++i) {
            const double t = (i + 0.5) / days.size();
            const double l = t < 0.5 ? ((prev + cur) / 2) + (cur - (prev + cur) / 2) * (t / 0.5)
                                     : cur + ((cur + next) / 2 - cur) * ((t - 0.5) / 0.5);
            weights.append(std::max(1.0, l) * weekdayFactor(days.at(i)));
        }
        const QList<int> perDay = apportion(months.at(mi).second, weights);
        for (int i = 0; i < days.size(); ++i) {
            const QDate d = days.at(i);
            int left = perDay.at(i);
            DayCounts c {};
            auto take = [&left](int &slot, int n) {
                n = std::min(n, left);
                slot += n;
                left -= n;
            };
            take(c[SalaCcvmi], d < QDate(2020, 3, 1) ? 6 : 8 + (d.day() % 3));
            if (d >= QDate(2020, 3, 1))
                take(c[SalaRegionale], 3);
            if (d >= QDate(2020, 9, 1) && d <= QDate(2020, 9, 10) && d.dayOfWeek() <= 5)
                take(c[Presidio], 25);
            if (d >= QDate(2020, 9, 14) && d <= QDate(2020, 9, 25))
                take(c[Training], 10);
            if (d >= QDate(2020, 7, 6) && d <= QDate(2020, 8, 14))
                take(c[Vigilanza], 5);
            const int month = d.month();
            const bool firstWave = month >= 3 && month <= 6;
            const QList<double> w
                = { 0.62, firstWave ? 0.13 : 0.03, firstWave ? 0.12 : 0.05, month <= 5 ? 0.06 : 0.02 };
            const QList<int> split = apportion(left, w);
            c[Coc] += split.at(0);
            c[Food] += split.at(1);
            c[Dpi] += split.at(2);
            c[Ospedali] += split.at(3);
            m_plan.insert(d, c);
        }
    }

    // 1 October 2020 to 16 March 2021: the services of the second table,
    // month by month; October also adds up to the first table's 1,085.
    const QList<QDate> monthStarts = { QDate(2020, 10, 1), QDate(2020, 11, 1), QDate(2020, 12, 1), QDate(2021, 1, 1),
        QDate(2021, 2, 1), QDate(2021, 3, 1) };
    const QDate lastPublished(2021, 3, 16);
    const int monthTotals[6] = { 1085, 6200, 4700, 3600, 3100, 1774 };
    const int byService[7][6] = {
        { 120, 330, 280, 200, 180, 126 }, // Fiera Milano City + CTV: 1,236
        { 230, 300, 190, 110, 90, 58 }, // tamponi drive-in: 978
        { 40, 120, 90, 70, 55, 35 }, // ospedali: 410
        { 300, 310, 300, 290, 270, 206 }, // sala operativa CCV-MI: 1,676
        { 60, 75, 65, 60, 55, 39 }, // sala operativa regionale: 354
        { 0, 0, 0, 0, 0, 0 }, // COC: the rest of each month (15,605)
        { 70, 40, 30, 35, 25, 0 }, // scuola: 200
    };
    for (int mi = 0; mi < 6; ++mi) {
        const QDate first = monthStarts.at(mi);
        const QList<QDate> days = daysBetween(first, std::min(first.addMonths(1).addDays(-1), lastPublished));
        int others = 0;
        for (int s = 0; s < 7; ++s)
            others += byService[s][mi];
        for (int s = 0; s < 7; ++s) {
            const int total = s == Coc ? monthTotals[mi] - others : byService[s][mi];
            QList<double> weights;
            for (const QDate &d : days) {
                double w = weekdayFactor(d);
                if (s == Scuola) {
                    const bool holiday = (d >= QDate(2020, 12, 23) && d <= QDate(2021, 1, 6));
                    w = (d.dayOfWeek() <= 5 && !holiday) ? 1.0 : 0.0;
                } else if (s == SalaCcvmi || s == SalaRegionale) {
                    w = 1.0;
                }
                weights.append(w);
            }
            const QList<int> perDay = apportion(total, weights);
            for (int i = 0; i < days.size(); ++i)
                m_plan[days.at(i)][s] += perDay.at(i);
        }
    }
    // After the published figures (dati al 16/03/2021): the COC go on.
    for (const QDate &d : daysBetween(QDate(2021, 3, 17), QDate(2021, 3, 19)))
        m_plan[d][Coc] += 105 + d.day();
}

Status DemoBuilder::beginActivations()
{
    const QString sql = QStringLiteral("INSERT INTO activation(id, entry_kind, reverses_id, event_id, volunteer_id, "
                                       "organisation_id, day, service_id, comune_id, "
                                       "place, reason, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_statements.emplace(m_db);
    m_insertSql = sql;
    core::Error error;
    if (!m_statements->statement(sql, &error))
        return error;
    return {};
}

Status DemoBuilder::insertActivation(int volunteer, const QDate &day, int svc, int comuneId, const QString &place,
    qint64 eventId, const QString &kind, qint64 reverses, const QString &reason, qint64 *usedId)
{
    if (m_idsLeft == 0) {
        auto first = core::allocateRowId(m_db, 10000);
        if (!first)
            return first.error();
        m_nextId = *first;
        m_idsLeft = 10000;
    }
    const DemoVolunteer &v = m_volunteers.at(volunteer);
    // Recorded the evening of the day (the backlog of 2020 was entered later, but the ledger keeps the day).
    const qint64 recorded = QDateTime(day, QTime(18, 30), Qt::UTC).toMSecsSinceEpoch() + bounded(3 * 3600) * 1000LL;
    const QVariantList values = { m_nextId, kind, reverses ? QVariant(reverses) : QVariant(), eventId, v.id,
        v.organisationId, core::toSqlDate(day), m_serviceIds[svc], comuneId ? QVariant(comuneId) : QVariant(), place,
        reason, recorded };
    QSqlError error;
    if (!m_statements->exec(m_insertSql, values, &error))
        return Error(QStringLiteral("db.query"), { error.text(), m_insertSql });
    if (usedId)
        *usedId = m_nextId;
    ++m_nextId;
    --m_idsLeft;
    return {};
}

QList<int> DemoBuilder::take(Pool &pool, int count, int dayIndex)
{
    QList<int> picked;
    qsizetype scanned = 0;
    while (picked.size() < count && scanned < pool.cycle.size()) {
        const int v = pool.cycle.at(pool.next);
        pool.next = (pool.next + 1) % pool.cycle.size();
        ++scanned;
        if (m_volunteers.at(v).lastDay == dayIndex)
            continue;
        m_volunteers[v].lastDay = dayIndex;
        picked.append(v);
    }
    return picked;
}

Status DemoBuilder::addActivations()
{
    // The special cases first, kept out of the pools.
    QList<int> order(m_volunteers.size());
    std::iota(order.begin(), order.end(), 0);
    for (int i = int(order.size()) - 1; i > 0; --i)
        order.swapItemsAt(i, bounded(i + 1));
    auto needsAttestati = [this](int index) {
        auto v = core::queryValue(m_db,
            QStringLiteral(
                "SELECT employment <> 'not_working' AND employer_id IS NOT NULL FROM volunteer WHERE id = ?"),
            { m_volunteers.at(index).id });
        return v && v->toBool();
    };
    QSet<int> reserved;
    for (int index : order) {
        if (reserved.size() >= 6)
            break;
        if (!needsAttestati(index))
            continue;
        if (m_hero.isEmpty())
            m_hero.append(index);
        else if (m_trainingRunners.size() < 3)
            m_trainingRunners.append(index);
        else
            m_vigilanceRunners.append(index);
        reserved.insert(index);
    }

    // Pools: everybody (by propensity) and the teams of the services.
    auto makePool = [&](int size, int maxWeight) {
        Pool pool;
        QList<int> members;
        for (int index : order)
            if (!reserved.contains(index))
                members.append(index);
        for (int i = int(members.size()) - 1; i > 0; --i)
            members.swapItemsAt(i, bounded(i + 1));
        members = members.mid(0, size);
        for (int m : members) {
            const int weight = 1 + bounded(maxWeight);
            for (int k = 0; k < weight; ++k)
                pool.cycle.append(m);
        }
        for (int i = int(pool.cycle.size()) - 1; i > 0; --i)
            pool.cycle.swapItemsAt(i, bounded(i + 1));
        return pool;
    };
    Pool general = makePool(int(m_volunteers.size()), 4);
    std::array<Pool, SvcCount> teams;
    teams[Fiera] = makePool(160, 2);
    teams[Tamponi] = makePool(220, 2);
    teams[Ospedali] = makePool(150, 2);
    teams[SalaCcvmi] = makePool(45, 2);
    teams[SalaRegionale] = makePool(15, 1);
    teams[Scuola] = makePool(90, 2);
    teams[Training] = makePool(60, 1);
    teams[Vigilanza] = makePool(10, 1);
    const bool useTeam[SvcCount] = { true, true, true, true, true, false, true, false, false, false, true, true };

    const int peschiera = m_comuneByName.value(QStringLiteral("Peschiera Borromeo"));
    const int milano = m_comuneByName.value(QStringLiteral("Milano"));
    auto comuneOr = [this, milano](const QString &name) { return m_comuneByName.value(name, milano); };
    const QList<int> hospitals = { milano, comuneOr(QStringLiteral("Legnano")), comuneOr(QStringLiteral("Magenta")),
        comuneOr(QStringLiteral("Rho")), comuneOr(QStringLiteral("Garbagnate Milanese")),
        comuneOr(QStringLiteral("Vizzolo Predabissi")), comuneOr(QStringLiteral("Cernusco sul Naviglio")) };
    const QList<int> driveIns = { milano, comuneOr(QStringLiteral("Rho")), comuneOr(QStringLiteral("Legnano")),
        comuneOr(QStringLiteral("Melegnano")), comuneOr(QStringLiteral("Cernusco sul Naviglio")),
        comuneOr(QStringLiteral("Abbiategrasso")) };
    const QList<int> rivers = { milano, comuneOr(QStringLiteral("Paderno Dugnano")),
        comuneOr(QStringLiteral("Cusano Milanino")), comuneOr(QStringLiteral("Bresso")) };

    auto placeOf = [&](int svc, int volunteer, int *comune) -> QString {
        switch (svc) {
        case SalaCcvmi:
            *comune = peschiera;
            return QStringLiteral("Sala operativa CCV-MI, Parco Idroscalo");
        case SalaRegionale:
            *comune = milano;
            return QStringLiteral("Sala operativa regionale");
        case Fiera:
            *comune = milano;
            return QStringLiteral("Fiera Milano City e CTV");
        case Tamponi:
            *comune = pick(driveIns);
            return QStringLiteral("Drive-in tamponi");
        case Ospedali:
            *comune = pick(hospitals);
            return QStringLiteral("Struttura campale e pre-triage");
        case Presidio:
            *comune = milano;
            return QStringLiteral("Test di ammissione e sedi universitarie");
        case Training:
            *comune = peschiera;
            return QStringLiteral("Parco Idroscalo");
        case Vigilanza:
            *comune = pick(rivers);
            return QStringLiteral("Argini Seveso e Lambro");
        case Dpi:
            *comune = pick(m_metroComuni);
            return QStringLiteral("Consegna DPI e kit");
        case Food:
            *comune = m_volunteers.at(volunteer).organisationComune;
            return QStringLiteral("Consegna derrate alimentari");
        case Scuola:
            *comune = m_volunteers.at(volunteer).organisationComune;
            return QStringLiteral("Ingressi scolastici");
        case Coc:
        default:
            *comune = m_volunteers.at(volunteer).organisationComune;
            return QStringLiteral("COC");
        }
    };
    auto eventOf = [this](int svc) {
        return svc == Training ? m_trainingEvent : svc == Vigilanza ? m_ordinaryEvent : m_covidEvent;
    };

    if (auto s = beginActivations(); !s)
        return s;
    int dayIndex = 0;
    for (auto it = m_plan.constBegin(); it != m_plan.constEnd(); ++it, ++dayIndex) {
        const QDate day = it.key();
        DayCounts counts = it.value();
        QList<QPair<int, int>> assigned; // (volunteer, service)
        auto special = [&](const QList<int> &who, int svc, bool active) {
            for (int v : who) {
                if (!active || counts[svc] == 0)
                    continue;
                --counts[svc];
                m_volunteers[v].lastDay = dayIndex;
                assigned.append({ v, svc });
            }
        };
        special(m_hero, SalaCcvmi, day >= QDate(2020, 3, 1) && day <= QDate(2020, 10, 15));
        special(m_trainingRunners.mid(0, 2), Training, day >= QDate(2020, 9, 14) && day <= QDate(2020, 9, 25));
        special(m_trainingRunners.mid(2), Training, day >= QDate(2020, 9, 14) && day <= QDate(2020, 9, 24));
        special(m_vigilanceRunners, Vigilanza, day >= QDate(2020, 7, 6) && day <= QDate(2020, 8, 7));
        for (int svc = 0; svc < SvcCount; ++svc) {
            if (counts[svc] == 0)
                continue;
            QList<int> picked = take(useTeam[svc] ? teams[svc] : general, counts[svc], dayIndex);
            if (picked.size() < counts[svc] && useTeam[svc])
                picked += take(general, counts[svc] - int(picked.size()), dayIndex);
            if (picked.size() < counts[svc])
                return Error(QStringLiteral("volunteers.demo_mismatch"), { day.toString(Qt::ISODate) });
            for (int v : picked)
                assigned.append({ v, svc });
        }
        for (const auto &[v, svc] : assigned) {
            int comune = 0;
            const QString place = placeOf(svc, v, &comune);
            // Now and then a day was first entered on the wrong service and
            // corrected with a reversal: the ledger keeps both.
            if (m_corrections < 40 && svc == Coc && bounded(1500) == 0) {
                qint64 wrongId = 0;
                if (auto s = insertActivation(v, day, Dpi, comune, QStringLiteral("Consegna DPI e kit"), m_covidEvent,
                        QStringLiteral("entry"), 0, QString(), &wrongId);
                    !s)
                    return s;
                if (auto s = insertActivation(v, day, Dpi, comune, QStringLiteral("Consegna DPI e kit"), m_covidEvent,
                        QStringLiteral("reversal"), wrongId,
                        QStringLiteral("Servizio registrato per errore: era supporto COC"));
                    !s)
                    return s;
                ++m_corrections;
            }
            if (auto s = insertActivation(v, day, svc, comune, place, eventOf(svc)); !s)
                return s;
        }
    }
    return {};
}

Status DemoBuilder::addMoreYears()
{
    if (m_ctx.years <= 0)
        return {};
    // Ordinary activity and training after the emergency, for benchmarks:
    // about 90 person-days a day, within the limits.
    EventRepository repo(m_db);
    Pool general;
    for (int i = 0; i < m_volunteers.size(); ++i)
        for (int k = 0, w = 1 + bounded(3); k < w; ++k)
            general.cycle.append(i);
    for (int i = int(general.cycle.size()) - 1; i > 0; --i)
        general.cycle.swapItemsAt(i, bounded(i + 1));
    if (auto s = beginActivations(); !s)
        return s;
    const QDate start(2021, 3, 22);
    const QDate end = start.addYears(m_ctx.years).addDays(-1);
    int dayIndex = 100000;
    for (int y = start.year(); y <= end.year(); ++y) {
        ActivationEvent ordinary;
        ordinary.name = QStringLiteral("Attività ordinaria di protezione civile %1").arg(y);
        ordinary.type = EventType::Ordinary;
        ordinary.authorisingAct = QStringLiteral("Programma annuale delle attività CCV-MI %1").arg(y);
        ordinary.startDate = std::max(start, QDate(y, 1, 1));
        ordinary.endDate = std::min(end, QDate(y, 12, 31));
        ActivationEvent training;
        training.name = QStringLiteral("Formazione ed esercitazioni %1").arg(y);
        training.type = EventType::Training;
        training.authorisingAct = QStringLiteral("Piano formativo CCV-MI %1").arg(y);
        training.startDate = ordinary.startDate;
        training.endDate = ordinary.endDate;
        for (ActivationEvent *e : { &ordinary, &training })
            if (auto s = repo.saveEvent(*e); !s)
                return s;
        // The year's activations logged after them, at once.
        auto log = core::DeferredChangeLog::begin(m_db, { QStringLiteral("activation") });
        if (!log)
            return log.error();
        for (QDate d = ordinary.startDate; d <= ordinary.endDate; d = d.addDays(1), ++dayIndex) {
            const int count = int(90 * weekdayFactor(d)) + bounded(20);
            const QList<int> picked = take(general, count, dayIndex);
            for (int i = 0; i < picked.size(); ++i) {
                const int v = picked.at(i);
                const int r = i % 10;
                const int svc = r < 6 ? Coc : r < 7 ? SalaCcvmi : r < 8 ? Dpi : r < 9 ? Food : Training;
                const int comune = svc == SalaCcvmi || svc == Training
                    ? m_comuneByName.value(QStringLiteral("Peschiera Borromeo"))
                    : m_volunteers.at(v).organisationComune;
                if (auto s
                    = insertActivation(v, d, svc, comune, QString(), svc == Training ? training.id : ordinary.id);
                    !s)
                    return s;
            }
        }
        if (auto s = log->finish(); !s)
            return s;
    }
    return {};
}

Status DemoBuilder::issueEarlyAttestati()
{
    // The task force had caught up with February 2021 by mid-March.
    core::FixedClock clock(QDateTime(QDate(2021, 3, 15), QTime(10, 0)));
    AttestatoRegister reg(m_db, clock);
    AttestatoCriteria criteria;
    criteria.from = QDate(2021, 2, 1);
    criteria.to = QDate(2021, 2, 28);
    PendingGroup after;
    for (;;) {
        auto page = reg.pendingGroups(criteria, after, 1000);
        if (!page)
            return page.error();
        if (page->isEmpty())
            return {};
        after = page->constLast();
        for (const PendingGroup &g : *page) {
            auto issued = reg.issue(
                g.volunteerId, g.eventId, g.organisationId, criteria.from, criteria.to, OverLimitPolicy::Refuse);
            if (!issued && issued.error().code != QLatin1String("volunteers.no_employer")
                && issued.error().code != QLatin1String("volunteers.over_limit"))
                return issued.error();
        }
    }
}

Status DemoBuilder::checkPublishedFigures()
{
    PersonDays counter(m_db);
    auto byMonth = counter.count(PersonDaysGrouping::Month, QDate(2020, 2, 1), QDate(2020, 10, 31));
    if (!byMonth)
        return byMonth.error();
    const auto months = publishedPersonDaysByMonth2020();
    for (int i = 0; i < months.size(); ++i)
        if (byMonth->value(i).key != months.at(i).first || byMonth->value(i).personDays != months.at(i).second)
            return Error(QStringLiteral("volunteers.demo_mismatch"), { months.at(i).first });
    auto byService = counter.count(PersonDaysGrouping::Service, QDate(2020, 10, 1), QDate(2021, 3, 16));
    if (!byService)
        return byService.error();
    const auto services = publishedPersonDaysByService();
    if (byService->size() != services.size())
        return Error(QStringLiteral("volunteers.demo_mismatch"), { QStringLiteral("services") });
    for (int i = 0; i < services.size(); ++i)
        if (byService->at(i).key != services.at(i).first || byService->at(i).personDays != services.at(i).second)
            return Error(QStringLiteral("volunteers.demo_mismatch"), { services.at(i).first });
    return {};
}

Status DemoBuilder::run()
{
    // Tens of thousands of rows in one transaction: a bigger page cache
    // keeps SQLite from spilling half-built pages to the WAL.
    (void)core::runQuery(m_db, QStringLiteral("PRAGMA cache_size = -65536"));
    {
        core::Transaction tx(m_db);
        if (!tx)
            return tx.error();
        m_ctx.progress(QStringLiteral("volunteers: organisations, volunteers"));
        for (auto step : { &DemoBuilder::loadReference, &DemoBuilder::addServices, &DemoBuilder::addOrganisations,
                 &DemoBuilder::addEmployers, &DemoBuilder::addVolunteers, &DemoBuilder::addEvents })
            if (auto s = (this->*step)(); !s)
                return s;
        if (auto s = tx.commit(); !s)
            return s;
    }
    {
        core::Transaction tx(m_db);
        if (!tx)
            return tx.error();
        m_ctx.progress(QStringLiteral("volunteers: activations"));
        planPublishedPeriod();
        if (auto s = addActivations(); !s)
            return s;
        if (m_ctx.years > 0) {
            // ~33,000 rows a year only written here (the published figures
            // and the attestati read them afterwards): the ledger's plain
            // indexes are built once at the end.
            auto indexes = core::DeferredIndexes::drop(m_db, { QStringLiteral("activation") });
            if (!indexes)
                return indexes.error();
            if (auto s = addMoreYears(); !s)
                return s;
            if (auto s = indexes->restore(); !s)
                return s;
        }
        if (auto s = tx.commit(); !s)
            return s;
    }
    if (auto s = checkPublishedFigures(); !s)
        return s;
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    m_ctx.progress(QStringLiteral("volunteers: attestati"));
    if (auto s = issueEarlyAttestati(); !s)
        return s;
    return tx.commit();
}

} // namespace

core::DemoStep volunteersDemoStep()
{
    return { QStringLiteral("volunteers"), [](core::DemoContext &context) { return DemoBuilder(context).run(); } };
}

} // namespace volunteers

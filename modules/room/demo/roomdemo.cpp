#include "room/demo/roomdemo.h"
#include "room/demo/plansdemo.h"

#include "core/auth/authservice.h"
#include "core/commands/commandrunner.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/demo/demoaccounts.h"
#include "core/domain/clock.h"
#include "core/domain/dates.h"
#include "core/sync/statementcache.h"
#include "room/demo/commsdemo.h"
#include "room/domain/roomcommands.h"
#include "room/domain/roomeventrepository.h"

#include <QHash>
#include <QSqlError>

#include <algorithm>
#include <functional>

namespace room {

namespace {

using core::Status;

// Someone the room talks to, and what is said: %1 is a comune, %2 an
// organisation, %3 a number.
struct Line {
    DiaryKind kind;
    const char *who;
    const char *text;
};

const Line covidLines[] = {
    { DiaryKind::CallIn, "COC di %1", "Il COC di %1 chiede %3 pacchi alimentari per famiglie in isolamento domiciliare" },
    { DiaryKind::CallIn, "Sindaco di %1", "Il Sindaco di %1 chiede volontari per la consegna dei farmaci agli anziani soli" },
    { DiaryKind::CallIn, "RSA di %1", "La RSA di %1 segnala scorte di mascherine FFP2 per %3 giorni" },
    { DiaryKind::CallIn, "ATS Città Metropolitana", "ATS comunica %3 nuovi positivi a %1: richiesta di supporto al COC" },
    { DiaryKind::CallIn, "Prefettura di Milano", "La Prefettura chiede il quadro dei COC attivi entro le 18" },
    { DiaryKind::CallOut, "COC di %1", "Richiamato il COC di %1: confermata la consegna di domani mattina" },
    { DiaryKind::CallOut, "%2", "Contattata l'organizzazione %2 per %3 volontari al drive-in tamponi" },
    { DiaryKind::CallOut, "Polizia locale di %1", "Concordato con la Polizia locale di %1 il varco per il mezzo della colonna" },
    { DiaryKind::Message, "Regione Lombardia - Sala operativa", "Ricevuto via PEC il piano di riparto dei DPI: %3 colli per la Città metropolitana" },
    { DiaryKind::Message, "Sindaci dei 133 Comuni", "Inviata ai Sindaci la nota sull'ordinanza regionale e sulle consegne della settimana" },
    { DiaryKind::Message, "COC di %1", "Il COC di %1 trasmette l'elenco dei nuclei da servire (%3 famiglie)" },
    { DiaryKind::Decision, "Cabina di regia", "Si dispone la distribuzione straordinaria di DPI ai COC della zona di %1" },
    { DiaryKind::Decision, "Cabina di regia", "Turni di sala raddoppiati nel fine settimana: %3 operatori per turno" },
    { DiaryKind::Decision, "Cabina di regia", "Accolta la richiesta del COC di %1: priorità alle consegne di farmaci" },
    { DiaryKind::Action, "%2", "Attivati %3 volontari dell'organizzazione %2 per la consegna dei pasti" },
    { DiaryKind::Action, "Magazzino CCV-MI", "Caricati %3 bancali di mascherine chirurgiche per %1" },
    { DiaryKind::Action, "COC di %1", "Consegnati al COC di %1 i DPI del riparto regionale" },
    { DiaryKind::Note, "", "Linea di ascolto: picco di chiamate in serata, %3 richieste di richiamata" },
    { DiaryKind::Note, "", "Passaggio di consegne al turno serale: %3 richieste aperte" },
};

const Line weatherLines[] = {
    { DiaryKind::Message, "ARPA Lombardia - Centro funzionale", "Ricevuto l'avviso di criticità idrogeologica: codice %3 per la zona IM-09" },
    { DiaryKind::Message, "Sindaci dei Comuni interessati", "Inoltrato l'avviso di criticità ai Comuni del Seveso e del Lambro" },
    { DiaryKind::CallIn, "COC di %1", "Il COC di %1 segnala l'innalzamento del livello del torrente: %3 cm sopra la soglia" },
    { DiaryKind::CallIn, "Polizia locale di %1", "Chiuso il sottopasso di via Roma a %1 per allagamento" },
    { DiaryKind::CallOut, "%2", "Allertata l'organizzazione %2: %3 volontari con motopompe pronti a partire" },
    { DiaryKind::CallOut, "COC di %1", "Chiesto al COC di %1 di presidiare il ponte sul Seveso" },
    { DiaryKind::Decision, "Sala operativa", "Attivato il presidio territoriale lungo il Seveso a %1" },
    { DiaryKind::Action, "%2", "Partita la squadra dell'organizzazione %2 verso %1 con %3 sacchi di sabbia" },
    { DiaryKind::Note, "", "Livelli in calo alla stazione di Cesano Maderno: rientro graduale dei presidi" },
};

const Line exerciseLines[] = {
    { DiaryKind::Note, "", "Inizio esercitazione: scenario di esondazione simulata all'Idroscalo" },
    { DiaryKind::CallIn, "COC di %1", "Il COC di %1 comunica l'apertura dell'area di attesa (simulazione)" },
    { DiaryKind::CallOut, "%2", "Attivata l'organizzazione %2: %3 volontari al punto di raccolta" },
    { DiaryKind::Decision, "Direzione dell'esercitazione", "Si simula l'evacuazione di %3 persone dal quartiere di %1" },
    { DiaryKind::Action, "%2", "Montate %3 tende nel campo base dell'organizzazione %2" },
    { DiaryKind::Message, "Prefettura di Milano", "Inviato il rapporto di fine fase alla Prefettura" },
};

const Line searchLines[] = {
    { DiaryKind::CallIn, "Carabinieri di %1", "Segnalata la scomparsa di un anziano a %1: attivata la ricerca" },
    { DiaryKind::CallOut, "%2", "Chiesti %3 volontari con unità cinofile all'organizzazione %2" },
    { DiaryKind::Decision, "Prefettura di Milano", "Il piano di ricerca divide il parco in %3 settori" },
    { DiaryKind::Action, "%2", "Le squadre dell'organizzazione %2 battono il settore %3" },
    { DiaryKind::Note, "", "Persona ritrovata in buone condizioni: fine delle ricerche" },
};

// The comuni along the Seveso and the Lambro, and around the Idroscalo.
const char *const sevesoComuni[] = { "Milano", "Bresso", "Cormano", "Cusano Milanino", "Paderno Dugnano",
    "Sesto San Giovanni", "Cologno Monzese", "Cinisello Balsamo", "Senago", "Varedo" };
const char *const idroscaloComuni[] = { "Milano", "Segrate", "Peschiera Borromeo", "Pioltello" };
const char *const weatherCodes[] = { "giallo", "arancione", "rosso" };

// A line's placeholders, each by its own number (QString::arg with several
// arguments would give the first argument to the lowest placeholder present).
QString fillLine(const char *pattern, const QString &comune, const QString &organisation, const QString &number)
{
    QString text = QString::fromUtf8(pattern);
    text.replace(QLatin1String("%1"), comune);
    text.replace(QLatin1String("%2"), organisation);
    text.replace(QLatin1String("%3"), number);
    return text;
}

struct Planned {
    qint64 eventId = 0;
    DiaryKind kind = DiaryKind::Note;
    QDateTime at;
    QString who;
    QString body;
    int comuneId = 0;
    qint64 organisationId = 0;
    qint64 deliveryId = 0;
    int key = 0;       // its number in the plan
    int corrects = -1; // the key of the planned entry this one corrects
    bool coordinator = false;
};

class RoomDemo {
public:
    explicit RoomDemo(core::DemoContext &context)
        : m_c(context)
        , m_now(core::demoNow(context))
    {
    }

    Status run();

private:
    int bounded(int n) { return int(m_c.random.bounded(n)); }
    Status loadReference();
    qint64 eventNamed(const QString &name);
    core::Result<qint64> saveEvent(qint64 id, const QString &name, Scenario scenario, volunteers::EventType type,
        const QString &act, const QDate &start, const QDate &end, const QList<int> &comuni, const QString &notes);
    Status phase(qint64 eventId, Phase to, const QDateTime &at, const QString &note);
    Status runCommand(core::Command &command, const QDateTime &at);
    void plan(qint64 eventId, const Line *lines, int count, const QDate &from, const QDate &to, int perDayMin,
        int perDayMax, const QList<int> &comuni);
    Status write(bool coordinator);
    // Runs `work` signed in as the demo account `user`, in one transaction
    // (the commands' own become savepoints: seconds, not minutes).
    Status as(const QString &user, const std::function<Status()> &work);
    Status eventsAndPlan();
    Status history();
    QList<int> comuniNamed(const char *const *names, int count) const;

    core::DemoContext &m_c;
    QDateTime m_now;
    QList<int> m_comuni;
    QHash<QString, int> m_comuneByName;
    QHash<int, QString> m_comuneName;
    QList<QPair<qint64, QString>> m_organisations;
    QList<Planned> m_planned;
    QHash<int, qint64> m_written; // plan key -> entry id
};

Status RoomDemo::loadReference()
{
    auto q = core::runQuery(m_c.db,
        QStringLiteral("SELECT c.id, c.name FROM comune_cmm m JOIN comune c ON c.id = m.comune_id ORDER BY c.id"));
    if (!q)
        return q.error();
    while (q->next()) {
        m_comuni.append(q->value(0).toInt());
        m_comuneByName.insert(q->value(1).toString(), q->value(0).toInt());
        m_comuneName.insert(q->value(0).toInt(), q->value(1).toString());
    }
    auto o = core::runQuery(m_c.db, QStringLiteral("SELECT id, name FROM organisation ORDER BY id LIMIT 40"));
    if (!o)
        return o.error();
    while (o->next())
        m_organisations.append({ o->value(0).toLongLong(), o->value(1).toString() });
    return {};
}

QList<int> RoomDemo::comuniNamed(const char *const *names, int count) const
{
    QList<int> ids;
    for (int i = 0; i < count; ++i)
        if (const int id = m_comuneByName.value(QString::fromUtf8(names[i])))
            ids.append(id);
    return ids;
}

qint64 RoomDemo::eventNamed(const QString &name)
{
    auto v = core::queryValue(m_c.db, QStringLiteral("SELECT id FROM activation_event WHERE name = ?"), { name });
    return v && v->isValid() ? v->toLongLong() : 0;
}

Status RoomDemo::runCommand(core::Command &command, const QDateTime &at)
{
    const core::FixedClock clock(std::min(at, m_now));
    return core::CommandRunner(m_c.db, clock).run(command);
}

core::Result<qint64> RoomDemo::saveEvent(qint64 id, const QString &name, Scenario scenario, volunteers::EventType type,
    const QString &act, const QDate &start, const QDate &end, const QList<int> &comuni, const QString &notes)
{
    RoomEvent e;
    if (id != 0) {
        auto current = RoomEventRepository(m_c.db).event(id);
        if (!current)
            return current.error();
        e = *current;
    } else {
        e.base.name = name;
        e.base.type = type;
        e.base.authorisingAct = act;
        e.base.startDate = start;
        e.base.endDate = end.isValid() && end <= m_now.date() ? end : QDate();
        e.base.notes = notes;
    }
    e.scenario = scenario;
    e.comuneIds = comuni;
    SaveRoomEvent command(e);
    if (auto s = runCommand(command, QDateTime(e.base.startDate, QTime(8, 30))); !s)
        return s.error();
    return command.eventId();
}

Status RoomDemo::phase(qint64 eventId, Phase to, const QDateTime &at, const QString &note)
{
    if (at > m_now)
        return {};
    ChangeEventPhase command(eventId, to, at, note);
    return runCommand(command, at);
}

void RoomDemo::plan(qint64 eventId, const Line *lines, int count, const QDate &from, const QDate &to, int perDayMin,
    int perDayMax, const QList<int> &comuni)
{
    for (QDate day = from; day <= to && day <= m_now.date(); day = day.addDays(1)) {
        const int n = perDayMin + bounded(perDayMax - perDayMin + 1);
        QList<int> minutes;
        for (int i = 0; i < n; ++i)
            minutes.append(7 * 60 + 30 + bounded(13 * 60 + 30));
        std::sort(minutes.begin(), minutes.end());
        for (int minute : std::as_const(minutes)) {
            const Line &line = lines[bounded(count)];
            Planned p;
            p.eventId = eventId;
            p.kind = line.kind;
            p.at = QDateTime(day, QTime(minute / 60, minute % 60, bounded(60)));
            if (p.at > m_now)
                continue;
            const int comune = comuni.isEmpty() ? m_comuni.value(bounded(int(m_comuni.size()))) : comuni.at(bounded(int(comuni.size())));
            const auto organisation = m_organisations.isEmpty()
                ? QPair<qint64, QString>(0, QStringLiteral("Protezione civile comunale"))
                : m_organisations.at(bounded(int(m_organisations.size())));
            const QString number = QString::number(2 + bounded(40));
            const auto fill = [&](const char *pattern) { return fillLine(pattern, m_comuneName.value(comune), organisation.second, number); };
            p.who = fill(line.who);
            p.body = fill(line.text);
            if (QString::fromUtf8(line.text).contains(QLatin1String("%1")))
                p.comuneId = comune;
            if (QString::fromUtf8(line.text).contains(QLatin1String("%2")))
                p.organisationId = organisation.first;
            p.coordinator = p.kind == DiaryKind::Decision || p.kind == DiaryKind::Message;
            p.key = int(m_planned.size());
            m_planned.append(p);
            // Now and then the entry is corrected a little later.
            if (bounded(50) == 0 && !p.coordinator) {
                Planned c = p;
                c.at = p.at.addSecs(60 * (5 + bounded(40)));
                if (c.at > m_now)
                    continue;
                c.body = QStringLiteral("Rettifica: %1 (il numero corretto è %2)").arg(p.body).arg(number.toInt() + 1 + bounded(5));
                c.corrects = p.key;
                c.key = int(m_planned.size());
                m_planned.append(c);
            }
        }
    }
}

Status RoomDemo::write(bool coordinator)
{
    // Originals first, then the corrections (they point at written entries).
    for (int pass = 0; pass < 2; ++pass)
        for (Planned &p : m_planned) {
            if (p.coordinator != coordinator || (p.corrects >= 0) != (pass == 1))
                continue;
            NewDiaryEntry e;
            e.eventId = p.eventId;
            e.kind = p.kind;
            e.at = p.at;
            e.counterpart = p.who;
            e.body = p.body;
            e.comuneId = p.comuneId;
            e.organisationId = p.organisationId;
            e.deliveryId = p.deliveryId;
            e.correctsId = p.corrects >= 0 ? m_written.value(p.corrects) : 0;
            if (p.corrects >= 0 && e.correctsId == 0)
                continue;
            AppendDiaryEntry command(e);
            if (auto s = runCommand(command, p.at.addSecs(30)); !s)
                return s;
            m_written.insert(p.key, command.entryId());
        }
    return {};
}

Status RoomDemo::history()
{
    // The invented years (--years): the diary of the ordinary activity,
    // about 14 entries a day, inserted on prepared statements.
    if (m_c.years <= 0)
        return {};
    auto events = core::runQuery(m_c.db,
        QStringLiteral("SELECT id, start_date, end_date FROM activation_event "
                       "WHERE name LIKE 'Attività ordinaria di protezione civile %' ORDER BY start_date"));
    if (!events)
        return events.error();
    struct Year {
        qint64 id;
        QDate from, to;
    };
    QList<Year> years;
    while (events->next())
        years.append({ events->value(0).toLongLong(), core::fromSqlDate(events->value(1).toString()),
            core::fromSqlDate(events->value(2).toString()) });
    core::sync::StatementCache statements(m_c.db);
    const QString insert = QStringLiteral(
        "INSERT INTO room_diary(id, event_id, at, day, kind, body, counterpart, author, author_name, comune_id, "
        "organisation_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'operatore', 'Oscar Operatore (demo)', ?, ?, ?)");
    for (const Year &y : std::as_const(years)) {
        m_c.progress(QStringLiteral("room diary %1").arg(y.from.year()));
        for (QDate day = y.from; day.isValid() && day <= y.to && day <= m_now.date(); day = day.addDays(1)) {
            const int n = 10 + bounded(9);
            auto first = core::allocateRowId(m_c.db, n);
            if (!first)
                return first.error();
            for (int i = 0; i < n; ++i) {
                const Line &line = covidLines[bounded(int(std::size(covidLines)))];
                const int comune = m_comuni.value(bounded(int(m_comuni.size())));
                const auto organisation = m_organisations.isEmpty()
                    ? QPair<qint64, QString>(0, QStringLiteral("Protezione civile comunale"))
                    : m_organisations.at(bounded(int(m_organisations.size())));
                const QString number = QString::number(2 + bounded(40));
                const auto fill = [&](const char *pattern) {
                    return fillLine(pattern, m_comuneName.value(comune), organisation.second, number);
                };
                const qint64 at = QDateTime(day, QTime(7, 30)).addSecs(i * 3000 + bounded(2400)).toMSecsSinceEpoch();
                QSqlError error;
                if (!statements.exec(insert,
                        { *first + i, y.id, at, core::toSqlDate(day), diaryKindCode(line.kind), fill(line.text),
                            fill(line.who), comune, organisation.first ? QVariant(organisation.first) : QVariant(),
                            at + 60000 },
                        &error))
                    return core::Error(QStringLiteral("db.query_failed"), { error.text() });
            }
        }
    }
    return {};
}

Status RoomDemo::as(const QString &user, const std::function<Status()> &work)
{
    const core::FixedClock clock(m_now);
    core::AuthService auth(m_c.db, clock);
    if (auto signedIn = auth.signIn(user, core::demoPassword); !signedIn)
        return signedIn.error();
    Status result = [&]() -> Status {
        core::Transaction tx(m_c.db);
        if (!tx)
            return tx.error();
        if (auto s = work(); !s)
            return s;
        return tx.commit();
    }();
    auth.signOut();
    return result;
}

Status RoomDemo::run()
{
    if (auto s = loadReference(); !s)
        return s;
    if (m_comuni.isEmpty())
        return {}; // no reference data: nothing the room could be about
    // The coordinator keeps the events and writes the decisions and the
    // messages; the operator at the phones the rest.
    if (auto s = as(QStringLiteral("coordinatrice"), [this] {
            if (auto s = eventsAndPlan(); !s)
                return s;
            return write(true);
        });
        !s)
        return s;
    if (auto s = as(QStringLiteral("operatore"), [this] { return write(false); }); !s)
        return s;
    core::Transaction tx(m_c.db);
    if (!tx)
        return tx.error();
    if (auto s = history(); !s)
        return s;
    return tx.commit();
}

Status RoomDemo::eventsAndPlan()
{
    const QDate end2021(2021, 6, 30);

    // The events the volunteers' step made, seen by the room; the others
    // are made here (a database without the volunteers' step gets them all).
    using volunteers::EventType;
    auto covid = saveEvent(eventNamed(QStringLiteral("Emergenza COVID-19")), QStringLiteral("Emergenza COVID-19"),
        Scenario::Health, EventType::Covid19,
        QStringLiteral("Delibera del Consiglio dei Ministri del 31/01/2020 (stato di emergenza di rilievo nazionale) e "
                       "successive proroghe"),
        QDate(2020, 1, 31), QDate(2022, 3, 31), m_comuni, {});
    if (!covid)
        return covid.error();
    const QList<int> seveso = comuniNamed(sevesoComuni, int(std::size(sevesoComuni)));
    const QList<int> idroscalo = comuniNamed(idroscaloComuni, int(std::size(idroscaloComuni)));
    auto vigilance = saveEvent(eventNamed(QStringLiteral("Vigilanza idraulica Seveso e Lambro - estate 2020")),
        QStringLiteral("Vigilanza idraulica Seveso e Lambro - estate 2020"), Scenario::HydroMeteo, EventType::Ordinary,
        QStringLiteral("Richiesta della Prefettura di Milano del 03/07/2020"), QDate(2020, 7, 6), QDate(2020, 8, 14),
        seveso, {});
    if (!vigilance)
        return vigilance.error();
    auto exercise = saveEvent(eventNamed(QStringLiteral("Esercitazione intercomunale \"Idroscalo 2020\"")),
        QStringLiteral("Esercitazione intercomunale \"Idroscalo 2020\""), Scenario::Exercise, EventType::Training,
        QStringLiteral("Nota CCV-MI prot. 412/2020 del 20/08/2020"), QDate(2020, 9, 14), QDate(2020, 9, 27), idroscalo,
        {});
    if (!exercise)
        return exercise.error();

    struct NewEvent {
        const char *name;
        Scenario scenario;
        const char *act;
        QDate from, to;
    };
    const NewEvent alerts[] = {
        { "Allerta idrogeologica Seveso - ottobre 2020", Scenario::HydroMeteo,
            "Avviso di criticità regionale n. 112/2020 del 02/10/2020", QDate(2020, 10, 2), QDate(2020, 10, 4) },
        { "Allerta temporali forti - novembre 2020", Scenario::HydroMeteo,
            "Avviso di criticità regionale n. 131/2020 del 16/11/2020", QDate(2020, 11, 16), QDate(2020, 11, 17) },
        { "Ricerca persona scomparsa - Parco Nord", Scenario::MissingPersons,
            "Richiesta della Prefettura di Milano del 11/03/2021", QDate(2021, 3, 11), QDate(2021, 3, 12) },
        { "Allerta idrogeologica Lambro - giugno 2021", Scenario::HydroMeteo,
            "Avviso di criticità regionale n. 77/2021 del 13/06/2021", QDate(2021, 6, 13), QDate(2021, 6, 15) },
    };
    QList<qint64> alertIds;
    for (const NewEvent &a : alerts) {
        if (a.from > m_now.date()) {
            alertIds.append(0);
            continue;
        }
        const QString name = QString::fromUtf8(a.name);
        auto id = saveEvent(eventNamed(name), name, a.scenario, EventType::Ordinary, QString::fromUtf8(a.act), a.from,
            a.to, a.scenario == Scenario::MissingPersons ? comuniNamed(sevesoComuni, 3) : seveso, {});
        if (!id)
            return id.error();
        alertIds.append(*id);
    }

    // The phases, as the room moved them.
    const auto at = [](const QDate &d, int h, int m = 0) { return QDateTime(d, QTime(h, m)); };
    const QList<std::tuple<qint64, Phase, QDateTime, QString>> phases = {
        { *covid, Phase::PreAlarm, at(QDate(2020, 2, 21), 22, 15), QStringLiteral("Primi casi a Codogno") },
        { *covid, Phase::Alarm, at(QDate(2020, 2, 23), 9), QStringLiteral("Ordinanza del Ministero della Salute e di Regione Lombardia") },
        { *covid, Phase::PreAlarm, at(QDate(2020, 6, 15), 12), QStringLiteral("Fine del confinamento: presidio ridotto") },
        { *covid, Phase::Alarm, at(QDate(2020, 10, 26), 9), QStringLiteral("Seconda ondata: zona rossa regionale") },
        { *covid, Phase::Attention, at(QDate(2021, 6, 14), 9), QStringLiteral("Zona bianca") },
        { *covid, Phase::Closed, at(QDate(2022, 3, 31), 18), QStringLiteral("Fine dello stato di emergenza") },
        { *vigilance, Phase::PreAlarm, at(QDate(2020, 7, 22), 16, 40), QStringLiteral("Temporali forti sul Comasco") },
        { *vigilance, Phase::Attention, at(QDate(2020, 7, 24), 10), QString() },
        { *vigilance, Phase::Closed, at(QDate(2020, 8, 14), 18), QString() },
        { *exercise, Phase::PreAlarm, at(QDate(2020, 9, 26), 8), QStringLiteral("Scenario simulato") },
        { *exercise, Phase::Alarm, at(QDate(2020, 9, 26), 10, 30), QStringLiteral("Esondazione simulata") },
        { *exercise, Phase::Closed, at(QDate(2020, 9, 27), 17), QStringLiteral("Fine esercitazione") },
    };
    for (const auto &[id, to, when, note] : phases)
        if (auto s = phase(id, to, when, note); !s)
            return s;
    for (int i = 0; i < int(std::size(alerts)); ++i) {
        if (alertIds.at(i) == 0)
            continue;
        const NewEvent &a = alerts[i];
        if (a.scenario == Scenario::HydroMeteo) {
            if (auto s = phase(alertIds.at(i), Phase::PreAlarm, at(a.from, 14), QStringLiteral("Codice arancione")); !s)
                return s;
            if (auto s = phase(alertIds.at(i), Phase::Alarm, at(a.from.addDays(1), 2, 30),
                    QStringLiteral("Superata la soglia di esondazione")); !s)
                return s;
        } else if (auto s = phase(alertIds.at(i), Phase::Alarm, at(a.from, 11), QString()); !s) {
            return s;
        }
        if (auto s = phase(alertIds.at(i), Phase::Closed, at(a.to, 19), QString()); !s)
            return s;
    }

    // The diary: the first wave day by day, then quieter months.
    const int covidCount = int(std::size(covidLines));
    plan(*covid, covidLines, covidCount, QDate(2020, 2, 23), QDate(2020, 5, 31), 1, 4, {});
    plan(*covid, covidLines, covidCount, QDate(2020, 6, 1), end2021, 0, 1, {});
    plan(*vigilance, weatherLines, int(std::size(weatherLines)), QDate(2020, 7, 22), QDate(2020, 7, 24), 3, 6, seveso);
    plan(*exercise, exerciseLines, int(std::size(exerciseLines)), QDate(2020, 9, 26), QDate(2020, 9, 27), 8, 12, idroscalo);
    for (int i = 0; i < int(std::size(alerts)); ++i)
        if (alertIds.at(i) != 0) {
            const bool search = alerts[i].scenario == Scenario::MissingPersons;
            plan(alertIds.at(i), search ? searchLines : weatherLines,
                search ? int(std::size(searchLines)) : int(std::size(weatherLines)), alerts[i].from, alerts[i].to, 3, 7,
                search ? comuniNamed(sevesoComuni, 3) : seveso);
        }
    std::stable_sort(m_planned.begin(), m_planned.end(), [](const Planned &a, const Planned &b) { return a.at < b.at; });
    // Deliveries of the day to the comune of an action, where there was one.
    for (Planned &p : m_planned) {
        if (p.kind != DiaryKind::Action || p.corrects >= 0 || p.comuneId == 0)
            continue;
        auto d = core::queryValue(m_c.db,
            QStringLiteral("SELECT id FROM delivery WHERE comune_id = ? AND delivery_date = ? LIMIT 1"),
            { p.comuneId, core::toSqlDate(p.at.date()) });
        if (d && d->isValid())
            p.deliveryId = d->toLongLong();
    }
    return {};
}

} // namespace

core::DemoStep demoStep(RoomDemoOptions options)
{
    return { QStringLiteral("room"), [options](core::DemoContext &context) -> core::Status {
                if (auto s = RoomDemo(context).run(); !s)
                    return s;
                if (auto s = runCommsDemo(context, options.lettersPerCircular); !s)
                    return s;
                // The emergency plans of the 133 comuni and their COCs.
                return runPlansDemo(context);
            } };
}

} // namespace room

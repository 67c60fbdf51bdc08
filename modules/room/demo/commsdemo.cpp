#include "room/demo/commsdemo.h"

#include "core/auth/authservice.h"
#include "core/commands/commandrunner.h"
#include "core/db/connectionstate.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/demo/demoaccounts.h"
#include "room/domain/boardcommands.h"
#include "room/domain/boardrepository.h"
#include "room/domain/circularfiles.h"
#include "room/domain/protocol.h"

#include <QFileInfo>
#include <QThreadPool>

namespace room {

namespace {

using core::Status;

QString L(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

const QStringList mayorFirstNames = { L("Giulia"), L("Marco"), L("Francesca"), L("Alberto"), L("Paola"), L("Luca"),
    L("Simona"), L("Andrea"), L("Valeria"), L("Giovanni"), L("Elisa"), L("Matteo") };
const QStringList mayorSurnames = { L("Esempio"), L("Prova"), L("Fittizi"), L("Campione"), L("Modello"),
    L("Ipotetico"), L("Immaginari"), L("Finzione") };

const QStringList decisionTexts = {
    L("Si conferma il calendario delle consegne della settimana ai COC."),
    L("Si chiede alla Polizia metropolitana una pattuglia per le consegne urgenti di domani."),
    L("Si rinviano le richieste non urgenti alla riunione di lunedì."),
    L("Si attiva una squadra di volontari per il centro vaccinale."),
    L("Si approva l'invio della comunicazione ai Sindaci sulle consegne."),
    L("Si rafforza il presidio della sala operativa nel fine settimana."),
    L("Si verifica con ATS la disponibilità dei dispositivi di protezione."),
};
const QStringList actionTexts = {
    L("Contattare i COC con richieste in attesa da più di 3 giorni"),
    L("Preparare il riepilogo delle consegne per i Sindaci"),
    L("Verificare le scorte di mascherine in magazzino"),
    L("Organizzare i turni dei volontari del fine settimana"),
    L("Aggiornare la Prefettura sulle attivazioni"),
    L("Predisporre gli attestati dei volontari della settimana"),
    L("Sentire l'Avvocatura sul modello di convenzione con le associazioni"),
    L("Chiedere alla Regione il rimborso dei pasti dei volontari"),
};

struct Run {
    core::DemoContext &context;
    core::FixedClock &clock;
    core::CommandRunner runner;
    QList<qint64> members;
    QList<qint64> principals;

    Status run(core::Command &command) { return runner.run(command); }
};

Status seedMembers(Run &run)
{
    struct Seed {
        qint64 role;
        const char *name;
        const char *organisation;
        const char *delegate;
    };
    const QList<Seed> seeds = {
        { 1, "Roberto Esempio", "Città metropolitana di Milano", "Chiara Prova" },
        { 2, "Maria Campione", "CMM - Settore Avvocatura", nullptr },
        { 3, "Antonio Modello", "CMM - Polizia locale", "Davide Fittizi" },
        { 4, "Laura Ipotetico", "CMM - Protezione civile", nullptr },
        { 5, "Giorgio Immaginari", "CCV-MI", "Silvia Finzione" },
    };
    int phone = 100;
    for (const Seed &s : seeds) {
        BoardMember m;
        m.roleId = s.role;
        m.name = L(s.name) + L(" (demo)");
        m.organisation = L(s.organisation);
        m.phone = QStringLiteral("000 %1").arg(++phone);
        m.email = QStringLiteral("cabina.%1@esempio.invalid").arg(phone);
        SaveBoardMember save(m);
        if (auto st = run.run(save); !st)
            return st;
        run.members.append(save.memberId());
        run.principals.append(save.memberId());
        if (s.delegate) {
            BoardMember d = m;
            d.name = L(s.delegate) + L(" (demo)");
            d.delegateOf = save.memberId();
            d.phone = QStringLiteral("000 %1").arg(++phone);
            d.email = QStringLiteral("cabina.%1@esempio.invalid").arg(phone);
            SaveBoardMember saveDelegate(d);
            if (auto st = run.run(saveDelegate); !st)
                return st;
            run.members.append(saveDelegate.memberId());
        }
    }
    // The Cabina "può essere integrata": one association.
    BoardRole extra;
    extra.name = L("Rappresentante delle associazioni di volontariato");
    extra.position = 6;
    SaveBoardRole role(extra);
    if (auto st = run.run(role); !st)
        return st;
    BoardMember a;
    a.roleId = role.roleId();
    a.name = L("Elena Demo (demo)");
    a.organisation = L("Associazione Volontari Protezione Civile (demo)");
    SaveBoardMember save(a);
    if (auto st = run.run(save); !st)
        return st;
    run.members.append(save.memberId());
    run.principals.append(save.memberId());
    return {};
}

Status seedMayors(Run &run)
{
    auto q = core::runQuery(run.context.db, QStringLiteral("SELECT comune_id FROM comune_cmm ORDER BY comune_id"));
    if (!q)
        return q.error();
    QList<int> comuni;
    while (q->next())
        comuni.append(q->value(0).toInt());
    for (int i = 0; i < comuni.size(); ++i) {
        // A few comuni without a mayor on file: the preview says so.
        if (i % 29 == 7)
            continue;
        const QString name = mayorFirstNames.at(run.context.random.bounded(int(mayorFirstNames.size()))) + QLatin1Char(' ')
            + mayorSurnames.at(run.context.random.bounded(int(mayorSurnames.size())));
        SetMayor set(comuni.at(i), name);
        if (auto s = run.run(set); !s)
            return s;
    }
    SetMailSender sender({ L("CCV-MI Sala operativa"), QStringLiteral("sala.operativa@pec.ccvmi.invalid") });
    return run.run(sender);
}

// One meeting: who attended, the requests pending that day (a few),
// decisions and actions. Actions of past meetings end done (a few late) or
// cancelled, as the clock passes.
struct PendingAction {
    qint64 id;
    QDate due;
    QDate closes;
    ActionState end;
};

Status meeting(Run &run, const QDate &day, bool recent, QList<PendingAction> *pending)
{
    auto &random = run.context.random;
    run.clock.set(QDateTime(day, QTime(9, 0)));
    // State changes that fell due before this meeting.
    for (int i = 0; i < pending->size();) {
        const PendingAction &p = pending->at(i);
        if (p.closes < day) {
            run.clock.set(QDateTime(p.closes, QTime(16, 0)));
            ChangeActionState change(p.id, p.end);
            if (auto s = run.run(change); !s)
                return s;
            pending->removeAt(i);
        } else {
            ++i;
        }
    }
    run.clock.set(QDateTime(day, QTime(9, 30)));
    MeetingInput input;
    input.day = day;
    input.mode = day.dayOfWeek() == 1 ? MeetingMode::InPerson : MeetingMode::Remote;
    for (qint64 principal : run.principals)
        if (random.bounded(100) < 85)
            input.attendees.insert(principal);
    // A delegate stands in now and then.
    for (qint64 member : run.members)
        if (!run.principals.contains(member) && random.bounded(100) < 30)
            input.attendees.insert(member);
    auto requests = BoardRepository(run.context.db).pendingRequests(day, 40);
    if (!requests)
        return requests.error();
    for (int i = 0; i < 3 && !requests->isEmpty(); ++i)
        input.examinedRequests.insert(requests->at(random.bounded(int(requests->size()))).requestId);
    SaveMeeting save(input);
    if (auto s = run.run(save); !s)
        return s;
    const int decisions = random.bounded(3);
    for (int d = 0; d < decisions; ++d) {
        run.clock.set(QDateTime(day, QTime(10, 0 + d * 5)));
        AddDecision decision(save.meetingId(), decisionTexts.at(random.bounded(int(decisionTexts.size()))));
        if (auto s = run.run(decision); !s)
            return s;
        if (random.bounded(100) < 70) {
            BoardAction a;
            a.meetingId = save.meetingId();
            a.decisionId = decision.decisionId();
            a.title = actionTexts.at(random.bounded(int(actionTexts.size())));
            a.ownerId = run.members.at(random.bounded(int(run.members.size())));
            a.dueOn = day.addDays(1 + random.bounded(6));
            AddAction add(a);
            if (auto s = run.run(add); !s)
                return s;
            if (recent)
                continue; // still open: some will be overdue today
            if (random.bounded(100) < 50) {
                run.clock.set(QDateTime(day, QTime(11, 0)));
                ChangeActionState started(add.actionId(), ActionState::InProgress);
                if (auto s = run.run(started); !s)
                    return s;
            }
            const int p = random.bounded(100);
            const QDate closes = p < 70 ? a.dueOn.addDays(-random.bounded(2)) : a.dueOn.addDays(1 + random.bounded(4));
            pending->append({ add.actionId(), a.dueOn, std::max(closes, day), p < 94 ? ActionState::Done
                                                                                      : ActionState::Cancelled });
        }
    }
    return {};
}

Status seedMeetings(Run &run, const QDate &today)
{
    QList<PendingAction> pending;
    // The season: the Cabina was set up in November 2020 and met every
    // working day until the end of the published period.
    for (QDate day(2020, 11, 18); day <= QDate(2021, 3, 19); day = day.addDays(1))
        if (day.dayOfWeek() <= 5)
            if (auto s = meeting(run, day, false, &pending); !s)
                return s;
    for (const PendingAction &p : std::as_const(pending)) {
        run.clock.set(QDateTime(p.closes, QTime(16, 0)));
        ChangeActionState change(p.id, p.end);
        if (auto s = run.run(change); !s)
            return s;
    }
    run.context.progress(QStringLiteral("room: meetings"));
    // The last days before today: actions still open, some overdue.
    pending.clear();
    for (int back = 9; back >= 1; --back) {
        const QDate day = today.addDays(-back);
        if (day.dayOfWeek() <= 5)
            if (auto s = meeting(run, day, true, &pending); !s)
                return s;
    }
    return {};
}

Status seedCirculars(Run &run, int lettersPerCircular)
{
    const QString dbFile = run.context.db.databaseName();
    const QFileInfo info(dbFile);
    const QString folder = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral("-circolari");
    auto covid = core::queryValue(run.context.db,
        QStringLiteral("SELECT id FROM activation_event WHERE event_type = 'covid19' ORDER BY start_date LIMIT 1"));
    if (!covid)
        return covid.error();
    struct Circular {
        QDate date;
        CircularScope scope;
        const char *zone;
        bool event;
        const char *subject;
        const char *body;
    };
    const QList<Circular> circulars = {
        { QDate(2020, 11, 20), CircularScope::All, "", true, "Costituzione della Cabina di regia - {evento}",
            "Egregio Sindaco {sindaco},\n\n"
            "si comunica che, per gestire e coordinare al meglio gli interventi sul territorio nell'ambito "
            "dell'evento «{evento}», è stata istituita la Cabina di regia tra la Città metropolitana di Milano "
            "e il CCV-MI, convocata in modo stabile e operativa tutti i giorni.\n\n"
            "Le richieste del Comune di {comune} (COC) possono essere inviate alla sala operativa, che le "
            "valuterà nella prima riunione utile.\n\n"
            "Distinti saluti." },
        { QDate(2020, 12, 10), CircularScope::Event, "", true,
            "Consegne di generi alimentari ai COC - {evento}",
            "Egregio Sindaco {sindaco},\n\n"
            "la Cabina di regia ha programmato per la prossima settimana le consegne di generi alimentari ai COC "
            "dei comuni coinvolti nell'evento «{evento}». Si prega di confermare alla PEC della sala operativa il "
            "referente del COC di {comune} per il ritiro.\n\n"
            "Distinti saluti." },
        { QDate(2021, 3, 1), CircularScope::All, "", true, "Supporto dei volontari alla campagna vaccinale",
            "Egregio Sindaco {sindaco},\n\n"
            "nell'ambito dell'evento «{evento}», il CCV-MI mette a disposizione dei Comuni squadre di volontari "
            "di protezione civile per il supporto logistico ai centri vaccinali.\n\n"
            "Il Comune di {comune} può segnalare le proprie esigenze alla sala operativa entro il 10/03/2021.\n\n"
            "Distinti saluti." },
    };
    for (const Circular &c : circulars) {
        run.clock.set(QDateTime(c.date, QTime(12, 0)));
        CircularDraft draft;
        draft.date = c.date;
        draft.scope = c.scope;
        draft.zone = L(c.zone);
        draft.eventId = c.event && covid->isValid() ? covid->toLongLong() : 0;
        draft.subject = L(c.subject);
        draft.body = L(c.body);
        if (!draft.eventId) {
            draft.subject.replace(QStringLiteral(" - {evento}"), QString());
            draft.body.replace(QStringLiteral("l'evento «{evento}»"), QStringLiteral("l'emergenza"));
        }
        draft.folder = folder;
        if (c.scope == CircularScope::Event) {
            // Only when the events step gave the event its comuni.
            auto comuni = core::queryValue(run.context.db,
                QStringLiteral("SELECT count(*) FROM room_event_comune WHERE event_id = ?"), { draft.eventId });
            if (!comuni)
                return comuni.error();
            if (draft.eventId == 0 || comuni->toInt() == 0)
                continue;
        }
        const auto runCommand = [&run](core::Command &command) { return run.run(command); };
        // The letters in groups on the pool's threads: the same bytes as
        // in one thread, in a fraction of the time.
        CircularWriteOptions options;
        options.pool = QThreadPool::globalInstance();
        if (lettersPerCircular < 0) {
            auto outcome = prepareCircular(runCommand, run.context.db, draft, options);
            if (!outcome)
                return outcome.error();
            continue;
        }
        RegisterCircular registration(draft);
        if (auto s = run.run(registration); !s)
            return s;
        auto content = loadCircular(run.context.db, registration.circularId());
        if (!content)
            return content.error();
        content->recipients = content->recipients.mid(0, lettersPerCircular);
        auto files = writeCircularFiles(*content, options);
        if (!files)
            return files.error();
        LogCircularSendings log(registration.circularId(), *files);
        if (auto s = run.run(log); !s)
            return s;
    }
    // Communications received: the register is not only circulars.
    const QList<std::tuple<QDate, const char *, const char *>> incoming = {
        { QDate(2020, 11, 17), "Prefettura di Milano", "Richiesta di supporto ai presidi anticovid" },
        { QDate(2020, 11, 25), "Regione Lombardia - Protezione civile", "Indicazioni sulle attivazioni dei volontari" },
        { QDate(2020, 12, 3), "ATS Città Metropolitana di Milano", "Fabbisogno di volontari per i punti tampone" },
        { QDate(2021, 1, 14), "Comune di Rho", "Richiesta di consegna di pacchi alimentari" },
        { QDate(2021, 2, 22), "Prefettura di Milano", "Piano di supporto alla campagna vaccinale" },
    };
    for (const auto &[date, who, what] : incoming) {
        run.clock.set(QDateTime(date, QTime(11, 0)));
        ProtocolEntry e;
        e.direction = Direction::In;
        e.dated = date;
        e.counterpart = L(who);
        e.subject = L(what);
        RegisterCommunication reg(e);
        if (auto s = run.run(reg); !s)
            return s;
    }
    return {};
}

} // namespace

core::Status runCommsDemo(core::DemoContext &context, int lettersPerCircular)
{
    const QString previousOperator = core::sessionOperator(context.db);
    const QDateTime now = core::demoNow(context);
    core::FixedClock clock(now);
    core::AuthService auth(context.db, clock);
    auto signedIn = auth.signIn(QStringLiteral("coordinatrice"), core::demoPassword);
    if (!signedIn)
        return signedIn.error();
    Run run { context, clock, core::CommandRunner(context.db, clock), {}, {} };
    Status result = [&]() -> Status {
        core::Transaction tx(context.db);
        if (!tx)
            return tx.error();
        if (auto s = seedMembers(run); !s)
            return s;
        if (auto s = seedMayors(run); !s)
            return s;
        if (auto s = seedMeetings(run, now.date()); !s)
            return s;
        if (auto s = seedCirculars(run, lettersPerCircular); !s)
            return s;
        return tx.commit();
    }();
    auth.signOut();
    core::setSessionOperator(context.db, previousOperator);
    return result;
}

} // namespace room

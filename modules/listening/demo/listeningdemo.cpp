#include "listening/demo/listeningdemo.h"

#include "core/auth/authservice.h"
#include "core/auth/session.h"
#include "core/db/connectionstate.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/demo/demoaccounts.h"
#include "core/domain/clock.h"
#include "listening/domain/listeningservice.h"
#include "listening/domain/staffservice.h"
#include "listening/domain/supportgroupservice.h"

namespace listening {

namespace {

using core::Status;

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;

const QStringList firstNames
    = { QStringLiteral("Lucia"), QStringLiteral("Mario"), QStringLiteral("Giovanna"), QStringLiteral("Franco"),
          QStringLiteral("Rosa"), QStringLiteral("Giorgio"), QStringLiteral("Anna"), QStringLiteral("Luigi"),
          QStringLiteral("Teresa"), QStringLiteral("Paolo"), QStringLiteral("Maria"), QStringLiteral("Stefano"),
          QStringLiteral("Elena"), QStringLiteral("Carlo"), QStringLiteral("Silvia"), QStringLiteral("Antonio"),
          QStringLiteral("Laura"), QStringLiteral("Roberto"), QStringLiteral("Chiara"), QStringLiteral("Davide") };
// Surnames that say "invented" to any Italian reader.
const QStringList surnames = { QStringLiteral("Esempio"), QStringLiteral("Prova"), QStringLiteral("Fittizi"),
    QStringLiteral("Inventati"), QStringLiteral("Campione"), QStringLiteral("Modello"), QStringLiteral("Demo"),
    QStringLiteral("Ipotetico"), QStringLiteral("Immaginari"), QStringLiteral("Finzione") };
const QStringList reasons = {
    QStringLiteral("Si sente sola da quando è in quarantena"),
    QStringLiteral("Ansia e insonnia per il lavoro perso"),
    QStringLiteral("Lutto recente: il padre è morto in ospedale"),
    QStringLiteral("Preoccupata per la madre anziana in RSA"),
    QStringLiteral("Attacchi di panico quando esce di casa"),
    QStringLiteral("Tensione in famiglia durante il lockdown"),
    QStringLiteral("Non riesce a dormire, chiede di parlare con qualcuno"),
    QStringLiteral("Il figlio adolescente non esce dalla camera"),
    QStringLiteral("Difficoltà economiche, si sente senza via d'uscita"),
    QStringLiteral("Paura del contagio, non vede nessuno da settimane"),
    QStringLiteral("Volontario stanco dopo i turni al drive-in tamponi"),
    QStringLiteral("Chiede informazioni sul gruppo di supporto"),
};

// Psychologists call between 8:00 and 21:30: a time outside is moved to
// the next morning.
qint64 duringTheDay(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    if (t.time() < QTime(8, 0))
        return QDateTime(t.date(), QTime(8, 0).addSecs(t.time().msecsSinceStartOfDay() / 1000 % 3600))
            .toMSecsSinceEpoch();
    if (t.time() > QTime(21, 30))
        return QDateTime(t.date().addDays(1), QTime(8, 30).addSecs(t.time().minute() * 60)).toMSecsSinceEpoch();
    return ms;
}

// Delays (hours) from the message to the first call that reaches the
// caller: most the same day, a few the next, some late.
double callbackDelayHours(QRandomGenerator &r)
{
    const int p = r.bounded(100);
    if (p < 62)
        return 1 + r.bounded(14.0);
    if (p < 88)
        return 15 + r.bounded(9.0);
    if (p < 97)
        return 24 + r.bounded(22.0);
    return 48 + r.bounded(30.0);
}

struct DemoRun {
    core::DemoContext &context;
    core::FixedClock clock;
    QList<qint64> psychologists;
    QList<int> comuni;
    qint64 nowMs = 0;

    QString pick(const QStringList &list) { return list.at(context.random.bounded(int(list.size()))); }
    int pickComune()
    {
        return context.random.bounded(100) < 30 ? 15146 : comuni.at(context.random.bounded(int(comuni.size())));
    }
    qint64 pickPsychologist() { return psychologists.at(context.random.bounded(int(psychologists.size()))); }
    QDateTime at(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms); }

    // One request received at `received`; `fate` decides what happened.
    enum class Fate { Closed, ReachedOpen, Waiting, Overdue, Raised, WrongNumber, Unreachable };
    Status request(qint64 received, Fate fate, ListeningService &service)
    {
        clock.set(at(received + 5 * minuteMs));
        NewRequest n;
        n.receivedAt = at(received);
        const bool volunteer = context.random.bounded(100) < 10;
        n.callerKind = volunteer               ? CallerKind::Volunteer
            : context.random.bounded(100) < 17 ? CallerKind::Relative
                                               : CallerKind::Citizen;
        n.urgency = context.random.bounded(100) < 20 ? Urgency::Urgent : Urgency::Normal;
        n.callerName = pick(firstNames) + QLatin1Char(' ') + pick(surnames);
        n.callerPhone = QStringLiteral("000 %1 %2")
                            .arg(context.random.bounded(100, 1000))
                            .arg(context.random.bounded(1000, 10000));
        n.comuneId = pickComune();
        n.reason = volunteer ? reasons.at(10 + context.random.bounded(2)) : reasons.at(context.random.bounded(10));
        auto id = service.registerRequest(n);
        if (!id)
            return id.error();
        const qint64 psychologist = pickPsychologist();
        clock.set(at(received + qint64(1 + context.random.bounded(3)) * hourMs));
        if (auto s = service.assign(*id, psychologist); !s)
            return s;

        auto attempt = [&](qint64 when, AttemptOutcome outcome) -> Status {
            clock.set(at(when + 2 * minuteMs));
            auto logged = service.logAttempt(*id, at(when), outcome, psychologist);
            return logged ? Status() : Status(logged.error());
        };
        switch (fate) {
        case Fate::Waiting:
            return {};
        case Fate::Overdue:
            return attempt(received + 20 * hourMs, AttemptOutcome::NoAnswer);
        case Fate::Raised:
            for (int i = 0; i < failedAttemptsBeforeRaise; ++i)
                if (auto s = attempt(received + qint64(4 + 9 * i) * hourMs, AttemptOutcome::NoAnswer); !s)
                    return s;
            return {};
        case Fate::WrongNumber:
            return attempt(received + 3 * hourMs, AttemptOutcome::WrongNumber);
        case Fate::Unreachable:
            for (int i = 0; i < failedAttemptsBeforeRaise; ++i)
                if (auto s = attempt(received + qint64(3 + 8 * i) * hourMs, AttemptOutcome::NoAnswer); !s)
                    return s;
            clock.set(at(received + 50 * hourMs));
            return service.closeUnreachable(
                *id, QStringLiteral("Tre tentativi a orari diversi, lasciato messaggio in segreteria."));
        case Fate::ReachedOpen:
        case Fate::Closed:
            break;
        }
        // Never in the future of the demo's "now".
        const qint64 reached
            = std::min(duringTheDay(received + qint64(callbackDelayHours(context.random) * hourMs)), nowMs - hourMs);
        if (reached <= received + 10 * minuteMs)
            return {};
        // Some callers do not answer the first time(s).
        const int misses
            = reached - received > 2 * hourMs && context.random.bounded(100) < 25 ? 1 + context.random.bounded(2) : 0;
        for (int i = 1; i <= misses; ++i)
            if (auto s = attempt(
                    std::min(duringTheDay(received + (reached - received) * i / (misses + 1)), reached - 10 * minuteMs),
                    AttemptOutcome::NoAnswer);
                !s)
                return s;
        if (auto s = attempt(reached, AttemptOutcome::Reached); !s)
            return s;
        if (fate == Fate::ReachedOpen)
            return {};

        OutcomeInput o;
        o.requestId = *id;
        o.closedAt = at(reached + 40 * minuteMs);
        o.psychologistId = psychologist;
        const QStringList needs = needCodes();
        o.needs = { needs.at(context.random.bounded(int(needs.size()) - 1)) };
        if (context.random.bounded(100) < 30)
            o.needs.append(needs.at(context.random.bounded(int(needs.size()) - 1)));
        const int p = context.random.bounded(100);
        if (p < 4) {
            clock.set(at(reached + 25 * minuteMs));
            auto e = service.recordEscalation(*id, at(reached + 20 * minuteMs),
                QStringLiteral("Pensieri di farsi del male: chiamato il 118 con la persona in linea"), psychologist);
            if (!e)
                return e.error();
            o.disposition = Disposition::Escalation118;
            o.notes = QStringLiteral("Soccorso attivato, richiamare domani per sapere come sta.");
        } else if (p < 26) {
            o.disposition = Disposition::Referral;
            o.referralService = ListeningText::referralServices().at(context.random.bounded(4));
            o.notes = QStringLiteral("Indicato il servizio di zona; si è detta d'accordo a chiamare.");
        } else {
            o.disposition = Disposition::Support;
            o.notes = QStringLiteral("Colloquio di sostegno; la persona si sente meglio e sa di poter richiamare.");
        }
        clock.set(at(reached + 45 * minuteMs));
        return service.recordOutcome(o);
    }
};

Status seedStaff(DemoRun &run, StaffService &staff)
{
    const auto accounts = core::demoAccounts();
    auto accountId = [&](const QString &username) -> qint64 {
        auto v = core::queryValue(
            run.context.db, QStringLiteral("SELECT id FROM operator_account WHERE username = ?"), { username });
        return v && v->isValid() ? v->toLongLong() : 0;
    };
    const QList<Psychologist> roster = {
        { 0, QStringLiteral("Dott.ssa Paola Psicologa (demo)"), QStringLiteral("000 111 2201"), {},
            accountId(QStringLiteral("psicologa")) },
        { 0, QStringLiteral("Dott. Piero Psicologo (demo)"), QStringLiteral("000 111 2202"), {},
            accountId(QStringLiteral("psicologo")) },
        { 0, QStringLiteral("Dott.ssa Anna Esempio"), QStringLiteral("000 111 2203") },
        { 0, QStringLiteral("Dott. Bruno Prova"), QStringLiteral("000 111 2204") },
        { 0, QStringLiteral("Dott.ssa Chiara Fittizi"), QStringLiteral("000 111 2205") },
        { 0, QStringLiteral("Dott. Dario Inventati"), QStringLiteral("000 111 2206") },
        { 0, QStringLiteral("Dott.ssa Elena Campione"), QStringLiteral("000 111 2207") },
        { 0, QStringLiteral("Dott. Franco Modello"), QStringLiteral("000 111 2208") },
    };
    for (const Psychologist &p : roster) {
        auto id = staff.savePsychologist(p);
        if (!id)
            return id.error();
        run.psychologists.append(*id);
    }
    const QDate today = run.context.today;
    const QList<QPair<int, int>> placements
        = { { 0, 15146 }, { 2, 15209 }, { 5, 15189 } }; // Milano, Sesto S. G., Rozzano
    for (const auto &p : placements) {
        auto id = staff.addPlacement(run.psychologists.at(p.first), p.second, today.addDays(-70 + 10 * p.first),
            QStringLiteral("Supporto alla popolazione e ai volontari del COC"));
        if (!id)
            return id.error();
    }
    return {};
}

Status seedGroups(DemoRun &run, SupportGroupService &groups)
{
    const QDate today = run.context.today;
    struct Plan {
        QString name;
        int weekday;
        QTime start;
        int first, second;
        QStringList organisations;
    };
    const QList<Plan> plans = {
        { QStringLiteral("Volontari Nord Milano"), 2, QTime(20, 30), 0, 2,
            { QStringLiteral("Gruppo comunale PC Sesto San Giovanni"),
                QStringLiteral("Gruppo comunale PC Cinisello Balsamo") } },
        { QStringLiteral("Volontari Sud Est"), 4, QTime(18, 0), 1, 3,
            { QStringLiteral("Gruppo comunale PC San Donato Milanese"),
                QStringLiteral("Associazione volontari PC Peschiera Borromeo") } },
    };
    for (const Plan &plan : plans) {
        SupportGroup g;
        g.name = plan.name;
        g.weekday = plan.weekday;
        g.start = plan.start;
        g.durationMinutes = 90;
        g.firstPsychologistId = run.psychologists.at(plan.first);
        g.secondPsychologistId = run.psychologists.at(plan.second);
        g.meetingLink = QStringLiteral("https://meet.example.invalid/ccvmi-%1").arg(plan.weekday);
        g.startsOn = today.addDays(-84);
        auto id = groups.saveGroup(g);
        if (!id)
            return id.error();
        g.id = *id;
        const int people = 6 + run.context.random.bounded(4);
        for (int i = 0; i < people; ++i) {
            auto p = groups.addParticipant(g.id, run.pick(firstNames) + QLatin1Char(' ') + run.pick(surnames),
                plan.organisations.at(i % plan.organisations.size()), g.startsOn.addDays(7 * (i / 3)));
            if (!p)
                return p.error();
        }
        for (QDate d = SupportGroupService::nextSession(g, g.startsOn); d.isValid() && d < today; d = d.addDays(7))
            if (auto s = groups.recordSession(g.id, d, 4 + run.context.random.bounded(people - 3)); !s)
                return s.error();
    }
    return {};
}

Status runDemo(core::DemoContext &context)
{
    const QString previousOperator = core::sessionOperator(context.db);
    // Not the clock at this step: the rows would depend on how long the
    // steps before took.
    const QDateTime now = core::demoNow(context);
    DemoRun run { context, core::FixedClock(now), {}, {}, now.toMSecsSinceEpoch() };
    auto comuni = core::runQuery(context.db, QStringLiteral("SELECT comune_id FROM comune_cmm ORDER BY comune_id"));
    if (!comuni)
        return comuni.error();
    while (comuni->next())
        run.comuni.append(comuni->value(0).toInt());

    core::AuthService auth(context.db, run.clock);
    auto signedIn = auth.signIn(QStringLiteral("coordinatrice"), core::demoPassword);
    if (!signedIn)
        return signedIn.error();
    Status result = [&]() -> Status {
        // One transaction for the whole step: the services' own become
        // savepoints, and the demo is built in seconds, not minutes.
        core::Transaction tx(context.db);
        if (!tx)
            return tx.error();
        StaffService staff(context.db, run.clock);
        if (auto s = seedStaff(run, staff); !s)
            return s;
        ListeningService service(context.db, run.clock);
        using Fate = DemoRun::Fate;
        // Older, closed requests for performance work (--years).
        const qint64 dayMs = 24 * hourMs;
        const qint64 monthStart = run.nowMs - 31 * dayMs;
        for (qint64 t = monthStart - qint64(context.years) * 365 * dayMs; t < monthStart; t += 3 * hourMs) {
            const qint64 received = t + context.random.bounded(int(2 * hourMs));
            const QTime time = QDateTime::fromMSecsSinceEpoch(received).time();
            if (time.hour() < 8 || time.hour() > 21)
                continue;
            if (auto s = run.request(received, Fate::Closed, service); !s)
                return s;
        }
        context.progress(QStringLiteral("listening: month"));
        // The last month: about eight messages a day, between 8 and 22.
        for (int day = 30; day >= 0; --day) {
            const int messages = 5 + context.random.bounded(6);
            const qint64 morning = QDateTime(now.date().addDays(-day), QTime(8, 0)).toMSecsSinceEpoch();
            for (int i = 0; i < messages; ++i) {
                const qint64 received = morning + qint64(context.random.bounded(14 * 60)) * minuteMs;
                const qint64 age = run.nowMs - received;
                if (age < 20 * minuteMs)
                    continue;
                Fate fate = context.random.bounded(100) < 3 ? Fate::Unreachable : Fate::Closed;
                if (age < 10 * hourMs)
                    fate = Fate::Waiting;
                else if (age < 30 * hourMs)
                    fate = context.random.bounded(100) < 45 ? Fate::Waiting : Fate::ReachedOpen;
                else if (age < 3 * dayMs)
                    fate = context.random.bounded(100) < 85 ? Fate::Closed : Fate::ReachedOpen;
                if (auto s = run.request(received, fate, service); !s)
                    return s;
            }
        }
        // What the room must not miss: overdue callbacks, a case raised to
        // the coordinator, a wrong number.
        const QList<QPair<qint64, Fate>> alarms = { { 51 * hourMs, Fate::Overdue }, { 58 * hourMs, Fate::Raised },
            { 49 * hourMs + 20 * minuteMs, Fate::Waiting }, { 30 * hourMs, Fate::WrongNumber },
            { 45 * hourMs, Fate::Overdue } };
        for (const auto &a : alarms)
            if (auto s = run.request(run.nowMs - a.first, a.second, service); !s)
                return s;
        run.clock.set(now);
        SupportGroupService groups(context.db, run.clock);
        if (auto s = seedGroups(run, groups); !s)
            return s;
        return tx.commit();
    }();
    auth.signOut();
    core::setSessionOperator(context.db, previousOperator);
    return result;
}

} // namespace

core::DemoStep listeningDemoStep()
{
    return { QStringLiteral("listening"), &runDemo };
}

} // namespace listening

#include "room/demo/plansdemo.h"

#include "core/auth/authservice.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/demo/demoaccounts.h"
#include "room/domain/planrepository.h"
#include "room/domain/planrules.h"

#include <QRandomGenerator>

#include <iterator>

namespace room {

namespace {

// Comuni on the rivers of the metropolitan city: their plans cover the
// hydraulic risk (Seveso, Lambro, Olona, Ticino, Adda, Villoresi).
const char *const riverComuni[] = { "Milano", "Bresso", "Cormano", "Cusano Milanino", "Paderno Dugnano",
    "Sesto San Giovanni", "Cologno Monzese", "Cinisello Balsamo", "Senago", "Varedo", "Rho", "Pero", "Legnano",
    "San Vittore Olona", "Canegrate", "Parabiago", "Nerviano", "Abbiategrasso", "Turbigo", "Robecchetto con Induno",
    "Boffalora sopra Ticino", "Bernate Ticino", "Cuggiono", "Motta Visconti", "Besate", "Morimondo", "Cassano d'Adda",
    "Trezzo sull'Adda", "Vaprio d'Adda", "Truccazzano", "San Donato Milanese", "San Giuliano Milanese", "Melegnano",
    "Cerro al Lambro", "San Zenone al Lambro", "Peschiera Borromeo", "Segrate" };
// Comuni of the Ticino park's woods: forest fires.
const char *const woodComuni[] = { "Turbigo", "Robecchetto con Induno", "Cuggiono", "Bernate Ticino",
    "Boffalora sopra Ticino", "Magenta", "Robecco sul Naviglio", "Abbiategrasso", "Ozzero", "Morimondo", "Besate",
    "Motta Visconti", "Castano Primo", "Nosate" };

bool named(const char *const *names, int count, const QString &name)
{
    for (int i = 0; i < count; ++i)
        if (name == QString::fromUtf8(names[i]))
            return true;
    return false;
}

class PlansDemo {
public:
    explicit PlansDemo(core::DemoContext &context)
        : m_c(context)
        , m_now(core::demoNow(context))
        , m_today(m_now.date())
    {
    }

    core::Status run();

private:
    int bounded(int from, int to) { return int(m_random.bounded(from, to + 1)); }
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }
    core::Status plans(const QList<QPair<int, QString>> &comuni);
    core::Status cocs(const QList<QPair<int, QString>> &comuni);
    qint64 eventNamed(const QString &name) const;

    core::DemoContext &m_c;
    QDateTime m_now;
    QDate m_today;
    QRandomGenerator m_random { 19062001 };
};

qint64 PlansDemo::eventNamed(const QString &name) const
{
    auto v = core::queryValue(m_c.db, QStringLiteral("SELECT id FROM activation_event WHERE name = ?"), { name });
    return v && v->isValid() ? v->toLongLong() : 0;
}

core::Status PlansDemo::plans(const QList<QPair<int, QString>> &comuni)
{
    PlanRepository repository(m_c.db);
    for (const auto &[id, name] : comuni) {
        PlanState p;
        p.comuneId = id;
        // Risks: snow and ice and heat waves almost everywhere, rivers and
        // woods where they are, industry and transport often.
        const bool river = named(riverComuni, int(std::size(riverComuni)), name);
        const bool wood = named(woodComuni, int(std::size(woodComuni)), name);
        if (chance(92))
            p.risks.append(Risk::SnowIce);
        if (chance(70))
            p.risks.append(Risk::HeatWave);
        if (river)
            p.risks.append(Risk::Hydraulic);
        if (river ? chance(40) : chance(15))
            p.risks.append(Risk::Hydrogeological);
        if (wood)
            p.risks.append(Risk::Wildfire);
        if (name == QLatin1String("Milano") || chance(35))
            p.risks.append(Risk::Industrial);
        if (chance(50))
            p.risks.append(Risk::Transport);
        if (chance(8))
            p.risks.append(Risk::Seismic);
        p.recorded = true;
        // A few comuni without a plan (or still drafting it).
        p.hasPlan = name == QLatin1String("Milano") || !chance(5);
        if (p.hasPlan) {
            // Where the revision is due on the demo's day: most ahead, some
            // within the 90 days, about a quarter behind.
            const int roll = bounded(0, 99);
            const int offset = roll < 64 ? bounded(planDueWindowDays + 1, 1000)
                : roll < 74                ? bounded(0, planDueWindowDays)
                                           : -bounded(1, 1600);
            const QDate due = m_today.addDays(offset);
            const QDate last = due.addYears(-planRevisionYears);
            // Approved earlier, and revised on `last`; or approved on `last`
            // and never revised (a third of them).
            if (chance(33) && last >= QDate(2004, 1, 1)) {
                p.approvedOn = last;
            } else {
                p.approvedOn = QDate(bounded(2004, std::max(2004, last.year() - 1)), bounded(1, 12), bounded(1, 28));
                if (p.approvedOn >= last)
                    p.approvedOn = last.addYears(-2);
                p.revisedOn = last;
            }
            p.revisionDue = due;
            p.inPortal = chance(85);
            p.act = QStringLiteral("Delibera C.C. n. %1 del %2")
                        .arg(bounded(3, 68))
                        .arg(p.approvedOn.toString(QStringLiteral("dd/MM/yyyy")));
            if (!p.revisedOn.isValid() && !p.inPortal)
                p.notes = QStringLiteral("Aggiornamento in corso con il supporto della Città metropolitana.");
        } else {
            p.notes = QStringLiteral("Piano in redazione: bozza inviata alla Città metropolitana.");
        }
        p = normalisedPlan(p);
        if (auto s = validatePlan(p, m_today); !s)
            return s.error();
        if (auto saved = repository.save(p); !saved)
            return saved.error();
    }
    return {};
}

core::Status PlansDemo::cocs(const QList<QPair<int, QString>> &comuni)
{
    PlanRepository repository(m_c.db);
    const QString author = QStringLiteral("coordinatrice");
    auto record = [&](int comuneId, bool open, const QDateTime &since, qint64 eventId, const QString &note) -> core::Status {
        if (since >= m_now)
            return {};
        CocChange c;
        c.comuneId = comuneId;
        c.active = open;
        c.since = since;
        c.eventId = eventId;
        c.note = note;
        auto r = repository.recordCoc(c, author, m_now);
        if (!r)
            return r.error();
        return {};
    };
    // Covid: every comune opened its COC between 23/02 and 12/03/2020 and
    // closed it by the end of the state of emergency (31/03/2022).
    const qint64 covid = eventNamed(QStringLiteral("Emergenza COVID-19"));
    QList<int> seveso;
    for (const auto &[id, name] : comuni) {
        const QDateTime opened(QDate(2020, 2, 23).addDays(bounded(0, 18)), QTime(bounded(8, 20), bounded(0, 3) * 15));
        if (auto s = record(id, true, opened, covid, QStringLiteral("Emergenza sanitaria COVID-19")); !s)
            return s;
        // Along the Seveso the COCs were closed over the summer of 2020 and
        // opened again for the October alert.
        const bool onSeveso = named(riverComuni, 10, name);
        const QDate closedOn = onSeveso ? QDate(2020, 6, 1).addDays(bounded(0, 110))
            : chance(30)                ? QDate(2022, 3, 31)
                                        : QDate(2020, 6, 1).addDays(bounded(0, 600));
        if (auto s = record(id, false, QDateTime(closedOn, QTime(18, 0)), covid, QString()); !s)
            return s;
        if (onSeveso)
            seveso.append(id);
    }
    // The Seveso alert of October 2020: the comuni along the river.
    const qint64 alert = eventNamed(QStringLiteral("Allerta idrogeologica Seveso - ottobre 2020"));
    for (int id : std::as_const(seveso)) {
        const QDateTime opened(QDate(2020, 10, 2), QTime(bounded(20, 23), bounded(0, 3) * 15));
        if (auto s = record(id, true, opened, alert, QStringLiteral("Seveso in piena, attivazione in fase di preallarme")); !s)
            return s;
        if (auto s = record(id, false, QDateTime(QDate(2020, 10, 4), QTime(bounded(9, 17), 0)), alert, QString()); !s)
            return s;
    }
    // Open on the demo's day: two comuni on the Seveso since yesterday evening.
    for (int i = 0; i < std::min<int>(2, int(seveso.size())); ++i) {
        const QDateTime opened(m_today.addDays(-1), QTime(21, 30 + i * 15));
        if (auto s = record(seveso.at(i), true, opened, 0,
                QStringLiteral("Allerta idrogeologica codice arancione: Seveso sopra la soglia"));
            !s)
            return s;
    }
    return {};
}

core::Status PlansDemo::run()
{
    auto q = core::runQuery(m_c.db,
        QStringLiteral("SELECT c.id, c.name FROM comune_cmm m JOIN comune c ON c.id = m.comune_id ORDER BY c.id"));
    if (!q)
        return q.error();
    QList<QPair<int, QString>> comuni;
    while (q->next())
        comuni.append({ q->value(0).toInt(), q->value(1).toString() });
    if (comuni.isEmpty())
        return {};
    const core::FixedClock clock(m_now);
    core::AuthService auth(m_c.db, clock);
    if (auto signedIn = auth.signIn(QStringLiteral("coordinatrice"), core::demoPassword); !signedIn)
        return signedIn.error();
    core::Status result = [&]() -> core::Status {
        core::Transaction tx(m_c.db);
        if (!tx)
            return tx.error();
        if (auto s = plans(comuni); !s)
            return s;
        if (auto s = cocs(comuni); !s)
            return s;
        return tx.commit();
    }();
    auth.signOut();
    return result;
}

} // namespace

core::Status runPlansDemo(core::DemoContext &context)
{
    return PlansDemo(context).run();
}

} // namespace room

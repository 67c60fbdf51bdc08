#include "deliveries/demo/deliverydemo.h"

#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "deliveries/domain/allocationservice.h"
#include "deliveries/demo/deliverydemodata.h"
#include "deliveries/demo/deliverydemohistory.h"
#include "deliveries/domain/deliveryservice.h"
#include "deliveries/domain/recipientrepository.h"
#include "deliveries/domain/requestservice.h"
#include "stock/domain/receiptservice.h"
#include "stock/demo/stockdemodata.h"
#include "stock/domain/stockservice.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace deliveries {

using core::Error;
using core::Result;
using core::Status;
using namespace deliveries::demo;

namespace {

constexpr int publishedDistributions = 1474;

struct ComuneInfo {
    int id = 0;
    QString name;
    qint64 population = 0;
};

// Splits `total` in proportion to `weights`, in whole units, by the same
// largest-remainder method the allocations use.
QList<qint64> split(qint64 total, const QList<qint64> &weights)
{
    QList<AllocationClaim> claims;
    for (int i = 0; i < weights.size(); ++i)
        claims.append({ QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0')), weights.at(i) * (total + 1), 0 });
    QList<qint64> parts;
    auto outcome = EquitableAllocation::allocate(claims, total, Weighting::Request);
    for (const ClaimShare &s : outcome->shares)
        parts.append(s.allocated);
    return parts;
}

class DemoWriter {
public:
    explicit DemoWriter(core::DemoContext &context)
        : m_context(context)
        , m_db(context.db)
        , m_clock(QDateTime(context.today, QTime(12, 0)))
    {
    }

    Status loadReference()
    {
        auto categories = core::runQuery(m_db, QStringLiteral("SELECT code, id FROM goods_category"));
        if (!categories)
            return categories.error();
        while (categories->next())
            m_categories.insert(categories->value(0).toString(), categories->value(1).toLongLong());
        auto items = core::runQuery(m_db, QStringLiteral("SELECT code, id FROM stock_item"));
        if (!items)
            return items.error();
        while (items->next())
            m_items.insert(items->value(0).toString(), items->value(1).toLongLong());
        auto comuni = core::runQuery(m_db,
            QStringLiteral("SELECT c.id, c.name, m.population FROM comune_cmm m JOIN comune c ON c.id = m.comune_id "
                           "ORDER BY c.name"));
        if (!comuni)
            return comuni.error();
        while (comuni->next())
            m_comuni.append({ comuni->value(0).toInt(), comuni->value(1).toString(), comuni->value(2).toLongLong() });
        return {};
    }

    Status createRecipients()
    {
        RecipientRepository repository(m_db);
        for (const RecipientSpec &spec : recipientSpecs()) {
            Recipient r;
            r.kind = spec.kind;
            r.name = QString::fromUtf8(spec.name);
            r.comuneId = comuneId(QString::fromUtf8(spec.comune));
            r.address = QString::fromUtf8(spec.address);
            r.contact = QString::fromUtf8(spec.contact);
            r.phone = QString::fromUtf8(spec.phone);
            // The town hall's CAP: right for most comuni, one of several in the larger ones.
            if (auto cap = core::queryValue(
                    m_db, QStringLiteral("SELECT cap FROM comune_cmm WHERE comune_id = ?"), { r.comuneId });
                cap && cap->isValid())
                r.cap = cap->toString();
            // A little off the comune's centre, so that two recipients of
            // one comune are two stops.
            auto centre = core::queryValue(
                m_db, QStringLiteral("SELECT lat || ',' || lon FROM comune_cmm WHERE comune_id = ?"), { r.comuneId });
            if (centre && centre->isValid()) {
                const QStringList ll = centre->toString().split(QLatin1Char(','));
                r.coordinate = QGeoCoordinate(ll.value(0).toDouble() + (m_context.random.generateDouble() - 0.5) * 0.01,
                    ll.value(1).toDouble() + (m_context.random.generateDouble() - 0.5) * 0.014);
            }
            auto id = repository.save(r);
            if (!id)
                return id.error();
            m_recipients[spec.kind].append(*id);
        }
        return {};
    }

    // Autumn 2020: three batches of 350 flu-vaccine kits, one per assembly.
    Status fluVaccineKits()
    {
        const qint64 kit = m_items.value(QStringLiteral("KIT-VAX"));
        const QList<qint64> hubs = m_recipients.value(RecipientKind::AtsHub);
        const QList<qint64> rsa = m_recipients.value(RecipientKind::Rsa);
        for (int batch = 0; batch < 3; ++batch) {
            const QDate assembled = QDate(2020, 10, 6).addDays(7 * batch);
            QList<qint64> requests;
            auto ask = [&](qint64 recipient, qint64 kits, const QDate &on) -> Status {
                auto id = createRequest(recipient, on, { { 0, 0, kit, kits, {}, true } },
                    QStringLiteral("Campagna antinfluenzale 2020: kit per la vaccinazione"));
                if (!id)
                    return id.error();
                requests.append(*id);
                return {};
            };
            for (int i = 0; i < hubs.size(); ++i)
                if (auto s = ask(hubs.at(i), 35 + m_context.random.bounded(26), assembled.addDays(-5 + i % 3)); !s)
                    return s;
            for (int i = 0; i < 6; ++i)
                if (auto s = ask(
                        rsa.at((batch * 6 + i) % rsa.size()), 12 + m_context.random.bounded(14), assembled.addDays(-4));
                    !s)
                    return s;
            const QDate allocated = assembled.addDays(1);
            if (auto a = allocateAndDeliver(requests, allocated, { { QStringLiteral("i%1").arg(kit), 350 } },
                    UnmetPolicy::Close, { allocated.addDays(1), allocated.addDays(2) });
                !a)
                return a.error();
        }
        return {};
    }

    // DPI and swab kits to GPs, paediatricians, RSA and hospitals.
    Status dpiDeliveries()
    {
        QList<qint64> recipients;
        for (RecipientKind k : { RecipientKind::Mmg, RecipientKind::Pls, RecipientKind::Rsa, RecipientKind::Hospital })
            recipients += m_recipients.value(k);
        stock::StockService stock(m_db, m_clock);
        DeliveryService service(m_db, m_clock);
        int turn = 0;
        for (QDate day(2020, 11, 17); day <= QDate(2021, 2, 25); day = day.addDays(1)) {
            if (day.dayOfWeek() != Qt::Tuesday && day.dayOfWeek() != Qt::Thursday)
                continue;
            if (day == QDate(2020, 12, 24) || day == QDate(2020, 12, 31))
                continue;
            const int count = 2 + int(m_context.random.bounded(2));
            for (int n = 0; n < count; ++n, ++turn) {
                const qint64 recipientId = recipients.at((turn * 5) % recipients.size());
                auto recipient = RecipientRepository(m_db).recipient(recipientId);
                if (!recipient)
                    return recipient.error();
                struct Want {
                    const char *code;
                    qint64 low, high, step;
                };
                QList<Want> wants;
                switch (recipient->kind) {
                case RecipientKind::Rsa:
                    wants = { { "DPI-FFP2", 200, 400, 20 }, { "DPI-CHIR", 500, 1000, 50 },
                        { "DPI-GUANTI", 300, 500, 50 }, { "DPI-CAMICI", 50, 100, 10 }, { "DPI-GEL", 24, 48, 12 } };
                    break;
                case RecipientKind::Hospital:
                    wants = { { "DPI-CHIR", 1000, 2000, 50 }, { "DPI-GUANTI", 500, 1000, 50 },
                        { "KIT-TAMP", 100, 200, 25 }, { "DPI-CAMICI", 100, 100, 10 } };
                    break;
                default:
                    wants = { { "DPI-FFP2", 100, 200, 20 }, { "DPI-CHIR", 250, 500, 50 },
                        { "DPI-GUANTI", 100, 200, 50 }, { "KIT-TAMP", 25, 50, 25 }, { "DPI-GEL", 12, 12, 12 } };
                    break;
                }
                DeliveryDraft draft;
                draft.recipientId = recipientId;
                draft.date = day;
                draft.time = QTime(14, 0).addSecs(n * 2700);
                const VehicleSpec &v = vehicleSpecs().at(turn % 2);
                draft.vehicle = QString::fromUtf8(v.vehicle);
                draft.organisation = QString::fromUtf8(v.organisation);
                draft.driver = QString::fromUtf8(v.driver);
                draft.reason = TransportReason::FreeTransfer;
                draft.notes = QStringLiteral("Fornitura ATS per l'emergenza COVID-19");
                for (const Want &w : wants) {
                    const qint64 item = m_items.value(QLatin1String(w.code));
                    auto available = stock.available({ item, 0, 0, day });
                    if (!available)
                        return available.error();
                    qint64 quantity
                        = w.low + qint64(m_context.random.bounded(int((w.high - w.low) / w.step + 1))) * w.step;
                    quantity = std::min(quantity, *available / w.step * w.step);
                    if (quantity > 0)
                        draft.lines.append(itemLine(item, quantity));
                }
                if (draft.lines.isEmpty())
                    continue;
                at(day, QTime(9, 30));
                auto id = service.save(draft);
                if (!id)
                    return id.error();
                if (auto s = deliverNow(*id, day, draft.time); !s)
                    return s;
            }
        }
        return {};
    }

    // 01/12/2020 - 19/03/2021: the published distributions, week by week.
    Status publishedFood()
    {
        const QSet<QDate> closed = { QDate(2020, 12, 8), QDate(2020, 12, 24), QDate(2020, 12, 25), QDate(2020, 12, 31),
            QDate(2021, 1, 1), QDate(2021, 1, 6) };
        QList<QDate> mondays;
        QList<QList<QDate>> days;
        for (QDate monday(2020, 11, 30); monday <= QDate(2021, 3, 15); monday = monday.addDays(7)) {
            QList<QDate> week;
            for (int d = 1; d <= 4; ++d)
                if (!closed.contains(monday.addDays(d)))
                    week.append(monday.addDays(d));
            mondays.append(monday);
            days.append(week);
        }
        QList<qint64> dayWeights;
        for (const QList<QDate> &week : days)
            dayWeights.append(week.size());
        const QList<qint64> perWeek = split(publishedDistributions, dayWeights);
        QHash<QString, QList<qint64>> quotaKg; // category -> kg per week
        QHash<QString, core::Grams> target, issued;
        for (const auto &[code, kg] : stock::demo::publishedKg())
            quotaKg.insert(QLatin1String(code), split(kg, dayWeights));

        for (int w = 0; w < mondays.size(); ++w) {
            core::Transaction tx(m_db);
            if (!tx)
                return tx.error();
            const QDate monday = mondays.at(w);
            // The week's quota of each category, correcting any difference
            // left by earlier weeks so that the period adds up exactly.
            // In the last week a margin is kept for the closing delivery,
            // which makes up the exact published figure (see closeExactly).
            const bool last = w == mondays.size() - 1;
            QHash<QString, qint64> quota;
            for (auto it = quotaKg.constBegin(); it != quotaKg.constEnd(); ++it) {
                target[it.key()] += it.value().at(w) * core::gramsPerKg;
                qint64 kg = std::max<qint64>(0, (target.value(it.key()) - issued.value(it.key())) / core::gramsPerKg);
                if (last)
                    kg = std::max<qint64>(0, kg - std::max<qint64>(40, kg / 16));
                quota.insert(it.key(), kg);
            }
            const QList<ComuneInfo> asking = sampleComuni(int(perWeek.at(w)));
            // Who asks for what.
            QList<QSet<QString>> wanted(asking.size());
            for (int i = 0; i < asking.size(); ++i) {
                for (const FoodHabit &h : foodHabits())
                    if (int(m_context.random.bounded(100)) < h.percentAsking)
                        wanted[i].insert(QLatin1String(h.category));
                if (wanted.at(i).isEmpty())
                    wanted[i].insert(QStringLiteral("formaggi_latticini"));
            }
            for (auto it = quota.constBegin(); it != quota.constEnd(); ++it)
                if (it.value() > 0 && std::none_of(wanted.begin(), wanted.end(), [&](const QSet<QString> &s) {
                        return s.contains(it.key());
                    }))
                    wanted[0].insert(it.key()); // the largest comune asks for it
            // How much: about 1.4 times the week's quota in all, more for larger comuni.
            QHash<int, QList<RequestLine>> lines;
            for (const FoodHabit &h : foodHabits()) {
                const QString code = QLatin1String(h.category);
                QList<double> weights(asking.size(), 0.0);
                double sum = 0;
                for (int i = 0; i < asking.size(); ++i)
                    if (wanted.at(i).contains(code)) {
                        weights[i] = std::pow(double(asking.at(i).population), 0.6)
                            * (0.7 + 0.7 * m_context.random.generateDouble());
                        sum += weights.at(i);
                    }
                for (int i = 0; i < asking.size(); ++i)
                    if (weights.at(i) > 0) {
                        const qint64 kg
                            = std::max<qint64>(5, std::llround(1.4 * double(quota.value(code)) * weights.at(i) / sum));
                        lines[i].append({ 0, m_categories.value(code), 0, kg * core::gramsPerKg, {}, false });
                    }
            }
            QList<qint64> requests;
            for (int i = 0; i < asking.size(); ++i) {
                const QDate on = monday.addDays(-3 - int(m_context.random.bounded(2)));
                auto id = createRequest(asking.at(i).id, on, lines.value(i), QString(),
                    QStringLiteral("CS-%1-%2").arg(on.toString(QStringLiteral("yyMMdd"))).arg(asking.at(i).id));
                if (!id)
                    return id.error();
                requests.append(*id);
            }
            QHash<QString, qint64> available;
            for (auto it = quota.constBegin(); it != quota.constEnd(); ++it)
                available.insert(QStringLiteral("c%1").arg(m_categories.value(it.key())), it.value());
            qint64 heldBack = 0;
            auto allocation = allocateAndDeliver(
                requests, monday, available, UnmetPolicy::Close, days.at(w), last ? &heldBack : nullptr);
            if (!allocation)
                return allocation.error();
            if (heldBack)
                if (auto s = closeExactly(heldBack, target); !s)
                    return s;
            auto sums = core::runQuery(m_db,
                QStringLiteral(
                    "SELECT g.code, sum(l.grams) FROM delivery d JOIN delivery_line l ON l.delivery_id = d.id "
                    "JOIN goods_category g ON g.id = l.category_id WHERE d.allocation_id = ? GROUP BY g.code"),
                { *allocation });
            if (!sums)
                return sums.error();
            while (sums->next())
                issued[sums->value(0).toString()] += sums->value(1).toLongLong();
            if (auto s = tx.commit(); !s)
                return s;
            m_context.progress(QStringLiteral("deliveries: %1").arg(monday.toString(QStringLiteral("yyyy-MM-dd"))));
        }
        return {};
    }

    // Today: requests waiting, last week's round delivered (one returned),
    // today's round planned (one already loaded).
    Status currentSituation()
    {
        const QDate today = m_context.today;
        core::Transaction tx(m_db);
        if (!tx)
            return tx.error();
        const QList<QPair<const char *, int>> recent = { { "pasta_riso", 30 }, { "altri_alimentari", 25 },
            { "bevande", 45 }, { "pane_dolci", 15 }, { "formaggi_latticini", 10 } };
        auto roundOf = [&](int count, const QDate &on, int offset) -> Result<QList<qint64>> {
            QList<qint64> ids;
            for (int i = 0; i < count; ++i) {
                const ComuneInfo &c = m_comuni.at((offset + i * 17) % m_comuni.size());
                QList<RequestLine> lines;
                for (const auto &[code, base] : recent)
                    if (m_context.random.bounded(100) < 60 || lines.isEmpty())
                        lines.append({ 0, m_categories.value(QLatin1String(code)), 0,
                            (base + qint64(m_context.random.bounded(base))) * core::gramsPerKg, {}, false });
                auto id = createRequest(c.id, on.addDays(-int(m_context.random.bounded(3))), lines, QString(),
                    QStringLiteral("CS-%1-%2").arg(on.toString(QStringLiteral("yyMMdd"))).arg(c.id));
                if (!id)
                    return id.error();
                ids.append(*id);
            }
            return ids;
        };
        // Last week's allocation: delivered in the days before today, and today.
        const QDate lastWeek = today.addDays(-7);
        auto past = roundOf(14, lastWeek, 5);
        if (!past)
            return past.error();
        AllocationService allocations(m_db, m_clock);
        at(lastWeek, QTime(9, 0));
        AllocationSetup setup;
        setup.date = lastWeek;
        setup.requestIds = *past;
        setup.weighting = Weighting::Population;
        setup.unmet = UnmetPolicy::CarryOver;
        auto plan = allocations.plan(setup);
        if (!plan)
            return plan.error();
        for (AllocationPoolPlan &pool : plan->pools) { // what the week could spare
            pool.available = std::min(pool.available, pool.requested * 3 / 4);
            if (auto s = AllocationService::share(pool, setup.weighting); !s)
                return s;
        }
        if (!plan->pools.isEmpty() && plan->pools.first().lines.size() > 1) { // one override, with its reason
            AllocationPoolPlan &pool = plan->pools.first();
            const int line = int(pool.lines.size()) - 1;
            const qint64 units = std::max<qint64>(0, pool.lines.at(line).allocated - 2);
            if (auto s = AllocationService::override(
                    pool, line, units, QStringLiteral("Il COC ha ricevuto una donazione locale"));
                !s)
                return s;
        }
        auto allocationId = allocations.confirm(
            *plan, QStringLiteral("Ripartizione settimanale"), QStringLiteral("Nessuna disponibilità"));
        if (!allocationId)
            return allocationId.error();
        QList<QDate> when;
        for (int d = 6; d >= 0; --d)
            if (today.addDays(-d).dayOfWeek() <= 5)
                when.append(today.addDays(-d));
        auto ids = allocations.createDeliveries(
            *allocationId, { lastWeek.addDays(1) }, [&](DeliveryDraft &draft, int index) {
                // Five for today, the rest on the working days before.
                draft.date = index < 5 ? today : when.at(index % std::max<qsizetype>(1, when.size() - 1));
                const VehicleSpec &v = vehicleSpecs().at(index < 5 ? index % 2 : index % 3);
                draft.vehicle = QString::fromUtf8(v.vehicle);
                draft.organisation = QString::fromUtf8(v.organisation);
                draft.driver = QString::fromUtf8(v.driver);
                draft.time = QTime(8, 30).addSecs((index / 2) * 2400);
            });
        if (!ids)
            return ids.error();
        DeliveryService service(m_db, m_clock);
        for (int i = 0; i < ids->size(); ++i) {
            const qint64 id = ids->at(i);
            auto d = core::queryValue(m_db,
                QStringLiteral("SELECT delivery_date || ' ' || delivery_time FROM delivery WHERE id = ?"), { id });
            if (!d)
                return d.error();
            const QDate date = core::fromSqlDate(d->toString().left(10));
            const QTime time = QTime::fromString(d->toString().mid(11), QStringLiteral("HH:mm"));
            if (date == today) {
                if (i == 0) { // on the road
                    at(today, QTime(8, 0));
                    if (auto s = service.load(id); !s)
                        return s;
                }
                continue;
            }
            if (i == 6) { // nobody at the COC: the goods came back
                at(date, time);
                if (auto s = service.load(id); !s)
                    return s;
                at(date, QTime(17, 30));
                if (auto s = service.returnDelivery(
                        id, date, QStringLiteral("COC chiuso all'arrivo: merce riportata in magazzino"));
                    !s)
                    return s;
                continue;
            }
            if (auto s = deliverNow(id, date, time); !s)
                return s;
        }
        // Requests of this week, waiting for the next allocation; one cancelled.
        auto waiting = roundOf(12, today, 40);
        if (!waiting)
            return waiting.error();
        at(today, QTime(9, 15));
        if (auto s = RequestService(m_db, m_clock)
                         .cancel(waiting->constLast(), QStringLiteral("Richiesta inviata due volte dal COC"));
            !s)
            return s;
        return tx.commit();
    }

private:
    void at(const QDate &date, const QTime &time) { m_clock.set(QDateTime(date, time)); }

    int comuneId(const QString &name) const
    {
        for (const ComuneInfo &c : m_comuni)
            if (c.name == name)
                return c.id;
        return m_comuni.isEmpty() ? 0 : m_comuni.constFirst().id;
    }

    DeliveryLine itemLine(qint64 item, qint64 quantity) const
    {
        DeliveryLine l;
        l.itemId = item;
        l.quantity = quantity;
        return l;
    }

    // N comuni, the larger more likely (weighted sampling without
    // replacement, Efraimidis-Spirakis), largest first.
    QList<ComuneInfo> sampleComuni(int n)
    {
        QList<QPair<double, int>> keys;
        for (int i = 0; i < m_comuni.size(); ++i) {
            const double weight = std::sqrt(double(std::max<qint64>(1, m_comuni.at(i).population)));
            keys.append({ std::log(1.0 - m_context.random.generateDouble()) / weight, i });
        }
        std::sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QList<ComuneInfo> chosen;
        for (int i = 0; i < n && i < keys.size(); ++i)
            chosen.append(m_comuni.at(keys.at(i).second));
        std::sort(chosen.begin(), chosen.end(),
            [](const ComuneInfo &a, const ComuneInfo &b) { return a.population > b.population; });
        return chosen;
    }

    // A request as the booking platform sends it (with its booking id), or
    // typed by hand.
    Result<qint64> createRequest(qint64 recipientId, const QDate &on, const QList<RequestLine> &lines,
        const QString &notes, const QString &externalRef = {})
    {
        at(on, QTime(10, 0).addSecs(int(m_context.random.bounded(7 * 3600))));
        RequestDraft draft;
        draft.recipientId = recipientId;
        draft.requestedOn = on;
        draft.notes = notes;
        draft.externalRef = externalRef;
        draft.lines = lines;
        RequestService service(m_db, m_clock);
        if (externalRef.isEmpty())
            return service.create(draft);
        core::Transaction tx(m_db);
        if (!tx)
            return tx.error();
        if (auto s = service.validate(draft); !s)
            return s.error();
        auto id = service.insert(draft, QStringLiteral("import"));
        if (!id)
            return id;
        if (auto s = tx.commit(); !s)
            return s.error();
        return id;
    }

    // Shares the requests' goods (available: pool key -> units; absent:
    // what is in stock), records it, plans one delivery per request over
    // `days` with the demo's vehicles, and delivers them.
    Result<qint64> allocateAndDeliver(const QList<qint64> &requests, const QDate &date,
        const QHash<QString, qint64> &available, UnmetPolicy unmet, const QList<QDate> &days,
        qint64 *heldBack = nullptr)
    {
        at(date, QTime(9, 0));
        AllocationService allocations(m_db, m_clock);
        AllocationSetup setup;
        setup.date = date;
        setup.requestIds = requests;
        setup.unmet = unmet;
        setup.available = available;
        auto plan = allocations.plan(setup);
        if (!plan)
            return plan.error();
        auto allocationId = allocations.confirm(*plan, QStringLiteral("Ripartizione settimanale"),
            QStringLiteral("Nessuna assegnazione: disponibilità esaurita"));
        if (!allocationId)
            return allocationId.error();
        const int total = int(requests.size());
        auto ids = allocations.createDeliveries(
            *allocationId, { days.value(0, date) }, [&](DeliveryDraft &draft, int index) {
                const int day = index * int(days.size()) / std::max(1, total);
                draft.date = days.value(day, date);
                const int firstOfDay = (day * total + int(days.size()) - 1) / int(days.size());
                const int slot = index - firstOfDay;
                const VehicleSpec &v = vehicleSpecs().at(slot % vehicleSpecs().size());
                draft.vehicle = QString::fromUtf8(v.vehicle);
                draft.organisation = QString::fromUtf8(v.organisation);
                draft.driver = QString::fromUtf8(v.driver);
                draft.time = QTime(8, 30).addSecs((slot / int(vehicleSpecs().size())) * 2700);
            });
        if (!ids)
            return ids.error();
        for (qint64 id : *ids) {
            if (heldBack && !*heldBack) { // the first: the largest comune's
                *heldBack = id;
                continue;
            }
            auto d = core::queryValue(m_db,
                QStringLiteral("SELECT delivery_date || ' ' || delivery_time FROM delivery WHERE id = ?"), { id });
            if (!d)
                return d.error();
            if (auto s = deliverNow(id, core::fromSqlDate(d->toString().left(10)),
                    QTime::fromString(d->toString().mid(11), QStringLiteral("HH:mm")));
                !s)
                return s.error();
        }
        return *allocationId;
    }

    // The last delivery of the period makes up exactly what is missing from
    // the published kg of each category: goods by weight (grams), taken
    // from the stock on its day; if the warehouse has no goods by weight of
    // a category left, the missing grams arrive with a last donation.
    Status closeExactly(qint64 deliveryId, const QHash<QString, core::Grams> &target)
    {
        auto delivery = core::runQuery(m_db,
            QStringLiteral("SELECT d.delivery_date, d.delivery_time, d.recipient_id, d.request_id, d.allocation_id, "
                           "d.vehicle, d.driver, d.organisation "
                           "FROM delivery d WHERE d.id = ?"),
            { deliveryId });
        if (!delivery || !delivery->next())
            return delivery ? Error(QStringLiteral("deliveries.unknown_delivery")) : delivery.error();
        DeliveryDraft draft;
        draft.id = deliveryId;
        draft.date = core::fromSqlDate(delivery->value(0).toString());
        draft.time = QTime::fromString(delivery->value(1).toString(), QStringLiteral("HH:mm"));
        draft.recipientId = delivery->value(2).toLongLong();
        draft.requestId = delivery->value(3).toLongLong();
        draft.allocationId = delivery->value(4).toLongLong();
        draft.vehicle = delivery->value(5).toString();
        draft.driver = delivery->value(6).toString();
        draft.organisation = delivery->value(7).toString();
        draft.origin = DeliveryOrigin::Allocation;
        stock::StockService stock(m_db, m_clock);
        for (const auto &[code, kg] : stock::demo::publishedKg()) {
            const QString category = QLatin1String(code);
            auto issued = core::queryValue(m_db,
                QStringLiteral(
                    "SELECT coalesce(sum(l.grams), 0) FROM delivery d JOIN delivery_line l ON l.delivery_id = d.id "
                    "WHERE d.status = 'delivered' AND d.delivery_date BETWEEN '2020-12-01' AND '2021-03-19' AND "
                    "l.category_id = ?"),
                { m_categories.value(category) });
            if (!issued)
                return issued.error();
            core::Grams missing = target.value(category) - issued->toLongLong();
            if (missing < 0)
                return Error(QStringLiteral("deliveries.demo_overshoot"), { category, QString::number(-missing) });
            auto requestLine = core::queryValue(m_db,
                QStringLiteral("SELECT request_line_id FROM delivery_line WHERE delivery_id = ? AND category_id = ?"),
                { deliveryId, m_categories.value(category) });
            const qint64 requestLineId = requestLine && requestLine->isValid() ? requestLine->toLongLong() : 0;
            const stock::demo::ItemSpec *firstByWeight = nullptr;
            for (const stock::demo::ItemSpec &spec : stock::demo::itemSpecs()) {
                if (missing == 0)
                    break;
                if (QLatin1String(spec.category) != category || spec.unit != stock::Unit::Grams)
                    continue;
                if (!firstByWeight)
                    firstByWeight = &spec;
                const qint64 item = m_items.value(QLatin1String(spec.code));
                auto available = stock.available({ item, 0, 0, draft.date });
                if (!available)
                    return available.error();
                const core::Grams take = std::min(missing, *available);
                if (take > 0) {
                    DeliveryLine line = itemLine(item, take);
                    line.requestLineId = requestLineId;
                    draft.lines.append(line);
                    missing -= take;
                }
            }
            if (missing > 0 && firstByWeight) {
                if (auto s = receiveLastDonation(*firstByWeight, missing, draft.date); !s)
                    return s;
                DeliveryLine line = itemLine(m_items.value(QLatin1String(firstByWeight->code)), missing);
                line.requestLineId = requestLineId;
                draft.lines.append(line);
            }
        }
        at(draft.date, QTime(8, 0));
        if (auto id = DeliveryService(m_db, m_clock).save(draft); !id)
            return id.error();
        return deliverNow(deliveryId, draft.date, draft.time);
    }

    Status receiveLastDonation(const stock::demo::ItemSpec &spec, core::Grams grams, const QDate &date)
    {
        QString donorName = QStringLiteral("Distribuzione Alimentare Nord S.p.A.");
        for (const stock::demo::DonorSpec &d : stock::demo::donorSpecs())
            if (d.kind == stock::DonorKind::Company
                && std::any_of(d.categories.begin(), d.categories.end(),
                    [&](const char *c) { return qstrcmp(c, spec.category) == 0; })) {
                donorName = QString::fromUtf8(d.name);
                break;
            }
        auto donor = core::queryValue(m_db, QStringLiteral("SELECT id FROM stock_donor WHERE name = ?"), { donorName });
        if (!donor)
            return donor.error();
        stock::ReceiptDraft receipt;
        receipt.donorId = donor->toLongLong();
        receipt.date = date;
        receipt.documentRef = QStringLiteral("DDT %1/%2").arg(300 + m_context.random.bounded(600)).arg(date.year());
        receipt.notes = QStringLiteral("Ultima donazione del periodo");
        stock::ReceiptLine line;
        line.itemId = m_items.value(QLatin1String(spec.code));
        line.quantity = grams;
        line.lotCode = QStringLiteral("L%1Z").arg(date.toString(QStringLiteral("yyMMdd")));
        if (spec.shelfMax > 0)
            line.expiry = date.addDays(spec.shelfMin);
        receipt.lines.append(line);
        at(date, QTime(7, 30));
        auto recorded = stock::ReceiptService(m_db, m_clock).record(receipt);
        if (!recorded)
            return recorded.error();
        return {};
    }

    Status deliverNow(qint64 id, const QDate &date, const QTime &time)
    {
        at(date, time.isValid() ? time : QTime(10, 0));
        const QString signedBy = signatories().at(int(m_context.random.bounded(int(signatories().size()))));
        const QDateTime signedAt(
            date, (time.isValid() ? time : QTime(10, 0)).addSecs(1800 + int(m_context.random.bounded(3600))));
        return m_deliveries.deliver(id, signedBy, signedAt);
    }

    core::DemoContext &m_context;
    QSqlDatabase m_db;
    core::FixedClock m_clock;
    QHash<QString, qint64> m_categories;
    QHash<QString, qint64> m_items;
    QList<ComuneInfo> m_comuni;
    QMap<RecipientKind, QList<qint64>> m_recipients;
    DeliveryService m_deliveries { m_db, m_clock }; // keeps the items it has read
};

} // namespace

core::DemoStep demoStep()
{
    return { QStringLiteral("deliveries"), [](core::DemoContext &context) -> Status {
                DemoWriter writer(context);
                if (auto s = writer.loadReference(); !s)
                    return s;
                // Thousands of nested service calls are savepoints: their
                // journals in memory save a second of file writes. Only this
                // connection, which exists to build the demo.
                (void)core::runQuery(context.db, QStringLiteral("PRAGMA temp_store = MEMORY"));
                {
                    core::Transaction tx(context.db);
                    if (!tx)
                        return tx.error();
                    if (auto s = writer.createRecipients(); !s)
                        return s;
                    if (auto s = writer.fluVaccineKits(); !s)
                        return s;
                    if (auto s = writer.dpiDeliveries(); !s)
                        return s;
                    if (auto s = tx.commit(); !s)
                        return s;
                }
                if (auto s = writer.publishedFood(); !s)
                    return s;
                return writer.currentSituation();
            } };
}

core::DemoStep historyStep()
{
    return { QStringLiteral("deliveries-history"), [](core::DemoContext &context) -> Status {
                if (context.years <= 0)
                    return {};
                return recordInventedHistory(context);
            } };
}

} // namespace deliveries

#include "stock/demo/stockdemo.h"

#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "stock/domain/countservice.h"
#include "stock/domain/kitservice.h"
#include "stock/domain/receiptservice.h"
#include "stock/domain/stockcatalog.h"
#include "stock/demo/stockdemoactivity.h"
#include "stock/demo/stockdemodata.h"
#include "stock/domain/stockservice.h"

#include <QHash>
#include <QTimeZone>

#include <cmath>

namespace stock {

using core::Error;
using core::Result;
using core::Status;
using namespace stock::demo;

namespace {

// The demo's writes go through the module's services, so the demo data
// obeys the same rules as what people enter.
class DemoWriter {
public:
    explicit DemoWriter(core::DemoContext &context)
        : m_context(context), m_clock(QDateTime(context.today, QTime(12, 0))), m_db(context.db)
    {
    }

    Status loadIds()
    {
        auto items = core::runQuery(m_db, QStringLiteral("SELECT code, id FROM stock_item"));
        if (!items)
            return items.error();
        while (items->next())
            m_items.insert(items->value(0).toString(), items->value(1).toLongLong());
        auto donors = core::runQuery(m_db, QStringLiteral("SELECT name, id FROM stock_donor"));
        if (!donors)
            return donors.error();
        while (donors->next())
            m_donors.insert(donors->value(0).toString(), donors->value(1).toLongLong());
        auto locations = core::runQuery(m_db, QStringLiteral("SELECT code, id FROM stock_location"));
        if (!locations)
            return locations.error();
        while (locations->next())
            m_locations.insert(locations->value(0).toString(), locations->value(1).toLongLong());
        return {};
    }

    Status createMasterData()
    {
        StockCatalog catalog(m_db);
        auto comune = [this](const char *name) -> int {
            if (!*name)
                return 0;
            auto v = core::queryValue(m_db, QStringLiteral("SELECT id FROM comune WHERE name = ? AND province = 'MI'"),
                                      { QString::fromUtf8(name) });
            if (!v || !v->isValid()) // outside the metropolitan city (Lodi, Monza...)
                v = core::queryValue(m_db, QStringLiteral("SELECT id FROM comune WHERE name = ?"), { QString::fromUtf8(name) });
            return v && v->isValid() ? v->toInt() : 0;
        };
        const QList<Location> locations = {
            { 0, QStringLiteral("POLO-NORD"), QStringLiteral("Polo Colonna mobile Nord"), LocationKind::Pole, comune("Sesto San Giovanni"),
              QStringLiteral("Magazzino della Colonna mobile metropolitana"), false, true, 20 },
            { 0, QStringLiteral("POLO-SUD"), QStringLiteral("Polo Colonna mobile Sud"), LocationKind::Pole, comune("Lacchiarella"),
              QStringLiteral("Magazzino della Colonna mobile metropolitana"), false, true, 30 },
            { 0, QStringLiteral("COC-ROZZANO"), QStringLiteral("COC di Rozzano"), LocationKind::Coc, comune("Rozzano"),
              QStringLiteral("Sede del Centro operativo comunale"), false, true, 40 },
        };
        for (const Location &l : locations)
            if (auto id = catalog.saveLocation(l); !id)
                return id.error();
        for (const DonorSpec &spec : donorSpecs()) {
            Donor d;
            d.name = QString::fromUtf8(spec.name);
            d.kind = spec.kind;
            d.comuneId = comune(spec.comune);
            d.taxCode = QString::fromUtf8(spec.taxCode);
            d.contact = QString::fromUtf8(spec.contact);
            if (auto id = catalog.saveDonor(d); !id)
                return id.error();
        }
        auto categories = core::runQuery(m_db, QStringLiteral("SELECT code, id FROM goods_category"));
        if (!categories)
            return categories.error();
        QHash<QString, int> categoryIds;
        while (categories->next())
            categoryIds.insert(categories->value(0).toString(), categories->value(1).toInt());
        for (const ItemSpec &spec : itemSpecs()) {
            Item item;
            item.code = QString::fromUtf8(spec.code);
            item.name = QString::fromUtf8(spec.name);
            item.categoryId = categoryIds.value(QString::fromUtf8(spec.category));
            item.unit = spec.unit;
            item.gramsPerPiece = spec.gramsPerPiece;
            item.piecesPerPackage = spec.piecesPerPackage;
            item.tracksExpiry = spec.shelfMax > 0;
            item.minLevel = spec.minLevel;
            if (auto id = catalog.saveItem(item); !id)
                return id.error();
        }
        if (auto s = loadIds(); !s)
            return s;
        return catalog.saveKitRecipe(m_items.value(QStringLiteral("KIT-VAX")),
                                     { { m_items.value(QStringLiteral("DPI-FFP2")), 2 },
                                       { m_items.value(QStringLiteral("DPI-GUANTI")), 4 },
                                       { m_items.value(QStringLiteral("DPI-CAMICI")), 1 },
                                       { m_items.value(QStringLiteral("DPI-VISIERE")), 1 },
                                       { m_items.value(QStringLiteral("DPI-GEL")), 1 } });
    }

    const ItemSpec &spec(const QString &code) const
    {
        for (const ItemSpec &s : itemSpecs())
            if (QLatin1String(s.code) == code)
                return s;
        return itemSpecs().constFirst();
    }

    // A receipt line of `amount` grams (or pieces, for DPI and kits).
    ReceiptLine line(const QString &itemCode, const QDate &date, qint64 amount, bool amountIsGrams = true, int shelfDays = -1)
    {
        const ItemSpec &s = spec(itemCode);
        ReceiptLine l;
        l.itemId = m_items.value(itemCode);
        l.quantity = (s.unit == Unit::Pieces && amountIsGrams && s.gramsPerPiece > 0)
            ? (amount + s.gramsPerPiece - 1) / s.gramsPerPiece
            : amount;
        if (s.unit == Unit::Pieces && s.piecesPerPackage > 0 && amountIsGrams) // whole packages
            l.quantity = (l.quantity + s.piecesPerPackage - 1) / s.piecesPerPackage * s.piecesPerPackage;
        if (shelfDays < 0 && s.shelfMax > 0)
            shelfDays = s.shelfMin + int(m_context.random.bounded(s.shelfMax - s.shelfMin + 1));
        if (shelfDays > 0)
            l.expiry = date.addDays(shelfDays);
        const QDate produced = date.addDays(-1 - int(m_context.random.bounded(20)));
        l.lotCode = QStringLiteral("L%1%2%3")
                        .arg(produced.year() % 100, 2, 10, QLatin1Char('0'))
                        .arg(produced.dayOfYear(), 3, 10, QLatin1Char('0'))
                        .arg(QChar(QLatin1Char('A' + char(m_context.random.bounded(6)))));
        return l;
    }

    Result<RecordedReceipt> receive(const QString &donor, const QDate &date, const QList<ReceiptLine> &lines, const QString &document = {})
    {
        ReceiptDraft draft;
        draft.donorId = m_donors.value(donor);
        draft.date = date;
        draft.documentRef = document.isEmpty() ? QStringLiteral("DDT %1/%2").arg(1 + m_context.random.bounded(900)).arg(date.year())
                                               : document;
        draft.lines = lines;
        return ReceiptService(m_db, m_clock).record(draft);
    }

    // Food for the published period: see stockdemo.h.
    Status receivePeriodFood()
    {
        QList<QDate> slotDates;
        for (const QDate &d : { QDate(2020, 11, 23), QDate(2020, 11, 25), QDate(2020, 11, 27), QDate(2020, 11, 30) })
            slotDates.append(d);
        const int initialSlots = int(slotDates.size());
        for (QDate d(2020, 12, 3); d <= QDate(2021, 3, 11); d = d.addDays(1))
            if ((d.dayOfWeek() == Qt::Monday || d.dayOfWeek() == Qt::Thursday) && d != QDate(2020, 12, 24)
                && d != QDate(2020, 12, 31))
                slotDates.append(d);
        const int weeklySlots = int(slotDates.size()) - initialSlots;

        // Lines by (date, donor): one receipt each.
        QMap<QPair<QDate, QString>, QList<ReceiptLine>> receipts;
        int rotation = 0;
        for (const auto &[category, kg] : publishedKg()) {
            const qint64 total = qint64(std::ceil(double(kg) * 1.08)) * core::gramsPerKg;
            QList<const ItemSpec *> items;
            int shares = 0;
            for (const ItemSpec &s : itemSpecs())
                if (qstrcmp(s.category, category) == 0) {
                    items.append(&s);
                    shares += s.share;
                }
            QStringList donors;
            for (const DonorSpec &d : donorSpecs())
                if (std::any_of(d.categories.begin(), d.categories.end(), [&](const char *c) { return qstrcmp(c, category) == 0; }))
                    donors.append(QString::fromUtf8(d.name));
            for (int i = 0; i < slotDates.size(); ++i) {
                const QDate date = slotDates.at(i);
                const qint64 slotGrams = i < initialSlots ? total / 4 / initialSlots : total * 3 / 4 / weeklySlots + 1;
                const QString donor = donors.at((rotation++) % donors.size());
                // Every item of the category, in proportion to its share, rounded to kg.
                for (const ItemSpec *s : items) {
                    const qint64 grams = (slotGrams * s->share / shares + 999) / 1000 * 1000;
                    if (grams > 0)
                        receipts[{ date, donor }].append(line(QString::fromUtf8(s->code), date, grams));
                }
            }
        }
        for (auto it = receipts.constBegin(); it != receipts.constEnd(); ++it)
            if (auto r = receive(it.key().second, it.key().first, it.value()); !r)
                return r.error();
        return {};
    }

    Status receivePeriodDpiAndKits()
    {
        const QString ats = QStringLiteral("ATS Città Metropolitana di Milano");
        const QString regione = QStringLiteral("Regione Lombardia - Protezione civile");
        struct Delivery {
            QDate date;
            QString donor;
            QList<QPair<const char *, qint64>> pieces;
        };
        const QList<Delivery> deliveries = {
            { QDate(2020, 9, 28), ats,
              { { "DPI-FFP2", 3000 }, { "DPI-GUANTI", 5000 }, { "DPI-CAMICI", 1200 }, { "DPI-VISIERE", 1100 }, { "DPI-GEL", 1200 } } },
            { QDate(2020, 10, 2), regione, { { "DPI-FFP2", 1500 }, { "DPI-GUANTI", 2000 }, { "DPI-CHIR", 20000 } } },
            { QDate(2020, 11, 16), ats, { { "KIT-TAMP", 2000 }, { "DPI-CHIR", 30000 }, { "DPI-FFP2", 10000 }, { "DPI-GUANTI", 10000 } } },
            { QDate(2020, 12, 14), regione, { { "DPI-FFP2", 15000 }, { "DPI-CHIR", 40000 }, { "DPI-GEL", 2000 } } },
            { QDate(2021, 1, 18), ats, { { "KIT-TAMP", 3000 }, { "DPI-GUANTI", 15000 }, { "DPI-CAMICI", 3000 } } },
            { QDate(2021, 2, 15), regione, { { "DPI-FFP2", 10000 }, { "DPI-CHIR", 30000 } } },
        };
        for (const Delivery &d : deliveries) {
            QList<ReceiptLine> lines;
            for (const auto &[code, pieces] : d.pieces)
                if (pieces > 0 && m_items.contains(QString::fromUtf8(code)))
                    lines.append(line(QString::fromUtf8(code), d.date, pieces, false));
            if (auto r = receive(d.donor, d.date, lines, QStringLiteral("Prot. %1/%2").arg(1000 + m_context.random.bounded(8000)).arg(d.date.year()));
                !r)
                return r.error();
        }
        // 1,050 flu-vaccine kits for the ATS hubs and the RSA, autumn 2020.
        KitService kits(m_db, m_clock);
        for (const QDate &date : { QDate(2020, 10, 6), QDate(2020, 10, 13), QDate(2020, 10, 20) }) {
            AssemblyRequest request;
            request.kitItemId = m_items.value(QStringLiteral("KIT-VAX"));
            request.kits = 350;
            request.date = date;
            request.reason = QStringLiteral("Campagna antinfluenzale 2020: kit per hub ATS e RSA");
            if (auto a = kits.assemble(request); !a)
                return a.error();
        }
        return {};
    }

    // Long-life goods in the four months before today.
    Status receiveRecent()
    {
        const QDate today = m_context.today;
        int i = 0;
        for (QDate d = today.addDays(-120); d <= today.addDays(-15); d = d.addDays(14), ++i) {
            const QDate date = d.dayOfWeek() > 5 ? d.addDays(8 - d.dayOfWeek()) : d;
            QList<ReceiptLine> food = { line(QStringLiteral("PAS-PASTA"), date, 800000), line(QStringLiteral("ALT-PASSATA"), date, 400000),
                                        line(QStringLiteral("ALT-LEGUMI"), date, 380000), line(QStringLiteral("BEV-ACQUA"), date, 1080000),
                                        line(QStringLiteral("PAN-BISCOTTI"), date, 250000) };
            if (auto r = receive(QStringLiteral("Banco Alimentare della Lombardia"), date, food); !r)
                return r.error();
            if (i % 2 == 0) {
                if (auto r = receive(QStringLiteral("Caseificio Valpadana S.r.l."), date.addDays(1),
                                     { line(QStringLiteral("FOR-GRANA"), date.addDays(1), 300000) });
                    !r)
                    return r.error();
                if (auto r = receive(QStringLiteral("ATS Città Metropolitana di Milano"), date.addDays(2),
                                     { line(QStringLiteral("DPI-CHIR"), date.addDays(2), 5000, false),
                                       line(QStringLiteral("DPI-GEL"), date.addDays(2), 240, false) },
                                     QStringLiteral("Prot. %1/%2").arg(2000 + i).arg(date.year()));
                    !r)
                    return r.error();
            }
        }
        return {};
    }

    // 30/06/2021: what is left of the emergency period leaves the books:
    // usable goods handed over (one issue per item and location, FEFO),
    // then expired lots written off.
    Status clearPeriod()
    {
        const QDate date(2021, 6, 30);
        StockService service(m_db, m_clock);
        auto q = core::runQuery(m_db, QStringLiteral(
            "SELECT DISTINCT b.item_id, b.location_id, c.kind FROM stock_balance b JOIN stock_lot l ON l.id = b.lot_id "
            "JOIN stock_item i ON i.id = b.item_id JOIN goods_category c ON c.id = i.category_id "
            "WHERE b.quantity > 0 AND l.received_on <= ? ORDER BY b.item_id, b.location_id"), { core::toSqlDate(date) });
        if (!q)
            return q.error();
        struct Left {
            qint64 item, location;
            QString kind;
        };
        QList<Left> left;
        while (q->next())
            left.append({ q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString() });
        for (const Left &l : left) {
            auto available = service.available({ l.item, 0, l.location, date });
            if (!available)
                return available.error();
            if (*available == 0)
                continue;
            IssueRequest issue;
            issue.itemId = l.item;
            issue.quantity = *available;
            issue.date = date;
            issue.locationId = l.location;
            issue.reason = l.kind == QLatin1String("food") ? QStringLiteral("Cessione dei residui al Banco Alimentare della Lombardia")
                                                           : QStringLiteral("Restituzione dei residui ad ATS a fine campagna");
            if (auto r = service.issue(issue); !r)
                return r.error();
        }
        auto expired = core::runQuery(m_db, QStringLiteral(
            "SELECT b.lot_id, b.location_id FROM stock_balance b JOIN stock_lot l ON l.id = b.lot_id "
            "WHERE b.quantity > 0 AND l.received_on <= ? AND l.expiry_on < ? ORDER BY b.lot_id"),
            { core::toSqlDate(date), core::toSqlDate(date) });
        if (!expired)
            return expired.error();
        QList<QPair<qint64, qint64>> lots;
        while (expired->next())
            lots.append({ expired->value(0).toLongLong(), expired->value(1).toLongLong() });
        for (const auto &[lot, location] : lots) {
            WriteOffRequest w;
            w.lotId = lot;
            w.locationId = location;
            w.date = date;
            w.reason = QStringLiteral("Scaduto: smaltito a fine emergenza");
            if (auto r = service.writeOff(w); !r)
                return r.error();
        }
        return {};
    }

    // Today's situation: see stockdemo.h.
    Status currentSituation()
    {
        const QDate today = m_context.today;
        StockService service(m_db, m_clock);
        // Lots about to expire, and one already expired waiting for its write-off.
        if (auto r = receive(QStringLiteral("Caseificio Valpadana S.r.l."), today.addDays(-12),
                             { line(QStringLiteral("FOR-FRESCHI"), today.addDays(-12), 120000, true, 15),
                               line(QStringLiteral("FOR-LATTE"), today.addDays(-12), 247200, true, 17) });
            !r)
            return r.error();
        if (auto r = receive(QStringLiteral("Ortofrutta Sud Milano S.c.a r.l."), today.addDays(-9),
                             { line(QStringLiteral("FRU-MELE"), today.addDays(-9), 400000, true, 15),
                               line(QStringLiteral("FRU-YOGURT"), today.addDays(-9), 60000, true, 11) });
            !r)
            return r.error();
        if (auto r = receive(QStringLiteral("Pane quotidiano"), today.addDays(-20),
                             { line(QStringLiteral("PAN-PANE"), today.addDays(-20), 80000, true, 18),
                               line(QStringLiteral("PAN-FETTE"), today.addDays(-20), 150000) },
                             QStringLiteral("Bolla 77"));
            !r)
            return r.error();
        // Two items under their minimum: rice (500 kg) and FFP2 masks (2,000).
        if (auto r = receive(QStringLiteral("Molino e Pastificio Lombardo S.r.l."), today.addDays(-16),
                             { line(QStringLiteral("PAS-RISO"), today.addDays(-16), 180000), line(QStringLiteral("PAS-PASTA"), today.addDays(-16), 600000) });
            !r)
            return r.error();
        if (auto r = receive(QStringLiteral("Regione Lombardia - Protezione civile"), today.addDays(-30),
                             { line(QStringLiteral("DPI-FFP2"), today.addDays(-30), 800, false),
                               line(QStringLiteral("DPI-GUANTI"), today.addDays(-30), 3000, false),
                               line(QStringLiteral("ALT-COPERTE"), today.addDays(-30), 150, false) },
                             QStringLiteral("Prot. 5521/%1").arg(today.addDays(-30).year()));
            !r)
            return r.error();
        // A receipt entered twice, the copy cancelled.
        auto twice = receive(QStringLiteral("Spesa sospesa - Comune di Rozzano"), today.addDays(-5),
                             { line(QStringLiteral("PAS-PASTA"), today.addDays(-5), 150000), line(QStringLiteral("ALT-OLIO"), today.addDays(-5), 92000) },
                             QStringLiteral("Raccolta del sabato"));
        if (!twice)
            return twice.error();
        if (auto again = receive(QStringLiteral("Spesa sospesa - Comune di Rozzano"), today.addDays(-5),
                                 { line(QStringLiteral("PAS-PASTA"), today.addDays(-5), 150000) }, QStringLiteral("Raccolta del sabato"));
            !again)
            return again.error();
        else if (auto s = ReceiptService(m_db, m_clock).cancel(again->receiptId, QStringLiteral("Carico registrato due volte")); !s)
            return s;
        // Hand sanitiser and masks moved to a Colonna Mobile pole.
        auto gel = service.availableLots({ m_items.value(QStringLiteral("DPI-GEL")), 0, idroscaloLocationId, today.addDays(-7) });
        if (!gel)
            return gel.error();
        if (!gel->isEmpty()) {
            TransferRequest t;
            t.lotId = gel->constFirst().lotId;
            t.fromLocationId = idroscaloLocationId;
            t.toLocationId = m_locations.value(QStringLiteral("POLO-NORD"));
            t.quantity = std::min<qint64>(120, gel->constFirst().available);
            t.date = today.addDays(-7);
            t.reason = QStringLiteral("Dotazione per l'esercitazione della Colonna mobile");
            if (auto r = service.transfer(t); !r)
                return r.error();
        }
        // A stock count of pasta and rice, with one difference.
        CountService counts(m_db, m_clock);
        auto pastaCategory = core::queryValue(m_db, QStringLiteral("SELECT id FROM goods_category WHERE code = 'pasta_riso'"));
        if (!pastaCategory)
            return pastaCategory.error();
        auto countId = counts.open(idroscaloLocationId, pastaCategory->toInt(), today.addDays(-3),
                                   QStringLiteral("Conta mensile di pasta e riso"));
        if (!countId)
            return countId.error();
        auto count = counts.count(*countId);
        if (!count)
            return count.error();
        bool first = true;
        for (const CountLine &l : count->lines) {
            const bool damaged = first && l.bookQuantity > 5000;
            if (auto s = counts.setCounted(l.id, damaged ? l.bookQuantity - 4000 : l.bookQuantity,
                                           damaged ? QStringLiteral("Confezioni rotte, smaltite") : QString());
                !s)
                return s;
            first = first && !damaged;
        }
        if (auto closed = counts.close(*countId); !closed)
            return closed.error();
        return {};
    }

    core::DemoContext &m_context;
    core::FixedClock m_clock;
    QSqlDatabase m_db;
    QHash<QString, qint64> m_items;
    QHash<QString, qint64> m_donors;
    QHash<QString, qint64> m_locations;
};

} // namespace

core::DemoStep demoStep()
{
    return { QStringLiteral("stock"), [](core::DemoContext &context) -> Status {
                DemoWriter writer(context);
                core::Transaction tx(context.db);
                if (!tx)
                    return tx.error();
                if (auto s = writer.createMasterData(); !s)
                    return s;
                if (auto s = writer.receivePeriodDpiAndKits(); !s)
                    return s;
                if (auto s = writer.receivePeriodFood(); !s)
                    return s;
                if (auto s = writer.receiveRecent(); !s)
                    return s;
                return tx.commit();
            } };
}

core::DemoStep demoClosingStep()
{
    return { QStringLiteral("stock-closing"), [](core::DemoContext &context) -> Status {
                DemoWriter writer(context);
                if (auto s = writer.loadIds(); !s)
                    return s;
                {
                    core::Transaction tx(context.db);
                    if (!tx)
                        return tx.error();
                    if (auto s = writer.clearPeriod(); !s)
                        return s;
                    if (auto s = tx.commit(); !s)
                        return s;
                }
                if (context.years > 0) {
                    const QDate from = std::max(context.today.addYears(-context.years), QDate(2021, 7, 1));
                    if (auto s = generateActivity(context, from, context.today.addDays(-130), context.years); !s)
                        return s;
                }
                core::Transaction tx(context.db);
                if (!tx)
                    return tx.error();
                if (auto s = writer.currentSituation(); !s)
                    return s;
                return tx.commit();
            } };
}

} // namespace stock

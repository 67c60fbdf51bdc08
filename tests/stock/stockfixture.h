#pragma once

#include "core/db/sql.h"
#include "core/domain/clock.h"
#include "stock/domain/receiptservice.h"
#include "stock/domain/stockcatalog.h"
#include "support/testdatabase.h"

#include <QTest>

// A fresh database with a few items and donors for the stock tests, and a
// clock fixed on 15/03/2021.
struct StockFixture {
    testsupport::TestDatabase database;
    core::FixedClock clock{ QDateTime(QDate(2021, 3, 15), QTime(12, 0)) };
    qint64 pasta = 0;   // by weight, food
    qint64 milk = 0;    // by the piece, 1030 g, food
    qint64 masks = 0;   // by the piece, DPI, weight unknown
    qint64 gloves = 0;  // DPI
    qint64 kit = 0;     // kit of 2 masks + 4 gloves
    qint64 donor = 0;
    qint64 pole = 0;

    int categoryId(const char *code)
    {
        return core::queryValue(database.db(), QStringLiteral("SELECT id FROM goods_category WHERE code = ?"), { QLatin1String(code) })
            ->toInt();
    }

    bool setUp()
    {
        if (!database.isValid())
            return false;
        stock::StockCatalog catalog(database.db());
        auto item = [&](const char *code, const char *name, const char *category, stock::Unit unit, qint64 gpp, bool expires = true) {
            stock::Item i;
            i.code = QLatin1String(code);
            i.name = QString::fromUtf8(name);
            i.categoryId = categoryId(category);
            i.unit = unit;
            i.gramsPerPiece = gpp;
            i.tracksExpiry = expires;
            auto id = catalog.saveItem(i);
            return id ? *id : 0;
        };
        pasta = item("PASTA", "Pasta di semola", "pasta_riso", stock::Unit::Grams, 0);
        milk = item("LATTE", "Latte UHT 1 l", "formaggi_latticini", stock::Unit::Pieces, 1030);
        masks = item("FFP2", "Mascherine FFP2", "dpi_mascherine", stock::Unit::Pieces, 0);
        gloves = item("GUANTI", "Guanti in nitrile", "dpi_guanti", stock::Unit::Pieces, 0, false);
        kit = item("KIT", "Kit vaccinazione", "kit_vaccino_antinfluenzale", stock::Unit::Pieces, 0);
        stock::Donor d;
        d.name = QStringLiteral("Banco Alimentare della Lombardia");
        d.kind = stock::DonorKind::Charity;
        donor = catalog.saveDonor(d).value();
        stock::Location l;
        l.code = QStringLiteral("POLO");
        l.name = QStringLiteral("Polo Colonna mobile");
        l.kind = stock::LocationKind::Pole;
        pole = catalog.saveLocation(l).value();
        return pasta && milk && masks && gloves && kit && donor && pole
            && catalog.saveKitRecipe(kit, { { masks, 2 }, { gloves, 4 } }).ok();
    }

    // Receives one line; returns the lot id.
    qint64 receive(qint64 item, qint64 quantity, const QDate &date, const QDate &expiry, const QString &lot = {}, qint64 location = 0)
    {
        stock::ReceiptDraft draft;
        draft.donorId = donor;
        draft.date = date;
        draft.lines.append({ item, lot, expiry, quantity, location });
        auto r = stock::ReceiptService(database.db(), clock).record(draft);
        if (!r)
            qWarning() << r.error().code << r.error().args;
        return r ? r->lotIds.value(0) : 0;
    }

    qint64 count(const QString &sql, const QVariantList &binds = {})
    {
        auto v = core::queryValue(database.db(), sql, binds);
        return v ? v->toLongLong() : -1;
    }
    qint64 movements() { return count(QStringLiteral("SELECT count(*) FROM stock_movement")); }
    qint64 balance(qint64 lot, qint64 location = stock::idroscaloLocationId)
    {
        return count(QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_movement WHERE lot_id = ? AND location_id = ?"),
                     { lot, location });
    }
};

#pragma once

#include "core/db/sql.h"
#include "core/domain/clock.h"
#include "deliveries/domain/deliveryservice.h"
#include "deliveries/domain/recipientrepository.h"
#include "deliveries/domain/requestservice.h"
#include "stock/domain/receiptservice.h"
#include "stock/domain/stockcatalog.h"
#include "support/testdatabase.h"

#include <QTest>

// A fresh database with a few warehouse items, a donor, two COC recipients
// and an RSA, and a clock fixed on 15/03/2021 at noon.
struct DeliveriesFixture {
    testsupport::TestDatabase database;
    core::FixedClock clock { QDateTime(QDate(2021, 3, 15), QTime(12, 0)) };
    qint64 pasta = 0; // by weight, pasta_riso
    qint64 water = 0; // by the piece, 1500 g, 6 per package, bevande
    qint64 drinks = 0; // by weight, bevande
    qint64 masks = 0; // by the piece, weight unknown, dpi
    qint64 donor = 0;
    qint64 rozzano = 0; // COC recipients (id = comune id)
    qint64 melzo = 0;
    qint64 rsa = 0;
    int pastaCategory = 0;
    int drinksCategory = 0;

    QSqlDatabase db() const { return database.db(); }

    int categoryId(const char *code)
    {
        return core::queryValue(
            database.db(), QStringLiteral("SELECT id FROM goods_category WHERE code = ?"), { QLatin1String(code) })
            ->toInt();
    }
    int comuneId(const QString &name)
    {
        return core::queryValue(
            database.db(), QStringLiteral("SELECT id FROM comune WHERE name = ? AND province = 'MI'"), { name })
            ->toInt();
    }

    bool setUp()
    {
        if (!database.isValid())
            return false;
        stock::StockCatalog catalog(database.db());
        auto item = [&](const char *code, const char *name, const char *category, stock::Unit unit, qint64 gpp,
                        qint64 ppp = 0) {
            stock::Item i;
            i.code = QLatin1String(code);
            i.name = QString::fromUtf8(name);
            i.categoryId = categoryId(category);
            i.unit = unit;
            i.gramsPerPiece = gpp;
            i.piecesPerPackage = ppp;
            auto id = catalog.saveItem(i);
            if (!id)
                qWarning() << id.error().code << id.error().args;
            return id ? *id : 0;
        };
        pastaCategory = categoryId("pasta_riso");
        drinksCategory = categoryId("bevande");
        pasta = item("PASTA", "Pasta di semola", "pasta_riso", stock::Unit::Grams, 0);
        water = item("ACQUA", "Acqua minerale 1,5 l", "bevande", stock::Unit::Pieces, 1500, 6);
        drinks = item("BIBITE", "Bibite assortite", "bevande", stock::Unit::Grams, 0);
        masks = item("FFP2", "Mascherine FFP2", "dpi_mascherine", stock::Unit::Pieces, 0, 20);
        stock::Donor d;
        d.name = QStringLiteral("Banco Alimentare della Lombardia");
        d.kind = stock::DonorKind::Charity;
        donor = catalog.saveDonor(d).value();
        deliveries::RecipientRepository recipients(database.db());
        rozzano = recipients.cocOf(comuneId(QStringLiteral("Rozzano"))).value();
        melzo = recipients.cocOf(comuneId(QStringLiteral("Melzo"))).value();
        deliveries::Recipient r;
        r.kind = deliveries::RecipientKind::Rsa;
        r.name = QStringLiteral("RSA Il Glicine");
        r.comuneId = comuneId(QStringLiteral("Lainate"));
        r.address = QStringLiteral("Via Garbagnate 15");
        auto rsaId = recipients.save(r);
        rsa = rsaId ? *rsaId : 0;
        return pasta && water && drinks && masks && donor && rozzano && melzo && rsa;
    }

    // Receives one line; returns the lot id.
    qint64 receive(qint64 item, qint64 quantity, const QDate &date, const QDate &expiry, const QString &lot = {})
    {
        stock::ReceiptDraft draft;
        draft.donorId = donor;
        draft.date = date;
        draft.lines.append({ item, lot, expiry, quantity, 0 });
        auto r = stock::ReceiptService(database.db(), clock).record(draft);
        if (!r)
            qWarning() << r.error().code << r.error().args;
        return r ? r->lotIds.value(0) : 0;
    }

    deliveries::DeliveryLine itemLine(qint64 item, qint64 quantity, int packages = 0)
    {
        deliveries::DeliveryLine l;
        l.itemId = item;
        l.quantity = quantity;
        l.packages = packages;
        return l;
    }
    deliveries::DeliveryLine categoryLine(int category, core::Grams grams)
    {
        deliveries::DeliveryLine l;
        l.categoryId = category;
        l.quantity = grams;
        return l;
    }

    deliveries::DeliveryDraft draft(
        qint64 recipient, const QList<deliveries::DeliveryLine> &lines, const QDate &date = QDate(2021, 3, 15))
    {
        deliveries::DeliveryDraft d;
        d.recipientId = recipient;
        d.date = date;
        d.time = QTime(9, 30);
        d.vehicle = QStringLiteral("Fiat Ducato CCV-MI - EX 412 PL");
        d.driver = QStringLiteral("Marco Brambilla");
        d.organisation = QStringLiteral("CCV-MI");
        d.lines = lines;
        return d;
    }

    qint64 count(const QString &sql, const QVariantList &binds = {})
    {
        auto v = core::queryValue(database.db(), sql, binds);
        return v ? v->toLongLong() : -1;
    }
    qint64 stockOf(qint64 item)
    {
        return count(
            QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_movement WHERE item_id = ?"), { item });
    }
    QString status(qint64 delivery)
    {
        auto v
            = core::queryValue(database.db(), QStringLiteral("SELECT status FROM delivery WHERE id = ?"), { delivery });
        return v ? v->toString() : QString();
    }
};

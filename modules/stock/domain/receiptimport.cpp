#include "stock/domain/receiptimport.h"

#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/csv.h"
#include "core/domain/tablefile.h"
#include "core/domain/dates.h"
#include "core/domain/importlimits.h"
#include "core/domain/units.h"
#include "core/reference/comunematcher.h"
#include "core/reference/nameindex.h"
#include "stock/domain/stockcatalog.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace stock {

using core::Error;
using core::Result;

int ReceiptImportPlan::errorCount() const
{
    return core::errorCount(problems);
}

int ReceiptImportPlan::warningCount() const
{
    return core::warningCount(problems);
}

namespace {

enum class ImportUnit { Default, Kg, Grams, Pieces, Packages, Unknown };

ImportUnit parseUnit(const QString &text)
{
    const QString u = core::foldKey(text);
    if (u.isEmpty())
        return ImportUnit::Default;
    if (u == QLatin1String("kg") || u == QLatin1String("chili") || u == QLatin1String("chilogrammi")
        || u == QLatin1String("kilo"))
        return ImportUnit::Kg;
    if (u == QLatin1String("g") || u == QLatin1String("gr") || u == QLatin1String("grammi")
        || u == QLatin1String("grams"))
        return ImportUnit::Grams;
    if (u == QLatin1String("pz") || u == QLatin1String("pezzi") || u == QLatin1String("pcs")
        || u == QLatin1String("pieces") || u == QLatin1String("n") || u == QLatin1String("nr")
        || u == QLatin1String("num") || u == QLatin1String("paia"))
        return ImportUnit::Pieces;
    if (u == QLatin1String("colli") || u == QLatin1String("confezioni") || u == QLatin1String("cartoni")
        || u == QLatin1String("packages") || u == QLatin1String("pkg"))
        return ImportUnit::Packages;
    return ImportUnit::Unknown;
}

bool parseWhole(const QString &text, qint64 *value)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char('.')).remove(QLatin1Char(' ')).remove(QChar(0x00a0));
    bool ok = false;
    *value = t.toLongLong(&ok);
    return ok;
}

// What one written unit is in the item's own unit (grams or pieces), to
// refuse a quantity out of range before it is converted.
double scaleOf(ImportUnit unit, const Item &item)
{
    if (unit == ImportUnit::Packages)
        return double(std::max<qint64>(1, item.piecesPerPackage));
    if (unit == ImportUnit::Kg || (unit == ImportUnit::Default && item.unit == Unit::Grams))
        return double(core::gramsPerKg);
    return 1.0;
}

} // namespace

ReceiptImporter::ReceiptImporter(const QSqlDatabase &db, const core::Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<ReceiptImportPlan> ReceiptImporter::planFile(const QString &path, const ReceiptImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("file.cannot_read"), { path, file.errorString() }, { path, 0, {} });
    return plan(file.readAll(), path, options);
}

Result<ReceiptImportPlan> ReceiptImporter::plan(
    const QByteArray &data, const QString &fileName, const ReceiptImportOptions &options)
{
    auto table = core::parseTableFile(data, fileName);
    if (!table)
        return table.error();
    ReceiptImportPlan plan;
    plan.file = fileName;

    struct Column {
        const char *key;
        QStringList aliases;
        bool required;
    };
    const QList<Column> columns = {
        { "date",
            { QStringLiteral("data"), QStringLiteral("date"), QStringLiteral("data ricevimento"),
                QStringLiteral("data carico"), QStringLiteral("received on") },
            true },
        { "donor",
            { QStringLiteral("donatore"), QStringLiteral("donor"), QStringLiteral("donazione da"),
                QStringLiteral("fornitore") },
            true },
        { "item",
            { QStringLiteral("articolo"), QStringLiteral("item"), QStringLiteral("prodotto"),
                QStringLiteral("descrizione"), QStringLiteral("product") },
            false },
        { "code",
            { QStringLiteral("codice"), QStringLiteral("code"), QStringLiteral("codice articolo"),
                QStringLiteral("item code") },
            false },
        { "quantity",
            { QStringLiteral("quantità"), QStringLiteral("quantity"), QStringLiteral("qta"), QStringLiteral("q.tà") },
            true },
        { "unit",
            { QStringLiteral("unità"), QStringLiteral("unit"), QStringLiteral("um"),
                QStringLiteral("unità di misura") },
            false },
        { "category", { QStringLiteral("categoria"), QStringLiteral("category") }, false },
        { "lot", { QStringLiteral("lotto"), QStringLiteral("lot"), QStringLiteral("lot code") }, false },
        { "expiry",
            { QStringLiteral("scadenza"), QStringLiteral("expiry"), QStringLiteral("data scadenza"),
                QStringLiteral("expiry date"), QStringLiteral("best before") },
            false },
        { "location",
            { QStringLiteral("ubicazione"), QStringLiteral("location"), QStringLiteral("magazzino"),
                QStringLiteral("warehouse") },
            false },
        { "document",
            { QStringLiteral("documento"), QStringLiteral("document"), QStringLiteral("ddt"), QStringLiteral("bolla") },
            false },
        { "notes", { QStringLiteral("note"), QStringLiteral("notes") }, false },
    };
    QHash<QString, int> at;
    for (const Column &c : columns) {
        const int index = table->column(c.aliases);
        at.insert(QLatin1String(c.key), index);
        if (index < 0 && c.required)
            plan.problems.append({ Error(QStringLiteral("stock.import_missing_column"),
                { c.aliases.at(0), c.aliases.at(1) }, { fileName, 1, {} }) });
    }
    if (at.value(QStringLiteral("item")) < 0 && at.value(QStringLiteral("code")) < 0)
        plan.problems.append({ Error(QStringLiteral("stock.import_missing_column"),
            { QStringLiteral("articolo"), QStringLiteral("item") }, { fileName, 1, {} }) });
    if (plan.errorCount() > 0)
        return plan;
    // Texts longer than their column allows (a shifted column, a pasted page).
    QHash<int, core::TextKind> kinds;
    const QList<QPair<const char *, core::TextKind>> kindOf{ { "date", core::TextKind::Code },
        { "donor", core::TextKind::Name }, { "item", core::TextKind::Name }, { "code", core::TextKind::Code },
        { "quantity", core::TextKind::Code }, { "unit", core::TextKind::Code }, { "category", core::TextKind::Name },
        { "lot", core::TextKind::Code }, { "expiry", core::TextKind::Code }, { "location", core::TextKind::Name },
        { "document", core::TextKind::Code }, { "notes", core::TextKind::Text } };
    for (const auto &[key, kind] : kindOf)
        if (const int column = at.value(QLatin1String(key), -1); column >= 0)
            kinds.insert(column, kind);
    for (const Error &e : core::overlongFields(*table, fileName, kinds))
        plan.problems.append({ e });
    if (plan.errorCount() > 0)
        return plan;

    // What names can refer to.
    StockCatalog catalog(m_db);
    auto items = catalog.items();
    auto categories = catalog.categories();
    auto donors = catalog.donors();
    auto locations = catalog.locations(true);
    if (!items || !categories || !donors || !locations)
        return Error(!items   ? items.error()
                : !categories ? categories.error()
                : !donors     ? donors.error()
                              : locations.error());
    core::NameIndex itemIndex, categoryIndex, donorIndex, locationIndex;
    QHash<qint64, Item> itemsById;
    for (const Item &i : *items) {
        itemIndex.add(i.name, i.id, i.code);
        itemsById.insert(i.id, i);
    }
    QHash<qint64, QString> categoryNames;
    for (const Category &c : *categories) {
        categoryIndex.add(c.name, c.id, c.code);
        categoryNames.insert(c.id, c.name);
    }
    for (const Donor &d : *donors)
        donorIndex.add(d.name, d.id);
    for (const Location &l : *locations)
        locationIndex.add(l.name, l.id, l.code);

    const QString today = core::toSqlDate(m_clock.today());
    QHash<QString, int> receiptOf; // date|donor|document -> index in plan.receipts
    for (const core::CsvRecord &record : table->records) {
        auto field = [&](const char *key) {
            const int i = at.value(QLatin1String(key), -1);
            return i >= 0 ? record.fields.value(i).trimmed() : QString();
        };
        auto header = [&](const char *key) {
            const int i = at.value(QLatin1String(key), -1);
            return i >= 0 ? table->header.value(i) : QString();
        };
        const int errorsBefore = plan.errorCount();
        auto problem = [&](const char *column, const QString &code, const QStringList &args, bool warning = false) {
            plan.problems.append({ Error(code, args, { fileName, record.line, header(column) }), warning });
        };
        ++plan.lineCount;

        const QDate date = core::parseUserDate(field("date"));
        if (!date.isValid())
            problem("date", QStringLiteral("stock.import_bad_date"), { field("date") });
        else if (core::toSqlDate(date) > today)
            problem("date", QStringLiteral("stock.future_date"), { core::toSqlDate(date) });

        const QString donorText = field("donor").simplified();
        qint64 donorId = 0;
        if (donorText.isEmpty()) {
            problem("donor", QStringLiteral("stock.import_empty"), {});
        } else if (!(donorId = donorIndex.find(donorText))) {
            const QString close = donorIndex.closeMatch(donorText);
            if (!close.isEmpty())
                problem("donor", QStringLiteral("stock.import_unknown_donor"), { donorText, close });
            else if (!plan.newDonors.contains(donorText, Qt::CaseInsensitive)) {
                plan.newDonors.append(donorText);
                problem("donor", QStringLiteral("stock.import_new_donor"), { donorText }, true);
            }
        }

        qint64 itemId = 0;
        const QString code = field("code");
        const QString itemText = field("item");
        if (!code.isEmpty()) {
            itemId = itemIndex.find(code);
            if (!itemId)
                problem("code", QStringLiteral("stock.import_unknown_item"),
                    { code, itemIndex.suggestions(code).join(QStringLiteral(", ")) });
        } else if (itemText.isEmpty()) {
            problem("item", QStringLiteral("stock.import_empty"), {});
        } else if (!(itemId = itemIndex.find(itemText))) {
            problem("item", QStringLiteral("stock.import_unknown_item"),
                { itemText, itemIndex.suggestions(itemText).join(QStringLiteral(", ")) });
        }
        const Item item = itemsById.value(itemId);

        const QString categoryText = field("category");
        if (!categoryText.isEmpty()) {
            const qint64 categoryId = categoryIndex.find(categoryText);
            if (!categoryId)
                problem("category", QStringLiteral("stock.import_unknown_category"),
                    { categoryText, categoryIndex.suggestions(categoryText).join(QStringLiteral(", ")) });
            else if (itemId && categoryId != item.categoryId)
                problem("category", QStringLiteral("stock.import_category_mismatch"),
                    { item.name, categoryNames.value(item.categoryId), categoryNames.value(categoryId) });
        }

        qint64 quantity = 0;
        const QString quantityText = field("quantity");
        const ImportUnit unit = parseUnit(field("unit"));
        if (unit == ImportUnit::Unknown)
            problem("unit", QStringLiteral("stock.import_bad_unit"), { field("unit") });
        else if (quantityText.isEmpty())
            problem("quantity", QStringLiteral("stock.import_empty"), {});
        else if (itemId && core::exceedsImportQuantity(quantityText, scaleOf(unit, item)))
            problem("quantity", QStringLiteral("import.value_out_of_range"),
                { quantityText, QString::number(core::maxImportQuantity) });
        else if (itemId) {
            bool ok = true;
            const QLocale italian(QLocale::Italian, QLocale::Italy);
            if (item.unit == Unit::Grams) {
                if (unit == ImportUnit::Grams)
                    ok = parseWhole(quantityText, &quantity);
                else if (unit == ImportUnit::Default || unit == ImportUnit::Kg)
                    ok = (quantity = core::parseKgToGrams(quantityText, italian)) >= 0;
                else {
                    ok = true;
                    quantity = 0;
                    problem("unit", QStringLiteral("stock.import_unit_mismatch"), { item.name, field("unit") });
                }
            } else if (unit == ImportUnit::Packages) {
                ok = parseWhole(quantityText, &quantity);
                if (item.piecesPerPackage <= 0) {
                    problem("unit", QStringLiteral("stock.import_unit_mismatch"), { item.name, field("unit") });
                    quantity = 0;
                }
                quantity *= item.piecesPerPackage;
            } else if (unit == ImportUnit::Kg || unit == ImportUnit::Grams) {
                const core::Grams grams = unit == ImportUnit::Kg
                    ? core::parseKgToGrams(quantityText, italian)
                    : (parseWhole(quantityText, &quantity) ? quantity : -1);
                ok = grams >= 0;
                quantity = 0;
                if (ok && (item.gramsPerPiece <= 0 || grams % item.gramsPerPiece != 0))
                    problem("unit", QStringLiteral("stock.import_unit_mismatch"), { item.name, field("unit") });
                else if (ok)
                    quantity = grams / item.gramsPerPiece;
            } else {
                ok = parseWhole(quantityText, &quantity);
            }
            if (!ok)
                problem("quantity", QStringLiteral("stock.import_bad_number"), { quantityText });
            else if (quantity <= 0 && plan.errorCount() == errorsBefore)
                problem("quantity", QStringLiteral("stock.bad_quantity"), { quantityText });
        }

        const QString expiryText = field("expiry");
        QDate expiry;
        if (!expiryText.isEmpty()) {
            expiry = core::parseUserDate(expiryText);
            if (!expiry.isValid())
                problem("expiry", QStringLiteral("stock.import_bad_date"), { expiryText });
        } else if (itemId && item.tracksExpiry) {
            problem("expiry", QStringLiteral("stock.expiry_required"), { item.name });
        }
        bool expiredOnArrival = false;
        if (expiry.isValid() && date.isValid() && expiry < date) {
            expiredOnArrival = true;
            problem("expiry",
                options.acceptExpired ? QStringLiteral("stock.import_expired_accepted")
                                      : QStringLiteral("stock.expired_on_arrival"),
                { item.name, core::toSqlDate(expiry), core::toSqlDate(date) }, options.acceptExpired);
        }

        qint64 locationId = 0;
        const QString locationText = field("location");
        if (!locationText.isEmpty() && !(locationId = locationIndex.find(locationText)))
            problem("location", QStringLiteral("stock.import_unknown_location"),
                { locationText, locationIndex.suggestions(locationText).join(QStringLiteral(", ")) });

        if (plan.errorCount() > errorsBefore)
            continue;
        const QString document = field("document");
        const QString key
            = QStringLiteral("%1|%2|%3").arg(core::toSqlDate(date), core::foldKey(donorText), core::foldKey(document));
        int index = receiptOf.value(key, -1);
        if (index < 0) {
            ImportedReceipt r;
            r.date = date;
            r.donorName = donorId ? donorIndex.nameOf(donorId) : donorText;
            r.donorId = donorId;
            r.documentRef = document;
            r.notes = field("notes");
            plan.receipts.append(r);
            index = int(plan.receipts.size()) - 1;
            receiptOf.insert(key, index);
        }
        ImportedReceipt &receipt = plan.receipts[index];
        receipt.lines.append({ itemId, field("lot"), expiry, quantity, locationId });
        receipt.fileLines.append(record.line);
        receipt.grams += item.gramsOf(quantity);
        plan.grams += item.gramsOf(quantity);
        plan.expiredLines += expiredOnArrival ? 1 : 0;
    }
    if (plan.lineCount == 0)
        plan.problems.append({ Error(QStringLiteral("stock.import_no_rows"), {}, { fileName, 0, {} }) });
    return plan;
}

Result<ReceiptImportSummary> ReceiptImporter::apply(const ReceiptImportPlan &plan, const ReceiptImportOptions &options)
{
    if (plan.errorCount() > 0)
        return Error(
            QStringLiteral("stock.import_has_errors"), { QString::number(plan.errorCount()) }, { plan.file, 0, {} });
    if (plan.receipts.isEmpty())
        return Error(QStringLiteral("stock.import_no_rows"), {}, { plan.file, 0, {} });
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    ReceiptImportSummary summary;
    StockCatalog catalog(m_db);
    QHash<QString, qint64> created;
    ReceiptService receipts(m_db, m_clock);
    for (const ImportedReceipt &r : plan.receipts) {
        qint64 donorId = r.donorId;
        if (!donorId) {
            const QString key = core::foldKey(r.donorName);
            donorId = created.value(key);
            if (!donorId) {
                Donor donor;
                donor.name = r.donorName;
                donor.kind = r.donorName.contains(QLatin1String("spesa sospesa"), Qt::CaseInsensitive)
                    ? DonorKind::Collection
                    : DonorKind::Other;
                donor.notes = tr("Created by the import of %1").arg(plan.file.section(QLatin1Char('/'), -1));
                auto id = catalog.saveDonor(donor);
                if (!id)
                    return Error(id.error()).at(plan.file, r.fileLines.value(0));
                donorId = *id;
                created.insert(key, donorId);
                ++summary.newDonors;
            }
        }
        ReceiptDraft draft;
        draft.donorId = donorId;
        draft.date = r.date;
        draft.documentRef = r.documentRef;
        draft.notes = r.notes;
        draft.lines = r.lines;
        auto recorded
            = receipts.record(draft, options.acceptExpired ? ExpiredOnArrival::WriteOff : ExpiredOnArrival::Refuse);
        if (!recorded) {
            Error e = recorded.error();
            const int line = e.where.line > 0 ? r.fileLines.value(e.where.line - 1) : r.fileLines.value(0);
            return e.at(plan.file, line, e.where.field);
        }
        ++summary.receipts;
        summary.lines += int(r.lines.size());
        summary.writtenOff += recorded->writtenOff;
        summary.grams += r.grams;
        summary.numbers.append(recorded->number);
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace stock

#include "deliveries/domain/deliveryimport.h"

#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "core/domain/tablefile.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace deliveries {

using core::Error;
using core::Result;

int DeliveryImportPlan::errorCount() const
{
    return deliveries::errorCount(problems);
}

int DeliveryImportPlan::warningCount() const
{
    return deliveries::warningCount(problems);
}

DeliveryImporter::DeliveryImporter(const QSqlDatabase &db, const core::Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<DeliveryImportPlan> DeliveryImporter::planFile(const QString &path)
{
    auto data = readImportFile(path);
    if (!data)
        return data.error();
    return plan(*data, path);
}

Result<DeliveryImportPlan> DeliveryImporter::plan(const QByteArray &data, const QString &fileName)
{
    auto table = core::parseTableFile(data, fileName);
    if (!table)
        return table.error();
    DeliveryImportPlan plan;
    plan.file = fileName;
    ImportColumns columns;
    columns.locate(*table,
        { { "date",
              { QStringLiteral("data"), QStringLiteral("date"), QStringLiteral("data consegna"),
                  QStringLiteral("delivered on") },
              true },
            { "number",
                { QStringLiteral("numero"), QStringLiteral("number"), QStringLiteral("ddt"),
                    QStringLiteral("numero ddt"), QStringLiteral("bolla") } },
            { "comune", { QStringLiteral("comune"), QStringLiteral("municipality"), QStringLiteral("coc") } },
            { "recipient", { QStringLiteral("destinatario"), QStringLiteral("recipient"), QStringLiteral("ente") } },
            { "category",
                { QStringLiteral("categoria"), QStringLiteral("category"), QStringLiteral("categoria alimentare") } },
            { "item",
                { QStringLiteral("articolo"), QStringLiteral("item"), QStringLiteral("codice"), QStringLiteral("code"),
                    QStringLiteral("prodotto") } },
            { "kg",
                { QStringLiteral("kg"), QStringLiteral("peso"), QStringLiteral("weight"), QStringLiteral("peso kg") } },
            { "quantity",
                { QStringLiteral("quantità"), QStringLiteral("quantity"), QStringLiteral("pezzi"),
                    QStringLiteral("qta") } },
            { "packages", { QStringLiteral("colli"), QStringLiteral("packages") } },
            { "vehicle", { QStringLiteral("mezzo"), QStringLiteral("vehicle"), QStringLiteral("targa") } },
            { "driver", { QStringLiteral("autista"), QStringLiteral("driver") } },
            { "organisation",
                { QStringLiteral("organizzazione"), QStringLiteral("organisation"), QStringLiteral("odv") } },
            { "signed", { QStringLiteral("firmato da"), QStringLiteral("signed by"), QStringLiteral("ricevuto da") } },
            { "notes", { QStringLiteral("note"), QStringLiteral("notes") } } },
        fileName, plan.problems);
    if (!columns.has("comune") && !columns.has("recipient"))
        plan.problems.append({ Error(QStringLiteral("deliveries.import_missing_column"),
            { QStringLiteral("comune"), QStringLiteral("destinatario") }, { fileName, 1, {} }) });
    if (!columns.has("category") && !columns.has("item"))
        plan.problems.append({ Error(QStringLiteral("deliveries.import_missing_column"),
            { QStringLiteral("categoria"), QStringLiteral("articolo") }, { fileName, 1, {} }) });
    if (!columns.has("kg") && !columns.has("quantity"))
        plan.problems.append({ Error(QStringLiteral("deliveries.import_missing_column"),
            { QStringLiteral("kg"), QStringLiteral("quantità") }, { fileName, 1, {} }) });
    if (plan.errorCount() > 0)
        return plan;
    ImportContext context;
    if (auto s = context.load(m_db); !s)
        return s.error();

    // Notes already recorded: number -> "date|recipient", looked up per
    // number of the file through the unique index (not the whole history).
    QHash<QString, QString> recorded;
    QSet<QString> looked;
    for (const core::CsvRecord &record : table->records) {
        const QString number = columns.field(record, "number");
        if (number.isEmpty() || looked.contains(number))
            continue;
        looked.insert(number);
        auto known = core::queryValue(m_db,
            QStringLiteral("SELECT delivery_date || '|' || recipient_id FROM delivery WHERE number = ?"), { number });
        if (!known)
            return known.error();
        if (known->isValid())
            recorded.insert(number, known->toString());
    }

    const QDate today = m_clock.today();
    QHash<QString, int> deliveryOf;
    QSet<QString> skipped;
    for (const core::CsvRecord &record : table->records) {
        ++plan.lineCount;
        const int errorsBefore = plan.errorCount();
        auto where = [&](const char *key) { return columns.where(fileName, record, key); };
        auto problem = [&](const char *key, const QString &code, const QStringList &args, bool warning = false) {
            plan.problems.append({ Error(code, args, where(key)), warning });
        };
        const QString dateText = columns.field(record, "date");
        const QDate date = core::parseUserDate(dateText);
        if (dateText.isEmpty())
            problem("date", QStringLiteral("deliveries.import_empty"), {});
        else if (!date.isValid())
            problem("date", QStringLiteral("deliveries.import_bad_date"), { dateText });
        else if (date > today)
            problem("date", QStringLiteral("deliveries.future_date"), { core::toSqlDate(date) });

        qint64 recipientId = 0;
        QString recipientName;
        const QString recipientText = columns.field(record, "recipient");
        const QString comuneText = columns.field(record, "comune");
        if (!recipientText.isEmpty()) {
            recipientId = context.recipients().find(recipientText);
            if (!recipientId)
                problem("recipient", QStringLiteral("deliveries.import_unknown_recipient"),
                    { recipientText, context.recipients().suggestions(recipientText).join(QStringLiteral(", ")) });
            recipientName = recipientText;
        } else if (comuneText.isEmpty()) {
            problem("comune", QStringLiteral("deliveries.import_empty"), {});
        } else {
            const int comuneId = context.resolveComune(comuneText, where("comune"), plan.problems);
            if (comuneId) {
                recipientId = context.cocOf(comuneId);
                if (!recipientId)
                    problem("comune", QStringLiteral("deliveries.import_not_metropolitan"), { comuneText });
                recipientName = QStringLiteral("COC di %1").arg(context.comuneName(comuneId));
            }
        }

        const QString number = columns.field(record, "number");
        if (!number.isEmpty() && recorded.contains(number)) {
            if (date.isValid() && recipientId
                && recorded.value(number) == QStringLiteral("%1|%2").arg(core::toSqlDate(date)).arg(recipientId)) {
                if (!skipped.contains(number)) {
                    skipped.insert(number);
                    ++plan.skipped;
                    problem("number", QStringLiteral("deliveries.import_already_recorded"), { number }, true);
                }
                continue;
            }
            problem("number", QStringLiteral("deliveries.duplicate_number"), { number });
        }

        DeliveryLine line;
        const QString itemText = columns.field(record, "item");
        const QString categoryText = columns.field(record, "category");
        bool byPiece = false;
        if (!itemText.isEmpty()) {
            line.itemId = context.items().find(itemText);
            if (!line.itemId)
                problem("item", QStringLiteral("deliveries.import_unknown_item"),
                    { itemText, context.items().suggestions(itemText).join(QStringLiteral(", ")) });
            else {
                byPiece = context.itemByPiece(line.itemId);
                line.categoryId = context.itemCategory(line.itemId);
            }
        } else if (categoryText.isEmpty()) {
            problem("category", QStringLiteral("deliveries.import_empty"), {});
        } else {
            line.categoryId = context.categories().find(categoryText);
            if (!line.categoryId)
                problem("category", QStringLiteral("deliveries.import_unknown_category"),
                    { categoryText, context.categories().suggestions(categoryText).join(QStringLiteral(", ")) });
        }
        const QString kgText = columns.field(record, "kg");
        const QString quantityText = columns.field(record, "quantity");
        double kg = 0, pieces = 0;
        if (!kgText.isEmpty() && parseQuantity(kgText, double(core::gramsPerKg), &kg, where("kg"), plan.problems)
            && kg < 0)
            problem("kg", QStringLiteral("deliveries.import_bad_number"), { kgText });
        if (!quantityText.isEmpty() && parseQuantity(quantityText, 1.0, &pieces, where("quantity"), plan.problems)
            && (pieces < 0 || pieces != std::floor(pieces)))
            problem("quantity", QStringLiteral("deliveries.import_bad_number"), { quantityText });
        if (plan.errorCount() > errorsBefore) {
            kg = 0;
            pieces = 0;
        }
        line.grams = core::Grams(std::llround(kg * 1000.0));
        line.pieces = qint64(pieces);
        if (line.itemId && byPiece && line.grams == 0)
            line.grams = line.pieces * context.itemGramsPerPiece(line.itemId);
        const bool food = context.categoryKind(line.categoryId) == QLatin1String("food");
        if (line.categoryId && food && line.grams <= 0 && plan.errorCount() == errorsBefore)
            problem("kg", QStringLiteral("deliveries.import_food_needs_kg"), {});
        else if (line.categoryId && line.grams <= 0 && line.pieces <= 0 && plan.errorCount() == errorsBefore)
            problem("quantity", QStringLiteral("deliveries.import_empty"), {});
        line.quantity = (line.itemId && byPiece) || line.grams == 0 ? line.pieces : line.grams;
        const QString packagesText = columns.field(record, "packages");
        double packages = 0;
        if (!packagesText.isEmpty()
            && (!parseItalianNumber(packagesText, &packages) || packages < 0 || packages != std::floor(packages)))
            problem("packages", QStringLiteral("deliveries.import_bad_number"), { packagesText });
        else if (packages > std::numeric_limits<int>::max())
            problem("packages", QStringLiteral("import.value_out_of_range"),
                { packagesText, QString::number(std::numeric_limits<int>::max()) });
        else
            line.packages = int(packages);

        if (plan.errorCount() > errorsBefore || !recipientId || !line.categoryId)
            continue;
        const QString key
            = number.isEmpty() ? QStringLiteral("%1|%2").arg(core::toSqlDate(date)).arg(recipientId) : number;
        int index = deliveryOf.value(key, -1);
        if (index < 0) {
            ImportedDelivery d;
            d.draft.number = number;
            d.draft.recipientId = recipientId;
            d.draft.date = date;
            d.draft.origin = DeliveryOrigin::Import;
            d.draft.vehicle = columns.field(record, "vehicle");
            d.draft.driver = columns.field(record, "driver");
            d.draft.organisation = columns.field(record, "organisation");
            d.draft.notes = columns.field(record, "notes");
            d.signedBy = columns.field(record, "signed");
            d.recipientName = recipientName;
            index = int(plan.deliveries.size());
            plan.deliveries.append(d);
            deliveryOf.insert(key, index);
        }
        ImportedDelivery &d = plan.deliveries[index];
        if (d.draft.recipientId != recipientId || d.draft.date != date) {
            problem("number", QStringLiteral("deliveries.import_number_mismatch"), { number });
            continue;
        }
        d.draft.lines.append(line);
        d.fileLines.append(record.line);
        plan.grams += line.grams;
    }
    if (plan.lineCount == 0)
        plan.problems.append({ Error(QStringLiteral("deliveries.import_no_rows"), {}, { fileName, 1, {} }) });

    // Notes without a number get one when recorded, so a second import of
    // the same sheet is recognised by what they say: the same date,
    // recipient and lines as a delivery already recorded.
    for (qsizetype i = plan.deliveries.size() - 1; i >= 0; --i) {
        const ImportedDelivery &d = plan.deliveries.at(i);
        if (!d.draft.number.isEmpty())
            continue;
        auto same = recordedAlready(d.draft);
        if (!same)
            return same.error();
        if (same->isEmpty())
            continue;
        ++plan.skipped;
        plan.problems.append({ Error(QStringLiteral("deliveries.import_already_recorded_unnumbered"),
                                   { core::toSqlDate(d.draft.date), d.recipientName, *same },
                                   { fileName, d.fileLines.value(0), {} }),
            true });
        for (const DeliveryLine &l : d.draft.lines)
            plan.grams -= l.grams;
        plan.deliveries.removeAt(i);
    }
    return plan;
}

namespace {

using LineKey = std::tuple<int, qint64, core::Grams, qint64>; // category, item, grams, pieces

QList<LineKey> sortedLines(const QList<DeliveryLine> &lines)
{
    QList<LineKey> keys;
    for (const DeliveryLine &l : lines)
        keys.append({ l.categoryId, l.itemId, l.grams, l.pieces });
    std::sort(keys.begin(), keys.end());
    return keys;
}

} // namespace

Result<QString> DeliveryImporter::recordedAlready(const DeliveryDraft &draft) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT d.id, d.number, l.category_id, coalesce(l.item_id, 0), l.grams, l.pieces "
                       "FROM delivery d JOIN delivery_line l ON l.delivery_id = d.id "
                       "WHERE d.delivery_date = ? AND d.recipient_id = ? ORDER BY d.id"),
        { core::toSqlDate(draft.date), draft.recipientId });
    if (!q)
        return q.error();
    QHash<qint64, QList<LineKey>> linesOf;
    QHash<qint64, QString> numbers;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        numbers.insert(id, q->value(1).toString());
        linesOf[id].append({ q->value(2).toInt(), q->value(3).toLongLong(), q->value(4).toLongLong(),
            q->value(5).toLongLong() });
    }
    const QList<LineKey> wanted = sortedLines(draft.lines);
    for (auto it = linesOf.begin(); it != linesOf.end(); ++it) {
        std::sort(it.value().begin(), it.value().end());
        if (it.value() == wanted)
            return numbers.value(it.key());
    }
    return QString();
}

Result<DeliveryImportSummary> DeliveryImporter::apply(const DeliveryImportPlan &plan)
{
    if (plan.errorCount() > 0)
        return Error(QStringLiteral("deliveries.import_has_errors"), { QString::number(plan.errorCount()) });
    // Joined: no savepoint of its own inside the caller's (transaction.h).
    core::Transaction tx(m_db, core::Transaction::Join);
    if (!tx)
        return tx.error();
    DeliveryService service(m_db, m_clock);
    DeliveryImportSummary summary;
    summary.skipped = plan.skipped;
    for (const ImportedDelivery &d : plan.deliveries) {
        auto id = service.recordPast(d.draft, d.signedBy);
        if (!id) {
            core::Error e = id.error();
            e.where = { plan.file, d.fileLines.value(0), {} };
            return e;
        }
        ++summary.deliveries;
        summary.lines += int(d.draft.lines.size());
        for (const DeliveryLine &l : d.draft.lines)
            summary.grams += l.grams;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace deliveries

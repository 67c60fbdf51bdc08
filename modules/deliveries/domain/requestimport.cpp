#include "deliveries/domain/requestimport.h"

#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "core/domain/tablefile.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace deliveries {

using core::Error;
using core::Result;

int RequestImportPlan::errorCount() const
{
    return deliveries::errorCount(problems);
}

int RequestImportPlan::warningCount() const
{
    return deliveries::warningCount(problems);
}

RequestImporter::RequestImporter(const QSqlDatabase &db, const core::Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<RequestImportPlan> RequestImporter::planFile(const QString &path)
{
    auto data = readImportFile(path);
    if (!data)
        return data.error();
    return plan(*data, path);
}

Result<RequestImportPlan> RequestImporter::plan(const QByteArray &data, const QString &fileName)
{
    auto table = core::parseTableFile(data, fileName);
    if (!table)
        return table.error();
    RequestImportPlan plan;
    plan.file = fileName;
    ImportColumns columns;
    columns.locate(*table,
        { { "date",
              { QStringLiteral("data"), QStringLiteral("date"), QStringLiteral("data richiesta"),
                  QStringLiteral("data prenotazione"), QStringLiteral("requested on") },
              true },
            { "comune",
                { QStringLiteral("comune"), QStringLiteral("municipality"), QStringLiteral("comune richiedente"),
                    QStringLiteral("coc") } },
            { "recipient", { QStringLiteral("destinatario"), QStringLiteral("recipient"), QStringLiteral("ente") } },
            { "category",
                { QStringLiteral("categoria"), QStringLiteral("category"), QStringLiteral("categoria alimentare") } },
            { "item",
                { QStringLiteral("articolo"), QStringLiteral("item"), QStringLiteral("codice"), QStringLiteral("code"),
                    QStringLiteral("prodotto") } },
            { "quantity",
                { QStringLiteral("quantità"), QStringLiteral("quantity"), QStringLiteral("qta"), QStringLiteral("kg") },
                true },
            { "unit", { QStringLiteral("unità"), QStringLiteral("unit"), QStringLiteral("um") } },
            { "needed",
                { QStringLiteral("consegna entro"), QStringLiteral("needed by"), QStringLiteral("data consegna") } },
            { "booking",
                { QStringLiteral("prenotazione"), QStringLiteral("booking"), QStringLiteral("id prenotazione"),
                    QStringLiteral("booking id"), QStringLiteral("riferimento") } },
            { "notes", { QStringLiteral("note"), QStringLiteral("notes") } } },
        fileName, plan.problems);
    if (!columns.has("comune") && !columns.has("recipient"))
        plan.problems.append({ Error(QStringLiteral("deliveries.import_missing_column"),
            { QStringLiteral("comune"), QStringLiteral("destinatario") }, { fileName, 1, {} }) });
    if (!columns.has("category") && !columns.has("item"))
        plan.problems.append({ Error(QStringLiteral("deliveries.import_missing_column"),
            { QStringLiteral("categoria"), QStringLiteral("articolo") }, { fileName, 1, {} }) });
    if (plan.errorCount() > 0)
        return plan;
    ImportContext context;
    if (auto s = context.load(m_db); !s)
        return s.error();

    // Bookings of the file already in the database, through the unique
    // index on external_ref (not every booking ever imported).
    QSet<QString> imported, looked;
    for (const core::CsvRecord &record : table->records) {
        const QString booking = columns.field(record, "booking");
        if (booking.isEmpty() || looked.contains(booking))
            continue;
        looked.insert(booking);
        auto known = core::queryValue(m_db,
            QStringLiteral("SELECT 1 FROM delivery_request WHERE external_ref = ? AND external_ref <> ''"), { booking });
        if (!known)
            return known.error();
        if (known->isValid())
            imported.insert(booking);
    }

    const QDate today = m_clock.today();
    QHash<QString, int> requestOf; // booking (or date|recipient) -> index in plan.requests
    QSet<QString> skipped;
    for (const core::CsvRecord &record : table->records) {
        ++plan.lineCount;
        const int errorsBefore = plan.errorCount();
        auto where = [&](const char *key) { return columns.where(fileName, record, key); };
        auto problem = [&](const char *key, const QString &code, const QStringList &args, bool warning = false) {
            plan.problems.append({ Error(code, args, where(key)), warning });
        };
        const QString booking = columns.field(record, "booking");
        if (!booking.isEmpty() && imported.contains(booking)) {
            if (!skipped.contains(booking)) {
                skipped.insert(booking);
                ++plan.skipped;
                problem("booking", QStringLiteral("deliveries.import_already_imported"), { booking }, true);
            }
            continue;
        }
        const QString dateText = columns.field(record, "date");
        const QDate date = core::parseUserDate(dateText);
        if (dateText.isEmpty())
            problem("date", QStringLiteral("deliveries.import_empty"), {});
        else if (!date.isValid())
            problem("date", QStringLiteral("deliveries.import_bad_date"), { dateText });
        else if (date > today)
            problem("date", QStringLiteral("deliveries.future_date"), { core::toSqlDate(date) });
        QDate needed;
        const QString neededText = columns.field(record, "needed");
        if (!neededText.isEmpty()) {
            needed = core::parseUserDate(neededText);
            if (!needed.isValid())
                problem("needed", QStringLiteral("deliveries.import_bad_date"), { neededText });
            else if (date.isValid() && needed < date)
                problem("needed", QStringLiteral("deliveries.needed_before_request"), {});
        }

        // Who: a recipient by name, or the COC of the comune.
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

        // What.
        RequestLine line;
        const QString itemText = columns.field(record, "item");
        const QString categoryText = columns.field(record, "category");
        bool byPiece = false;
        if (!itemText.isEmpty()) {
            line.itemId = context.items().find(itemText);
            if (!line.itemId)
                problem("item", QStringLiteral("deliveries.import_unknown_item"),
                    { itemText, context.items().suggestions(itemText).join(QStringLiteral(", ")) });
            else
                byPiece = context.itemByPiece(line.itemId);
            if (line.itemId && !categoryText.isEmpty()) {
                const qint64 category = context.categories().find(categoryText);
                if (category && category != context.itemCategory(line.itemId))
                    problem(
                        "category", QStringLiteral("deliveries.import_category_mismatch"), { itemText, categoryText });
            }
        } else if (categoryText.isEmpty()) {
            problem("category", QStringLiteral("deliveries.import_empty"), {});
        } else {
            line.categoryId = context.categories().find(categoryText);
            if (!line.categoryId)
                problem("category", QStringLiteral("deliveries.import_unknown_category"),
                    { categoryText, context.categories().suggestions(categoryText).join(QStringLiteral(", ")) });
        }
        const QString unit = core::foldKey(columns.field(record, "unit"));
        if (!unit.isEmpty() && unit != QLatin1String("kg") && unit != QLatin1String("pz")
            && unit != QLatin1String("pezzi") && unit != QLatin1String("pcs"))
            problem("unit", QStringLiteral("deliveries.import_bad_unit"), { columns.field(record, "unit") });
        else if (!unit.isEmpty() && (line.itemId || line.categoryId) && (unit == QLatin1String("kg")) == byPiece)
            problem("unit", QStringLiteral("deliveries.import_unit_mismatch"),
                { itemText.isEmpty() ? categoryText : itemText, columns.field(record, "unit") });
        const QString quantityText = columns.field(record, "quantity");
        double quantity = 0;
        if (quantityText.isEmpty())
            problem("quantity", QStringLiteral("deliveries.import_empty"), {});
        else if (!parseQuantity(
                     quantityText, byPiece ? 1.0 : double(core::gramsPerKg), &quantity, where("quantity"), plan.problems))
            quantity = 0; // not a number, or out of range: said
        else if (quantity <= 0)
            problem("quantity", QStringLiteral("deliveries.bad_quantity"), { quantityText });
        else if (quantity != std::floor(quantity))
            problem("quantity",
                byPiece ? QStringLiteral("deliveries.import_bad_number")
                        : QStringLiteral("deliveries.import_not_whole_kg"),
                { quantityText });
        else
            line.quantity = byPiece ? qint64(quantity) : qint64(quantity) * core::gramsPerKg;

        if (plan.errorCount() > errorsBefore || !recipientId || !(line.itemId || line.categoryId) || line.quantity <= 0)
            continue;
        const QString key
            = booking.isEmpty() ? QStringLiteral("%1|%2").arg(core::toSqlDate(date)).arg(recipientId) : booking;
        int index = requestOf.value(key, -1);
        if (index < 0) {
            ImportedRequest request;
            request.draft.recipientId = recipientId;
            request.draft.requestedOn = date;
            request.draft.neededBy = needed;
            request.draft.externalRef = booking;
            request.recipientName = recipientName;
            index = int(plan.requests.size());
            plan.requests.append(request);
            requestOf.insert(key, index);
        }
        ImportedRequest &request = plan.requests[index];
        if (request.draft.recipientId != recipientId || request.draft.requestedOn != date) {
            problem("booking", QStringLiteral("deliveries.import_booking_mismatch"), { booking });
            continue;
        }
        // The same goods twice in one request: the quantities add up.
        auto same = std::find_if(request.draft.lines.begin(), request.draft.lines.end(),
            [&](const RequestLine &l) { return l.itemId == line.itemId && l.categoryId == line.categoryId; });
        if (same != request.draft.lines.end())
            same->quantity += line.quantity;
        else
            request.draft.lines.append(line);
        const QString notes = columns.field(record, "notes");
        if (!notes.isEmpty() && !request.draft.notes.contains(notes))
            request.draft.notes
                = request.draft.notes.isEmpty() ? notes : request.draft.notes + QStringLiteral("; ") + notes;
        request.fileLines.append(record.line);
        const core::Grams grams = line.itemId
            ? (byPiece ? line.quantity * context.itemGramsPerPiece(line.itemId) : line.quantity)
            : line.quantity;
        request.grams += grams;
        plan.grams += grams;
    }
    if (plan.lineCount == 0)
        plan.problems.append({ Error(QStringLiteral("deliveries.import_no_rows"), {}, { fileName, 1, {} }) });
    return plan;
}

Result<RequestImportSummary> RequestImporter::apply(const RequestImportPlan &plan)
{
    if (plan.errorCount() > 0)
        return Error(QStringLiteral("deliveries.import_has_errors"), { QString::number(plan.errorCount()) });
    // Joined: no savepoint of its own inside the caller's (transaction.h).
    core::Transaction tx(m_db, core::Transaction::Join);
    if (!tx)
        return tx.error();
    RequestService service(m_db, m_clock);
    RequestImportSummary summary;
    summary.skipped = plan.skipped;
    for (const ImportedRequest &r : plan.requests) {
        if (auto s = service.validate(r.draft); !s) {
            core::Error e = s.error();
            e.where = { plan.file, r.fileLines.value(0), {} };
            return e;
        }
        auto id = service.insert(r.draft, QStringLiteral("import"));
        if (!id)
            return id.error();
        auto number
            = core::queryValue(m_db, QStringLiteral("SELECT number FROM delivery_request WHERE id = ?"), { *id });
        if (!number)
            return number.error();
        summary.numbers.append(number->toString());
        ++summary.requests;
        summary.lines += int(r.draft.lines.size());
        summary.grams += r.grams;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace deliveries

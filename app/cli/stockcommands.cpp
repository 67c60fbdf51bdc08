#include "stockcommands.h"

#include "importcommand.h"

#include "core/auth/permissions.h"
#include "core/domain/units.h"
#include "core/ui/errortext.h"
#include "stock/domain/catalogcommands.h"
#include "stock/domain/receiptcommands.h"
#include "stock/domain/receiptimport.h"

#include <QLocale>

#include <optional>

namespace {

int importReceipts(CliRun &run, const QString &file, bool dryRun)
{
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    stock::ReceiptImportOptions options;
    options.acceptExpired = run.parser().isSet(QStringLiteral("accept-expired"));
    const bool again = run.parser().isSet(QStringLiteral("again"));
    if (!again)
        if (auto s = core::ImportOnce::checkFile(connection->db(), QStringLiteral("receipts"), file); !s) {
            const int code = run.fail(s.error());
            if (s.error().code == QLatin1String("import.already_imported"))
                run.err() << CliRun::tr("Nothing was imported. If the file is really new, import it again with --again.")
                          << Qt::endl;
            return code;
        }
    auto plan = stock::ReceiptImporter(connection->db()).planFile(file, options);
    if (!plan)
        return run.fail(plan.error());
    for (const stock::ImportProblem &p : plan->problems)
        run.err() << (p.warning ? CliRun::tr("warning: ") : CliRun::tr("error: ")) << core::ErrorText::describe(p.error) << Qt::endl;
    const QLocale locale;
    if (plan->errorCount() > 0) {
        run.err() << CliRun::tr("%n error(s): nothing was imported.", nullptr, plan->errorCount()) << Qt::endl;
        return ExitFailed;
    }
    if (dryRun) {
        run.out() << CliRun::tr("Dry run: %1 in %2, %3 kg, %4. Nothing was written.")
                         .arg(CliRun::tr("%n line(s)", nullptr, plan->lineCount),
                              CliRun::tr("%n receipt(s)", nullptr, int(plan->receipts.size())),
                              core::kgRounded(plan->grams, locale, 1),
                              CliRun::tr("%n new donor(s)", nullptr, int(plan->newDonors.size())))
                  << Qt::endl;
        return ExitOk;
    }
    // The import is one command: permission, one transaction, one audit entry.
    stock::ImportReceipts command(*plan, options, file, again);
    if (run.run(connection->db(), command) != ExitOk) {
        run.err() << CliRun::tr("Nothing was imported.") << Qt::endl;
        return ExitFailed;
    }
    const stock::ReceiptImportSummary &summary = command.summary();
    run.out() << CliRun::tr("Imported: %1 with %2, %3 kg; %4; %5.")
                     .arg(CliRun::tr("%n receipt(s)", nullptr, summary.receipts),
                          CliRun::tr("%n line(s)", nullptr, summary.lines),
                          core::kgRounded(summary.grams, locale, 1),
                          CliRun::tr("%n new donor(s)", nullptr, summary.newDonors),
                          CliRun::tr("%n line(s) written off as expired", nullptr, summary.writtenOff))
              << Qt::endl;
    return ExitOk;
}

// ---------------------------------------------------------------------------
// Master data: `item|category|donor|location add [options]` and
// `... edit ID [options]` (only the options given change). Each prints the
// id of the row on stdout. Bad option values are bad usage (exit 2); what
// the domain refuses is exit 1 with its message; nothing is written either way.

QCommandLineOption valueOption(const QString &name, const QString &description, const QString &value)
{
    return QCommandLineOption(name, description, value);
}

QCommandLineOption activeOption()
{
    return valueOption(QStringLiteral("active"), CliRun::tr("Whether it is in use: yes or no."), QStringLiteral("yes|no"));
}

// --active/--expires/--default style values; false on a bad value.
bool readYesNo(CliRun &run, const QString &option, bool *value)
{
    if (!run.parser().isSet(option))
        return true;
    const QString v = run.parser().value(option).trimmed().toLower();
    if (v == QLatin1String("yes") || v == QLatin1String("si") || v == QLatin1String("sì"))
        *value = true;
    else if (v == QLatin1String("no"))
        *value = false;
    else
        return false;
    return true;
}

void setText(CliRun &run, const QString &option, QString *field)
{
    if (run.parser().isSet(option))
        *field = run.parser().value(option);
}

// What every catalogue command starts with: the action ("add" alone, "edit
// ID"), the options an addition needs, and the signed-in database. Empty,
// with the exit code in *code, on a usage error or a database that cannot
// be opened.
struct CatalogRun {
    bool edit = false;
    QString key;
    core::DbConnection connection;
};

std::optional<CatalogRun> startCatalogRun(CliRun &run, const QStringList &requiredToAdd, int *code)
{
    const QStringList args = run.arguments();
    const QString action = args.value(0);
    CatalogRun started;
    started.edit = action == QLatin1String("edit");
    if (!(action == QLatin1String("add") && args.size() == 1) && !(started.edit && args.size() == 2)) {
        *code = run.usage(CliRun::tr("Write «add» with the options, or «edit ID» with the options to change."));
        return std::nullopt;
    }
    started.key = args.value(1);
    if (!started.edit) {
        QStringList names;
        for (const QString &o : requiredToAdd)
            if (!run.parser().isSet(o))
                names.append(QStringLiteral("--") + o);
        if (!names.isEmpty()) {
            *code = run.usage(CliRun::tr("Missing: %1.").arg(names.join(QStringLiteral(", "))));
            return std::nullopt;
        }
    }
    auto connection = run.openDatabase();
    if (!connection) {
        *code = run.fail(connection.error());
        return std::nullopt;
    }
    started.connection = std::move(*connection);
    return started;
}

int badValue(CliRun &run, const QString &option)
{
    return run.usage(CliRun::tr("Bad value for --%1: «%2».").arg(option, run.parser().value(option)));
}

// An id, or a code (items, categories, locations).
template <typename Row, typename ById, typename ByCode>
core::Result<Row> findRow(const QString &key, ById byId, ByCode byCode)
{
    bool numeric = false;
    const qint64 id = key.toLongLong(&numeric);
    if (numeric) {
        auto row = byId(id);
        if (row)
            return row;
    }
    return byCode(key);
}

// Runs the save command and prints the id.
template <typename Command, typename Row>
int save(CliRun &run, const QSqlDatabase &db, const Row &row)
{
    Command command(row);
    if (const int code = run.run(db, command); code != ExitOk)
        return code;
    run.out() << command.id() << Qt::endl;
    return ExitOk;
}

core::Result<stock::Category> categoryByCode(const QSqlDatabase &db, const QString &code)
{
    auto list = stock::StockCatalog(db).categories();
    if (!list)
        return list.error();
    for (const stock::Category &c : *list)
        if (c.code.compare(code.trimmed(), Qt::CaseInsensitive) == 0)
            return c;
    return core::Error(QStringLiteral("stock.unknown_category"), { code });
}

core::Result<stock::Category> findCategory(const QSqlDatabase &db, const QString &key)
{
    return findRow<stock::Category>(
        key, [&](qint64 id) { return stock::StockCatalog(db).category(id); },
        [&](const QString &code) { return categoryByCode(db, code); });
}

int runItem(CliRun &run)
{
    int code = ExitOk;
    auto started = startCatalogRun(run, { QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("category") }, &code);
    if (!started)
        return code;
    const bool edit = started->edit;
    const QString key = started->key;
    const QSqlDatabase db = started->connection.db();
    stock::StockCatalog catalog(db);
    stock::Item item;
    if (edit) {
        auto found = findRow<stock::Item>(
            key, [&](qint64 id) { return catalog.item(id); }, [&](const QString &c) { return catalog.itemByCode(c); });
        if (!found)
            return run.fail(found.error());
        item = *found;
    }
    setText(run, QStringLiteral("code"), &item.code);
    setText(run, QStringLiteral("name"), &item.name);
    setText(run, QStringLiteral("notes"), &item.notes);
    if (run.parser().isSet(QStringLiteral("category"))) {
        auto category = findCategory(db, run.parser().value(QStringLiteral("category")));
        if (!category)
            return run.fail(category.error());
        item.categoryId = category->id;
    }
    if (run.parser().isSet(QStringLiteral("unit"))) {
        const QString unit = run.parser().value(QStringLiteral("unit")).trimmed().toLower();
        if (unit == QLatin1String("kg") || unit == QLatin1String("g"))
            item.unit = stock::Unit::Grams;
        else if (unit == QLatin1String("pz") || unit == QLatin1String("pcs"))
            item.unit = stock::Unit::Pieces;
        else
            return badValue(run, QStringLiteral("unit"));
    }
    const QLocale c = QLocale::c();
    if (run.parser().isSet(QStringLiteral("piece-kg"))) {
        item.gramsPerPiece = core::parseKgToGrams(run.parser().value(QStringLiteral("piece-kg")), c);
        if (item.gramsPerPiece < 0)
            return badValue(run, QStringLiteral("piece-kg"));
    }
    if (run.parser().isSet(QStringLiteral("per-package"))) {
        bool ok = false;
        item.piecesPerPackage = run.parser().value(QStringLiteral("per-package")).toLongLong(&ok);
        if (!ok || item.piecesPerPackage < 0)
            return badValue(run, QStringLiteral("per-package"));
    }
    if (run.parser().isSet(QStringLiteral("min"))) {
        const QString text = run.parser().value(QStringLiteral("min"));
        bool ok = true;
        item.minLevel = item.unit == stock::Unit::Grams ? core::parseKgToGrams(text, c) : text.toLongLong(&ok);
        if (!ok || item.minLevel < 0)
            return badValue(run, QStringLiteral("min"));
    }
    if (!readYesNo(run, QStringLiteral("expires"), &item.tracksExpiry))
        return badValue(run, QStringLiteral("expires"));
    if (!readYesNo(run, QStringLiteral("active"), &item.active))
        return badValue(run, QStringLiteral("active"));
    return save<stock::SaveItem>(run, db, item);
}

int runCategory(CliRun &run)
{
    int code = ExitOk;
    auto started = startCatalogRun(run, { QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("kind") }, &code);
    if (!started)
        return code;
    const bool edit = started->edit;
    const QString key = started->key;
    const QSqlDatabase db = started->connection.db();
    stock::Category category;
    if (edit) {
        auto found = findCategory(db, key);
        if (!found)
            return run.fail(found.error());
        category = *found;
    }
    setText(run, QStringLiteral("code"), &category.code);
    setText(run, QStringLiteral("name"), &category.name);
    setText(run, QStringLiteral("kind"), &category.kind);
    category.kind = category.kind.trimmed().toLower();
    if (!readYesNo(run, QStringLiteral("active"), &category.active))
        return badValue(run, QStringLiteral("active"));
    return save<stock::SaveCategory>(run, db, category);
}

int runDonor(CliRun &run)
{
    int code = ExitOk;
    auto started = startCatalogRun(run, { QStringLiteral("name") }, &code);
    if (!started)
        return code;
    const bool edit = started->edit;
    const QString key = started->key;
    const QSqlDatabase db = started->connection.db();
    stock::Donor donor;
    if (edit) {
        bool numeric = false;
        const qint64 id = key.toLongLong(&numeric);
        auto found = numeric ? stock::StockCatalog(db).donor(id)
                             : core::Result<stock::Donor>(core::Error(QStringLiteral("stock.unknown_donor"), { key }));
        if (!found)
            return run.fail(found.error());
        donor = *found;
    }
    setText(run, QStringLiteral("name"), &donor.name);
    setText(run, QStringLiteral("tax-code"), &donor.taxCode);
    setText(run, QStringLiteral("address"), &donor.address);
    setText(run, QStringLiteral("contact"), &donor.contact);
    setText(run, QStringLiteral("phone"), &donor.phone);
    setText(run, QStringLiteral("email"), &donor.email);
    setText(run, QStringLiteral("notes"), &donor.notes);
    if (run.parser().isSet(QStringLiteral("kind"))) {
        const QString kind = run.parser().value(QStringLiteral("kind")).trimmed().toLower();
        bool known = false;
        for (stock::DonorKind k : stock::allDonorKinds())
            if (stock::donorKindCode(k) == kind) {
                donor.kind = k;
                known = true;
            }
        if (!known)
            return badValue(run, QStringLiteral("kind"));
    }
    if (!readYesNo(run, QStringLiteral("active"), &donor.active))
        return badValue(run, QStringLiteral("active"));
    return save<stock::SaveDonor>(run, db, donor);
}

int runLocation(CliRun &run)
{
    int code = ExitOk;
    auto started = startCatalogRun(run, { QStringLiteral("code"), QStringLiteral("name") }, &code);
    if (!started)
        return code;
    const bool edit = started->edit;
    const QString key = started->key;
    const QSqlDatabase db = started->connection.db();
    stock::StockCatalog catalog(db);
    stock::Location location;
    if (edit) {
        auto found = findRow<stock::Location>(
            key, [&](qint64 id) { return catalog.location(id); },
            [&](const QString &c) -> core::Result<stock::Location> {
                auto list = catalog.locations();
                if (!list)
                    return list.error();
                for (const stock::Location &l : *list)
                    if (l.code.compare(c.trimmed(), Qt::CaseInsensitive) == 0)
                        return l;
                return core::Error(QStringLiteral("stock.unknown_location"), { c });
            });
        if (!found)
            return run.fail(found.error());
        location = *found;
    }
    setText(run, QStringLiteral("code"), &location.code);
    setText(run, QStringLiteral("name"), &location.name);
    setText(run, QStringLiteral("address"), &location.address);
    if (run.parser().isSet(QStringLiteral("kind"))) {
        const QString kind = run.parser().value(QStringLiteral("kind")).trimmed().toLower();
        if (stock::locationKindCode(stock::locationKindFromCode(kind)) != kind)
            return badValue(run, QStringLiteral("kind"));
        location.kind = stock::locationKindFromCode(kind);
    }
    if (!readYesNo(run, QStringLiteral("default"), &location.isDefault))
        return badValue(run, QStringLiteral("default"));
    if (!readYesNo(run, QStringLiteral("active"), &location.active))
        return badValue(run, QStringLiteral("active"));
    return save<stock::SaveLocation>(run, db, location);
}

} // namespace

QList<CliImporter> stockImporters()
{
    return { { QStringLiteral("receipts"), [] { return CliRun::tr("receipts of donated goods (Magazzino)"); },
               { QCommandLineOption(QStringLiteral("accept-expired"),
                                    CliRun::tr("Receive goods already expired on arrival and write them off at once.")) },
               importReceipts, core::Permission::StockEdit } };
}

QList<CliCommand> stockCommands()
{
    const QString code = CliRun::tr("CODE");
    const QString text = CliRun::tr("TEXT");
    const QList<QCommandLineOption> itemOptions {
        valueOption(QStringLiteral("code"), CliRun::tr("Item code (PAS-PASTA)."), code),
        valueOption(QStringLiteral("name"), CliRun::tr("Name."), text),
        valueOption(QStringLiteral("category"), CliRun::tr("Goods category: id or code."), code),
        valueOption(QStringLiteral("unit"), CliRun::tr("Counted by weight (kg) or by the piece (pz)."), QStringLiteral("kg|pz")),
        valueOption(QStringLiteral("piece-kg"), CliRun::tr("Weight of one piece in kg (1.5)."), QStringLiteral("KG")),
        valueOption(QStringLiteral("per-package"), CliRun::tr("Pieces per package."), QStringLiteral("N")),
        valueOption(QStringLiteral("min"), CliRun::tr("Minimum level: kg, or pieces."), QStringLiteral("Q")),
        valueOption(QStringLiteral("expires"), CliRun::tr("Whether its lots have an expiry date: yes or no."),
            QStringLiteral("yes|no")),
        valueOption(QStringLiteral("notes"), CliRun::tr("Notes."), text),
        activeOption(),
    };
    const QList<QCommandLineOption> categoryOptions {
        valueOption(QStringLiteral("code"), CliRun::tr("Category code."), code),
        valueOption(QStringLiteral("name"), CliRun::tr("Name."), text),
        valueOption(QStringLiteral("kind"), CliRun::tr("Kind of goods."), QStringLiteral("food|dpi|kit|other")),
        activeOption(),
    };
    const QList<QCommandLineOption> donorOptions {
        valueOption(QStringLiteral("name"), CliRun::tr("Name."), text),
        valueOption(QStringLiteral("kind"), CliRun::tr("Kind of donor."),
            QStringLiteral("company|charity|collection|public_body|person|other")),
        valueOption(QStringLiteral("tax-code"), CliRun::tr("Codice fiscale or partita IVA."), code),
        valueOption(QStringLiteral("address"), CliRun::tr("Address."), text),
        valueOption(QStringLiteral("contact"), CliRun::tr("Contact person."), text),
        valueOption(QStringLiteral("phone"), CliRun::tr("Phone."), text),
        valueOption(QStringLiteral("email"), CliRun::tr("E-mail."), text),
        valueOption(QStringLiteral("notes"), CliRun::tr("Notes."), text),
        activeOption(),
    };
    const QList<QCommandLineOption> locationOptions {
        valueOption(QStringLiteral("code"), CliRun::tr("Location code."), code),
        valueOption(QStringLiteral("name"), CliRun::tr("Name."), text),
        valueOption(QStringLiteral("kind"), CliRun::tr("Kind of place."), QStringLiteral("warehouse|pole|coc|other")),
        valueOption(QStringLiteral("address"), CliRun::tr("Address."), text),
        valueOption(QStringLiteral("default"), CliRun::tr("Whether receipts and issues go here by default: yes or no."),
            QStringLiteral("yes|no")),
        activeOption(),
    };
    auto command = [](const QString &name, std::function<QString()> summary, const QList<QCommandLineOption> &options,
                       std::function<int(CliRun &)> run) {
        CliCommand c;
        c.name = name;
        c.synopsis = QStringLiteral("--user USER %1 add|edit [ID] [options]").arg(name);
        c.summary = std::move(summary);
        c.options = options;
        c.minArguments = 1;
        c.maxArguments = 2;
        c.run = std::move(run);
        c.permission = core::Permission::StockEdit;
        return c;
    };
    return {
        command(QStringLiteral("item"), [] { return CliRun::tr("creates or changes an item of the warehouse"); },
            itemOptions, runItem),
        command(QStringLiteral("category"), [] { return CliRun::tr("creates or changes a goods category"); },
            categoryOptions, runCategory),
        command(QStringLiteral("donor"), [] { return CliRun::tr("creates or changes a donor"); }, donorOptions,
            runDonor),
        command(QStringLiteral("location"), [] { return CliRun::tr("creates or changes a warehouse location"); },
            locationOptions, runLocation),
    };
}

#include "stock/ui/stockerrortext.h"

#include "core/domain/dates.h"
#include "core/domain/units.h"
#include "core/ui/errortext.h"

#include <QLocale>

namespace stock {

namespace {

// A quantity from an error's arguments: grams shown in kg, pieces as pieces.
QString amount(const QString &value, const QString &unit)
{
    const QLocale locale;
    const qint64 v = value.toLongLong();
    if (unit == QLatin1String("pcs"))
        return StockErrorText::tr("%1 pcs").arg(locale.toString(v));
    return StockErrorText::tr("%1 kg").arg(core::kgFull(v, locale));
}

QString date(const QString &iso)
{
    const QDate d = core::fromSqlDate(iso);
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : iso;
}

} // namespace

QString StockErrorText::describe(const core::Error &e)
{
    const QString a0 = e.args.value(0), a1 = e.args.value(1), a2 = e.args.value(2), a3 = e.args.value(3), a4 = e.args.value(4),
                  a5 = e.args.value(5);
    const QString &c = e.code;
    if (c == QLatin1String("stock.insufficient"))
        return tr("Not enough %1 on %2: %3 requested, %4 available, %5 missing.")
            .arg(a0, date(a5), amount(a2, a1), amount(a3, a1), amount(a4, a1));
    if (c == QLatin1String("stock.negative_balance"))
        return tr("The stock of %1 would become negative: nothing was recorded.").arg(a0);
    if (c == QLatin1String("stock.would_go_negative"))
        return tr("%1 (lot %2) has already left the warehouse: the correction would leave %3 missing. Correct the later movements first.")
            .arg(a0, a1.isEmpty() ? tr("without code") : a1, a2);
    if (c == QLatin1String("stock.bad_quantity"))
        return tr("The quantity must be greater than zero (not %1).").arg(a0);
    if (c == QLatin1String("stock.bad_date"))
        return tr("The date is missing.");
    if (c == QLatin1String("stock.future_date"))
        return tr("The date %1 is in the future.").arg(date(a0));
    if (c == QLatin1String("stock.unknown_item"))
        return tr("Unknown item (%1).").arg(a0);
    if (c == QLatin1String("stock.unknown_category"))
        return tr("Unknown goods category (%1).").arg(a0);
    if (c == QLatin1String("stock.catalogue_empty"))
        return tr("the catalogue has no items yet: create them in Warehouse › Master data, or all at once with the starter "
                  "catalogue (Help › First-start guide).");
    if (c == QLatin1String("stock.starter_empty"))
        return tr("No item of the starter catalogue is chosen.");
    if (c == QLatin1String("stock.starter_unreadable"))
        return tr("The starter catalogue shipped with the program cannot be read (%1).").arg(a0);
    if (c == QLatin1String("stock.unknown_location"))
        return tr("Unknown location (%1).").arg(a0);
    if (c == QLatin1String("stock.unknown_donor"))
        return tr("Unknown donor (%1).").arg(a0);
    if (c == QLatin1String("stock.unknown_lot"))
        return tr("Unknown lot (%1).").arg(a0);
    if (c == QLatin1String("stock.unknown_receipt"))
        return tr("Unknown receipt (%1).").arg(a0);
    if (c == QLatin1String("stock.unknown_count"))
        return tr("Unknown stock count (%1).").arg(a0);
    if (c == QLatin1String("stock.unknown_movement"))
        return tr("Unknown movement (%1).").arg(a0);
    if (c == QLatin1String("stock.inactive_location"))
        return tr("The location %1 is no longer in use.").arg(a0);
    if (c == QLatin1String("stock.inactive_item"))
        return tr("The item %1 is no longer in use.").arg(a0);
    if (c == QLatin1String("stock.missing_reason"))
        return tr("Write down the reason.");
    if (c == QLatin1String("stock.already_reversed"))
        return tr("This movement has already been corrected.");
    if (c == QLatin1String("stock.reversal_of_reversal"))
        return tr("This movement is itself a correction: record a new movement instead.");
    if (c == QLatin1String("stock.nothing_to_return"))
        return tr("Nothing of %1 was issued to this document: nothing can come back.").arg(a0);
    if (c == QLatin1String("stock.return_too_large"))
        return tr("At most %1 of %2 can come back to the warehouse for this document.").arg(amount(a1, a2), a0);
    if (c == QLatin1String("stock.same_location"))
        return tr("The goods are already in that location.");
    if (c == QLatin1String("stock.no_lines"))
        return tr("The receipt has no lines.");
    if (c == QLatin1String("stock.expiry_required"))
        return tr("%1 expires: write the expiry date.").arg(a0);
    if (c == QLatin1String("stock.expired_on_arrival"))
        return tr("%1 expired on %2, before the receipt date %3: confirm to receive it and write it off at once.")
            .arg(a0, date(a1), date(a2));
    if (c == QLatin1String("stock.empty_name"))
        return tr("The name is missing.");
    if (c == QLatin1String("stock.empty_code"))
        return tr("The code is missing.");
    if (c == QLatin1String("stock.bad_category_kind"))
        return tr("«%1» is not a kind of goods: food, dpi, kit or other.").arg(a0);
    if (c == QLatin1String("stock.duplicate_name"))
        return tr("«%1» already exists.").arg(a0);
    if (c == QLatin1String("stock.duplicate_code"))
        return tr("The code «%1» is already used.").arg(a0);
    if (c == QLatin1String("stock.food_needs_weight"))
        return tr("%1 is food counted by the piece: write the weight of one piece, so that reports can give kg.").arg(a0);
    if (c == QLatin1String("stock.package_on_weight"))
        return tr("Weight per piece and pieces per package are only for items counted by the piece.");
    if (c == QLatin1String("stock.bad_min_level"))
        return tr("The minimum level cannot be negative.");
    if (c == QLatin1String("stock.item_locked"))
        return tr("%1 already has movements: its category and unit can no longer change. Create a new item instead.").arg(a0);
    if (c == QLatin1String("stock.kit_not_kit"))
        return tr("%1 is not a kit counted by the piece: recipes are for items of a kit category.").arg(a0);
    if (c == QLatin1String("stock.kit_component_loop"))
        return tr("A kit cannot contain itself (%1).").arg(a0);
    if (c == QLatin1String("stock.kit_without_recipe"))
        return tr("%1 has no recipe: set its components first.").arg(a0);
    if (c == QLatin1String("stock.default_inactive"))
        return tr("There must be exactly one default location, and it must be in use.");
    if (c == QLatin1String("stock.bad_email"))
        return tr("«%1» is not a valid e-mail address.").arg(a0);
    if (c == QLatin1String("stock.bad_warning_days"))
        return tr("The warning days must be between 0 and 365 (not %1).").arg(a0);
    if (c == QLatin1String("stock.count_not_open"))
        return tr("This stock count is already closed.");
    if (c == QLatin1String("stock.count_incomplete"))
        return tr("%n lot(s) still have no counted quantity.", nullptr, a0.toInt());
    if (c == QLatin1String("stock.lot_in_count"))
        return tr("The lot is already in this count.");
    // Import
    if (c == QLatin1String("stock.import_missing_column"))
        return tr("the column «%1» (or «%2») is missing.").arg(a0, a1);
    if (c == QLatin1String("stock.import_bad_date"))
        return tr("«%1» is not a date: write it as dd/mm/yyyy.").arg(a0);
    if (c == QLatin1String("stock.import_empty"))
        return tr("the field is empty.");
    if (c == QLatin1String("stock.import_unknown_donor"))
        return tr("unknown donor «%1»: did you mean «%2»? Correct the name, or register the donor first.").arg(a0, a1);
    if (c == QLatin1String("stock.import_new_donor"))
        return tr("«%1» is a new donor: it will be created.").arg(a0);
    if (c == QLatin1String("stock.import_unknown_item"))
        return a1.isEmpty() ? tr("unknown item «%1».").arg(a0) : tr("unknown item «%1». Did you mean: %2?").arg(a0, a1);
    if (c == QLatin1String("stock.import_unknown_category"))
        return a1.isEmpty() ? tr("unknown category «%1».").arg(a0) : tr("unknown category «%1». Did you mean: %2?").arg(a0, a1);
    if (c == QLatin1String("stock.import_category_mismatch"))
        return tr("%1 belongs to «%2», not to «%3».").arg(a0, a1, a2);
    if (c == QLatin1String("stock.import_unknown_location"))
        return a1.isEmpty() ? tr("unknown location «%1».").arg(a0) : tr("unknown location «%1». Did you mean: %2?").arg(a0, a1);
    if (c == QLatin1String("stock.import_bad_unit"))
        return tr("«%1» is not a unit: use kg, g, pz or colli.").arg(a0);
    if (c == QLatin1String("stock.import_unit_mismatch"))
        return tr("%1 cannot be counted in «%2».").arg(a0, a1);
    if (c == QLatin1String("stock.item_missing"))
        return tr("Item: required.");
    if (c == QLatin1String("stock.quantity_missing"))
        return tr("Quantity: required.");
    if (c == QLatin1String("stock.import_bad_number"))
        return tr("«%1» is not a quantity.").arg(a0);
    if (c == QLatin1String("stock.import_expired_accepted"))
        return tr("%1 expired on %2, before the receipt date %3: it will be received and written off.").arg(a0, date(a1), date(a2));
    if (c == QLatin1String("stock.import_no_rows"))
        return tr("the file has no lines of goods.");
    if (c == QLatin1String("stock.import_has_errors"))
        return tr("the file has %n error(s): nothing was imported.", nullptr, a0.toInt());
    return {};
}

void StockErrorText::registerTranslator()
{
    core::ErrorText::registerTranslator(QStringLiteral("stock."), &StockErrorText::describe);
}

} // namespace stock

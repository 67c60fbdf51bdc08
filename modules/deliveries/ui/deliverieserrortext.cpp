#include "deliveries/ui/deliverieserrortext.h"

#include "core/domain/dates.h"
#include "core/ui/errortext.h"
#include "deliveries/domain/deliverylabels.h"

#include <QLocale>

namespace deliveries {

namespace {

QString date(const QString &iso)
{
    const QDate d = core::fromSqlDate(iso);
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : iso;
}

QString deliveryState(const QString &code)
{
    return DeliveryLabels::deliveryStatus(deliveryStatusFromCode(code)).toLower();
}

QString requestState(const QString &code)
{
    return DeliveryLabels::requestStatus(requestStatusFromCode(code)).toLower();
}

} // namespace

QString DeliveriesErrorText::describe(const core::Error &e)
{
    const QString a0 = e.args.value(0), a1 = e.args.value(1), a2 = e.args.value(2);
    const QString &c = e.code;
    // Recipients
    if (c == QLatin1String("deliveries.empty_name"))
        return tr("The name is missing.");
    if (c == QLatin1String("deliveries.unknown_comune"))
        return tr("Unknown comune (%1).").arg(a0);
    if (c == QLatin1String("deliveries.recipient_missing"))
        return tr("Choose the recipient of the request: it is required.");
    if (c == QLatin1String("deliveries.unknown_recipient"))
        return tr("Unknown recipient (%1).").arg(a0);
    if (c == QLatin1String("deliveries.inactive_recipient"))
        return tr("%1 is no longer in use as a recipient.").arg(a0);
    if (c == QLatin1String("deliveries.coc_fixed"))
        return tr("Every comune has its COC already: a COC cannot be created, nor a recipient turned into one.");
    if (c == QLatin1String("deliveries.bad_email"))
        return tr("«%1» is not a valid e-mail address.").arg(a0);
    if (c == QLatin1String("deliveries.bad_coordinate"))
        return tr("The coordinates are not valid: latitude between -90 and 90, longitude between -180 and 180.");
    // Requests
    if (c == QLatin1String("deliveries.bad_date"))
        return tr("The date is missing.");
    if (c == QLatin1String("deliveries.future_date"))
        return tr("The date %1 is in the future.").arg(date(a0));
    if (c == QLatin1String("deliveries.needed_before_request"))
        return tr("The delivery cannot be needed before the request was made.");
    if (c == QLatin1String("deliveries.no_lines"))
        return tr("There are no goods: add at least one line.");
    if (c == QLatin1String("deliveries.bad_quantity"))
        return tr("The quantity must be greater than zero (not %1).").arg(a0);
    if (c == QLatin1String("deliveries.bad_packages"))
        return tr("The packages cannot be negative (not %1).").arg(a0);
    if (c == QLatin1String("deliveries.whole_kg"))
        return tr("%1 is asked in whole kilograms.").arg(a0);
    if (c == QLatin1String("deliveries.goods_missing"))
        return tr("Line %1, goods: required (choose a category or an item).").arg(a0);
    if (c == QLatin1String("deliveries.unknown_goods"))
        return tr("Line %1: unknown goods «%2»: choose a category or an item from the list.").arg(a0, a1);
    if (c == QLatin1String("deliveries.unknown_category"))
        return tr("Unknown goods category (%1).").arg(a0);
    if (c == QLatin1String("deliveries.unknown_item"))
        return tr("Unknown item (%1).").arg(a0);
    if (c == QLatin1String("deliveries.inactive_item"))
        return tr("The item %1 is no longer in use.").arg(a0);
    if (c == QLatin1String("deliveries.unknown_location"))
        return tr("Unknown warehouse location (%1).").arg(a0);
    if (c == QLatin1String("deliveries.duplicate_line"))
        return tr("%1 appears twice: write it on one line.").arg(a0);
    if (c == QLatin1String("deliveries.duplicate_external_ref"))
        return tr("The booking %1 has already been recorded.").arg(a0);
    if (c == QLatin1String("deliveries.unknown_request"))
        return tr("Unknown request (%1).").arg(a0);
    if (c == QLatin1String("deliveries.missing_reason"))
        return tr("Write down the reason.");
    if (c == QLatin1String("deliveries.request_not_cancellable"))
        return tr("Request %1 is %2: it can no longer be cancelled.").arg(a0, requestState(a1));
    if (c == QLatin1String("deliveries.request_not_editable"))
        return tr("Request %1 is %2: only a request still waiting for an allocation can be changed.")
            .arg(a0, requestState(a1));
    if (c == QLatin1String("deliveries.request_not_cancelled"))
        return tr("Request %1 is %2, no longer cancelled.").arg(a0, requestState(a1));
    if (c == QLatin1String("deliveries.request_closed"))
        return tr("Request %1 is %2: no delivery can be planned for it any more.").arg(a0, requestState(a1));
    if (c == QLatin1String("deliveries.import_has_errors"))
        return tr("The file has %n error(s): nothing was imported.", nullptr, a0.toInt());
    if (c == QLatin1String("deliveries.request_has_deliveries"))
        return tr("Request %1 has deliveries planned or on the road: cancel or return them first.").arg(a0);
    // Allocations
    if (c == QLatin1String("deliveries.no_waiting_requests"))
        return tr("No request is waiting for an allocation on this day.");
    if (c == QLatin1String("deliveries.request_not_waiting"))
        return tr("Request %1 is no longer waiting for an allocation (someone else allocated or cancelled it): "
                  "calculate again.")
            .arg(a0);
    if (c == QLatin1String("deliveries.override_above_request"))
        return tr("Request %1 asked for %2: it cannot get more than it asked.").arg(a0, a1);
    if (c == QLatin1String("deliveries.override_negative"))
        return tr("The quantity given cannot be negative.");
    if (c == QLatin1String("deliveries.over_available"))
        return tr("%1: %2 would be given but only %3 are available.").arg(a0, a1, a2);
    if (c == QLatin1String("deliveries.unknown_allocation"))
        return tr("Unknown allocation (%1).").arg(a0);
    if (c == QLatin1String("deliveries.allocation_negative_available"))
        return tr("What is available cannot be negative (%1).").arg(a0);
    if (c == QLatin1String("deliveries.allocation_negative_request"))
        return tr("Request %1 asks for a negative quantity (%2).").arg(a0, a1);
    if (c == QLatin1String("deliveries.allocation_bad_weight"))
        return tr("%1 has no residents to weigh the share by (%2).").arg(a0, a1);
    if (c == QLatin1String("deliveries.allocation_negative"))
        return tr("«%1» is negative: quantities are zero or more.").arg(a0);
    if (c == QLatin1String("deliveries.allocation_out_of_range"))
        return tr("«%1» is too large: a quantity can be at most %2.").arg(a0, a1);
    if (c == QLatin1String("deliveries.allocation_sum_out_of_range"))
        return tr("With this line the quantities add up to %1: a total can be at most %2.").arg(a0, a1);
    if (c == QLatin1String("deliveries.allocation_total_too_large"))
        return tr("The requests add up to %1, more than can be counted (at most %2).").arg(a0, a1);
    if (c == QLatin1String("deliveries.allocation_weights_too_large"))
        return tr("The residents weighing the shares add up to %1, more than can be counted (at most %2).")
            .arg(a0, a1);
    if (c == QLatin1String("deliveries.allocation_no_available"))
        return tr("Nothing is said to be available for «%1»: add it to the file of what is available.").arg(a0);
    // Deliveries
    if (c == QLatin1String("deliveries.unknown_delivery"))
        return tr("Unknown delivery (%1).").arg(a0);
    if (c == QLatin1String("deliveries.locked"))
        return tr("This delivery has left the warehouse: it cannot be changed any more. A delivered delivery can only "
                  "be reversed by a return.");
    if (c == QLatin1String("deliveries.not_editable"))
        return tr("Delivery %1 is %2: only planned deliveries can be edited. A delivered one can only be reversed by a "
                  "return.")
            .arg(a0, deliveryState(a1));
    if (c == QLatin1String("deliveries.not_planned"))
        return tr("Delivery %1 is %2, not planned.").arg(a0, deliveryState(a1));
    if (c == QLatin1String("deliveries.not_replannable"))
        return tr("Delivery %1 is %2: only a cancelled or returned delivery can be planned anew.")
            .arg(a0, deliveryState(a1));
    if (c == QLatin1String("deliveries.not_loaded"))
        return tr("Delivery %1 is %2: only a delivery on the road can be signed as delivered.")
            .arg(a0, deliveryState(a1));
    if (c == QLatin1String("deliveries.not_returnable"))
        return tr("Delivery %1 is %2: only goods that left the warehouse can come back.").arg(a0, deliveryState(a1));
    if (c == QLatin1String("deliveries.history_no_return"))
        return tr("Delivery %1 was recorded from past records and took nothing from the stock: record the goods that "
                  "came back as a "
                  "receipt in the Warehouse tab.")
            .arg(a0);
    if (c == QLatin1String("deliveries.missing_signature"))
        return tr("Write the name of who received and signed the goods.");
    if (c == QLatin1String("deliveries.return_before_issue"))
        return tr("The goods cannot come back on %1, before they left (%2).").arg(date(a0), date(a1));
    if (c == QLatin1String("deliveries.duplicate_number"))
        return tr("The delivery note number %1 is already used.").arg(a0);
    // Imports
    if (c == QLatin1String("deliveries.import_missing_column"))
        return tr("the column «%1» (or «%2») is missing.").arg(a0, a1);
    if (c == QLatin1String("deliveries.import_empty"))
        return tr("the field is empty.");
    if (c == QLatin1String("deliveries.import_bad_date"))
        return tr("«%1» is not a date: write it as dd/mm/yyyy.").arg(a0);
    if (c == QLatin1String("deliveries.import_bad_number"))
        return tr("«%1» is not a quantity.").arg(a0);
    if (c == QLatin1String("deliveries.import_not_whole_kg"))
        return tr("«%1»: quantities are asked in whole kilograms.").arg(a0);
    if (c == QLatin1String("deliveries.import_bad_unit"))
        return tr("«%1» is not a unit: use kg or pz.").arg(a0);
    if (c == QLatin1String("deliveries.import_unit_mismatch"))
        return tr("%1 cannot be counted in «%2».").arg(a0, a1);
    if (c == QLatin1String("deliveries.import_comune_corrected"))
        return tr("«%1» read as %2.").arg(a0, a1);
    if (c == QLatin1String("deliveries.import_comune_ambiguous"))
        return tr("«%1» could be more than one comune: %2. Write the full name or the province, e.g. «Name (MI)».")
            .arg(a0, a1);
    if (c == QLatin1String("deliveries.import_comune_unknown"))
        return a1.isEmpty() ? tr("unknown comune «%1»: no comune has a similar name.").arg(a0)
                            : tr("unknown comune «%1». Closest names: %2.").arg(a0, a1);
    if (c == QLatin1String("deliveries.import_not_metropolitan"))
        return tr("%1 is not one of the 133 comuni of the metropolitan city: it has no COC to deliver to. Name the "
                  "recipient instead.")
            .arg(a0);
    if (c == QLatin1String("deliveries.import_unknown_recipient"))
        return a1.isEmpty()
            ? tr("unknown recipient «%1»: register it in the Recipients page first.").arg(a0)
            : tr("unknown recipient «%1». Closest names: %2. Or register it in the Recipients page first.").arg(a0, a1);
    if (c == QLatin1String("deliveries.import_unknown_category"))
        return a1.isEmpty() ? tr("unknown category «%1».").arg(a0)
                            : tr("unknown category «%1». Closest names: %2.").arg(a0, a1);
    if (c == QLatin1String("deliveries.import_unknown_item"))
        return a1.isEmpty() ? tr("unknown item «%1».").arg(a0)
                            : tr("unknown item «%1». Closest names: %2.").arg(a0, a1);
    if (c == QLatin1String("deliveries.import_category_mismatch"))
        return tr("%1 does not belong to «%2».").arg(a0, a1);
    if (c == QLatin1String("deliveries.import_already_imported"))
        return tr("the booking %1 was imported before: skipped.").arg(a0);
    if (c == QLatin1String("deliveries.import_already_recorded"))
        return tr("the delivery note %1 was recorded before: skipped.").arg(a0);
    if (c == QLatin1String("deliveries.import_already_recorded_unnumbered"))
        return tr("the delivery of %1 to %2 with the same goods was recorded before (note %3): skipped.")
            .arg(QLocale().toString(QDate::fromString(a0, Qt::ISODate), QStringLiteral("dd/MM/yyyy")), a1, a2);
    if (c == QLatin1String("deliveries.import_booking_mismatch"))
        return tr("the booking %1 appears with another date or recipient on an earlier line.").arg(a0);
    if (c == QLatin1String("deliveries.import_number_mismatch"))
        return tr("the delivery note %1 appears with another date or recipient on an earlier line.").arg(a0);
    if (c == QLatin1String("deliveries.import_food_needs_kg"))
        return tr("food needs its weight in kg.");
    if (c == QLatin1String("deliveries.import_no_rows"))
        return tr("the file has no lines of goods.");
    if (c == QLatin1String("deliveries.import_has_errors"))
        return tr("the file has %n error(s): nothing was imported.", nullptr, a0.toInt());
    if (c == QLatin1String("deliveries.demo_overshoot"))
        return tr("Demo data: %1 exceeds the published figure by %2 g.").arg(a0, a1);
    return {};
}

void DeliveriesErrorText::registerTranslator()
{
    core::ErrorText::registerTranslator(QStringLiteral("deliveries."), &DeliveriesErrorText::describe);
}

} // namespace deliveries

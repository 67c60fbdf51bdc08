#include "room/ui/planerrors.h"

namespace room {

QString PlanErrors::describe(const core::Error &e)
{
    const QString c = e.code.mid(QStringLiteral("room.").size());
    const QString a0 = e.args.value(0), a1 = e.args.value(1);
    if (c == QLatin1String("plan_comune_missing"))
        return tr("Choose the comune of the plan.");
    if (c == QLatin1String("plan_act_long"))
        return tr("The approving act is too long: the limit is %1.").arg(a0);
    if (c == QLatin1String("plan_notes_long") || c == QLatin1String("coc_note_long"))
        return tr("The notes are too long: the limit is %1.").arg(a0);
    if (c == QLatin1String("plan_dates_without_plan"))
        return tr("A comune without an emergency plan has no approval, revision or portal: clear them, or say that "
                  "the comune has a plan.");
    if (c == QLatin1String("plan_approval_missing"))
        return tr("Write the date the plan was approved.");
    if (c == QLatin1String("plan_date_too_old"))
        return tr("The date %1 is before %2: no comune had an emergency plan then. Check the year.").arg(a0, a1);
    if (c == QLatin1String("plan_approval_future"))
        return tr("The approval date %1 is in the future.").arg(a0);
    if (c == QLatin1String("plan_revision_before_approval"))
        return tr("The last revision (%1) comes before the approval (%2).").arg(a0, a1);
    if (c == QLatin1String("plan_revision_future"))
        return tr("The revision date %1 is in the future.").arg(a0);
    if (c == QLatin1String("plan_due_not_after_revision"))
        return tr("The revision due on %1 is not after the last revision or approval (%2).").arg(a0, a1);
    if (c == QLatin1String("plan_due_too_far"))
        return tr("The revision due on %1 is more than %n year(s) after the last revision: check the year.", nullptr,
            a1.toInt())
            .arg(a0);
    if (c == QLatin1String("coc_already_active"))
        return tr("The comune's COC is already open.");
    if (c == QLatin1String("coc_already_closed"))
        return tr("The comune's COC is not open: there is nothing to close.");
    if (c == QLatin1String("coc_future"))
        return tr("The opening or closing of a COC cannot be recorded in the future.");
    if (c == QLatin1String("coc_before_last"))
        return tr("The COC last changed on %1: a new change cannot come before it.").arg(a0);
    if (c == QLatin1String("plan_import_problems"))
        return tr("The file has errors: nothing was imported.");
    if (c == QLatin1String("plan_import_missing_column"))
        return tr("The file has no column «%1».").arg(a0);
    if (c == QLatin1String("plan_import_comune_missing"))
        return tr("The comune is missing.");
    if (c == QLatin1String("plan_import_comune_ambiguous"))
        return tr("«%1» could be more than one comune: %2. Write the name in full.").arg(a0, a1);
    if (c == QLatin1String("plan_import_comune_unknown"))
        return a1.isEmpty() ? tr("There is no comune called «%1».").arg(a0)
                            : tr("There is no comune called «%1» (perhaps: %2).").arg(a0, a1);
    if (c == QLatin1String("plan_import_comune_outside"))
        return tr("%1 is not one of the comuni of the metropolitan city.").arg(a0);
    if (c == QLatin1String("plan_import_comune_corrected"))
        return tr("«%1» read as %2.").arg(a0, a1);
    if (c == QLatin1String("plan_import_duplicate"))
        return tr("%1 is already on line %2 of the file.").arg(a0, a1);
    if (c == QLatin1String("plan_import_bad_yes_no"))
        return tr("«%1» is neither sì nor no.").arg(a0);
    if (c == QLatin1String("plan_import_bad_date"))
        return tr("«%1» is not a date (dd/mm/yyyy).").arg(a0);
    if (c == QLatin1String("plan_import_bad_risk"))
        return tr("«%1» is not a known risk scenario (idrogeologico, idraulico, incendi boschivi, sismico, "
                  "industriale, neve e ghiaccio, ondate di calore, trasporti, dighe).")
            .arg(a0);
    if (c == QLatin1String("plan_report_bad_zone"))
        return tr("There is no zona omogenea called «%1».").arg(a0);
    return {};
}

} // namespace room

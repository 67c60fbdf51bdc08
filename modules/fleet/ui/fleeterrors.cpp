#include "fleet/ui/fleeterrors.h"

#include "core/domain/dates.h"
#include "core/ui/errortext.h"
#include "fleet/domain/deployment.h"
#include "fleet/domain/fleettypes.h"

#include <QLocale>

namespace fleet {

namespace {
QString day(const QString &iso)
{
    const QDate d = core::fromSqlDate(iso);
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : iso;
}

QString km(const QString &number)
{
    bool ok = false;
    const qint64 n = number.toLongLong(&ok);
    return ok ? QLocale().toString(n) : number;
}
} // namespace

void FleetErrors::registerOnce()
{
    static const bool registered = [] {
        core::ErrorText::registerTranslator(QStringLiteral("fleet."), &FleetErrors::describe);
        return true;
    }();
    Q_UNUSED(registered);
}

QString FleetErrors::describe(const core::Error &e)
{
    const QString a0 = e.args.value(0), a1 = e.args.value(1), a2 = e.args.value(2);
    const QString c = e.code.mid(QStringLiteral("fleet.").size());
    if (c == QLatin1String("plate_missing"))
        return tr("The plate is missing.");
    if (c == QLatin1String("plate_format"))
        return tr("«%1» is not an Italian plate: write it as AB 123 CD (or a motorcycle's AB 12345, an old "
                  "provincial plate such as MI 123456, a special plate such as CRI, EI, VF, CC, PC or DPC "
                  "followed by letters and digits).")
            .arg(a0);
    if (c == QLatin1String("plate_in_use"))
        return tr("The plate %1 already belongs to another vehicle.").arg(a0);
    if (c == QLatin1String("revision_before_registration"))
        return tr("The revision due on %1 comes before the registration of %2.").arg(day(a0), day(a1));
    if (c == QLatin1String("registration_in_future"))
        return tr("The registration date %1 is in the future.").arg(day(a0));
    if (c == QLatin1String("km_out_of_range"))
        return tr("%1 km is not a possible reading: the odometer goes from 0 to 2.000.000 km.").arg(km(a0));
    if (c == QLatin1String("odometer_backwards"))
        return tr("The odometer cannot go back: %1 km is less than the %2 km on record.").arg(km(a0), km(a1));
    if (c == QLatin1String("km_before_previous"))
        return tr("%1 km is less than the %2 km recorded on %3: the odometer cannot go back.")
            .arg(km(a0), km(a1), day(a2));
    if (c == QLatin1String("km_after_next"))
        return tr("%1 km is more than the %2 km recorded later, on %3.").arg(km(a0), km(a1), day(a2));
    if (c == QLatin1String("cost_out_of_range"))
        return tr("The cost is not possible: it must be between 0 and 1.000.000.000 euro.");
    if (c == QLatin1String("maintenance_work_missing"))
        return tr("Say what work was done.");
    if (c == QLatin1String("maintenance_already_reversed"))
        return tr("This maintenance entry was already cancelled.");
    if (c == QLatin1String("unknown_maintenance"))
        return tr("This maintenance entry no longer exists.");
    if (c == QLatin1String("day_missing"))
        return tr("The date is missing.");
    if (c == QLatin1String("day_in_future"))
        return tr("The date %1 is in the future.").arg(day(a0));
    if (c == QLatin1String("owner_organisation_missing"))
        return tr("Choose the organisation.");
    if (c == QLatin1String("site_name_missing"))
        return tr("The name of the site is missing.");
    if (c == QLatin1String("site_exists"))
        return tr("There is already a site called «%1».").arg(a0);
    if (c == QLatin1String("equipment_description_missing"))
        return tr("The description of the equipment is missing.");
    if (c == QLatin1String("serial_in_use"))
        return tr("The serial number %1 already belongs to another piece of equipment.").arg(a0);
    if (c == QLatin1String("equipment_already_out"))
        return tr("%1 is already on loan to %2 since %3: record its return first.").arg(a0, a1, day(a2));
    if (c == QLatin1String("equipment_not_out"))
        return tr("%1 is not out on loan.").arg(a0);
    if (c == QLatin1String("equipment_not_available"))
        return tr("%1 is out of service or retired: it cannot be lent.").arg(a0);
    if (c == QLatin1String("return_before_loan"))
        return tr("The return on %1 comes before the loan of %2.").arg(day(a0), day(a1));
    if (c == QLatin1String("unknown_vehicle"))
        return tr("This vehicle no longer exists.");
    if (c == QLatin1String("unknown_equipment"))
        return tr("This piece of equipment no longer exists.");
    if (c == QLatin1String("unknown_site"))
        return tr("This site no longer exists.");
    if (c == QLatin1String("unknown_organisation"))
        return tr("There is no organisation «%1».").arg(a0);
    if (c == QLatin1String("unknown_comune"))
        return tr("There is no comune with code %1.").arg(a0);
    // Modules and deployments
    if (c == QLatin1String("module_name_missing"))
        return tr("The name of the module is missing.");
    if (c == QLatin1String("module_exists"))
        return tr("There is already a module called «%1».").arg(a0);
    if (c == QLatin1String("unknown_module"))
        return tr("There is no module «%1».").arg(a0);
    if (c == QLatin1String("skill_missing_name"))
        return tr("A skill has no qualification: choose one.");
    if (c == QLatin1String("skill_needed_out_of_range"))
        return tr("«%1»: the number of volunteers goes from 1 to 99, not %2.").arg(a0, a1);
    if (c == QLatin1String("skill_repeated"))
        return tr("The skill «%1» is listed twice.").arg(a0);
    if (c == QLatin1String("unknown_event"))
        return a0.isEmpty() ? tr("Choose the event of the deployment.") : tr("This event no longer exists.");
    if (c == QLatin1String("unknown_service"))
        return a0.isEmpty() ? tr("Choose the service under which the volunteers' days are recorded.")
                            : tr("This service no longer exists.");
    if (c == QLatin1String("deployment_requester_missing"))
        return tr("Say which body asked for the deployment.");
    if (c == QLatin1String("deployment_dates_missing"))
        return tr("The first and last day of the deployment are needed.");
    if (c == QLatin1String("deployment_dates_reversed"))
        return tr("The deployment ends on %2, before it starts on %1.").arg(day(a0), day(a1));
    if (c == QLatin1String("deployment_too_long"))
        return tr("A deployment lasts at most a year: record a longer one in parts.");
    if (c == QLatin1String("deployment_outside_event"))
        return e.args.value(3).isEmpty()
            ? tr("%1 is outside the event «%2», which starts on %3.").arg(day(a0), a1, day(a2))
            : tr("%1 is outside the event «%2», from %3 to %4.").arg(day(a0), a1, day(a2), day(e.args.value(3)));
    if (c == QLatin1String("deployment_empty"))
        return tr("The deployment sends nothing: choose modules, vehicles, equipment or volunteers.");
    if (c == QLatin1String("deployment_km_out_of_range"))
        return tr("%1 km on one deployment is not possible: write from 0 to 100.000 km.").arg(km(a0));
    if (c == QLatin1String("vehicle_not_fit"))
        return tr("The vehicle %1 cannot be sent (%2): give the reason it goes anyway, or leave it at the site.")
            .arg(a0, DeploymentText::unfitness(a1));
    if (c == QLatin1String("equipment_not_fit"))
        return tr("%1 cannot be sent (%2): give the reason it goes anyway, or leave it at the site.")
            .arg(a0, DeploymentText::unfitness(a1));
    if (c == QLatin1String("vehicle_already_deployed"))
        return tr("The vehicle %1 is already deployed for «%2» from %3 to %4.").arg(a0, a1, day(a2), day(e.args.value(3)));
    if (c == QLatin1String("equipment_already_deployed"))
        return tr("%1 is already deployed for «%2» from %3 to %4.").arg(a0, a1, day(a2), day(e.args.value(3)));
    // Corrections and voids of deployments
    if (c == QLatin1String("amend_reason_missing"))
        return tr("Write the reason: it stays with the deployment.");
    if (c == QLatin1String("unknown_deployment"))
        return tr("There is no deployment %1.").arg(a0);
    if (c == QLatin1String("deployment_voided"))
        return tr("The deployment for «%1» of %2 has been voided: it can no longer be changed.").arg(a0, day(a1));
    if (c == QLatin1String("deployment_day_certified"))
        return tr("The deployment cannot be voided: %2, the day of %1 on it, is certified by attestato %3, already "
                  "issued (%Ln certified day(s) in all). Cancel the attestato first, or correct the deployment "
                  "instead.",
            nullptr, e.args.value(3).toInt())
            .arg(a0, day(a1), a2);
    if (c == QLatin1String("correction_empty"))
        return tr("Choose the vehicles whose km to correct.");
    if (c == QLatin1String("vehicle_not_on_deployment"))
        return tr("The vehicle %1 did not go on this deployment.").arg(a0);
    if (c == QLatin1String("deployment_km_in_later_reading")) {
        if (a2.isEmpty())
            return tr("The km of %1 on this deployment are inside an earlier reading of its odometer, and the vehicle "
                      "has been read since at %2 km: that reading holds only what was driven, so the km cannot be "
                      "taken out of it.")
                .arg(a0, km(a1));
        return tr("The km of %1 on this deployment, recorded before corrections were possible, are inside the "
                  "reading of %2 km read at the service of %3, after the deployment: they cannot be taken out of "
                  "a reading read on the vehicle.")
            .arg(a0, km(a1), day(a2));
    }
    if (c == QLatin1String("deployment_km_above_reading"))
        return tr("The odometer of %1 reads %2 km, fewer than the %3 km its deployments recorded before corrections "
                  "were possible: its history does not say which km are inside that reading, so they cannot be "
                  "taken out. Correct the odometer on the vehicle instead.")
            .arg(a0, km(a1), km(a2));
    if (c == QLatin1String("withdraw_what"))
        return tr("Name one vehicle, one piece of equipment or one volunteer to withdraw from the deployment.");
    if (c == QLatin1String("line_not_on_deployment"))
        return tr("%1 is not on this deployment (or was withdrawn from it already).").arg(a0);
    if (c == QLatin1String("withdraw_last_line"))
        return tr("%1 is all that is left on this deployment: void the deployment instead.").arg(a0);
    if (c == QLatin1String("volunteer_day_certified"))
        return tr("%1 cannot be withdrawn: %2, a day of theirs on this deployment, is certified by attestato %3, "
                  "already issued (%Ln certified day(s) in all). Cancel the attestato first.",
            nullptr, e.args.value(3).toInt())
            .arg(a0, day(a1), a2);
    if (c == QLatin1String("correction_unchanged"))
        return tr("The km are the same as recorded: nothing to correct.");
    // Imports
    if (c == QLatin1String("import_missing_column"))
        return tr("The file has no column «%1».").arg(a0);
    if (c == QLatin1String("import_duplicate"))
        return tr("%1 is already on line %2 of the file.").arg(a0, a1);
    if (c == QLatin1String("import_bad_type"))
        return tr("«%1» is not a known type.").arg(a0);
    if (c == QLatin1String("import_bad_state"))
        return tr("«%1» is not a state: write operativo, in manutenzione or fuori servizio.").arg(a0);
    if (c == QLatin1String("import_bad_date"))
        return tr("«%1» is not a date: write it as dd/mm/yyyy.").arg(a0);
    if (c == QLatin1String("import_bad_number"))
        return tr("«%1» is not a whole number of km.").arg(a0);
    if (c == QLatin1String("import_unknown_owner"))
        return tr("«%1» is not an owner: write Città metropolitana, CCV-MI or the name of an organisation.").arg(a0);
    if (c == QLatin1String("import_unknown_site"))
        return tr("There is no site called «%1».").arg(a0);
    if (c == QLatin1String("import_kind"))
        return tr("«%1» is not something the Colonna Mobile imports.").arg(a0);
    if (c == QLatin1String("import_problems"))
        return tr("The file has %n problem(s): nothing was imported.", nullptr, a0.toInt());
    return e.code;
}

} // namespace fleet

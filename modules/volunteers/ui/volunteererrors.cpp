#include "volunteers/ui/volunteererrors.h"

#include "core/ui/errortext.h"

namespace volunteers {

void VolunteerErrors::registerOnce()
{
    static const bool registered = [] {
        core::ErrorText::registerTranslator(QStringLiteral("volunteers."), &VolunteerErrors::describe);
        core::ErrorText::registerTranslator(QStringLiteral("training."), &VolunteerErrors::describeTraining);
        return true;
    }();
    Q_UNUSED(registered);
}

QString VolunteerErrors::describe(const core::Error &e)
{
    const QString a0 = e.args.value(0), a1 = e.args.value(1), a2 = e.args.value(2), a3 = e.args.value(3),
                  a4 = e.args.value(4);
    const QString c = e.code.mid(QStringLiteral("volunteers.").size());
    // Codice fiscale
    if (c == QLatin1String("cf_empty"))
        return tr("The codice fiscale is missing.");
    if (c == QLatin1String("cf_length"))
        return tr("The codice fiscale «%1» has %n character(s) instead of 16.", nullptr, a1.toInt()).arg(a0);
    if (c == QLatin1String("cf_format"))
        return tr("The codice fiscale «%1» is not well formed: character %2 is wrong.").arg(a0, a1);
    if (c == QLatin1String("cf_month"))
        return tr("The codice fiscale «%1» has no valid month letter (character 9).").arg(a0);
    if (c == QLatin1String("cf_day"))
        return tr("The codice fiscale «%1» has an impossible birth date.").arg(a0);
    if (c == QLatin1String("cf_check"))
        return tr("The codice fiscale «%1» is not valid: its last character should be %2. Check for a typing error.")
            .arg(a0, a1);
    if (c == QLatin1String("cf_duplicate"))
        return tr("The codice fiscale %1 already belongs to %2.").arg(a0, a1);
    if (c == QLatin1String("cf_name_mismatch"))
        return tr("The codice fiscale %1 does not match the surname and name «%2»: check them.").arg(a0, a1);
    // Records
    if (c == QLatin1String("name_missing"))
        return tr("Surname and name are both needed.");
    if (c == QLatin1String("organisation_missing"))
        return tr("Choose the volunteer's organisation: it is required.");
    if (c == QLatin1String("unknown_organisation"))
        return tr("The organisation does not exist (any more).");
    if (c == QLatin1String("unknown_employer"))
        return tr("The employer does not exist (any more).");
    if (c == QLatin1String("unknown_volunteer"))
        return tr("The volunteer does not exist (any more).");
    if (c == QLatin1String("organisation_name_missing"))
        return tr("The organisation needs a name.");
    if (c == QLatin1String("organisation_exists"))
        return tr("An organisation called «%1» already exists.").arg(a0);
    if (c == QLatin1String("registry_in_use"))
        return tr("Registry number %1 already belongs to «%2».").arg(a0, a1);
    if (c == QLatin1String("renewal_incomplete"))
        return tr("The renewal cannot be marked as done: checklist items %1 are still open.").arg(a0);
    if (c == QLatin1String("employer_name_missing"))
        return tr("The employer needs a name.");
    if (c == QLatin1String("bad_employer_tax_code"))
        return tr("«%1» is neither a valid partita IVA (11 digits) nor a valid codice fiscale.").arg(a0);
    if (c == QLatin1String("employer_exists"))
        return tr("The tax code %1 already belongs to the employer «%2».").arg(a0, a1);
    if (c == QLatin1String("qualification_name_missing"))
        return tr("Write the name of the course or qualification.");
    if (c == QLatin1String("qualification_dates"))
        return tr("The expiry date comes before the date obtained.");
    // Events and services
    if (c == QLatin1String("event_name_missing"))
        return tr("The event needs a name.");
    if (c == QLatin1String("event_act_missing"))
        return tr("Write the act that authorised the activation (e.g. the decree or the request).");
    if (c == QLatin1String("event_dates"))
        return tr("The event ends before it starts.");
    if (c == QLatin1String("event_exists"))
        return tr("An event called «%1» already exists.").arg(a0);
    if (c == QLatin1String("event_days_outside"))
        return tr("With these dates %n recorded day(s) (the first on %1) would fall outside the event: reverse them "
                  "first.",
                   nullptr, a0.toInt())
            .arg(a1);
    if (c == QLatin1String("service_name_missing"))
        return tr("The service needs a name.");
    if (c == QLatin1String("service_exists"))
        return tr("A service called «%1» already exists.").arg(a0);
    if (c == QLatin1String("service_published"))
        return tr("«%1» is one of the services of the published figures: it cannot be renamed.").arg(a0);
    // Activations
    if (c == QLatin1String("no_volunteers"))
        return tr("Choose at least one volunteer.");
    if (c == QLatin1String("bad_range"))
        return tr("The period %1 – %2 is not valid: the last day comes before the first.").arg(a0, a1);
    if (c == QLatin1String("range_too_long"))
        return tr("A period can be at most %n day(s) long.", nullptr, a0.toInt());
    if (c == QLatin1String("event_missing"))
        return tr("Choose the event of the activation: it is required.");
    if (c == QLatin1String("unknown_event"))
        return tr("The event does not exist (any more).");
    if (c == QLatin1String("outside_event"))
        return a3.isEmpty() ? tr("%1 is outside the event «%2», which starts on %3.").arg(a0, a1, a2)
                            : tr("%1 is outside the event «%2», which runs from %3 to %4.").arg(a0, a1, a2, a3);
    if (c == QLatin1String("unknown_service"))
        return tr("The service does not exist (any more).");
    if (c == QLatin1String("service_inactive"))
        return tr("The service «%1» is no longer in use.").arg(a0);
    if (c == QLatin1String("duplicate_day")) {
        const QString others = a3.toInt() > 0 ? tr(" (and %Ln more days in conflict)", nullptr, a3.toInt()) : QString();
        return tr("%1 is already recorded on %2 (%3): a volunteer counts once a day.").arg(a0, a1, a2) + others;
    }
    if (c == QLatin1String("two_services")) {
        const QString others = a4.toInt() > 0 ? tr(" (and %Ln more days in conflict)", nullptr, a4.toInt()) : QString();
        return tr("%1 is already on «%3» on %2 and cannot also be on «%4» the same day.").arg(a0, a1, a2, a3) + others;
    }
    if (c == QLatin1String("unknown_activation"))
        return tr("The activation day does not exist.");
    if (c == QLatin1String("not_an_entry"))
        return tr("A reversal cannot itself be reversed: record the day again instead.");
    if (c == QLatin1String("already_reversed"))
        return tr("This day has already been reversed.");
    if (c == QLatin1String("reason_missing"))
        return tr("Write why the day is being reversed.");
    if (c == QLatin1String("import_problems"))
        return tr("The file has %Ln problems: nothing was imported.", nullptr, a0.toInt());
    if (c == QLatin1String("import_kind"))
        return tr("«%1» is not something the Volontari module imports (volunteers, activations, organisations).").arg(a0);
    if (c == QLatin1String("changed_since"))
        return tr("«%1» has been changed since: its earlier values are not put back.").arg(a0);
    if (c == QLatin1String("day_certified"))
        return tr("This day is certified by attestato %1, already issued.").arg(a0);
    // Attestati
    if (c == QLatin1String("no_employer"))
        return tr("%1 has no employer on record: add it to the volunteer before issuing the attestato.").arg(a0);
    if (c == QLatin1String("no_attestato_needed"))
        return tr("%1 does not work (retired, student...): no attestato for an employer is needed.").arg(a0);
    if (c == QLatin1String("nothing_to_certify"))
        return tr("%1 has no days left to certify between %2 and %3.").arg(a0, a1, a2);
    if (c == QLatin1String("over_limit"))
        return tr("%1 is over the art. 39 limits on %2: look at those days before issuing.").arg(a0, a1);
    if (c == QLatin1String("unknown_attestato"))
        return tr("The attestato is not in the register.");
    if (c == QLatin1String("attestato_void"))
        return tr("The attestato %1 is void: another workstation had already certified the same days with an "
                  "earlier attestato. It is not printed again.")
            .arg(a0);
    if (c == QLatin1String("output_dir"))
        return tr("The folder %1 cannot be created or written.").arg(a0);
    // Imports
    if (c == QLatin1String("import_missing_column"))
        return tr("the column «%1» is missing.").arg(a0);
    if (c == QLatin1String("import_unknown_organisation"))
        return tr("there is no organisation «%1» (write its name or its registry number).").arg(a0);
    if (c == QLatin1String("import_bad_employment"))
        return tr("«%1» is not a working condition: write dipendente, autonomo or non occupato.").arg(a0);
    if (c == QLatin1String("import_employer_tax_code_missing"))
        return tr("the employer «%1» needs its partita IVA or codice fiscale.").arg(a0);
    if (c == QLatin1String("import_duplicate_cf"))
        return tr("the codice fiscale %1 was already on line %2 of the file.").arg(a0, a1);
    if (c == QLatin1String("import_duplicate_organisation"))
        return tr("the organisation «%1» was already on line %2 of the file.").arg(a0, a1);
    if (c == QLatin1String("import_bad_organisation_kind"))
        return tr("«%1» is not a kind of organisation: write associazione or gruppo comunale.").arg(a0);
    if (c == QLatin1String("import_unknown_volunteer"))
        return tr("no volunteer has the codice fiscale %1: import the volunteer first.").arg(a0);
    if (c == QLatin1String("import_unknown_event"))
        return tr("there is no event «%1».").arg(a0);
    if (c == QLatin1String("import_unknown_service"))
        return tr("there is no service «%1».").arg(a0);
    if (c == QLatin1String("import_comune_corrected"))
        return tr("«%1» read as %2.").arg(a0, a1);
    if (c == QLatin1String("import_unknown_kind"))
        return tr("Unknown import «%1»: volunteers, activations or organisations.").arg(a0);
    if (c == QLatin1String("demo_mismatch"))
        return tr("The demo data does not reproduce the published figures (%1).").arg(a0);
    return {};
}

QString VolunteerErrors::describeTraining(const core::Error &e)
{
    const QString a0 = e.args.value(0), a1 = e.args.value(1), a2 = e.args.value(2);
    const QString c = e.code.mid(QStringLiteral("training.").size());
    if (c == QLatin1String("course_code_missing"))
        return tr("The course has no code.");
    if (c == QLatin1String("course_title_missing"))
        return tr("The course has no title.");
    if (c == QLatin1String("course_code_taken"))
        return tr("Another course already has the code «%1».").arg(a0);
    if (c == QLatin1String("attendance_range"))
        return tr("The minimum attendance must be between 0 and 100 per cent, not %1.").arg(a0);
    if (c == QLatin1String("test_scores"))
        return tr("The pass score (%1) must be between 0 and the highest score (%2), which must be above 0.").arg(a0, a1);
    if (c == QLatin1String("validity_range"))
        return tr("The validity must be between 1 and 600 months, not %1.").arg(a0);
    if (c == QLatin1String("validity_without_qualification"))
        return tr("A validity was given but the course grants no qualification: name the qualification.");
    if (c == QLatin1String("unknown_course"))
        return tr("The course does not exist (any more).");
    if (c == QLatin1String("edition_code_missing"))
        return tr("The edition has no code.");
    if (c == QLatin1String("edition_code_taken"))
        return tr("Another edition already has the code «%1».").arg(a0);
    if (c == QLatin1String("edition_dates"))
        return tr("The edition ends (%2) before it starts (%1).").arg(a0, a1);
    if (c == QLatin1String("sessions_outside"))
        return tr("With these dates some sessions of the edition (%1) would fall outside it: move them first.").arg(a0);
    if (c == QLatin1String("unknown_edition"))
        return tr("The edition does not exist (any more).");
    if (c == QLatin1String("course_certified"))
        return tr("%n certificate(s) of this course issued: its minimum attendance, final test, scores and "
                  "qualification can no longer change.", nullptr, a0.toInt());
    if (c == QLatin1String("course_tests_recorded"))
        return tr("%n final test result(s) of this course recorded: the final test and its pass score can no "
                  "longer change.", nullptr, a0.toInt());
    if (c == QLatin1String("score_above_max"))
        return tr("A score of %1 is already recorded: the highest score cannot be %2.").arg(a0, a1);
    if (c == QLatin1String("edition_course_locked"))
        return tr("%n participant(s) enrolled in this edition: it can no longer move to another course.", nullptr,
            a0.toInt());
    if (c == QLatin1String("edition_certified"))
        return tr("%n certificate(s) of this edition issued: its code and dates, printed on them, can no "
                  "longer change.", nullptr, a0.toInt());
    if (c == QLatin1String("session_outside_edition"))
        return tr("The session of %1 falls outside the edition (%2 - %3).").arg(a0, a1, a2);
    if (c == QLatin1String("session_minutes"))
        return tr("A session lasts from 15 to 720 minutes (given: %1).").arg(a0);
    if (c == QLatin1String("session_time"))
        return tr("The start time «%1» is not a time (hh:mm).").arg(a0);
    if (c == QLatin1String("unknown_session"))
        return tr("The session does not exist (any more).");
    if (c == QLatin1String("unknown_volunteer"))
        return tr("The volunteer does not exist (any more).");
    if (c == QLatin1String("participant_name_missing"))
        return tr("Give the surname and the name of the participant, or choose a volunteer.");
    if (c == QLatin1String("already_enrolled"))
        return tr("%1 is already enrolled in this edition.").arg(a0);
    if (c == QLatin1String("unknown_participant") || c == QLatin1String("participant_missing"))
        return tr("The participant does not exist (any more).");
    if (c == QLatin1String("participant_not_in_edition"))
        return tr("A participant marked present is not enrolled in this edition.");
    if (c == QLatin1String("no_final_test"))
        return tr("This course has no final test.");
    if (c == QLatin1String("score_range"))
        return tr("The score %1 is out of range: from 0 to %2.").arg(a0, a1);
    if (c == QLatin1String("result_disagrees"))
        return tr("The score %1 and the result disagree: the test is passed from %2 up.").arg(a0, a1);
    if (c == QLatin1String("certificate_issued"))
        return tr("The certificate %1 has already been issued: the test result can no longer change.").arg(a0);
    if (c == QLatin1String("no_sessions"))
        return tr("The edition has no sessions: there is no attendance to certify.");
    if (c == QLatin1String("attendance_insufficient"))
        return tr("No certificate: the participant attended %1% of the hours, the course requires %2%.").arg(a0, a1);
    if (c == QLatin1String("not_admitted"))
        return tr("Not admitted to the final test: the participant attended %1% of the hours, the course requires %2%.")
            .arg(a0, a1);
    if (c == QLatin1String("test_missing"))
        return tr("No certificate: the final test has not been recorded yet.");
    if (c == QLatin1String("test_failed"))
        return tr("No certificate: the participant did not pass the final test.");
    if (c == QLatin1String("certificate_before_end"))
        return tr("The certificate cannot be dated before the end of the edition (%1).").arg(a0);
    if (c == QLatin1String("certificate_in_future"))
        return tr("The certificate cannot be dated in the future (%1).").arg(a0);
    if (c == QLatin1String("certificate_not_issued"))
        return tr("The certificate of this participant has not been issued yet.");
    if (c == QLatin1String("organisation_missing"))
        return tr("Choose the organisation.");
    if (c == QLatin1String("unknown_organisation"))
        return tr("There is no organisation with id «%1».").arg(a0);
    if (c == QLatin1String("year_invalid"))
        return tr("«%1» is not a year (2000-2100).").arg(a0);
    if (c == QLatin1String("exercise_title_missing"))
        return tr("The exercise has no title.");
    if (c == QLatin1String("exercise_dates"))
        return tr("The exercise ends (%2) before it starts (%1).").arg(a0, a1);
    if (c == QLatin1String("exercise_in_future"))
        return tr("An exercise is recorded once held: %1 is in the future.").arg(a0);
    if (c == QLatin1String("exercise_participants"))
        return tr("The participants must be from 1 to 10,000, not %1.").arg(a0);
    if (c == QLatin1String("exercise_person_days"))
        return tr("The person-days (%1) do not fit the participants (%2) and the days of the exercise (%3): at least "
                  "one per participant, at most one per participant per day.").arg(a0, a1, a2);
    return {};
}

} // namespace volunteers

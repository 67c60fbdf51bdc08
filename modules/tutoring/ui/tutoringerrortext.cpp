#include "tutoring/ui/tutoringerrortext.h"

#include "core/ui/errortext.h"
#include "tutoring/domain/serviceperiod.h"
#include "tutoring/domain/tutoringlabels.h"

#include <QLocale>

namespace tutoring {

namespace {

QString day(const QString &iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid() ? QLocale().toString(d, QStringLiteral("dd/MM/yyyy")) : iso;
}

QString longDay(const QString &iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid() ? QLocale().toString(d, QStringLiteral("dddd dd/MM/yyyy")) : iso;
}

QString hour(const QString &h)
{
    return QStringLiteral("%1:00").arg(h.toInt(), 2, 10, QLatin1Char('0'));
}

QString order(const QString &sql)
{
    return Labels::schoolOrder(schoolOrderFromSql(sql)).toLower();
}

QString weekdays(const QString &text)
{
    QStringList names;
    for (int d : ServicePeriod::parseWeekdays(text))
        names.append(Labels::weekdayLong(d));
    return names.join(QStringLiteral(", "));
}

QString hours(const QString &text)
{
    QStringList list;
    for (int h : ServicePeriod::parseSlotHours(text))
        list.append(hour(QString::number(h)));
    return list.join(QStringLiteral(", "));
}

} // namespace

void TutoringErrorText::registerTranslator()
{
    core::ErrorText::registerTranslator(QStringLiteral("tutoring."), &TutoringErrorText::message);
}

QString TutoringErrorText::ruleName(const QString &code)
{
    const QString c = code.mid(9); // after "tutoring."
    if (c == QLatin1String("outside_period"))
        return tr("Service period");
    if (c == QLatin1String("closed_day"))
        return tr("Days of service");
    if (c == QLatin1String("outside_hours"))
        return tr("Slot hours");
    if (c == QLatin1String("slot_past"))
        return tr("Slot already started");
    if (c == QLatin1String("same_subject_same_day"))
        return tr("One hour of the same subject a day");
    if (c == QLatin1String("pupil_double_booking"))
        return tr("No double booking");
    if (c == QLatin1String("subject_school_order"))
        return tr("Subject and school order");
    if (c == QLatin1String("assistant_no_course") || c == QLatin1String("assistant_course_later"))
        return tr("Health-and-safety course");
    if (c == QLatin1String("assistant_subject"))
        return tr("Assistant's subjects");
    if (c == QLatin1String("assistant_unavailable"))
        return tr("Assistant's availability");
    if (c == QLatin1String("assistant_busy"))
        return tr("Assistant free");
    if (c == QLatin1String("bes_outside_calendar") || c == QLatin1String("not_bes")
        || c == QLatin1String("bes_assignment"))
        return tr("BES pupils");
    if (c == QLatin1String("no_consent"))
        return tr("Parental consent");
    if (c == QLatin1String("pupil_inactive") || c == QLatin1String("assistant_inactive"))
        return tr("Active people only");
    return {};
}

QString TutoringErrorText::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels {
        { QStringLiteral("code"), QT_TR_NOOP("code") },
        { QStringLiteral("family_name"), QT_TR_NOOP("family name") },
        { QStringLiteral("given_name"), QT_TR_NOOP("given name") },
        { QStringLiteral("birth_year"), QT_TR_NOOP("year of birth") },
        { QStringLiteral("class_year"), QT_TR_NOOP("class") },
        { QStringLiteral("comune"), QT_TR_NOOP("comune of residence") },
        { QStringLiteral("school"), QT_TR_NOOP("school") },
        { QStringLiteral("parent_email"), QT_TR_NOOP("parent's e-mail") },
        { QStringLiteral("email"), QT_TR_NOOP("e-mail") },
        { QStringLiteral("consent_on"), QT_TR_NOOP("date of consent") },
        { QStringLiteral("safety_course_on"), QT_TR_NOOP("date of the course") },
        { QStringLiteral("subjects"), QT_TR_NOOP("subjects") },
        { QStringLiteral("pupil"), QT_TR_NOOP("pupil") },
        { QStringLiteral("assistant"), QT_TR_NOOP("study assistant") },
        { QStringLiteral("subject"), QT_TR_NOOP("subject") },
        { QStringLiteral("day"), QT_TR_NOOP("day") },
        { QStringLiteral("hour"), QT_TR_NOOP("hour") },
        { QStringLiteral("assignment"), QT_TR_NOOP("BES assignment") },
        { QStringLiteral("reason"), QT_TR_NOOP("reason") },
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field : tr(*it);
}

QString TutoringErrorText::message(const core::Error &e)
{
    const QString a0 = e.args.value(0), a1 = e.args.value(1), a2 = e.args.value(2), a3 = e.args.value(3);
    const QString c = e.code.mid(9);
    auto rule = [&](const QString &text) { return QStringLiteral("%1 — %2").arg(ruleName(e.code), text); };
    // Booking rules
    if (c == QLatin1String("outside_period"))
        return rule(a1.isEmpty() ? tr("%1 is outside every service period: no period is set up.").arg(day(a0))
                                 : tr("%1 is outside the service period (%2 to %3).").arg(day(a0), day(a1), day(a2)));
    if (c == QLatin1String("closed_day"))
        return rule(tr("there is no service on %1; the service runs on: %2.").arg(longDay(a0), weekdays(a1)));
    if (c == QLatin1String("outside_hours"))
        return rule(tr("%1 is not a slot; lessons start at %2.").arg(hour(a0), hours(a1)));
    if (c == QLatin1String("slot_past"))
        return rule(tr("the lesson of %1 at %2 has already started.").arg(day(a0), hour(a1)));
    if (c == QLatin1String("same_subject_same_day"))
        return rule(tr("%1 already has an hour of %2 on %3.").arg(a0, a1, day(a2)));
    if (c == QLatin1String("pupil_double_booking"))
        return rule(tr("%1 already has a lesson on %2 at %3.").arg(a0, day(a1), hour(a2)));
    if (c == QLatin1String("subject_school_order"))
        return rule(tr("%1 is a subject for %2; %3 attends %4.").arg(a0, order(a1), a2, order(a3)));
    if (c == QLatin1String("assistant_no_course"))
        return rule(tr("%1 has not done the health-and-safety course yet (%2) and cannot give lessons.")
                        .arg(a0, Labels::safetyCourse(safetyCourseFromSql(a1)).toLower()));
    if (c == QLatin1String("assistant_course_later"))
        return rule(tr("%1 did the health-and-safety course on %2, after %3.").arg(a0, day(a1), day(a2)));
    if (c == QLatin1String("assistant_subject"))
        return rule(tr("%1 does not teach %2.").arg(a0, a1));
    if (c == QLatin1String("assistant_unavailable"))
        return rule(tr("%1 is not available on %2 at %3 (weekly availability).").arg(a0, longDay(a1), hour(a2)));
    if (c == QLatin1String("assistant_busy"))
        return rule(tr("%1 already has a lesson on %2 at %3.").arg(a0, day(a1), hour(a2)));
    if (c == QLatin1String("bes_outside_calendar"))
        return rule(tr(
            "%1 is a BES pupil: book the hours on the stable assistant's assignment (BES page), not on the calendar.")
                        .arg(a0));
    if (c == QLatin1String("not_bes"))
        return rule(tr("%1 is not marked as a BES pupil.").arg(a0));
    if (c == QLatin1String("bes_assignment"))
        return rule(tr("on %3 %1 has no BES assignment with %2.").arg(a0, a1, day(a2)));
    if (c == QLatin1String("no_consent"))
        return rule(tr("the parent's consent for %1 has not been recorded.").arg(a0));
    if (c == QLatin1String("pupil_inactive"))
        return rule(tr("%1 is no longer active.").arg(a0));
    if (c == QLatin1String("assistant_inactive"))
        return rule(tr("%1 is no longer active.").arg(a0));
    if (c == QLatin1String("import_refused"))
        return tr("%Ln problem(s) in the file: nothing was imported.", nullptr, a0.toInt());
    if (c == QLatin1String("code_not_found"))
        return tr("No record has the code «%1».").arg(a0);
    if (c == QLatin1String("unknown_pupil"))
        return tr("The pupil was not found (id %1).").arg(a0);
    if (c == QLatin1String("unknown_subject"))
        return tr("The subject was not found (id %1).").arg(a0);
    if (c == QLatin1String("unknown_assistant"))
        return tr("The study assistant was not found (id %1).").arg(a0);
    // Service period
    if (c == QLatin1String("period_name"))
        return tr("Give the service period a name.");
    if (c == QLatin1String("period_dates"))
        return tr("The dates are missing or reversed: the first day must come before the last.");
    if (c == QLatin1String("period_weekdays"))
        return tr("Choose at least one day of the week.");
    if (c == QLatin1String("period_hours"))
        return tr("Give at least one slot start hour between 0 and 23.");
    if (c == QLatin1String("period_overlap"))
        return tr("The dates overlap the service period «%1».").arg(a0);
    if (c == QLatin1String("period_has_lessons"))
        return tr("%Ln lesson(s) booked would fall outside the new days or hours: cancel or move them first.", nullptr,
            a0.toInt());
    // People
    if (c == QLatin1String("missing_field"))
        return tr("The %1 is missing.").arg(fieldLabel(a0));
    if (c == QLatin1String("bad_class")) {
        if (a0 == QLatin1String("assistant"))
            return tr("Study assistants attend the 4th or 5th year (not %1).").arg(a1);
        return tr("The service is for the 2nd and 3rd year of middle school and the 1st and 2nd of high school: "
                  "the %1 is not served.")
            .arg(Labels::schoolClass(schoolOrderFromSql(a0), a1.toInt()));
    }
    if (c == QLatin1String("bad_birth_year"))
        return tr("%1 is not a plausible year of birth for a pupil.").arg(a0);
    if (c == QLatin1String("bad_email"))
        return tr("«%1» is not a valid e-mail address.").arg(a0);
    if (c == QLatin1String("course_date_missing"))
        return tr("Give the date on which the health-and-safety course was done.");
    if (c == QLatin1String("course_date_future"))
        return tr("The course cannot be done on %1, a day still to come: mark it as enrolled.").arg(day(a0));
    if (c == QLatin1String("consent_future"))
        return tr("The consent cannot be dated %1, a day still to come.").arg(day(a0));
    if (c == QLatin1String("duplicate_code"))
        return tr("The code %1 is already used by someone else.").arg(a0);
    if (c == QLatin1String("unknown_school"))
        return tr("Choose one of the 16 schools of the project.");
    if (c == QLatin1String("in_use"))
        return tr("%1 has lessons or assignments on record and cannot be deleted: mark them as no longer active.")
            .arg(a0);
    if (c == QLatin1String("not_found"))
        return tr("The record was not found (it may have been deleted on another workstation).");
    if (c == QLatin1String("changed_since"))
        return tr("%1 was changed again since: its values are no longer the ones to undo.").arg(a0);
    // Bookings and outcomes
    if (c == QLatin1String("series_empty"))
        return tr("Choose at least one day.");
    if (c == QLatin1String("series_refused"))
        return tr("Of the hours asked for (%1), %n cannot be booked: nothing was booked.", nullptr, a0.toInt()).arg(a1);
    if (c == QLatin1String("outcome_exists"))
        return tr("The lesson of %1 at %2 already has an outcome: correct it instead.").arg(day(a0), hour(a1));
    if (c == QLatin1String("outcome_changed_since"))
        return tr("Another outcome was recorded since for the lesson of %1 at %2.").arg(day(a0), hour(a1));
    if (c == QLatin1String("no_outcome"))
        return tr("The lesson has no outcome to correct yet.");
    if (c == QLatin1String("outcome_too_early"))
        return tr("The lesson of %1 at %2 has not taken place yet: only a cancellation can be recorded now.")
            .arg(day(a0), hour(a1));
    if (c == QLatin1String("outcome_unchanged"))
        return tr("The correction says the same as the outcome in force.");
    if (c == QLatin1String("tutor_required"))
        return tr("Choose the tutor who stood in.");
    if (c == QLatin1String("slot_taken_meanwhile"))
        return tr(
            "The slot of %1 at %2 was given to another lesson after the cancellation: the lesson cannot be restored.")
            .arg(day(a0), hour(a1));
    if (c == QLatin1String("bad_outcome"))
        return tr("Choose what happened: given, pupil absent or cancelled.");
    if (c == QLatin1String("bes_changed_since"))
        return tr("The BES assignment from %1 was changed again since.").arg(day(a0));
    if (c == QLatin1String("bes_overlap"))
        return tr("The pupil already has a stable assistant from %1: end that assignment first.").arg(day(a0));
    if (c == QLatin1String("bes_lessons_after"))
        return tr("%Ln lesson(s) are booked on the assignment after that day: cancel them first.", nullptr, a0.toInt());
    // Imports
    if (c == QLatin1String("import_missing_column"))
        return tr("the file lacks %n column(s): %1 (see the README for the header names).", nullptr,
                  int(a0.split(QStringLiteral(", ")).size()))
            .arg(a0);
    if (c == QLatin1String("import_empty"))
        return tr("the file has no records under its header.");
    if (c == QLatin1String("import_duplicate_code"))
        return tr("the code %1 already appears on line %2 of this file.").arg(a0, a1);
    if (c == QLatin1String("import_comune_corrected"))
        return tr("«%1» read as %2.").arg(a0, a1);
    if (c == QLatin1String("bad_number"))
        return tr("«%1» is not a number.").arg(a0);
    if (c == QLatin1String("bad_yes_no"))
        return tr("«%1»: write sì or no.").arg(a0);
    if (c == QLatin1String("bad_school_order"))
        return tr("«%1» is not a school order: write media or superiore.").arg(a0);
    if (c == QLatin1String("unknown_school_name"))
        return tr("«%1» is not one of the schools of the project: %2.").arg(a0, a1);
    if (c == QLatin1String("unknown_subject_name"))
        return tr("«%1» is not a subject; the subjects are: %2.").arg(a0, a1);
    if (c == QLatin1String("bad_availability"))
        return tr("«%1» is not an availability: write for example «lun 15-18; mer 16».").arg(a0);
    if (c == QLatin1String("bad_course_state"))
        return tr("«%1» is not a course state: write svolto, iscritto or no.").arg(a0);
    if (c == QLatin1String("bad_hour"))
        return tr("«%1» is not an hour: write for example 15 or 15:00.").arg(a0);
    if (c == QLatin1String("bad_outcome_text"))
        return tr("«%1» is not an outcome: write svolta, assente or annullata (or leave it empty).").arg(a0);
    if (c == QLatin1String("unknown_pupil_code"))
        return tr("no pupil has the code %1: import the pupils first.").arg(a0);
    if (c == QLatin1String("unknown_assistant_code"))
        return tr("no study assistant has the code %1: import the assistants first.").arg(a0);
    if (c == QLatin1String("unknown_tutor_code"))
        return tr("no tutor has the code %1.").arg(a0);
    if (c == QLatin1String("tutor_without_lesson"))
        return tr("a tutor (%1) can only be given for a lesson that was given.").arg(a0);
    if (c == QLatin1String("bes_no_assignment"))
        return tr("%1 is a BES pupil with no stable assistant assigned on %2: assign one first.").arg(a0, day(a1));
    if (c == QLatin1String("demo_unplaceable"))
        return tr("The demo data could not place every hour.");
    return {};
}

QString TutoringErrorText::slotText(const FreeSlot &slot)
{
    return tr("%1 at %2 with %3")
        .arg(QLocale().toString(slot.day, QStringLiteral("ddd dd/MM/yyyy")), hour(QString::number(slot.hour)),
            slot.assistantLabel);
}

QString TutoringErrorText::describeSlots(const QList<FreeSlot> &offered)
{
    if (offered.isEmpty())
        return tr("No free slot left in the service period.");
    QStringList parts;
    for (const FreeSlot &s : offered)
        parts.append(slotText(s));
    return tr("Next free slots: %1.").arg(parts.join(QStringLiteral("; ")));
}

} // namespace tutoring

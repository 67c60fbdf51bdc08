#include "listening/ui/listeningerrortext.h"

#include "core/ui/errortext.h"

#include <QDateTime>
#include <QLocale>

namespace listening {

namespace {
// Times travel in error arguments as "yyyy-MM-dd HH:mm" (no language):
// shown the Italian way here.
QString when(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, QStringLiteral("yyyy-MM-dd HH:mm"));
    return t.isValid() ? QLocale().toString(t, QStringLiteral("dd/MM/yyyy HH:mm")) : iso;
}
} // namespace

void ListeningErrorText::registerTranslator()
{
    core::ErrorText::registerTranslator(QStringLiteral("listening."), &ListeningErrorText::describe);
}

QString ListeningErrorText::describe(const core::Error &e)
{
    const QString a0 = e.args.value(0), a1 = e.args.value(1), a2 = e.args.value(2);
    const QString &c = e.code;
    if (c == QLatin1String("listening.no_callback"))
        return tr(
            "A request without a way to call back cannot be recorded: write the phone number left in the message.");
    if (c == QLatin1String("listening.bad_phone"))
        return tr("«%1» is not a phone number that can be called: 6 to 15 digits, spaces allowed, + for abroad.")
            .arg(a0);
    if (c == QLatin1String("listening.too_long"))
        return tr("The text is too long: at most %n character(s).", nullptr, a0.toInt());
    if (c == QLatin1String("listening.no_time"))
        return tr("Write the date and time.");
    if (c == QLatin1String("listening.in_future"))
        return tr("%1 is in the future: check the date and time.").arg(when(a0));
    if (c == QLatin1String("listening.too_old"))
        return tr("%1 is more than 60 days ago: check the date.").arg(when(a0));
    if (c == QLatin1String("listening.unknown_request"))
        return tr("The request does not exist (any more).");
    if (c == QLatin1String("listening.request_closed"))
        return tr("Request %1 is already closed.").arg(a0);
    if (c == QLatin1String("listening.no_psychologist"))
        return tr("Choose the psychologist.");
    if (c == QLatin1String("listening.unknown_psychologist"))
        return tr("That psychologist is not on the roster.");
    if (c == QLatin1String("listening.inactive_psychologist"))
        return tr("That psychologist is no longer active.");
    if (c == QLatin1String("listening.already_assigned"))
        return tr("The request is already assigned to %1.").arg(a0);
    if (c == QLatin1String("listening.bad_outcome"))
        return tr("This outcome cannot be recorded here.");
    if (c == QLatin1String("listening.attempt_before_request"))
        return tr("A callback at %3 would come before the message of request %1 (%2): check the time.")
            .arg(a0, when(a1), when(a2));
    if (c == QLatin1String("listening.escalation_before_request"))
        return tr("A call to 118 at %3 would come before the message of request %1 (%2): check the time.")
            .arg(a0, when(a1), when(a2));
    if (c == QLatin1String("listening.closed_before_request"))
        return tr("The interview at %3 would come before the message of request %1 (%2): check the time.")
            .arg(a0, when(a1), when(a2));
    if (c == QLatin1String("listening.unknown_attempt"))
        return tr("There is no such call attempt.");
    if (c == QLatin1String("listening.already_cancelled"))
        return tr("That attempt was already cancelled.");
    if (c == QLatin1String("listening.no_escalation_reason"))
        return tr("Write why 118 was called.");
    if (c == QLatin1String("listening.not_reached"))
        return tr("The caller of %1 has not been reached yet: log the call that reached them first.").arg(a0);
    if (c == QLatin1String("listening.unknown_need"))
        return tr("Unknown need «%1».").arg(a0);
    if (c == QLatin1String("listening.no_referral_service"))
        return tr("Write the service the caller was referred to.");
    if (c == QLatin1String("listening.no_escalation"))
        return tr("Request %1 has no call to 118 recorded: record it first (time and reason).").arg(a0);
    if (c == QLatin1String("listening.not_raised"))
        return tr("Request %1 can be closed as unreachable only after %n failed attempt(s) or a wrong number (now: %2).",
                  nullptr, a2.toInt())
            .arg(a0, a1);
    if (c == QLatin1String("listening.bad_psychologist_name"))
        return tr("Write the psychologist's name and surname.");
    if (c == QLatin1String("listening.already_placed"))
        return tr("The psychologist is already placed in that COC.");
    if (c == QLatin1String("listening.unknown_placement"))
        return tr("There is no such placement.");
    if (c == QLatin1String("listening.placement_end_before_start"))
        return tr("The placement cannot end before it began.");
    if (c == QLatin1String("listening.unknown_group"))
        return tr("There is no such support group.");
    if (c == QLatin1String("listening.bad_group_name"))
        return tr("Give the group a name.");
    if (c == QLatin1String("listening.bad_group_schedule"))
        return tr("Choose the weekday, the time and a duration between 15 minutes and 4 hours.");
    if (c == QLatin1String("listening.group_needs_two_psychologists"))
        return tr("A support group is led by two different psychologists.");
    if (c == QLatin1String("listening.bad_group_dates"))
        return tr("The group's end date comes before its start.");
    if (c == QLatin1String("listening.group_name_taken"))
        return tr("There is already a group called «%1».").arg(a0);
    if (c == QLatin1String("listening.bad_participant_name"))
        return tr("Write the participant's name.");
    if (c == QLatin1String("listening.outside_group_dates"))
        return tr("The date is outside the group's period.");
    if (c == QLatin1String("listening.unknown_participant"))
        return tr("There is no such participant.");
    if (c == QLatin1String("listening.session_in_future"))
        return tr("A session can be recorded only once it has taken place.");
    if (c == QLatin1String("listening.wrong_weekday"))
        return tr("The group meets on %1: choose a date on that day.")
            .arg(QLocale().dayName(a0.toInt(), QLocale::LongFormat));
    if (c == QLatin1String("listening.bad_attendees"))
        return tr("The number of participants is not plausible.");
    if (c == QLatin1String("listening.session_exists"))
        return tr("That session is already recorded.");
    return {};
}

} // namespace listening

#include "room/ui/roomerrors.h"

#include "core/ui/errortext.h"
#include "room/ui/commsui.h"
#include "room/ui/planerrors.h"

namespace room {

void RoomErrors::registerOnce()
{
    static const bool registered = [] {
        core::ErrorText::registerTranslator(QStringLiteral("room."), &RoomErrors::describe);
        return true;
    }();
    Q_UNUSED(registered);
}

QString RoomErrors::describe(const core::Error &e)
{
    const QString c = e.code.mid(QStringLiteral("room.").size());
    const QString a0 = e.args.value(0), a1 = e.args.value(1);
    // The emergency plans and the COCs.
    if (const QString text = PlanErrors::describe(e); !text.isEmpty())
        return text;
    // Events and diary.
    if (c == QLatin1String("unknown_event"))
        return tr("The event does not exist (any more).");
    if (c == QLatin1String("unknown_comune"))
        return tr("The comune %1 does not exist.").arg(a0);
    if (c == QLatin1String("unknown_organisation"))
        return tr("The organisation does not exist (any more).");
    if (c == QLatin1String("unknown_delivery"))
        return tr("The delivery does not exist (any more).");
    if (c == QLatin1String("unknown_request"))
        return tr("The request does not exist (any more).");
    if (c == QLatin1String("author_missing"))
        return tr("Nobody is signed in: every entry of the room says who wrote it.");
    if (c == QLatin1String("phase_same"))
        return tr("The event is already in that phase.");
    if (c == QLatin1String("phase_closed"))
        return tr("The event is closed: its phase can no longer change. Open a new event if the emergency returns.");
    if (c == QLatin1String("phase_before_start"))
        return tr("The event starts on %1: its phase cannot change before then.").arg(a0);
    if (c == QLatin1String("phase_before_last"))
        return tr("The phase last changed on %1: a new change cannot come before it.").arg(a0);
    if (c == QLatin1String("phase_future"))
        return tr("A change of phase cannot be recorded in the future.");
    if (c == QLatin1String("phase_days_after"))
        return tr("The event cannot end on that day: %n volunteer day(s) are recorded after it (the first on %1).",
                   nullptr, a0.toInt())
            .arg(a1);
    if (c == QLatin1String("diary_event_missing"))
        return tr("Choose the event the entry belongs to: every diary entry has one.");
    if (c == QLatin1String("diary_body_missing"))
        return tr("Write what the entry says.");
    if (c == QLatin1String("diary_body_long"))
        return tr("The entry is longer than the limit (%1): split it in two.").arg(a0);
    if (c == QLatin1String("diary_bad_kind"))
        return tr("Choose the kind of the entry.");
    if (c == QLatin1String("diary_future"))
        return tr("An entry cannot be dated in the future.");
    if (c == QLatin1String("diary_before_event"))
        return tr("The event «%1» starts on %2: the entry cannot come before it.").arg(a0, a1);
    if (c == QLatin1String("diary_unknown_entry"))
        return tr("The entry to correct does not exist.");
    if (c == QLatin1String("diary_already_corrected"))
        return tr("This entry has already been corrected: correct the correction instead.");
    if (c == QLatin1String("diary_correction_event"))
        return tr("A correction belongs to the same event as the entry it corrects.");
    if (c == QLatin1String("report_day_or_event"))
        return tr("Choose a day or an event: the printed diary is of one day or of one event.");
    if (c == QLatin1String("report_too_long"))
        return tr("The diary asked for is longer than a printed diary can hold (%1, at most %2): choose a day or an "
                  "event.")
            .arg(a0, a1);
    // The Cabina di regia and the Protocollo.
    return describeCommsError(e);
}

} // namespace room

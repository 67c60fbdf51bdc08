#include "room/ui/commsui.h"

#include "core/auth/access.h"
#include "core/auth/permissions.h"
#include "room/domain/boardrepository.h"
#include "room/ui/boardpage.h"
#include "room/ui/protocolpage.h"
#include "room/ui/roomtab.h"

#include <QCoreApplication>
#include <QLocale>

namespace room {

namespace {
struct CommsText {
    Q_DECLARE_TR_FUNCTIONS(room::CommsText)
};
} // namespace

void addCommsPages(RoomTab &tab, core::AppContext &context)
{
    tab.addPage(new BoardPage(context, &tab), CommsText::tr("&Cabina di regia"));
    tab.addPage(new ProtocolPage(context, &tab), CommsText::tr("&Protocollo"));
}

QString describeCommsError(const core::Error &e)
{
    const QString c = e.code.mid(QStringLiteral("room.").size());
    const QString a0 = e.args.value(0);
    if (c == QLatin1String("bad_role_name"))
        return CommsText::tr("The role needs a name of 2 to 120 characters.");
    if (c == QLatin1String("duplicate_role"))
        return CommsText::tr("There is already a role «%1».").arg(a0);
    if (c == QLatin1String("unknown_role"))
        return CommsText::tr("That role of the Cabina di regia does not exist.");
    if (c == QLatin1String("bad_member_name"))
        return CommsText::tr("The member needs a name of 2 to 120 characters.");
    if (c == QLatin1String("unknown_member"))
        return CommsText::tr("That member of the Cabina di regia does not exist.");
    if (c == QLatin1String("inactive_member"))
        return CommsText::tr("%1 is no longer a member of the Cabina di regia.").arg(a0);
    if (c == QLatin1String("bad_delegate"))
        return CommsText::tr("A delegate stands in for a member of the same role, not for another delegate.");
    if (c == QLatin1String("meeting_in_future"))
        return CommsText::tr("A meeting cannot be recorded before its day.");
    if (c == QLatin1String("unknown_meeting"))
        return CommsText::tr("That meeting does not exist.");
    if (c == QLatin1String("unknown_request"))
        return CommsText::tr("That request from the territory does not exist.");
    if (c == QLatin1String("empty_decision"))
        return CommsText::tr("Write the decision.");
    if (c == QLatin1String("empty_action"))
        return CommsText::tr("Write what the action is.");
    if (c == QLatin1String("due_before_meeting"))
        return CommsText::tr("The action cannot be due before the meeting that decided it.");
    if (c == QLatin1String("unknown_decision"))
        return CommsText::tr("That decision is not of this meeting.");
    if (c == QLatin1String("unknown_action"))
        return CommsText::tr("That action does not exist.");
    if (c == QLatin1String("bad_transition"))
        return CommsText::tr("A completed or cancelled action does not change state any more.");
    if (c == QLatin1String("text_too_long"))
        return CommsText::tr("The text is too long.");
    if (c == QLatin1String("bad_date"))
        return CommsText::tr("The date is not valid.");
    if (c == QLatin1String("protocol_in_future"))
        return CommsText::tr("A communication cannot be registered with a date after today.");
    if (c == QLatin1String("no_counterpart"))
        return CommsText::tr("Write who sent or receives the communication.");
    if (c == QLatin1String("no_subject"))
        return CommsText::tr("Write the subject.");
    if (c == QLatin1String("no_body"))
        return CommsText::tr("Write the text of the letter.");
    if (c == QLatin1String("file_missing"))
        return CommsText::tr("The file %1 is not there.").arg(a0);
    if (c == QLatin1String("unknown_merge_field"))
        return CommsText::tr("{%1} is not a merge field. The fields are {comune}, {sindaco}, {pec}, {email}, {zona}, "
                             "{evento}, {data} and {protocollo}.")
            .arg(a0);
    if (c == QLatin1String("no_event"))
        return CommsText::tr("Choose the event whose comuni the circular goes to.");
    if (c == QLatin1String("unknown_event"))
        return CommsText::tr("That event does not exist.");
    if (c == QLatin1String("no_recipients") && !a0.isEmpty())
        return CommsText::tr("No comune to write to: no comune is in the zona omogenea %1 yet (the Comuni tab gives "
                             "each comune its zone).")
            .arg(a0);
    if (c == QLatin1String("no_recipients"))
        return CommsText::tr("No comune to write to: the event has no comuni yet.");
    if (c == QLatin1String("no_folder"))
        return CommsText::tr("Choose the folder of the letters and messages.");
    if (c == QLatin1String("bad_folder"))
        return CommsText::tr("The folder %1 cannot take the letters: it is a file, or it cannot be written.").arg(a0);
    if (c == QLatin1String("cancelled"))
        return CommsText::tr("Stopped: no letter or message of circular %1 was written.").arg(a0);
    if (c == QLatin1String("no_sender"))
        return CommsText::tr("The room's PEC address (the messages' sender) is not set: Protocollo › Sender.");
    if (c == QLatin1String("bad_sender_name"))
        return CommsText::tr("The sender needs a name.");
    if (c == QLatin1String("unknown_circular"))
        return CommsText::tr("That circular does not exist.");
    if (c == QLatin1String("already_sent"))
        return CommsText::tr("The circular was already prepared for that comune.");
    return {};
}

QList<core::HeadlineFigure> commsHeadlineFigures(const QSqlDatabase &db, const QDate &today)
{
    if (!core::Access::allows(db, core::Permission::RoomView))
        return {};
    BoardRepository repository(db);
    const auto overdue = repository.overdueCount(today);
    const auto open = repository.openCount();
    if (!overdue || !open)
        return {};
    core::HeadlineFigure figure;
    figure.label = CommsText::tr("Overdue actions of the Cabina di regia");
    figure.value = QLocale().toString(*overdue);
    figure.note = CommsText::tr("%n action(s) open", nullptr, *open);
    figure.tone = *overdue > 0 ? core::HeadlineFigure::Tone::Alert : core::HeadlineFigure::Tone::Normal;
    figure.page = QStringLiteral("board");
    return { figure };
}

QStringList commsHeadlineTables()
{
    return { QStringLiteral("room_board_action"), QStringLiteral("room_board_action_state") };
}

} // namespace room

#include "roomcommsprobes.h"

#include "core/auth/permissions.h"
#include "core/commands/commandrunner.h"
#include "room/domain/boardcommands.h"
#include "room/domain/circularfiles.h"
#include "room/domain/protocol.h"
#include "support/testaccounts.h"

#include <QDir>

using namespace room;
using testsupport::PermissionProbe;

namespace {

core::Status run(const QSqlDatabase &db, core::Command &command)
{
    return core::CommandRunner(db).run(command);
}

QDate today()
{
    return core::SystemClock::instance().today();
}

} // namespace

QList<PermissionProbe> roomCommsPermissionProbes()
{
    namespace P = core::Permission;
    QList<PermissionProbe> probes;
    probes.append({ P::RoomEdit, QStringLiteral("add a member to the Cabina di regia"), {},
        [](const QSqlDatabase &db) {
            BoardMember m;
            m.roleId = 5;
            m.name = QStringLiteral("Giorgio Presidente");
            SaveBoardMember save(m);
            return run(db, save);
        } });
    probes.append({ P::RoomEdit, QStringLiteral("open the day's meeting"), {},
        [](const QSqlDatabase &db) {
            MeetingInput in;
            in.day = today();
            SaveMeeting save(in);
            return run(db, save);
        } });
    probes.append({ P::RoomCommunications, QStringLiteral("register a communication"), {},
        [](const QSqlDatabase &db) {
            ProtocolEntry e;
            e.direction = Direction::In;
            e.dated = today();
            e.counterpart = QStringLiteral("Prefettura di Milano");
            e.subject = QStringLiteral("Presidi anticovid");
            RegisterCommunication r(e);
            return run(db, r);
        } });
    probes.append({ P::RoomCommunications, QStringLiteral("register a circular to the mayors"),
        [](const QSqlDatabase &db) {
            if (!testsupport::signInAs(db, QStringLiteral("coord")))
                return false;
            SetMailSender sender({ QStringLiteral("Sala"), QStringLiteral("sala@pec.ccvmi.invalid") });
            const bool ok = run(db, sender).ok();
            testsupport::signOut(db);
            return ok;
        },
        [](const QSqlDatabase &db) {
            CircularDraft d;
            d.subject = QStringLiteral("Consegne");
            d.body = QStringLiteral("Al Comune di {comune}.");
            d.scope = CircularScope::All;
            d.date = today();
            d.folder = QDir::temp().filePath(QStringLiteral("cisiamo-probe-circolari"));
            RegisterCircular r(d);
            return run(db, r);
        } });
    probes.append({ P::RoomCommunications, QStringLiteral("record a mayor"), {},
        [](const QSqlDatabase &db) {
            SetMayor m(15146, QStringLiteral("Anna Sindaca"));
            return run(db, m);
        } });
    return probes;
}

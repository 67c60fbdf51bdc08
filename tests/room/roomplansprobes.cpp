#include "roomplansprobes.h"

#include "core/auth/permissions.h"
#include "core/commands/commandrunner.h"
#include "room/domain/plancommands.h"

#include <QDir>
#include <QFile>

using namespace room;
using testsupport::PermissionProbe;

namespace {

core::Status run(const QSqlDatabase &db, core::Command &command)
{
    return core::CommandRunner(db).run(command);
}

constexpr int milano = 15146;

} // namespace

QList<PermissionProbe> roomPlansPermissionProbes()
{
    namespace P = core::Permission;
    QList<PermissionProbe> probes;
    probes.append({ P::RoomPlans, QStringLiteral("record a comune's emergency plan"), {},
        [](const QSqlDatabase &db) {
            PlanState p;
            p.comuneId = milano;
            p.hasPlan = true;
            p.approvedOn = QDate(2019, 4, 3);
            SavePlanState save(p);
            return run(db, save);
        } });
    probes.append({ P::RoomPlans, QStringLiteral("import the emergency plans"), {},
        [](const QSqlDatabase &db) {
            const QString path = QDir::temp().filePath(QStringLiteral("cisiamo-probe-piani-%1.csv").arg(db.connectionName()));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                return core::Status(core::Error(QStringLiteral("file.cannot_write")));
            f.write("comune;piano;approvazione\nMilano;sì;03/04/2019\n");
            f.close();
            ImportPlanStates import(path, true);
            return run(db, import);
        } });
    probes.append({ P::RoomEdit, QStringLiteral("open a comune's COC"), {},
        [](const QSqlDatabase &db) {
            CocChange c;
            c.comuneId = milano;
            c.active = true;
            SetCocState set(c);
            return run(db, set);
        } });
    return probes;
}

#include "tutoringprobes.h"

#include "core/auth/access.h"
#include "core/auth/permissions.h"
#include "core/commands/commandrunner.h"
#include "core/reference/comune.h"
#include "tutoring/domain/peoplecommands.h"
#include "tutoring/domain/tutoringreports.h"

#include <QDateTime>
#include <QLocale>

namespace {

// A report with people in it, checked and built as the Print menu and
// `cisiamo report` do.
core::Status buildReport(const QSqlDatabase &db, const QString &name)
{
    for (const core::ReportDefinition &d : tutoring::TutoringReports::definitions()) {
        if (d.name != name)
            continue;
        if (auto s = core::Access::require(db, d.permission, core::SystemClock::instance(), name); !s)
            return s;
        core::ReportRequest request;
        request.now = QDateTime::currentDateTime();
        request.locale = QLocale();
        auto document = d.build(db, request);
        if (!document)
            return document.error();
        return {};
    }
    return core::Error(QStringLiteral("report.unknown"), { name });
}

} // namespace

QList<testsupport::PermissionProbe> tutoringPermissionProbes()
{
    QList<testsupport::PermissionProbe> probes;
    probes.append({ core::Permission::TutoringView, QStringLiteral("tutoring PCTO statement"), {},
        [](const QSqlDatabase &db) { return buildReport(db, QStringLiteral("tutoring-pcto")); } });
    probes.append(
        { core::Permission::TutoringEdit, QStringLiteral("tutoring tutor saved"), {}, [](const QSqlDatabase &db) {
             tutoring::Tutor t;
             t.familyName = QStringLiteral("Galli");
             t.givenName = QStringLiteral("Rita");
             tutoring::SaveTutor command(t);
             return core::CommandRunner(db).run(command);
         } });
    return probes;
}

#include "comuniprobes.h"

#include "comuni/domain/comunicommands.h"
#include "comuni/domain/comunireports.h"
#include "core/auth/access.h"
#include "core/auth/permissions.h"
#include "core/commands/commandrunner.h"
#include "core/reference/comunerepository.h"

#include <QDateTime>
#include <QLocale>

QList<testsupport::PermissionProbe> comuniPermissionProbes()
{
    QList<testsupport::PermissionProbe> probes;
    probes.append({ core::Permission::ComuniView, QStringLiteral("comuni contacts report"), {},
        [](const QSqlDatabase &db) -> core::Status {
            for (const core::ReportDefinition &d : comuni::ComuniReports::definitions()) {
                if (d.name != QLatin1String("comuni-contacts"))
                    continue;
                if (auto s = core::Access::require(db, d.permission, core::SystemClock::instance(), d.name); !s)
                    return s;
                core::ReportRequest request;
                request.now = QDateTime::currentDateTime();
                request.locale = QLocale();
                if (auto document = d.build(db, request); !document)
                    return document.error();
                return {};
            }
            return core::Error(QStringLiteral("report.unknown"), { QStringLiteral("comuni-contacts") });
        } });
    probes.append({ core::Permission::ComuniEdit, QStringLiteral("comune details saved"), {},
        [](const QSqlDatabase &db) -> core::Status {
            auto details = core::ComuneRepository(db).details(core::milanoComuneId);
            if (!details)
                return details.error();
            details->cocPhone = QStringLiteral("02 8888888");
            comuni::SaveComuneDetails command(*details);
            return core::CommandRunner(db).run(command);
        } });
    return probes;
}

#include "fleet/domain/fleetimportcommand.h"

#include "core/auth/permissions.h"
#include "core/db/importonce.h"

#include <QFileInfo>

namespace fleet {

using core::Error;
using core::Status;

ImportFleetFile::ImportFleetFile(QString kind, QString path, bool again)
    : m_kind(std::move(kind))
    , m_path(std::move(path))
    , m_again(again)
{
}

QString ImportFleetFile::permission() const
{
    return core::Permission::FleetEdit;
}

Status ImportFleetFile::check(const core::CommandContext &) const
{
    if (m_kind != QLatin1String("vehicles") && m_kind != QLatin1String("equipment"))
        return Error(QStringLiteral("fleet.import_kind"), { m_kind });
    return {};
}

Status ImportFleetFile::apply(const core::CommandContext &context)
{
    m_report = FleetImportReport();
    // A savepoint inside the runner's transaction: the file is recorded
    // with what it wrote, or not at all.
    core::ImportOnce once(context.db, m_kind, m_path, m_again, context.clock);
    if (!once)
        return once.error();
    auto report = FleetImporter(context.db, context.clock).importFile(m_kind, m_path, false);
    if (!report)
        return report.error();
    m_report = *report;
    if (!m_report.ok())
        return Error(QStringLiteral("fleet.import_problems"), { QString::number(m_report.errors.size()) });
    return once.commit();
}

QString ImportFleetFile::auditDetail() const
{
    return QStringLiteral("%1 %2: %3 added, %4 updated")
        .arg(m_kind, QFileInfo(m_path).fileName())
        .arg(m_report.added)
        .arg(m_report.updated);
}

} // namespace fleet

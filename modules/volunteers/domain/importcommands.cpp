#include "volunteers/domain/importcommands.h"

#include "core/auth/permissions.h"
#include "core/db/importonce.h"

#include <QFileInfo>

namespace volunteers {

using core::Error;
using core::Status;

ImportVolunteerFile::ImportVolunteerFile(QString kind, QString path, bool again)
    : m_kind(std::move(kind))
    , m_path(std::move(path))
    , m_again(again)
{
}

QString ImportVolunteerFile::permission() const
{
    return core::Permission::VolunteersEdit;
}

Status ImportVolunteerFile::check(const core::CommandContext &) const
{
    if (m_kind != QLatin1String("volunteers") && m_kind != QLatin1String("activations")
        && m_kind != QLatin1String("organisations"))
        return Error(QStringLiteral("volunteers.import_kind"), { m_kind });
    return {};
}

Status ImportVolunteerFile::apply(const core::CommandContext &context)
{
    m_report = ImportReport();
    // A savepoint inside the runner's transaction: the file is recorded
    // with what it wrote, or not at all.
    core::ImportOnce once(context.db, m_kind, m_path, m_again, context.clock);
    if (!once)
        return once.error();
    auto report = VolunteerImporter(context.db, context.clock).importFile(m_kind, m_path, false);
    if (!report)
        return report.error();
    m_report = *report;
    if (!m_report.ok())
        return Error(QStringLiteral("volunteers.import_problems"), { QString::number(m_report.errors.size()) });
    return once.commit();
}

QString ImportVolunteerFile::auditDetail() const
{
    return QStringLiteral("%1 %2: %3 added, %4 updated")
        .arg(m_kind, QFileInfo(m_path).fileName())
        .arg(m_report.added)
        .arg(m_report.updated);
}

} // namespace volunteers

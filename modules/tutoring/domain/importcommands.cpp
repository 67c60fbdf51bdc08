#include "tutoring/domain/importcommands.h"

#include "core/auth/permissions.h"
#include "core/db/importonce.h"

namespace tutoring {

QString ImportTutoringFile::code() const
{
    return QStringLiteral("tutoring.import.") + TutoringImporter::kindName(m_kind);
}

QString ImportTutoringFile::permission() const
{
    return core::Permission::TutoringEdit;
}

core::Status ImportTutoringFile::check(const core::CommandContext &context) const
{
    if (m_again)
        return {};
    return core::ImportOnce::checkFile(context.db, TutoringImporter::kindName(m_kind), m_path);
}

core::Status ImportTutoringFile::apply(const core::CommandContext &context)
{
    core::ImportOnce once(context.db, TutoringImporter::kindName(m_kind), m_path, m_again, context.clock);
    if (!once)
        return once.error();
    auto report = TutoringImporter(context.db, context.clock).importFile(m_kind, m_path, false);
    if (!report)
        return report.error();
    m_report = *report;
    if (!m_report.errors.isEmpty())
        return core::Error(QStringLiteral("tutoring.import_refused"), { QString::number(m_report.errors.size()) });
    return once.commit();
}

QString ImportTutoringFile::auditDetail() const
{
    return QStringLiteral("records=%1 created=%2 updated=%3 outcomes=%4")
        .arg(m_report.records)
        .arg(m_report.created)
        .arg(m_report.updated)
        .arg(m_report.outcomes);
}

} // namespace tutoring

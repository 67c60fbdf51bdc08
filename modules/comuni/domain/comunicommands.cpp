#include "comuni/domain/comunicommands.h"

#include "core/auth/permissions.h"
#include "core/reference/comunerepository.h"

#include <QCoreApplication>

namespace comuni {

using core::Error;
using core::Status;

namespace {

struct ComuniTexts {
    Q_DECLARE_TR_FUNCTIONS(comuni::ComuniCommands)
};

// The details of one of the 133; reference.not_metropolitan otherwise.
core::Result<core::ComuneDetails> detailsOf(const QSqlDatabase &db, int comuneId)
{
    auto details = core::ComuneRepository(db).details(comuneId);
    if (!details)
        return details.error();
    if (details->comuneId != comuneId)
        return Error(QStringLiteral("reference.not_metropolitan"), { QString::number(comuneId) });
    return details;
}

} // namespace

QString SaveComuneDetails::permission() const
{
    return core::Permission::ComuniEdit;
}

Status SaveComuneDetails::check(const core::CommandContext &context) const
{
    if (auto found = detailsOf(context.db, m_details.comuneId); !found)
        return found.error();
    return {};
}

Status SaveComuneDetails::apply(const core::CommandContext &context)
{
    auto before = detailsOf(context.db, m_details.comuneId);
    if (!before)
        return before.error();
    core::ComuneRepository repository(context.db);
    if (auto s = repository.saveDetails(m_details); !s)
        return s;
    auto written = detailsOf(context.db, m_details.comuneId);
    if (!written)
        return written.error();
    if (auto comune = repository.comune(m_details.comuneId))
        m_name = comune->name;
    m_before = *before;
    m_written = *written;
    return {};
}

Status SaveComuneDetails::revert(const core::CommandContext &context)
{
    auto current = detailsOf(context.db, m_details.comuneId);
    if (!current)
        return current.error();
    if (!(*current == m_written))
        return Error(QStringLiteral("reference.changed_since"), { m_name });
    return core::ComuneRepository(context.db).saveDetails(m_before);
}

QString SaveComuneDetails::text() const
{
    return ComuniTexts::tr("details of %1")
        .arg(m_name.isEmpty() ? QString::number(m_details.comuneId) : m_name);
}

} // namespace comuni

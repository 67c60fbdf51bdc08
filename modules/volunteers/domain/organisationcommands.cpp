#include "volunteers/domain/organisationcommands.h"

#include "core/auth/permissions.h"

#include <tuple>

namespace volunteers {

using core::Error;
using core::Status;

QString SaveOrganisation::permission() const
{
    return core::Permission::VolunteersEdit;
}

Status SaveOrganisation::check(const core::CommandContext &) const
{
    if (wanted().name.trimmed().isEmpty())
        return Error(QStringLiteral("volunteers.organisation_name_missing"));
    return {};
}

QString SaveOrganisation::text() const
{
    return created() ? tr("new organisation %1").arg(wanted().name) : tr("edit organisation %1").arg(wanted().name);
}

core::Result<Organisation> SaveOrganisation::read(const QSqlDatabase &db, qint64 id) const
{
    return OrganisationRepository(db).organisation(id);
}

Status SaveOrganisation::write(const QSqlDatabase &db, Organisation &row)
{
    return OrganisationRepository(db).save(row);
}

bool SaveOrganisation::same(const Organisation &a, const Organisation &b) const
{
    const auto fields = [](const Organisation &o) {
        return std::tie(o.id, o.name, o.kind, o.comuneId, o.registryNumber, o.taxCode, o.address, o.representative,
            o.representativeRole, o.phone, o.email, o.pec, o.active, o.notes);
    };
    return fields(a) == fields(b);
}

QString SaveRenewal::permission() const
{
    return core::Permission::VolunteersEdit;
}

Status SaveRenewal::check(const core::CommandContext &) const
{
    if (m_renewal.organisationId <= 0)
        return Error(QStringLiteral("volunteers.unknown_organisation"));
    return {};
}

Status SaveRenewal::apply(const core::CommandContext &context)
{
    return OrganisationRepository(context.db).saveRenewal(m_renewal);
}

QString SaveRenewal::auditDetail() const
{
    return QStringLiteral("%1 %2").arg(m_renewal.organisationId).arg(m_renewal.year);
}

} // namespace volunteers

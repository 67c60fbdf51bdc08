#include "volunteers/domain/volunteercommands.h"

#include "core/auth/permissions.h"
#include "volunteers/domain/codicefiscale.h"

#include <tuple>

namespace volunteers {

using core::Error;
using core::Status;

QString SaveVolunteer::permission() const
{
    return core::Permission::VolunteersEdit;
}

Status SaveVolunteer::check(const core::CommandContext &context) const
{
    const Volunteer &v = wanted();
    if (v.lastName.simplified().isEmpty() || v.firstName.simplified().isEmpty())
        return Error(QStringLiteral("volunteers.name_missing"));
    if (v.organisationId <= 0)
        return Error(QStringLiteral("volunteers.organisation_missing"));
    if (auto cf = CodiceFiscale::parse(v.taxCode, context.clock.today()); !cf)
        return cf.error();
    return {};
}

QString SaveVolunteer::text() const
{
    return created() ? tr("new volunteer %1").arg(wanted().fullName())
                     : tr("edit volunteer %1").arg(wanted().fullName());
}

core::Result<Volunteer> SaveVolunteer::read(const QSqlDatabase &db, qint64 id) const
{
    return VolunteerRepository(db).volunteer(id);
}

Status SaveVolunteer::write(const QSqlDatabase &db, Volunteer &row)
{
    return VolunteerRepository(db).saveWithEmployer(row, m_employer ? &*m_employer : nullptr);
}

Status SaveVolunteer::restore(const QSqlDatabase &db, Volunteer &row)
{
    return VolunteerRepository(db).save(row);
}

bool SaveVolunteer::same(const Volunteer &a, const Volunteer &b) const
{
    const auto fields = [](const Volunteer &v) {
        return std::tie(v.id, v.organisationId, v.lastName, v.firstName, v.taxCode, v.birthDate, v.comuneId, v.address,
            v.phone, v.email, v.employment, v.employerId, v.active, v.notes);
    };
    return fields(a) == fields(b);
}

QString SaveQualification::permission() const
{
    return core::Permission::VolunteersEdit;
}

Status SaveQualification::check(const core::CommandContext &) const
{
    if (m_qualification.name.trimmed().isEmpty())
        return Error(QStringLiteral("volunteers.qualification_name_missing"));
    return {};
}

Status SaveQualification::apply(const core::CommandContext &context)
{
    return VolunteerRepository(context.db).saveQualification(m_qualification);
}

QString RemoveQualification::permission() const
{
    return core::Permission::VolunteersEdit;
}

Status RemoveQualification::apply(const core::CommandContext &context)
{
    return VolunteerRepository(context.db).removeQualification(m_id);
}

} // namespace volunteers

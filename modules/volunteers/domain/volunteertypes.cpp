#include "volunteers/domain/volunteertypes.h"

namespace volunteers {

QString organisationKindCode(Organisation::Kind kind)
{
    return kind == Organisation::Kind::MunicipalGroup ? QStringLiteral("municipal_group")
                                                      : QStringLiteral("association");
}

Organisation::Kind organisationKindFromCode(const QString &code)
{
    return code == QLatin1String("municipal_group") ? Organisation::Kind::MunicipalGroup
                                                    : Organisation::Kind::Association;
}

QString renewalStateCode(Renewal::State state)
{
    switch (state) {
    case Renewal::State::Renewed:
        return QStringLiteral("renewed");
    case Renewal::State::NotRenewed:
        return QStringLiteral("not_renewed");
    case Renewal::State::Open:
        break;
    }
    return QStringLiteral("open");
}

Renewal::State renewalStateFromCode(const QString &code)
{
    if (code == QLatin1String("renewed"))
        return Renewal::State::Renewed;
    if (code == QLatin1String("not_renewed"))
        return Renewal::State::NotRenewed;
    return Renewal::State::Open;
}

QString employmentCode(Volunteer::Employment e)
{
    switch (e) {
    case Volunteer::Employment::SelfEmployed:
        return QStringLiteral("self_employed");
    case Volunteer::Employment::NotWorking:
        return QStringLiteral("not_working");
    case Volunteer::Employment::Employee:
        break;
    }
    return QStringLiteral("employee");
}

Volunteer::Employment employmentFromCode(const QString &code)
{
    if (code == QLatin1String("self_employed"))
        return Volunteer::Employment::SelfEmployed;
    if (code == QLatin1String("not_working"))
        return Volunteer::Employment::NotWorking;
    return Volunteer::Employment::Employee;
}

} // namespace volunteers

#include "room/domain/plantypes.h"

namespace room {

namespace {
const QList<QPair<Risk, const char *>> &riskCodes()
{
    static const QList<QPair<Risk, const char *>> codes {
        { Risk::Hydrogeological, "hydrogeological" },
        { Risk::Hydraulic, "hydraulic" },
        { Risk::Wildfire, "wildfire" },
        { Risk::Seismic, "seismic" },
        { Risk::Industrial, "industrial" },
        { Risk::SnowIce, "snow_ice" },
        { Risk::HeatWave, "heat_wave" },
        { Risk::Transport, "transport" },
        { Risk::Dam, "dam" },
    };
    return codes;
}
} // namespace

QString riskCode(Risk r)
{
    for (const auto &[risk, code] : riskCodes())
        if (risk == r)
            return QLatin1String(code);
    return {};
}

std::optional<Risk> riskFromCode(const QString &code)
{
    for (const auto &[risk, c] : riskCodes())
        if (code == QLatin1String(c))
            return risk;
    return std::nullopt;
}

QList<Risk> allRisks()
{
    QList<Risk> all;
    for (const auto &pair : riskCodes())
        all.append(pair.first);
    return all;
}

QString planStatusCode(PlanStatus s)
{
    switch (s) {
    case PlanStatus::NotRecorded:
        return QStringLiteral("not_recorded");
    case PlanStatus::NoPlan:
        return QStringLiteral("no_plan");
    case PlanStatus::Valid:
        return QStringLiteral("valid");
    case PlanStatus::DueSoon:
        return QStringLiteral("due_soon");
    case PlanStatus::Overdue:
        break;
    }
    return QStringLiteral("overdue");
}

QList<PlanStatus> allPlanStatuses()
{
    return { PlanStatus::Valid, PlanStatus::DueSoon, PlanStatus::Overdue, PlanStatus::NoPlan, PlanStatus::NotRecorded };
}

} // namespace room

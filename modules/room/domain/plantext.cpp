#include "room/domain/plantext.h"

namespace room {

QString PlanText::risk(Risk r)
{
    switch (r) {
    case Risk::Hydrogeological:
        return tr("hydrogeological");
    case Risk::Hydraulic:
        return tr("hydraulic");
    case Risk::Wildfire:
        return tr("forest fires");
    case Risk::Seismic:
        return tr("seismic");
    case Risk::Industrial:
        return tr("industrial");
    case Risk::SnowIce:
        return tr("snow and ice");
    case Risk::HeatWave:
        return tr("heat waves");
    case Risk::Transport:
        return tr("roads and transport");
    case Risk::Dam:
        break;
    }
    return tr("dams");
}

QString PlanText::risks(const QList<Risk> &risks)
{
    QStringList words;
    for (Risk r : risks)
        words.append(risk(r));
    return words.join(QStringLiteral(", "));
}

QString PlanText::status(PlanStatus s)
{
    switch (s) {
    case PlanStatus::NotRecorded:
        return tr("not recorded");
    case PlanStatus::NoPlan:
        return tr("no plan");
    case PlanStatus::Valid:
        return tr("up to date");
    case PlanStatus::DueSoon:
        return tr("revision due soon");
    case PlanStatus::Overdue:
        break;
    }
    return tr("revision overdue");
}

quint32 PlanText::statusColour(PlanStatus s)
{
    switch (s) {
    case PlanStatus::NotRecorded:
        return 0xe0e0e0;
    case PlanStatus::NoPlan:
        return 0x636363;
    case PlanStatus::Valid:
        return 0x4393c3;
    case PlanStatus::DueSoon:
        return 0xfdb863;
    case PlanStatus::Overdue:
        break;
    }
    return 0xd6604d;
}

QString PlanText::yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

QString PlanText::coc(bool active, const QDateTime &since)
{
    if (!since.isValid())
        return tr("never opened");
    const QString when = since.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    return active ? tr("open since %1").arg(when) : tr("closed since %1").arg(when);
}

} // namespace room

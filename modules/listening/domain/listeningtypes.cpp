#include "listening/domain/listeningtypes.h"

#include <cstdlib>

namespace listening {

QString callerKindCode(CallerKind kind)
{
    switch (kind) {
    case CallerKind::Citizen:
        return QStringLiteral("citizen");
    case CallerKind::Volunteer:
        return QStringLiteral("volunteer");
    case CallerKind::Relative:
        return QStringLiteral("relative");
    }
    return {};
}

std::optional<CallerKind> callerKindFromCode(const QString &code)
{
    for (CallerKind k : { CallerKind::Citizen, CallerKind::Volunteer, CallerKind::Relative })
        if (callerKindCode(k) == code)
            return k;
    return std::nullopt;
}

QString urgencyCode(Urgency urgency)
{
    return urgency == Urgency::Urgent ? QStringLiteral("urgent") : QStringLiteral("normal");
}

std::optional<Urgency> urgencyFromCode(const QString &code)
{
    if (code == QLatin1String("urgent"))
        return Urgency::Urgent;
    if (code == QLatin1String("normal"))
        return Urgency::Normal;
    return std::nullopt;
}

QString attemptOutcomeCode(AttemptOutcome outcome)
{
    switch (outcome) {
    case AttemptOutcome::Reached:
        return QStringLiteral("reached");
    case AttemptOutcome::NoAnswer:
        return QStringLiteral("no_answer");
    case AttemptOutcome::WrongNumber:
        return QStringLiteral("wrong_number");
    case AttemptOutcome::Void:
        return QStringLiteral("void");
    }
    return {};
}

std::optional<AttemptOutcome> attemptOutcomeFromCode(const QString &code)
{
    for (AttemptOutcome o :
        { AttemptOutcome::Reached, AttemptOutcome::NoAnswer, AttemptOutcome::WrongNumber, AttemptOutcome::Void })
        if (attemptOutcomeCode(o) == code)
            return o;
    return std::nullopt;
}

QString dispositionCode(Disposition disposition)
{
    switch (disposition) {
    case Disposition::Support:
        return QStringLiteral("support");
    case Disposition::Referral:
        return QStringLiteral("referral");
    case Disposition::Escalation118:
        return QStringLiteral("escalation_118");
    case Disposition::Unreachable:
        return QStringLiteral("unreachable");
    }
    return {};
}

std::optional<Disposition> dispositionFromCode(const QString &code)
{
    for (Disposition d :
        { Disposition::Support, Disposition::Referral, Disposition::Escalation118, Disposition::Unreachable })
        if (dispositionCode(d) == code)
            return d;
    return std::nullopt;
}

QStringList needCodes()
{
    return { QStringLiteral("listening"), QStringLiteral("anxiety"), QStringLiteral("loneliness"),
        QStringLiteral("bereavement"), QStringLiteral("illness"), QStringLiteral("family"), QStringLiteral("economic"),
        QStringLiteral("work"), QStringLiteral("service_stress"), QStringLiteral("other") };
}

QString ListeningText::callerKind(CallerKind kind)
{
    switch (kind) {
    case CallerKind::Citizen:
        return tr("citizen");
    case CallerKind::Volunteer:
        return tr("volunteer");
    case CallerKind::Relative:
        return tr("relative");
    }
    return {};
}

QString ListeningText::urgency(Urgency urgency)
{
    return urgency == Urgency::Urgent ? tr("urgent (24 h)") : tr("normal (48 h)");
}

QString ListeningText::attemptOutcome(AttemptOutcome outcome)
{
    switch (outcome) {
    case AttemptOutcome::Reached:
        return tr("reached");
    case AttemptOutcome::NoAnswer:
        return tr("no answer");
    case AttemptOutcome::WrongNumber:
        return tr("wrong number");
    case AttemptOutcome::Void:
        return tr("cancelled entry");
    }
    return {};
}

QString ListeningText::disposition(Disposition disposition)
{
    switch (disposition) {
    case Disposition::Support:
        return tr("support given");
    case Disposition::Referral:
        return tr("referred to a service");
    case Disposition::Escalation118:
        return tr("escalated to 118");
    case Disposition::Unreachable:
        return tr("caller unreachable");
    }
    return {};
}

QString ListeningText::need(const QString &code)
{
    if (code == QLatin1String("listening"))
        return tr("being listened to");
    if (code == QLatin1String("anxiety"))
        return tr("anxiety, fear");
    if (code == QLatin1String("loneliness"))
        return tr("loneliness, isolation");
    if (code == QLatin1String("bereavement"))
        return tr("bereavement");
    if (code == QLatin1String("illness"))
        return tr("illness (own or of a relative)");
    if (code == QLatin1String("family"))
        return tr("family conflict");
    if (code == QLatin1String("economic"))
        return tr("economic hardship");
    if (code == QLatin1String("work"))
        return tr("work or study");
    if (code == QLatin1String("service_stress"))
        return tr("stress from volunteer service");
    if (code == QLatin1String("other"))
        return tr("other");
    return code;
}

QString ListeningText::span(qint64 ms)
{
    const qint64 minutes = std::llabs(ms) / 60000;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    const qint64 mins = minutes % 60;
    if (days > 0)
        return tr("%n day(s)", nullptr, int(days)) + QStringLiteral(" ") + tr("%1 h").arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(mins, 2, 10, QLatin1Char('0'));
    return tr("%1 min").arg(mins);
}

QString ListeningText::countdown(qint64 remainingMs)
{
    if (remainingMs >= 0)
        return tr("in %1").arg(span(remainingMs));
    return tr("%1 late").arg(span(remainingMs));
}

QStringList ListeningText::referralServices()
{
    return { tr("Psycho-social centre (CPS)"), tr("Family counselling centre (consultorio)"),
        tr("General practitioner"), tr("Social services of the comune"), tr("Addiction services (SerD)"),
        tr("Anti-violence centre"), tr("ATS psychological support") };
}

} // namespace listening

#include "tutoring/domain/servicecommands.h"

#include "core/auth/permissions.h"
#include "tutoring/domain/besservice.h"
#include "tutoring/domain/servicerepository.h"

#include <QCoreApplication>

namespace tutoring {

using core::Error;
using core::Status;

namespace {

struct ServiceTexts {
    Q_DECLARE_TR_FUNCTIONS(tutoring::ServiceCommands)
};

bool same(const ServicePeriod &a, const ServicePeriod &b)
{
    return a.id == b.id && a.name == b.name && a.firstDay == b.firstDay && a.lastDay == b.lastDay
        && a.weekdays == b.weekdays && a.slotHours == b.slotHours;
}

core::Result<ServicePeriod> findPeriod(const QSqlDatabase &db, qint64 id)
{
    auto periods = ServiceRepository(db).periods();
    if (!periods)
        return periods.error();
    for (const ServicePeriod &p : *periods)
        if (p.id == id)
            return p;
    return Error(QStringLiteral("tutoring.not_found"), { QString::number(id) });
}

} // namespace

QString SavePeriod::permission() const
{
    return core::Permission::TutoringEdit;
}

Status SavePeriod::check(const core::CommandContext &context) const
{
    if (auto s = m_period.validate(); !s)
        return s;
    if (m_period.id != 0)
        if (auto found = findPeriod(context.db, m_period.id); !found)
            return found.error();
    return {};
}

Status SavePeriod::apply(const core::CommandContext &context)
{
    m_before = {};
    if (m_period.id != 0) {
        auto before = findPeriod(context.db, m_period.id);
        if (!before)
            return before.error();
        m_before = *before;
    }
    auto id = ServiceRepository(context.db).savePeriod(m_period);
    if (!id)
        return id.error();
    auto written = findPeriod(context.db, *id);
    if (!written)
        return written.error();
    m_written = *written;
    return {};
}

Status SavePeriod::revert(const core::CommandContext &context)
{
    auto current = findPeriod(context.db, m_written.id);
    if (!current)
        return current.error();
    if (!same(*current, m_written))
        return Error(QStringLiteral("tutoring.changed_since"), { m_written.name });
    if (auto id = ServiceRepository(context.db).savePeriod(m_before); !id)
        return id.error();
    return {};
}

QString SavePeriod::text() const
{
    return ServiceTexts::tr("service period %1").arg(m_period.name);
}

QString AssignBes::permission() const
{
    return core::Permission::TutoringEdit;
}

Status AssignBes::check(const core::CommandContext &) const
{
    if (m_pupilId <= 0) {
        Error e(QStringLiteral("tutoring.missing_field"), { QStringLiteral("pupil") });
        e.where.field = QStringLiteral("pupil");
        return e;
    }
    if (m_assistantId <= 0) {
        Error e(QStringLiteral("tutoring.missing_field"), { QStringLiteral("assistant") });
        e.where.field = QStringLiteral("assistant");
        return e;
    }
    if (!m_firstDay.isValid())
        return Error(QStringLiteral("tutoring.period_dates"));
    return {};
}

Status AssignBes::apply(const core::CommandContext &context)
{
    auto id = BesService(context.db, context.clock).assign(m_pupilId, m_assistantId, m_firstDay, m_note);
    if (!id)
        return id.error();
    m_assignmentId = *id;
    return {};
}

QString EndBes::permission() const
{
    return core::Permission::TutoringEdit;
}

Status EndBes::check(const core::CommandContext &) const
{
    if (m_assignmentId <= 0)
        return Error(QStringLiteral("tutoring.not_found"), { QString::number(m_assignmentId) });
    if (!m_lastDay.isValid())
        return Error(QStringLiteral("tutoring.period_dates"));
    return {};
}

Status EndBes::apply(const core::CommandContext &context)
{
    BesService bes(context.db, context.clock);
    auto list = bes.assignments();
    if (!list)
        return list.error();
    for (const BesAssignment &a : *list)
        if (a.id == m_assignmentId)
            m_before = a.lastDay;
    return bes.end(m_assignmentId, m_lastDay);
}

Status EndBes::revert(const core::CommandContext &context)
{
    return BesService(context.db, context.clock).reopen(m_assignmentId, m_lastDay, m_before);
}

QString EndBes::text() const
{
    return ServiceTexts::tr("end of the BES assignment on %1").arg(m_lastDay.toString(QStringLiteral("dd/MM/yyyy")));
}

} // namespace tutoring

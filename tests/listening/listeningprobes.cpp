#include "listeningprobes.h"

#include "core/auth/access.h"
#include "core/auth/permissions.h"
#include "core/commands/commandrunner.h"
#include "listening/domain/requestcommands.h"
#include "listening/domain/teamcommands.h"
#include "support/testaccounts.h"

#include <memory>

using namespace listening;
using testsupport::PermissionProbe;

namespace {

// What prepare() made, for act(): shared by the two functions of a probe.
struct Made {
    qint64 request = 0;
    qint64 first = 0;
    qint64 second = 0;
};

core::Status run(const QSqlDatabase &db, core::Command &command)
{
    return core::CommandRunner(db).run(command);
}

QDateTime now()
{
    return core::SystemClock::instance().now();
}

// As the coordinator: two psychologists on the roster, a request received an
// hour ago, and optionally a first call with `outcome`.
bool prepareCase(const QSqlDatabase &db, Made &made, std::optional<AttemptOutcome> outcome = std::nullopt)
{
    if (!testsupport::signInAs(db, QStringLiteral("coord")))
        return false;
    SavePsychologist first({ 0, QStringLiteral("Dott.ssa Paola Psicologa"), QStringLiteral("000 1") });
    SavePsychologist second({ 0, QStringLiteral("Dott. Marco Secondo"), QStringLiteral("000 2") });
    NewRequest n;
    n.receivedAt = now().addSecs(-3600);
    n.callerName = QStringLiteral("Lucia Esempio");
    n.callerPhone = QStringLiteral("000 555 1234");
    n.reason = QStringLiteral("Si sente sola");
    RegisterRequest request(n);
    bool ok = run(db, first).ok() && run(db, second).ok() && run(db, request).ok();
    made = { request.requestId(), first.psychologistId(), second.psychologistId() };
    if (ok && outcome) {
        LogAttempt call(made.request, now(), *outcome, made.first);
        ok = run(db, call).ok();
    }
    testsupport::signOut(db);
    return ok;
}

PermissionProbe probe(const QString &permission, const QString &what, std::optional<AttemptOutcome> firstCall,
    std::function<core::Status(const QSqlDatabase &, const Made &)> act)
{
    auto made = std::make_shared<Made>();
    return { permission, what, [made, firstCall](const QSqlDatabase &db) { return prepareCase(db, *made, firstCall); },
        [made, act](const QSqlDatabase &db) { return act(db, *made); } };
}

} // namespace

QList<PermissionProbe> listeningPermissionProbes()
{
    namespace P = core::Permission;
    QList<PermissionProbe> probes;
    probes.append(probe(
        P::ListeningView, QStringLiteral("open a request"), std::nullopt, [](const QSqlDatabase &db, const Made &m) {
            auto detail = ListeningService(db).detail(m.request);
            return detail ? core::Status() : core::Status(detail.error());
        }));
    probes.append(probe(P::ListeningIntake, QStringLiteral("register a request"), std::nullopt,
        [](const QSqlDatabase &db, const Made &) {
            NewRequest n;
            n.receivedAt = now().addSecs(-600);
            n.callerPhone = QStringLiteral("000 555 9876");
            RegisterRequest command(n);
            return run(db, command);
        }));
    // Reading callers' data: the permission, then the sealed fields open.
    probes.append(probe(P::ListeningPersonalRead, QStringLiteral("read the caller's name"), std::nullopt,
        [](const QSqlDatabase &db, const Made &m) -> core::Status {
            if (auto s = core::Access::require(db, P::ListeningPersonalRead); !s)
                return s;
            auto detail = ListeningService(db).detail(m.request);
            if (!detail)
                return detail.error();
            if (!detail->personalVisible || detail->callerName != QLatin1String("Lucia Esempio"))
                return core::Error(QStringLiteral("test.not_visible"));
            return {};
        }));
    probes.append(probe(P::ListeningAssign, QStringLiteral("assign a request"), std::nullopt,
        [](const QSqlDatabase &db, const Made &m) {
            AssignRequest command(m.request, m.first);
            return run(db, command);
        }));
    probes.append(probe(
        P::ListeningAttempt, QStringLiteral("log a call"), std::nullopt, [](const QSqlDatabase &db, const Made &m) {
            LogAttempt command(m.request, now(), AttemptOutcome::NoAnswer, m.first);
            return run(db, command);
        }));
    probes.append(probe(P::ListeningOutcome, QStringLiteral("record the outcome"), AttemptOutcome::Reached,
        [](const QSqlDatabase &db, const Made &m) {
            OutcomeInput in;
            in.requestId = m.request;
            in.closedAt = now();
            in.psychologistId = m.first;
            in.needs = { needCodes().constFirst() };
            RecordOutcome command(in);
            return run(db, command);
        }));
    probes.append(probe(P::ListeningEscalate, QStringLiteral("record a call to 118"), std::nullopt,
        [](const QSqlDatabase &db, const Made &m) {
            RecordEscalation command(m.request, now(), QStringLiteral("Rischio immediato"), m.first);
            return run(db, command);
        }));
    probes.append(probe(P::ListeningCloseUnreachable, QStringLiteral("close unreachable"), AttemptOutcome::WrongNumber,
        [](const QSqlDatabase &db, const Made &m) {
            CloseUnreachable command(m.request, QStringLiteral("Numero inesistente"));
            return run(db, command);
        }));
    probes.append(probe(P::ListeningGroupsManage, QStringLiteral("create a support group"), std::nullopt,
        [](const QSqlDatabase &db, const Made &m) {
            SupportGroup g;
            g.name = QStringLiteral("Gruppo del martedì");
            g.weekday = 2;
            g.start = QTime(18, 0);
            g.firstPsychologistId = m.first;
            g.secondPsychologistId = m.second;
            g.startsOn = now().date();
            SaveGroup command(g);
            return run(db, command);
        }));
    probes.append(probe(P::ListeningStaffManage, QStringLiteral("add a psychologist"), std::nullopt,
        [](const QSqlDatabase &db, const Made &) {
            SavePsychologist command({ 0, QStringLiteral("Dott. Nuovo Arrivo"), QStringLiteral("000 3") });
            return run(db, command);
        }));
    return probes;
}

#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"
#include "listening/domain/callbackdeadline.h"
#include "listening/domain/casestate.h"
#include "listening/domain/listeningrepository.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace listening {

struct NewRequest {
    QDateTime receivedAt; // when the message was left on the answering machine
    QString callerName; // may be empty: some leave only a number
    QString callerPhone; // required: a request without a way to call back is refused
    int comuneId = 0; // 0: not said (resolve typed names with core::ComuneMatcher)
    CallerKind callerKind = CallerKind::Citizen;
    Urgency urgency = Urgency::Normal;
    QString reason; // in brief
};

struct OutcomeInput {
    qint64 requestId = 0;
    QDateTime closedAt;
    qint64 psychologistId = 0;
    Disposition disposition = Disposition::Support;
    QStringList needs; // needCodes()
    QString referralService;
    QString notes;
};

struct AttemptLogged {
    qint64 attemptId = 0;
    bool raisedToCoordinator = false; // the case is (now) with the coordinator
    bool raisedNow = false; // this attempt raised it
};

// A request with everything that happened to it, personal fields opened
// when this session may read them.
struct RequestDetail {
    RequestRow request;
    bool personalVisible = false;
    QString callerName;
    QString callerPhone;
    QString reason;
    QList<AssignmentRow> assignments;
    QList<AttemptRecord> attempts;
    QList<EscalationRow> escalations;
    QStringList escalationReasons; // parallel to escalations, when visible
    OutcomeRow outcome; // id 0 while open
    QString outcomeNotes;
    AttemptSummary summary;
    bool raised = false;
    DeadlineStatus deadline;
};

// What can be done with a request, each a single transaction, each checked
// against the permission table first (a refusal is audited and says which
// role may). Personal fields are sealed for the listening vault before they
// reach SQL. Error codes: listening.*, auth.*, vault.none.
class ListeningService {
public:
    explicit ListeningService(QSqlDatabase db, const core::Clock &clock = core::SystemClock::instance());

    core::Result<qint64> registerRequest(const NewRequest &request);
    core::Status assign(qint64 requestId, qint64 psychologistId);
    core::Result<AttemptLogged> logAttempt(
        qint64 requestId, const QDateTime &at, AttemptOutcome outcome, qint64 psychologistId);
    // Cancels a mistaken attempt with a 'void' entry (the original stays).
    core::Status voidAttempt(qint64 attemptId);
    core::Result<qint64> recordEscalation(
        qint64 requestId, const QDateTime &calledAt, const QString &reason, qint64 psychologistId);
    core::Status recordOutcome(const OutcomeInput &outcome);
    // Coordinator only, and only for a case raised to the coordinator.
    core::Status closeUnreachable(qint64 requestId, const QString &note);

    core::Result<RequestDetail> detail(qint64 requestId) const;
    // A command's check(): the request exists and is still open
    // (listening.unknown_request, listening.request_closed). Reads only.
    core::Status checkOpen(qint64 requestId) const;

    // How far in the future a time may be typed (clocks of two PCs differ).
    static constexpr qint64 futureToleranceMs = 5 * 60 * 1000;
    static constexpr qint64 oldestIntakeMs = qint64(60) * 24 * 3600 * 1000;
    static constexpr int maxNameLength = 100;
    static constexpr int maxReasonLength = 500;
    static constexpr int maxNotesLength = 2000;

    // "listening_request.caller_name:<id>": where a sealed field belongs.
    static QString fieldContext(const QString &table, const QString &column, qint64 id);

private:
    core::Result<RequestRow> openRequest(qint64 requestId) const;
    core::Status checkTime(const QDateTime &at, const RequestRow &request, const QString &tooEarlyCode) const;
    core::Status checkPsychologist(qint64 psychologistId, bool required) const;

    QSqlDatabase m_db;
    const core::Clock &m_clock;
    ListeningRepository m_repository;
};

} // namespace listening

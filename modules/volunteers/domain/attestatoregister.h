#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"
#include "volunteers/domain/attestatocontent.h"

#include <QSqlDatabase>

namespace volunteers {

// Which days a batch (or the pending list) looks at.
struct AttestatoCriteria {
    QDate from;
    QDate to;
    qint64 organisationId = 0; // 0: every organisation
    qint64 eventId = 0; // 0: every event
};

// Work to do: a volunteer's uncertified days on one event, for one
// organisation, in one calendar month. Batches issue one attestato each.
struct PendingGroup {
    qint64 volunteerId = 0;
    qint64 eventId = 0;
    qint64 organisationId = 0;
    QString month; // "YYYY-MM"
    int days = 0;

    bool isValid() const { return volunteerId != 0; }
};

struct PendingSummary {
    int groups = 0; // attestati to issue
    int days = 0; // uncertified person-days of volunteers who need attestati
    int volunteers = 0;
    int volunteersWithoutEmployer = 0;
};

// Pending days whose art. 39 reimbursement window has already closed: an
// attestato issued for them now tells the employer it is too late to claim.
struct ClosedWindowGroup {
    QString volunteer; // "Rossi Mario (RSSMRA...)"
    QDate firstDay;
    QDate lastDay;
    int days = 0;
    QDate deadline;
};
struct ClosedWindows {
    int groups = 0; // attestati that would say so
    int days = 0;
    QList<ClosedWindowGroup> first; // at most the limit asked, in volunteer order
};

// What to do with days beyond the art. 39 limits when issuing.
enum class OverLimitPolicy {
    Refuse, // volunteers.over_limit: the operator must look first
    Include, // issue, and mark the days on the certificate
};

struct IssuedAttestato {
    qint64 id = 0;
    AttestatoContent content;
};

// The register (protocollo) of attestati. Issuing numbers the attestato
// (per year and workstation, no gaps), freezes its text and links the
// ledger entries it certifies, in one transaction: the register is never
// half written. Issued attestati are never changed (the table refuses
// UPDATE and DELETE); a reprint rebuilds the same document from the frozen
// text. GUI thread or a worker with its own connection.
class AttestatoRegister {
public:
    AttestatoRegister(QSqlDatabase db, const core::Clock &clock)
        : m_db(std::move(db))
        , m_clock(clock)
    {
    }

    // Issues one attestato for the uncertified effective days of a volunteer
    // on an event for an organisation between from and to. Codes:
    // volunteers.unknown_volunteer, volunteers.no_attestato_needed,
    // volunteers.no_employer (arg: volunteer), volunteers.unknown_event,
    // volunteers.nothing_to_certify, volunteers.over_limit (args: volunteer,
    // days) with OverLimitPolicy::Refuse.
    // `assessment` may be given by a batch that already computed it.
    core::Result<IssuedAttestato> issue(qint64 volunteerId, qint64 eventId, qint64 organisationId, const QDate &from,
        const QDate &to, OverLimitPolicy policy, qint64 batchId = 0, const LimitAssessment *assessment = nullptr);

    core::Result<AttestatoContent> content(qint64 attestatoId) const;
    core::Result<qint64> idOfNumber(const QString &number) const; // 0 when absent

    // Pending groups in (volunteer, event, organisation, month) order after
    // `after` (keyset paging: memory stays flat however long the backlog).
    core::Result<QList<PendingGroup>> pendingGroups(
        const AttestatoCriteria &criteria, const PendingGroup &after, int limit) const;
    core::Result<PendingSummary> pendingSummary(const AttestatoCriteria &criteria) const;
    // The pending groups (as batches issue them) whose reimbursement window
    // closed before `today` (the injected clock's day).
    core::Result<ClosedWindows> closedWindows(const AttestatoCriteria &criteria, const QDate &today, int limit) const;

private:
    QSqlDatabase m_db;
    const core::Clock &m_clock;
};

} // namespace volunteers

#pragma once

#include "core/domain/result.h"
#include "deliveries/domain/deliverytypes.h"

#include <QSqlDatabase>

namespace deliveries {

// The one place that writes a request's status (issue 13: the request
// services, the allocation and the deliveries each wrote it before).
//   received --allocate()--> allocated --followDeliveries()--> scheduled / delivered
//   any open state --cancel()--> cancelled --reopen()--> the state it had
// Inside the caller's transaction; the schema keeps the reason of a
// cancelled request (CHECK: cancelled = reason not empty).
class RequestStatusWriter {
public:
    explicit RequestStatusWriter(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // A received request got goods in a confirmed allocation.
    core::Status allocate(qint64 requestId) const;
    // Closed with a reason (by hand, or an allocation that gave nothing).
    core::Status cancel(qint64 requestId, const QString &reason) const;
    // Undoes a cancellation: the request takes `status` again, the reason goes.
    core::Status reopen(qint64 requestId, RequestStatus status) const;
    // An allocated request follows its deliveries: scheduled while one is
    // planned or on the road, delivered when one was, allocated again when
    // they were all returned or cancelled. Received and cancelled requests
    // are left as they are.
    core::Status followDeliveries(qint64 requestId) const;

private:
    core::Status write(qint64 requestId, const QString &status, const QString &reason) const;
    QSqlDatabase m_db;
};

} // namespace deliveries

#pragma once

#include "core/domain/error.h"

#include <QCoreApplication>

namespace room {

// The emergency plans' error codes (room.plan_*, room.coc_*) in words;
// RoomErrors asks here first. Empty for a code it does not know.
class PlanErrors {
    Q_DECLARE_TR_FUNCTIONS(room::PlanErrors)
public:
    static QString describe(const core::Error &error);
};

} // namespace room

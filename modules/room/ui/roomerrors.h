#pragma once

#include "core/domain/error.h"

#include <QCoreApplication>

namespace room {

// Turns the module's error codes ("room.diary_event_missing") into Italian
// sentences; registered with core::ErrorText for "room." by RoomModule.
// Codes it does not know go to describeCommsError() (commsui.h).
class RoomErrors {
    Q_DECLARE_TR_FUNCTIONS(room::RoomErrors)
public:
    static QString describe(const core::Error &error);
    static void registerOnce();
};

} // namespace room

#pragma once

#include "room/domain/roomtypes.h"

#include <QCoreApplication>

namespace room {

// The words of the room's codes, for the lists, the dialogs and the
// printed diary (translated at the moment of use).
class RoomText {
    Q_DECLARE_TR_FUNCTIONS(room::RoomText)
public:
    static QString scenario(Scenario s);
    static QString phase(Phase p);
    static QString diaryKind(DiaryKind k);
};

} // namespace room

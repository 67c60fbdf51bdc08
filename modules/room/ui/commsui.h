#pragma once

#include "core/domain/error.h"
#include "core/ui/module.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace core {
struct AppContext;
}

namespace room {

class RoomTab;

// Where the Cabina di regia and the Protocollo (room-comms) plug into the
// Sala operativa's UI. Owned by that line of work; the events and the
// diary never edit these.
//
// Adds their pages to the tab (tab.addPage(page, title)), after the diary.
void addCommsPages(RoomTab &tab, core::AppContext &context);
// Their error codes in words (RoomErrors asks here for a code it does not
// know); empty when unknown.
QString describeCommsError(const core::Error &error);
// Their figures on the Cruscotto (overdue actions...), on the Cruscotto's
// worker thread (see core::Module::headlineFigures).
QList<core::HeadlineFigure> commsHeadlineFigures(const QSqlDatabase &db, const QDate &today);
// The tables commsHeadlineFigures() reads.
QStringList commsHeadlineTables();

} // namespace room

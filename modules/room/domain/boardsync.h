#pragma once

namespace room {

// The Cabina di regia's and the communications register's tables for the
// sync engine (room_board_*, room_protocol, room_circular*,
// room_mail_setting) and their audit texts: commands' phrases and rows'
// names. Called by room::declareSyncTables() / declareAuditTexts().
void declareBoardSyncTables();
void declareBoardAuditTexts();

} // namespace room

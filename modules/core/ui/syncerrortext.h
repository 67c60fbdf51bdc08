#pragma once

#include "core/domain/error.h"

#include <QCoreApplication>

namespace core {

// The sentences for the error codes of synchronisation, open data and
// backups (sync.*, backup.damaged, backup.none_good, backup.same_file).
// Called by ErrorText for those codes; empty for any other code. Errors
// about a sync file carry the file in their location, so the sentences do
// not repeat its name.
class SyncErrorText {
    Q_DECLARE_TR_FUNCTIONS(core::SyncErrorText)
public:
    static QString message(const Error &error);
    // Why a change received from another workstation waits (sync_parked's
    // reason and detail), in words: never the database's own message
    // ("UNIQUE constraint failed: volunteer.tax_code").
    static QString parkedReason(const QString &reason, const QString &detail);
    // A column that must be unique, named for people ("codice fiscale").
    static QString keyColumnText(const QString &column);
    // A workstation whose clock is ahead (sync.clock_ahead), for the room:
    // "The clock of workstation 3 (Sala 2) is 30 days ahead ..."; `brief`
    // for the status bar.
    static QString clockAhead(int workstation, const QString &workstationName, qint64 aheadMs, bool brief = false);
};

} // namespace core

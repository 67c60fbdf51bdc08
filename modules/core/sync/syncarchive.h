#pragma once

#include "core/domain/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace core::sync {

// The files this workstation sent, kept byte for byte beside its database
// ("<database file>.sync-sent/"), so that a file lost from the sync folder
// can be written there again with the very same content: importers that
// applied it skip it (its sequences are already applied), the others apply
// it as if it had never gone. Never a new content under an old sequence:
// a file whose copy is missing or altered is not re-sent. Empty for a
// database that is not a file.
QString sentArchiveFolder(const QSqlDatabase &db);
// The files of other workstations applied here, kept the same way
// ("<database file>.sync-relay/"), so that any member can relay a file its
// producer no longer has or cannot reach (sync resend --workstation N).
// Neither folder is part of a backup (a backup is one consistent copy of
// the database file, backups.h); both are pruned like the folder
// (syncprune.h).
QString relayArchiveFolder(const QSqlDatabase &db);

struct ResendReport {
    QStringList written; // written again into the folder
    QStringList present; // already in the folder, left alone
    QList<Error> unavailable; // sync.resend_unavailable {file, reason}: no intact copy kept here
                              // (reason: missing, damaged, or pruned: every member had it)
};

// Writes again into `folder` every file this database exported (with any
// of its identities) that holds changes from `fromSeq` on, pruned ones too
// while their copy is kept (a member restored from an old backup may need
// them); one whose copy went is named (reason "pruned"). A file still in
// the folder is left as it is; nothing is ever overwritten.
Result<ResendReport> resendFiles(const QSqlDatabase &db, qint64 fromSeq, const QString &folder);

// The same for the files of another workstation applied here (relay): every
// file of workstation `producer` (any of its databases) that holds changes
// from `fromSeq` on, from the relay copies; those already pruned here are
// not needed by anyone and are not counted.
Result<ResendReport> relayFiles(const QSqlDatabase &db, int producer, qint64 fromSeq, const QString &folder);

} // namespace core::sync

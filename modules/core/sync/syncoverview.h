#pragma once

#include "core/domain/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace core::sync {

// Read-only views of the sync bookkeeping for the status dialog and the
// command line. Small lists (one row per workstation, a few parked
// changes, the latest files): loaded whole, newest first.
struct SourceInfo {
    QString databaseId;
    int workstation = 0;
    QString workstationName;
    qint64 appliedSeq = 0;
    qint64 files = 0;
    qint64 changes = 0;
    QString lastFile;
    qint64 lastImportAt = 0;
};

struct ParkedChange {
    QString table;
    qint64 rowId = 0;
    QChar operation;
    int workstation = 0;
    QString operatorName;
    qint64 changedAt = 0;
    QString reason; // missing_reference, duplicate_value, rejected
    QString detail; // the database's message: "UNIQUE constraint failed: goods_category.code"
    QString sourceFile;
    qint64 parkedAt = 0;
};

struct ExportedFileInfo {
    QString fileName;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    int changes = 0;
    QString folder;
    qint64 exportedAt = 0;
};

struct SyncOverview {
    QString databaseId;
    int workstation = 0;
    qint64 exportPosition = 0;
    qint64 pending = 0;
    qint64 lastExportAt = 0;
    int openConflicts = 0;
    QList<SourceInfo> sources;
    QList<ParkedChange> parked;
    QList<ExportedFileInfo> recentExports;
};

Result<SyncOverview> readSyncOverview(const QSqlDatabase &db, int limit = 200);

} // namespace core::sync

#pragma once

#include "core/reporting/reportcatalog.h"
#include "deliveries/domain/equitableallocation.h"
#include "deliveries/domain/importsupport.h"

#include <QCoreApplication>

namespace deliveries {

struct FileAllocationRow {
    int comuneId = 0;
    QString istatCode;
    QString comune;
    QString category; // empty: the files name no category
    qint64 requestedKg = 0;
    qint64 population = 0;
    ClaimShare share;
};

struct FileAllocation {
    QList<ImportProblem> problems;
    QList<FileAllocationRow> rows; // by category, then comune
    QMap<QString, qint64> availableKg; // category -> kg
    Weighting weighting = Weighting::Request;

    int errorCount() const;
};

// `cisiamo allocate --requests FILE --available FILE`: the equitable
// allocation tried on two CSV files, writing nothing (a dry run, to try
// the method or to check a share before entering the requests).
//
// Requests (one row per comune and category; rows of the same comune and
// category add up):
//   comune | municipality  (or istat_code | codice istat)   required
//   categoria | category                                     optional: without it, one kind of goods
//   kg | quantita | quantity                                 required, whole kg, >= 0
// Available:
//   categoria | category   optional (required when the requests name categories)
//   kg | quantita | disponibile | available                  required, whole kg, >= 0
//
// Comune names go through core::ComuneMatcher. Missing or negative
// quantities, unknown comuni and categories without an available quantity
// are errors with file, line and column. The weights for
// Weighting::Population are the residents of each comune.
class AllocationFiles {
    Q_DECLARE_TR_FUNCTIONS(deliveries::AllocationFiles)
public:
    static core::Result<FileAllocation> allocate(
        const QSqlDatabase &db, const QString &requestsPath, const QString &availablePath, Weighting weighting);
    static core::Result<FileAllocation> allocate(const QSqlDatabase &db, const QByteArray &requests,
        const QString &requestsName, const QByteArray &available, const QString &availableName, Weighting weighting);
    // The result as a report: istat_code,comune,requested_kg,allocated_kg (one row per
    // comune, all categories together), then the shares of each category.
    static core::ReportDocument document(const FileAllocation &allocation, const core::ReportRequest &request);
};

} // namespace deliveries

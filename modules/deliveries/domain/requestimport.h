#pragma once

#include "core/domain/clock.h"
#include "deliveries/domain/importsupport.h"
#include "deliveries/domain/requestservice.h"

namespace deliveries {

struct ImportedRequest {
    RequestDraft draft;
    QString recipientName;
    QList<int> fileLines; // where its lines came from
    core::Grams grams = 0;
};

struct RequestImportPlan {
    QString file;
    QList<ImportedRequest> requests;
    QList<ImportProblem> problems;
    int lineCount = 0;
    int skipped = 0; // bookings already imported
    core::Grams grams = 0;

    int errorCount() const;
    int warningCount() const;
};

struct RequestImportSummary {
    int requests = 0;
    int lines = 0;
    int skipped = 0;
    core::Grams grams = 0;
    QStringList numbers;
};

// Imports requests from the CSV export of the booking platform (comma or
// semicolon, UTF-8 or Latin-1, header names in Italian or English, any
// order, case and accents ignored). One row per line of goods; rows with
// the same booking id, or without one the same day and recipient, make one
// request.
//
//   data | date                        required  dd/mm/yyyy or yyyy-mm-dd, not in the future
//   comune | municipality              required unless destinatario: the COC of that comune
//   destinatario | recipient           optional  a recipient by name (ATS hub, RSA...)
//   categoria | category               required unless articolo: a goods category, in whole kg
//   articolo | item (codice | code)    optional  an item: kg for goods by weight, pieces otherwise
//   quantita | quantity (kg)           required  > 0
//   unita | unit                       optional  kg or pz, checked against the goods
//   consegna entro | needed by         optional  date
//   prenotazione | booking             optional  the platform's booking id: imported once
//   note | notes                       optional
//
// Comune names go through core::ComuneMatcher: a small typing error is read
// as the closest comune with a warning ("Cislino" -> Cisliano), an unknown
// or ambiguous name is an error with the closest names. A booking already
// imported is skipped with a warning, so importing the same file twice adds
// nothing. plan() is the dry run; apply() writes a plan without errors in
// one transaction: all or nothing.
class RequestImporter {
public:
    explicit RequestImporter(const QSqlDatabase &db, const core::Clock &clock = core::SystemClock::instance());

    core::Result<RequestImportPlan> planFile(const QString &path);
    core::Result<RequestImportPlan> plan(const QByteArray &data, const QString &fileName);
    core::Result<RequestImportSummary> apply(const RequestImportPlan &plan);

private:
    QSqlDatabase m_db;
    const core::Clock &m_clock;
};

} // namespace deliveries

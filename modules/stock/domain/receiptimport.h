#pragma once

#include "core/domain/clock.h"
#include "core/domain/importproblem.h"
#include "core/domain/result.h"
#include "stock/domain/receiptservice.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace stock {

using core::ImportProblem;

struct ImportedReceipt {
    QDate date;
    QString donorName;
    qint64 donorId = 0; // 0: a new donor, created by the import
    QString documentRef;
    QString notes;
    QList<ReceiptLine> lines;
    QList<int> fileLines; // where each line came from
    core::Grams grams = 0;
};

struct ReceiptImportPlan {
    QString file;
    QList<ImportedReceipt> receipts;
    QList<ImportProblem> problems;
    QStringList newDonors;
    int lineCount = 0;
    int expiredLines = 0; // accepted lines already expired: written off on import
    core::Grams grams = 0;

    int errorCount() const;
    int warningCount() const;
    bool canImport() const { return errorCount() == 0 && !receipts.isEmpty(); }
};

struct ReceiptImportOptions {
    bool acceptExpired = false; // goods already expired on arrival: receive and write off
};

struct ReceiptImportSummary {
    int receipts = 0;
    int lines = 0;
    int newDonors = 0;
    int writtenOff = 0;
    core::Grams grams = 0;
    QStringList numbers;
};

// Imports receipts from the spreadsheets used today (CSV, comma or
// semicolon, UTF-8 or Latin-1). One row per line of goods; rows with the
// same date, donor and document become one receipt. Header names in
// Italian or English, in any order, case and accents ignored:
//
//   data | date                    required  dd/mm/yyyy or yyyy-mm-dd
//   donatore | donor               required  existing donor, or a new one (warning)
//   articolo | item                required unless codice/code is given: name of the item
//   codice | code                  optional  item code (wins over the name)
//   quantita | quantity            required  > 0; kg with decimal comma for goods by weight
//   unita | unit                   optional  kg, g, pz (pezzi, pcs), colli (packages)
//   categoria | category           optional  checked against the item's category
//   lotto | lot                    optional
//   scadenza | expiry              required for items that expire
//   ubicazione | location          optional  code or name; default: the Idroscalo warehouse
//   documento | document (ddt)     optional  the donor's delivery note
//   note | notes                   optional
//
// plan() is the dry run: it reads and checks everything and writes nothing;
// apply() writes a plan without errors in one transaction: all or nothing.
class ReceiptImporter {
    Q_DECLARE_TR_FUNCTIONS(stock::ReceiptImporter)
public:
    explicit ReceiptImporter(const QSqlDatabase &db, const core::Clock &clock = core::SystemClock::instance());

    core::Result<ReceiptImportPlan> planFile(const QString &path, const ReceiptImportOptions &options = {});
    core::Result<ReceiptImportPlan> plan(
        const QByteArray &data, const QString &fileName, const ReceiptImportOptions &options = {});
    core::Result<ReceiptImportSummary> apply(const ReceiptImportPlan &plan, const ReceiptImportOptions &options = {});

private:
    QSqlDatabase m_db;
    const core::Clock &m_clock;
};

} // namespace stock

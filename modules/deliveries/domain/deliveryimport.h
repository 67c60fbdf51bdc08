#pragma once

#include "core/domain/clock.h"
#include "deliveries/domain/deliveryservice.h"
#include "deliveries/domain/importsupport.h"

namespace deliveries {

struct ImportedDelivery {
    DeliveryDraft draft;
    QString recipientName;
    QString signedBy;
    QList<int> fileLines;
};

struct DeliveryImportPlan {
    QString file;
    QList<ImportedDelivery> deliveries;
    QList<ImportProblem> problems;
    int lineCount = 0;
    int skipped = 0; // notes already recorded
    core::Grams grams = 0;

    int errorCount() const;
    int warningCount() const;
};

struct DeliveryImportSummary {
    int deliveries = 0;
    int lines = 0;
    int skipped = 0;
    core::Grams grams = 0;
};

// Imports the deliveries kept in spreadsheets before this program (CSV,
// comma or semicolon, UTF-8 or Latin-1, Italian or English headers). They
// are recorded as delivered in the past (origin import): they count in the
// distribution reports and the map, and they do not touch the stock (the
// warehouse of those days is not in the program). One row per line of
// goods; rows with the same note number, or without one the same day and
// recipient, make one delivery.
//
//   data | date                     required  day of the delivery, not in the future
//   numero | number (ddt)           optional  the paper note's number (else "yyyy/S-NNNN"); a number
//                                             already recorded for the same day and recipient is skipped
//   comune | municipality           required unless destinatario: the COC of that comune
//   destinatario | recipient        optional  a recipient by name
//   categoria | category            required unless articolo
//   articolo | item (codice | code) optional
//   kg | peso | weight              the weight in kg (decimal comma): required for food
//   quantita | quantity             pieces, for goods counted by the piece
//   colli | packages                optional
//   mezzo | vehicle, autista | driver, organizzazione | organisation, firmato da | signed by, note | notes  optional
//
// Comune names go through core::ComuneMatcher (see RequestImporter). plan()
// is the dry run; apply() writes everything in one transaction or nothing.
class DeliveryImporter {
public:
    explicit DeliveryImporter(const QSqlDatabase &db, const core::Clock &clock = core::SystemClock::instance());

    core::Result<DeliveryImportPlan> planFile(const QString &path);
    core::Result<DeliveryImportPlan> plan(const QByteArray &data, const QString &fileName);
    core::Result<DeliveryImportSummary> apply(const DeliveryImportPlan &plan);

private:
    // The number of a delivery already recorded with the draft's date,
    // recipient and lines (category, item, grams, pieces); empty when none.
    core::Result<QString> recordedAlready(const DeliveryDraft &draft) const;

    QSqlDatabase m_db;
    const core::Clock &m_clock;
};

} // namespace deliveries

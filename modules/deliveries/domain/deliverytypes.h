#pragma once

#include "core/domain/units.h"

#include <QDate>
#include <QDateTime>
#include <QGeoCoordinate>
#include <QList>
#include <QString>
#include <QTime>

namespace deliveries {

// Who receives goods: the COC of a comune (food), or the health recipients
// of DPI and kits.
enum class RecipientKind { Coc, AtsHub, Rsa, Mmg, Pls, Hospital, Other };
QString recipientKindCode(RecipientKind kind); // as stored: "coc", "ats_hub"...
bool recipientKindFromCode(const QString &code, RecipientKind *kind);
QList<RecipientKind> allRecipientKinds();

// received -> allocated -> scheduled -> delivered, or cancelled.
enum class RequestStatus { Received, Allocated, Scheduled, Delivered, Cancelled };
QString requestStatusCode(RequestStatus status);
RequestStatus requestStatusFromCode(const QString &code);
QList<RequestStatus> allRequestStatuses();

// planned -> loaded (stock issued) -> delivered (signed) -> returned;
// planned -> cancelled.
enum class DeliveryStatus { Planned, Loaded, Delivered, Returned, Cancelled };
QString deliveryStatusCode(DeliveryStatus status);
DeliveryStatus deliveryStatusFromCode(const QString &code);
QList<DeliveryStatus> allDeliveryStatuses();

// The reason for transport printed on the DDT.
enum class TransportReason { FreeTransfer, Donation };
QString transportReasonCode(TransportReason reason);
TransportReason transportReasonFromCode(const QString &code);

// Where a delivery came from: typed by hand, made from an allocation,
// imported, or recorded afterwards from the spreadsheets of the past
// (history: no stock movements).
enum class DeliveryOrigin { Manual, Allocation, Import, History };
QString deliveryOriginCode(DeliveryOrigin origin);
DeliveryOrigin deliveryOriginFromCode(const QString &code);

// How the equitable allocation weighs the requests when stock is short.
enum class Weighting { Request, Population };
QString weightingCode(Weighting weighting);
Weighting weightingFromCode(const QString &code);

// What happens to what an allocation could not give.
enum class UnmetPolicy { CarryOver, Close };
QString unmetPolicyCode(UnmetPolicy policy);
UnmetPolicy unmetPolicyFromCode(const QString &code);

// Which goods a distribution figure counts.
enum class GoodsFilter { Food, HealthGoods, All }; // HealthGoods: DPI and kits

struct Recipient {
    qint64 id = 0;
    RecipientKind kind = RecipientKind::Other;
    QString name;
    int comuneId = 0;
    QString comuneName; // read only
    QString address; // street and number; for a COC: the COC details of the comune
    QString cap; // postcode of the address
    QString contact;
    QString phone;
    QString email;
    QGeoCoordinate coordinate; // invalid: the comune's centroid
    QGeoCoordinate resolvedCoordinate; // read only: coordinate or the centroid
    qint64 population = 0; // read only: residents of the comune
    QString notes;
    bool active = true;

    bool isCoc() const { return kind == RecipientKind::Coc; }
};

struct RequestLine {
    qint64 id = 0;
    qint64 categoryId = 0; // a goods category (quantity in grams, whole kg) ...
    qint64 itemId = 0; // ... or an item (quantity in its unit)
    qint64 quantity = 0;
    QString label; // read only: category or item name
    bool byPiece = false; // read only: the item is counted by the piece
};

struct Request {
    qint64 id = 0;
    QString number;
    qint64 recipientId = 0;
    QString recipientName; // read only
    int comuneId = 0; // read only
    QDate requestedOn;
    QDate neededBy;
    RequestStatus status = RequestStatus::Received;
    QString source; // manual, import, carry_over
    QString externalRef;
    qint64 carriedFromId = 0;
    QString cancelReason;
    QString notes;
    QList<RequestLine> lines;
};

// One lot the stock service picked for a line, or put goods back into.
struct LineLot {
    qint64 movementId = 0;
    qint64 lotId = 0;
    qint64 itemId = 0;
    QString itemName;
    QString lotCode;
    QDate expiry;
    qint64 quantity = 0; // item's unit, > 0
    core::Grams grams = 0;
    bool byPiece = false;
    bool isReturn = false;
};

struct DeliveryLine {
    qint64 id = 0;
    int lineNo = 0;
    qint64 categoryId = 0;
    qint64 itemId = 0; // 0: any item of the category, quantity in grams
    qint64 quantity = 0;
    int packages = 0; // colli
    core::Grams grams = 0; // planned weight, then what was issued
    qint64 pieces = 0; // planned pieces, then those issued
    qint64 requestLineId = 0;
    QString description; // free text (imported history)
    // read only
    QString categoryName;
    QString categoryKind; // food, dpi, kit, other
    QString itemName;
    bool byPiece = false;
    QList<LineLot> lots;

    // The lots as people read them: one entry per lot and direction (issue,
    // return), quantities summed, in the order they were first picked. The
    // stock service may take one lot in two movements (whole pieces, then
    // one more for the rest).
    QList<LineLot> lotsByLot() const;
};

struct DeliveryEvent {
    QString event;
    QDateTime at;
    QString note;
    QString operatorName;
};

struct Delivery {
    qint64 id = 0;
    QString number;
    qint64 recipientId = 0;
    int comuneId = 0;
    RecipientKind recipientKind = RecipientKind::Other;
    qint64 requestId = 0;
    qint64 allocationId = 0;
    qint64 locationId = 0;
    QDate date;
    QTime time; // invalid: no time set
    QString vehicle;
    QString driver;
    QString organisation;
    TransportReason reason = TransportReason::FreeTransfer;
    int packages = 0;
    DeliveryStatus status = DeliveryStatus::Planned;
    DeliveryOrigin origin = DeliveryOrigin::Manual;
    QDate issuedOn;
    QDateTime deliveredAt;
    QString signedBy;
    QDate returnedOn;
    QString statusReason;
    QString notes;
    QString operatorName;
    QList<DeliveryLine> lines;
    QList<DeliveryEvent> events;
    // read only
    Recipient recipient;
    QString requestNumber;
    QString locationName;

    core::Grams grams() const;
    int totalPackages() const; // the delivery's packages, or the sum of its lines'
    bool isEditable() const { return status == DeliveryStatus::Planned; }
};

// The stock::Reference type of this module's movements.
inline QString stockReferenceType()
{
    return QStringLiteral("delivery");
}

} // namespace deliveries

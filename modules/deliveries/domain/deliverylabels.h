#pragma once

#include "deliveries/domain/deliverytypes.h"
#include "deliveries/domain/equitableallocation.h"

#include <QCoreApplication>
#include <QLocale>

namespace deliveries {

// Translated names of the module's codes, shared by reports and screens.
class DeliveryLabels {
    Q_DECLARE_TR_FUNCTIONS(deliveries::DeliveryLabels)
public:
    static QString recipientKind(RecipientKind kind);
    static QString recipientKindPlural(RecipientKind kind);
    static QString requestStatus(RequestStatus status);
    static QString deliveryStatus(DeliveryStatus status);
    static QString transportReason(TransportReason reason);
    static QString origin(DeliveryOrigin origin);
    static QString weighting(Weighting weighting);
    static QString unmetPolicy(UnmetPolicy policy);
    static QString event(const QString &code);
    static QString shareReason(ShareReason reason);
    // "12,5 kg" or "40 pz".
    static QString quantity(qint64 quantity, bool byPiece, const QLocale &locale = QLocale());
    // "1.234 kg" (whole kg, for allocations and distribution figures).
    static QString kg(core::Grams grams, const QLocale &locale = QLocale(), int decimals = 0);
    // How many units of a pool: "120 kg" or "40 pz".
    static QString units(qint64 units, bool byPiece, const QLocale &locale = QLocale());
    // "via Roma 1, 20081 Abbiategrasso"; the street part empty when the
    // recipient has no address (`withComune` false: street and CAP only).
    static QString address(const Recipient &recipient, bool withComune = true);
    // A boxed warning for printed documents (trusted HTML, text escaped).
    static QString warningHtml(const QString &title, const QStringList &lines);
};

} // namespace deliveries

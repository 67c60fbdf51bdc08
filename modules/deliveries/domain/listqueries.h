#pragma once

#include "core/domain/result.h"
#include "deliveries/domain/deliverytypes.h"

#include <QSqlDatabase>
#include <QVariantList>

namespace deliveries {

// The lists of the Consegne pages as queries of the domain (issue 13: no
// SQL in widgets): each gives its FROM, its key, the expression of each
// column in the page's order, and the WHERE of the page's filters with
// their values. The pages hand them to a core::PagedSqlModel and add the
// titles and formatting.

// The packages of a delivery: its own count when set, otherwise the sum of
// its lines' (the rule of Delivery::totalPackages, for SQL). `d`: the
// alias of the delivery table.
QString packagesSql(const QString &d = QStringLiteral("d"));

struct ListFilter {
    QString where;
    QVariantList binds;
};

// Escapes % _ and \ for LIKE ... ESCAPE '\'.
QString likePattern(QString text);

class DeliveryListQuery {
public:
    enum Column { Date, Time, Number, Recipient, Kind, Comune, Status, Goods, Kg, Packages, Vehicle, Driver, StatusCode };
    struct Filter {
        QDate from;
        QDate to;
        QString status; // deliveryStatusCode, empty: any
        QString kind; // recipientKindCode, empty: any
        int comuneId = 0;
        QString text; // DDT number, recipient, vehicle or driver
    };
    static QString from();
    static QString key() { return QStringLiteral("d.id"); }
    static QStringList columns();
    static ListFilter where(const Filter &filter);
};

class RequestListQuery {
public:
    enum Column { Number, Asked, Recipient, Comune, Goods, Status, Source, NeededBy, Notes, StatusCode };
    struct Filter {
        QDate from;
        QDate to;
        QString status; // requestStatusCode, empty: any
        QString text; // number, recipient or comune
    };
    static QString from();
    static QString key() { return QStringLiteral("q.id"); }
    static QStringList columns();
    static ListFilter where(const Filter &filter);
};

class RecipientListQuery {
public:
    enum Column { Kind, Name, Comune, Address, Contact, Phone, Email, Active };
    struct Filter {
        QString kind; // recipientKindCode, empty: any
        bool withInactive = false;
        QString text; // name or comune
    };
    static QString from();
    static QString key() { return QStringLiteral("r.id"); }
    static QStringList columns();
    static ListFilter where(const Filter &filter);
};

// The allocations recorded, newest first.
class AllocationListQuery {
public:
    enum Column { Day, Method, Unmet, RequestLines, Given, By, Notes };
    static QString from() { return QStringLiteral("delivery_allocation a"); }
    static QString key() { return QStringLiteral("a.id"); }
    static QStringList columns();
};

// A delivery whole, for who may see the deliveries (deliveries.view,
// checked and a refusal audited): the page's detail and the command line.
core::Result<Delivery> readDelivery(const QSqlDatabase &db, qint64 id);

} // namespace deliveries

#pragma once

#include <QDate>
#include <QStringList>
#include <QVariant>

namespace stock {

// What a paged list of the Magazzino reads (core::PagedSqlModel): the
// source, the row key, one SQL expression per column in the list's column
// order, and the tables whose changes refresh it. The pages add headers,
// formats and widgets; the SQL and the filters stay here, in the domain,
// next to the rules they encode (StockLedger::notReversed).
struct ListSql {
    QString source;
    QString key;
    QStringList columns;
    QStringList watchedTables;
};

// A WHERE clause with ? placeholders and their values.
struct ListFilter {
    QString where;
    QVariantList binds;
};

// Receipts (carichi): one row per receipt.
namespace ReceiptList {
enum Column { Date, Number, Donor, Document, Lines, Weight, Operator };
ListSql sql();
struct Filter {
    QDate from, to;
    QVariant donorId; // invalid: every donor
    QString text;     // in the number or the donor's document
};
ListFilter filter(const Filter &f);
} // namespace ReceiptList

// The ledger: one row per movement.
namespace LedgerList {
enum Column {
    Date,
    Kind,
    ItemName,
    Category,
    Lot,
    Location,
    Quantity,
    Weight,
    Donor,
    Reason,
    RefText,
    Operator,
    ReversesId,
    UnitCode,
    RefType,
    RefId,
    OperationId
};
ListSql sql();
struct Filter {
    QDate from, to;
    // invalid: no filter on it
    QVariant categoryId, itemId, donorId, kind, locationId;
};
ListFilter filter(const Filter &f);
} // namespace LedgerList

// Stock by lot and location: one row per lot holding something somewhere;
// the key is "lotId-locationId".
namespace LotList {
enum Column { ItemName, Category, Lot, Expiry, Received, Location, Donor, Quantity, Weight, UnitCode };
ListSql sql();
struct Filter {
    QVariant locationId, categoryId;
    QString text;     // in the item's name or code, or the lot code
    QDate expiringBy; // valid: only lots expiring by then (expired included)
};
ListFilter filter(const Filter &f);
} // namespace LotList

} // namespace stock

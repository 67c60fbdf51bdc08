#pragma once

#include "core/domain/units.h"

#include <QDate>
#include <QList>
#include <QString>

namespace stock {

// How an item is counted: by weight (quantities in grams) or by the piece.
enum class Unit { Grams, Pieces };
QString unitCode(Unit unit); // "g" / "pcs", as stored
Unit unitFromCode(const QString &code);

// What a ledger row records. Issue, WriteOff and KitConsume take goods out;
// Receipt, Return and KitProduce bring them in; Transfer and Adjustment go
// either way. A reversal keeps the kind of the row it reverses.
enum class MovementKind { Receipt, Issue, Return, Transfer, Adjustment, WriteOff, KitConsume, KitProduce };
QString movementKindCode(MovementKind kind);
bool movementKindFromCode(const QString &code, MovementKind *kind);
QList<MovementKind> allMovementKinds();

enum class LocationKind { Warehouse, Pole, Coc, Other };
QString locationKindCode(LocationKind kind);
LocationKind locationKindFromCode(const QString &code);

enum class DonorKind { Company, Charity, Collection, PublicBody, Person, Other };
QString donorKindCode(DonorKind kind);
DonorKind donorKindFromCode(const QString &code);
QList<DonorKind> allDonorKinds();

// The document of the caller that a movement belongs to: a receipt and its
// line, a delivery and its line, a count, a kit assembly. `type` is a short
// lower-case word ("delivery"); id and line are the caller's row ids.
struct Reference {
    QString type;
    qint64 id = 0;
    qint64 line = 0;

    bool isEmpty() const { return type.isEmpty(); }
    bool operator==(const Reference &o) const { return type == o.type && id == o.id && line == o.line; }
};

struct Item {
    qint64 id = 0;
    QString code;
    QString name;
    qint64 categoryId = 0;
    Unit unit = Unit::Grams;
    qint64 gramsPerPiece = 0;    // 0: unknown (pieces only)
    qint64 piecesPerPackage = 0; // 0: not packaged (pieces only)
    qint64 minLevel = 0;         // in the item's unit; 0: no minimum
    bool tracksExpiry = true;
    bool active = true;
    QString notes;

    // The weight of `quantity` of this item in grams; 0 when unknown.
    core::Grams gramsOf(qint64 quantity) const
    {
        return unit == Unit::Grams ? quantity : quantity * gramsPerPiece;
    }
};

struct Location {
    qint64 id = 0;
    QString code;
    QString name;
    LocationKind kind = LocationKind::Warehouse;
    int comuneId = 0;
    QString address;
    bool isDefault = false;
    bool active = true;
    int sortOrder = 0;
};

struct Donor {
    qint64 id = 0;
    QString name;
    DonorKind kind = DonorKind::Company;
    QString taxCode;
    QString address;
    int comuneId = 0;
    QString contact;
    QString phone;
    QString email;
    QString notes;
    bool active = true;
};

struct KitComponent {
    qint64 componentItemId = 0;
    qint64 quantity = 0; // per kit, in the component's unit
};

// The id of the Idroscalo warehouse, created by the migration on every
// workstation.
constexpr qint64 idroscaloLocationId = 1;

} // namespace stock

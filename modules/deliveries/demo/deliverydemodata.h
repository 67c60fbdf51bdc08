#pragma once

#include "deliveries/domain/deliverytypes.h"

#include <QList>
#include <QStringList>

namespace deliveries::demo {

// The health recipients of the demo (invented names, real comuni): ATS
// vaccination hubs, nursing homes, GPs, paediatricians, hospitals.
struct RecipientSpec {
    RecipientKind kind;
    const char *name;
    const char *comune; // name of one of the 133 comuni
    const char *address;
    const char *contact;
    const char *phone;
};
const QList<RecipientSpec> &recipientSpecs();

// The vehicles and the people who drive them.
struct VehicleSpec {
    const char *vehicle;
    const char *organisation;
    const char *driver;
};
const QList<VehicleSpec> &vehicleSpecs();

// Surnames for the COC staff who sign delivery notes.
const QStringList &signatories();

// How often a COC's weekly request includes each food category: the
// published totals by category decide the weekly quantities; these only
// shape who asks for what.
struct FoodHabit {
    const char *category; // goods_category.code
    int percentAsking; // share of the weekly requests that include it
};
const QList<FoodHabit> &foodHabits();

} // namespace deliveries::demo

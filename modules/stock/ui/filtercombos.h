#pragma once

#include <QComboBox>
#include <QSqlDatabase>

namespace stock {

// Fills the filter and choice combos of the Magazzino from the database.
// The first entry is "all" (data invalid) when `allText` is not empty.
namespace FilterCombos {
void fillCategories(QComboBox *combo, const QSqlDatabase &db, const QString &allText);
void fillItems(QComboBox *combo, const QSqlDatabase &db, const QString &allText, qint64 categoryId = 0);
void fillDonors(QComboBox *combo, const QSqlDatabase &db, const QString &allText);
void fillLocations(QComboBox *combo, const QSqlDatabase &db, const QString &allText);
void fillMovementKinds(QComboBox *combo, const QString &allText);
// Re-selects the entry whose data equals `value`, or the first one.
void select(QComboBox *combo, const QVariant &value);
} // namespace FilterCombos

} // namespace stock

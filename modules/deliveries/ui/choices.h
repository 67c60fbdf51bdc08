#pragma once

#include <QSqlDatabase>

class QComboBox;

namespace deliveries {

// Fills the combo boxes the module's screens share, from the database.
namespace Choices {

// Active recipients, COCs first ("COC di Rozzano"), then by kind and name;
// data: the recipient id. Editable with a completer that matches anywhere.
void fillRecipients(QComboBox *combo, const QSqlDatabase &db, bool includeInactive = false);
// The 133 comuni by name, after an "every comune" entry (data 0).
void fillComuni(QComboBox *combo, const QSqlDatabase &db, const QString &everyLabel);
// Stock locations in use; data: id (the default first).
void fillLocations(QComboBox *combo, const QSqlDatabase &db);
// Values already used in a delivery column (vehicle, driver, organisation), editable.
void fillUsedValues(QComboBox *combo, const QSqlDatabase &db, const QString &column);
// The data of the entry whose text is the one typed (invalid: none).
QVariant typed(const QComboBox *combo);

} // namespace Choices

} // namespace deliveries

#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

class QComboBox;

namespace core {

// The comune field of the forms (fleet sites and deployments, the room's
// diary, the volunteers' activations, organisations, rosters and
// exercises, the listening line's COC placements): one behaviour
// everywhere.
//
// fillComuneCombo(): an editable combo of the 133 comuni of the
// metropolitan city in name order, each with its id as data, completed by
// any part of the name typed (case ignored, in a popup), nothing typed
// ever added to the list. `noneText`, when given, is a first entry with id
// 0 ("(not recorded)", may be empty text); without it, the first entry is
// the first comune. Reads the comuni once (133 rows; GUI thread).
void fillComuneCombo(QComboBox *combo, const QSqlDatabase &db, const std::optional<QString> &noneText);

// Shows the comune `comuneId` (0: the "none" entry, when there is one).
// A comune that is not among the entries (no longer of the metropolitan
// city, or recorded by an import from outside it) is added by its name at
// the end and shown, so that editing an old record keeps it: nothing is
// changed behind the person's back. An id unknown even to the reference
// data is shown by its number. Nothing changes when comuneId is 0 and
// there is no "none" entry.
void selectComune(QComboBox *combo, const QSqlDatabase &db, int comuneId);

// The comune the field names: the entry whose name is the text shown
// (case ignored, spaces around it trimmed), 0 for the "none" entry or a
// text that names no entry. See typedUnknownComune() for the latter.
int chosenComune(const QComboBox *combo);

// Something is typed that names no entry (and is not the "none" entry's
// text): the form says «X» is not a comune of the metropolitan city.
bool typedUnknownComune(const QComboBox *combo);

} // namespace core

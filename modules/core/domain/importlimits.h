#pragma once

#include "core/domain/csv.h"
#include "core/domain/error.h"

#include <QHash>
#include <QList>

namespace core {

// How long a text read from an import file may be, by what it holds. The
// limits are far above anything real (the longest Italian comune name has 34
// letters) and low enough that a shifted column, a pasted document or a
// 10 MB cell is refused instead of stored. Stated in README.md.
enum class TextKind {
    Code, // codes and references: codice fiscale, DDT number, booking id, lot: 50
    Name, // names: people, donors, items, comuni, organisations, places: 200
    Text, // free text: notes, addresses, descriptions, and any other column: 2000
};

int maxTextLength(TextKind kind);

// One "import.text_too_long" error {header, length, max} for every field of
// the table longer than its column allows, placed at file, line and header.
// `kinds` gives the kind by column index; other columns are Text.
QList<Error> overlongFields(const CsvTable &table, const QString &file, const QHash<int, TextKind> &kinds);

// The largest quantity one line of an import may carry, in grams or pieces:
// 10^12 g is a million tonnes, and millions of such lines still sum inside
// 64 bits, so no total can overflow. Above it: "import.value_out_of_range"
// {as written, largest allowed}.
constexpr qint64 maxImportQuantity = 1'000'000'000'000LL;

// Whether a number read as double (kg, pieces) fits maxImportQuantity once
// multiplied by `scale` (1000 for kg -> g); false for NaN and infinity.
bool fitsImportQuantity(double value, double scale = 1.0);

// Whether a quantity as written ("1.234.567,5", "12.5", "3 kg") is above
// maxImportQuantity once multiplied by `scale`, read leniently: only to refuse
// it before it is converted (and overflows). False when it is no number.
bool exceedsImportQuantity(const QString &text, double scale = 1.0);

} // namespace core

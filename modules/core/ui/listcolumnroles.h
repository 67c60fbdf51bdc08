#pragma once

#include <Qt>

namespace core {

// Roles through which a list's model tells an export what its columns
// are, so that "Esporta come Excel" writes numbers as numbers, dates as
// dates and codes as text from what the list knows, not from the look of
// the text. PagedSqlModel answers them from its PagedColumns; a model that
// does not is exported as the text on screen, column by column.
enum ListColumnRole {
    // headerData(section, Qt::Horizontal): int(core::ColumnKind), and the decimals.
    ColumnKindRole = Qt::UserRole + 90,
    ColumnDecimalsRole,
    // data(): the cell's value as a report holds it (QDate, grams, a ratio),
    // or a QString label where the list shows words in a typed column.
    ExportValueRole,
};

} // namespace core

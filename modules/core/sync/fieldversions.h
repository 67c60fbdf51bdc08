#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace core::sync {

// When a row (or a field, FieldVersions) was written and where: the order of
// the merge. A later change time (a hybrid logical time, hybridclock.h) wins; on equal times the higher workstation number wins, so
// every workstation takes the same decision. The null version (0, 0) is
// the reference data every workstation loads by itself.
struct RowVersion {
    qint64 at = 0;
    int workstation = 0;

    bool isNull() const { return at == 0 && workstation == 0; }
    bool operator==(const RowVersion &o) const { return at == o.at && workstation == o.workstation; }
    bool operator!=(const RowVersion &o) const { return !(*this == o); }
    bool operator<(const RowVersion &o) const { return at != o.at ? at < o.at : workstation < o.workstation; }
    bool operator>(const RowVersion &o) const { return o < *this; }
};

// The version of each column of a row edited in place (TableKind::Mutable):
// the field-level merge. A row's version (RowVersion) is that of its latest
// change; each column keeps the version of the change that last wrote it,
// so that two workstations editing different fields of one row apart both
// keep their edit, and the winner for one field is the later version of
// that field.
//
// Kept compactly: empty means every column has the row's version (a new
// row, a row written whole, or a record older than field versions);
// otherwise `floor` is the version of every column not listed in `columns`.
struct FieldVersions {
    RowVersion floor;
    QHash<QString, RowVersion> columns;

    bool isWhole() const { return columns.isEmpty() && floor.isNull(); }
    // The version of a column of a row whose version is `row`.
    RowVersion of(const QString &column, const RowVersion &row) const
    {
        if (isWhole())
            return row;
        return columns.value(column, floor);
    }
    // "floor_at:floor_ws;column=at:ws;..." (columns sorted); empty when whole.
    QString toText() const;
    // Empty text (or text that cannot be read): whole.
    static FieldVersions fromText(const QString &text);
    // From the version of every column (the most common one becomes the
    // floor); whole when they are all `row`.
    static FieldVersions from(const QHash<QString, RowVersion> &all, const RowVersion &row);
    bool operator==(const FieldVersions &o) const { return floor == o.floor && columns == o.columns; }
};

// The columns a local change wrote, from change_log.changed_columns of the
// changes after a recorded version: `all` when one was an insert or did
// not say (NULL, read as "*").
struct ChangedColumns {
    bool all = false;
    QSet<QString> names;
    void add(const QString &changedColumns, QChar operation);
    bool contains(const QString &column) const { return all || names.contains(column); }
};

// The versions of a row's columns after a local change: the columns it
// changed get `version`, the others keep `recorded` (of a row whose version
// was `recordedRow`).
FieldVersions localFieldVersions(const QStringList &columns, const FieldVersions &recorded,
    const RowVersion &recordedRow, const ChangedColumns &changed, const RowVersion &version);

} // namespace core::sync

#pragma once

#include "core/domain/csv.h"
#include "core/domain/importproblem.h"
#include "core/domain/result.h"
#include "core/reference/comunematcher.h"
#include "core/reference/nameindex.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace deliveries {

using core::errorCount;
using core::ImportProblem;
using core::warningCount;

// The whole content of an import file; file.cannot_read (path, reason) when
// it cannot be opened.
core::Result<QByteArray> readImportFile(const QString &path);

using core::NameIndex;

// What the importers know before reading a file: goods categories and items
// (by name or code), recipients (by name), the COCs of the 133 comuni and
// the comune matcher. Loaded once per file.
class ImportContext {
public:
    core::Status load(const QSqlDatabase &db);

    // A comune as written in a file: Exact is silent, Corrected is accepted
    // with a warning naming the comune understood, Ambiguous and NotFound
    // are errors with the closest names. `where` is the file, line, column.
    // Returns 0 when the row cannot be imported.
    int resolveComune(const QString &text, const core::ErrorLocation &where, QList<ImportProblem> &problems) const;

    const NameIndex &categories() const { return m_categories; }
    const NameIndex &items() const { return m_items; }
    const NameIndex &recipients() const { return m_recipients; }
    qint64 cocOf(int comuneId) const { return m_cocs.value(comuneId); }
    QString comuneName(int comuneId) const { return m_comuneNames.value(comuneId); }
    bool itemByPiece(qint64 itemId) const { return m_itemUnits.value(itemId) == QLatin1String("pcs"); }
    qint64 itemGramsPerPiece(qint64 itemId) const { return m_itemGrams.value(itemId); }
    int itemCategory(qint64 itemId) const { return m_itemCategories.value(itemId); }
    QString categoryKind(qint64 categoryId) const { return m_categoryKinds.value(categoryId); }

private:
    std::optional<core::ComuneMatcher> m_matcher;
    NameIndex m_categories, m_items, m_recipients;
    QHash<int, qint64> m_cocs;
    QHash<int, QString> m_comuneNames;
    QHash<qint64, QString> m_itemUnits;
    QHash<qint64, qint64> m_itemGrams;
    QHash<qint64, int> m_itemCategories;
    QHash<qint64, QString> m_categoryKinds;
};

// The columns an importer reads, found by any of their header names.
struct ImportColumn {
    const char *key;
    QStringList aliases; // the first two are named in messages
    bool required = false;
};

class ImportColumns {
public:
    // Finds the columns; a missing required one is an error on line 1.
    void locate(const core::CsvTable &table, const QList<ImportColumn> &columns, const QString &file,
        QList<ImportProblem> &problems);
    bool has(const char *key) const { return m_index.value(QLatin1String(key), -1) >= 0; }
    QString field(const core::CsvRecord &record, const char *key) const;
    QString header(const char *key) const; // as written in the file
    core::ErrorLocation where(const QString &file, const core::CsvRecord &record, const char *key) const
    {
        return { file, record.line, header(key) };
    }

private:
    QHash<QString, int> m_index;
    QStringList m_header;
};

// "12", "1.250", "12,5": a number as Italian spreadsheets write it; false on bad text.
// A quantity as written: a number (else deliveries.import_bad_number) that
// fits core::maxImportQuantity once multiplied by `scale` (1000 for kg;
// else import.value_out_of_range with the text and the largest allowed).
bool parseQuantity(const QString &text, double scale, double *value, const core::ErrorLocation &where,
    QList<ImportProblem> &problems);

bool parseItalianNumber(const QString &text, double *value);

} // namespace deliveries

#pragma once

#include "core/domain/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace core::sync {

// What identifies a record apart from its row id: a volunteer's codice
// fiscale, a request's booking id on the platform, an item's code, a
// donor's name. Two workstations that create "the same" record apart give
// it two ids; when the rows meet (an import finds the key taken by another
// row, or the review list finds two rows whose keys normalise equal) they
// become one (identitymerge.h).
//
// Declared by each module beside its tables (volunteers::declareSyncTables
// and so on), read by the importer's thread: declared at start, then
// read-only.
struct NaturalKey {
    QString table;
    // The columns of a UNIQUE index of the table (the key): a row that
    // arrives with the same values as another row here cannot be inserted.
    QStringList columns;
    // Columns that must agree (normalised) for the two rows to be merged
    // without asking: the same codice fiscale under another name is a
    // typing error somewhere, a person decides ("Da riconciliare").
    QStringList sameColumns;
    // False: never merged without a person (a name that two different
    // things could share).
    bool automatic = true;
    // Also look for rows whose keys are equal only once normalised (a
    // donor's name with other punctuation or accents): listed for review,
    // never merged without a person.
    bool reviewNormalised = false;
    // What the key is, for people ("codice fiscale").
    std::function<QString()> title;
    // A new value of the key typed by a person (the undo of a merge that
    // gives the record brought back its correct codice fiscale), checked
    // and written as the module's own form does: the columns to store (the
    // codice fiscale in upper case, and the date of birth it gives) or the
    // module's error (volunteers.cf_check). Single-column keys. Unset:
    // simplified, refused when empty.
    std::function<Result<QVariantMap>(const QVariant &typed, const QDate &today)> check;

    QString titleText() const { return title ? title() : columns.join(QStringLiteral(", ")); }
    // `check`, or the default: simplified, sync.identity_key_empty [column] when empty.
    Result<QVariantMap> checkValue(const QVariant &typed, const QDate &today) const;
};

class NaturalKeys {
public:
    static void declare(const NaturalKey &key);
    static QList<NaturalKey> forTable(const QString &table);
    static QList<NaturalKey> all();
    // The key's value as people read it and the review compares it:
    // letters without accents, lower case, punctuation as spaces, spaces
    // collapsed ("Banco Alimentare  s.r.l." -> "banco alimentare s r l").
    static QString normalise(const QVariant &value);
};

} // namespace core::sync

#pragma once

#include "core/domain/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace core {

// One record found by the global search (Ctrl+K): its id, what names it
// ("Rossi Mario"), and a second line that tells it apart ("RSSMRA80A01F205X ·
// Protezione civile Rho").
struct SearchMatch {
    qint64 id = 0;
    QString title;
    QString detail;
};

// User text as a LIKE pattern for "contains" with ESCAPE '\': its %, _ and
// backslash are taken literally ("50%" finds "50%", not "500").
QString likeContains(const QString &text);
// The same for "starts with": what begins with the text is listed first.
QString likeStartsWith(const QString &text);

// Runs a module repository's search statement, whose columns are id, title,
// detail (in that order), with its values bound.
Result<QList<SearchMatch>> searchMatches(const QSqlDatabase &db, const QString &sql, const QVariantList &binds);

} // namespace core

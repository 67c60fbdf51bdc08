#pragma once

#include <QStringList>
#include <QVariant>

namespace comuni {

// The list of the Comuni tab as a query object, so that the tab holds no
// SQL: the 133 comuni of the metropolitan city with ISTAT code, name,
// residents, zona omogenea, COC contact and COC phone (in that order).
struct ComuniListQuery {
    QString from;
    QString key;
    QStringList columns;
    QStringList watchedTables;
};
ComuniListQuery comuniListQuery();

// Name containing or ISTAT code starting with `search` (escaped, bound);
// `zone`: invalid for every zone, an empty string for "zone not set".
struct ComuniListFilter {
    QString where;
    QVariantList binds;
};
ComuniListFilter comuniListFilter(const QString &search, const QVariant &zone);

} // namespace comuni

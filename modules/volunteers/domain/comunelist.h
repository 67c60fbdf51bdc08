#pragma once

#include "core/domain/result.h"

#include <QList>
#include <QSqlDatabase>

namespace volunteers {

// Every Italian comune as people pick it in a form: "Limbiate (MB)", the
// 133 of the metropolitan city first, then the rest, by name. For
// completers; what was typed is then resolved with core::ComuneMatcher.
struct ComuneLabel {
    int id = 0;
    QString label;
};
core::Result<QList<ComuneLabel>> comuneLabels(const QSqlDatabase &db);

} // namespace volunteers

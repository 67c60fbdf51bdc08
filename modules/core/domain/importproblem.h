#pragma once

#include "core/domain/error.h"

#include <QList>

namespace core {

// One problem of an import file, with its place in error.where (file, line,
// column as written in the header). Warnings do not stop the import;
// errors do, and then nothing is written.
struct ImportProblem {
    Error error;
    bool warning = false;
};

int errorCount(const QList<ImportProblem> &problems);
int warningCount(const QList<ImportProblem> &problems);

} // namespace core

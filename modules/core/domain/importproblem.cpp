#include "core/domain/importproblem.h"

#include <algorithm>

namespace core {

int errorCount(const QList<ImportProblem> &problems)
{
    return int(std::count_if(problems.begin(), problems.end(), [](const ImportProblem &p) { return !p.warning; }));
}

int warningCount(const QList<ImportProblem> &problems)
{
    return int(problems.size()) - errorCount(problems);
}

} // namespace core

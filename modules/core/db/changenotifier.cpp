#include "core/db/changenotifier.h"

namespace core {

ChangeNotifier *ChangeNotifier::instance()
{
    static ChangeNotifier notifier;
    return &notifier;
}

void ChangeNotifier::notifyChanged(const QStringList &tables)
{
    if (!tables.isEmpty())
        emit tablesChanged(tables);
}

} // namespace core

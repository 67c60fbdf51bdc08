#include "core/db/derivedtables.h"

#include "core/domain/errorlogtext.h"
#include "core/domain/logcategories.h"

#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QPair>

namespace core::DerivedTables {

namespace {

QMutex &registryMutex()
{
    static QMutex mutex;
    return mutex;
}

QList<QPair<QString, Refresher>> &registry()
{
    static QList<QPair<QString, Refresher>> refreshers;
    return refreshers;
}

} // namespace

void registerRefresher(const QString &name, Refresher refresher)
{
    QMutexLocker lock(&registryMutex());
    for (auto &entry : registry())
        if (entry.first == name) {
            entry.second = std::move(refresher);
            return;
        }
    registry().append({ name, std::move(refresher) });
}

void refresh(const QSqlDatabase &db)
{
    QList<QPair<QString, Refresher>> refreshers;
    {
        QMutexLocker lock(&registryMutex());
        refreshers = registry();
    }
    for (const auto &[name, refresher] : std::as_const(refreshers))
        if (auto s = refresher(db); !s)
            qCWarning(logcat::db).noquote() << "the derived table" << name
                                            << "could not be brought up to date:" << errorLogText(s.error());
}

} // namespace core::DerivedTables

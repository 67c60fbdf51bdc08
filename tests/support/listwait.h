#pragma once

#include "core/ui/pagedsqlmodel.h"

#include <QAbstractProxyModel>
#include <QTest>

namespace testsupport {

// The PagedSqlModel under a view's model (through proxies), or null.
inline const core::PagedSqlModel *pagedModel(const QAbstractItemModel *model)
{
    while (model) {
        if (auto *paged = qobject_cast<const core::PagedSqlModel *>(model))
            return paged;
        auto *proxy = qobject_cast<const QAbstractProxyModel *>(model);
        model = proxy ? proxy->sourceModel() : nullptr;
    }
    return nullptr;
}

// Lists read their count and pages on a worker thread: waits until the
// model has its count and every page it asked for (no timing: the limit
// only stops a hung test).
inline bool waitForList(const QAbstractItemModel *model, int limitMs = 60000)
{
    const core::PagedSqlModel *paged = pagedModel(model);
    return paged && QTest::qWaitFor([paged] { return paged->isIdle(); }, limitMs);
}

// The text of a cell, waiting for its row to arrive.
inline QString cellText(const QAbstractItemModel *model, int row, int column, int limitMs = 60000)
{
    QString text;
    (void)QTest::qWaitFor( // the caller checks the text
        [&] {
            text = model->index(row, column).data().toString();
            return text != QStringLiteral("…") && waitForList(model, limitMs);
        },
        limitMs);
    return model->index(row, column).data().toString();
}

} // namespace testsupport

#include "volunteers/ui/attestatobatchworker.h"

#include "core/ui/errortext.h"

#include <QElapsedTimer>

namespace volunteers {

AttestatoBatchWorker::AttestatoBatchWorker(QString databasePath, core::SessionAccount account, BatchOptions options)
    : m_path(std::move(databasePath))
    , m_account(std::move(account))
    , m_options(std::move(options))
{
}

void AttestatoBatchWorker::run()
{
    AttestatoBatch batch(m_path, m_account, core::SystemClock::instance());
    // Progress at most ten times a second: the GUI need not repaint 100
    // times a second for a long batch.
    QElapsedTimer since;
    since.start();
    auto outcome = batch.run(
        m_options,
        [this, &since](const BatchProgress &p) {
            if (p.done == 0 || p.done == p.total || since.elapsed() >= 100) {
                since.restart();
                emit progress(p.done, p.total, p.lastNumber);
            }
        },
        m_cancel);
    if (!outcome) {
        emit finished(false, 0, 0, 0, false, core::ErrorText::describe(outcome.error()), QString());
        return;
    }
    emit progress(outcome->issued, outcome->issued, outcome->lastNumber);
    emit finished(true, outcome->issued, outcome->skippedOverLimit, outcome->skippedNoEmployer, outcome->cancelled,
        QString(), outcome->indexFile);
}

} // namespace volunteers

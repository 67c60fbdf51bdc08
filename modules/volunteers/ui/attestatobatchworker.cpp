#include "volunteers/ui/attestatobatchworker.h"

#include "core/domain/errorlogtext.h"
#include "core/domain/logcategories.h"
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
    qCInfo(core::logcat::batch).noquote() << "attestati batch started, limit" << m_options.limit
                                          << (m_options.outputDir.isEmpty() ? QStringLiteral("register only") : QStringLiteral("with PDF files"));
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
        qCWarning(core::logcat::batch).noquote() << "attestati batch failed:" << core::errorLogText(outcome.error());
        emit finished(false, 0, 0, 0, false, core::ErrorText::describe(outcome.error()), QString());
        return;
    }
    qCInfo(core::logcat::batch).noquote() << "attestati batch" << (outcome->cancelled ? "cancelled:" : "finished:")
                                          << outcome->issued << "issued, last number" << outcome->lastNumber << ","
                                          << outcome->skippedOverLimit << "over a limit and" << outcome->skippedNoEmployer
                                          << "without employer left pending";
    emit progress(outcome->issued, outcome->issued, outcome->lastNumber);
    emit finished(true, outcome->issued, outcome->skippedOverLimit, outcome->skippedNoEmployer, outcome->cancelled,
        QString(), outcome->indexFile);
}

} // namespace volunteers

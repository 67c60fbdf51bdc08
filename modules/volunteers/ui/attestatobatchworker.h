#pragma once

#include "volunteers/domain/attestatobatch.h"

#include <QObject>

#include <atomic>

namespace volunteers {

// Runs an AttestatoBatch in a worker thread (it opens its own database
// connection there, signed in as the person who started it) and reports progress with queued signals. cancel() may
// be called from the GUI thread at any time: the batch stops between two
// attestati with the register consistent. Owned by the dialog that starts
// it; lives in the worker thread while running.
class AttestatoBatchWorker : public QObject {
    Q_OBJECT
public:
    AttestatoBatchWorker(QString databasePath, core::SessionAccount account, BatchOptions options);
    void cancel() { m_cancel = true; }

public slots:
    void run();

signals:
    void progress(int done, int total, const QString &lastNumber);
    void finished(bool ok, int issued, int skippedOverLimit, int skippedNoEmployer, bool cancelled,
        const QString &message, const QString &indexFile);

private:
    QString m_path;
    core::SessionAccount m_account;
    BatchOptions m_options;
    std::atomic_bool m_cancel { false };
};

} // namespace volunteers

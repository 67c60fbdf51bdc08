#pragma once

#include "core/db/database.h"
#include "core/domain/error.h"

#include <QObject>
#include <QSqlDatabase>

#include <atomic>
#include <functional>

class QThread;

namespace core {

class BackgroundReaderWorker;

// Reads on a thread of its own, with its own read-only connection opened
// (and closed) there and kept open between reads: the GUI thread never
// waits on SQL (see DashboardLoader, which does the same for the
// Cruscotto). read() queues `work` for the worker; it runs there on the
// connection to `databasePath`, then `done` runs on the thread that owns
// the reader, with the error when the connection could not be opened (and
// then `work` did not run). The caller shares what `work` computes with
// `done` (a std::shared_ptr). Reads run one after the other, in order.
// The destructor (and stop()) waits for the read running, drops those
// still queued and their `done`, and closes the connection.
class BackgroundReader : public QObject {
    Q_OBJECT
public:
    explicit BackgroundReader(QObject *parent = nullptr);
    ~BackgroundReader() override;

    void read(const QString &databasePath, std::function<void(const QSqlDatabase &)> work,
              std::function<void(const Error &openError)> done);
    void stop();
    // The worker thread (tests: never the GUI thread).
    QThread *workerThread() const { return m_thread; }

private:
    QThread *m_thread = nullptr;
    BackgroundReaderWorker *m_worker = nullptr;
    std::atomic<int> m_generation { 0 }; // reads asked before stop() answer no more
};

} // namespace core
